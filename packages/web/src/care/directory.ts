import type { Directory } from './directory-schema.js';
import { distanceKm } from './distance.js';
import type { Point } from './place.js';

export type { Directory } from './directory-schema.js';
/** One provider. */
export type Provider = Directory['providers'][number];
/** One of a provider's sites. */
export type Site = Provider['sites'][number];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether a fetched directory has the shape the page reads (objects and lists where they belong).
 * The full, strict check is `DirectorySchema` (directory-schema.ts), run on the shipped file by the
 * tests and by anyone replacing it; the page itself does not load zod, whose start-up alone cost
 * the care page about 250 ms of blocked main thread in Lighthouse.
 */
export function isDirectory(value: unknown): value is Directory {
  return (
    isObject(value) &&
    isObject(value.services) &&
    isObject(value.needs) &&
    isObject(value.emergencyRoute) &&
    Array.isArray(value.providers) &&
    value.providers.every(
      (p) => isObject(p) && Array.isArray(p.sites) && p.sites.every((s) => isObject(s) && isObject(s.coordinates)),
    )
  );
}

/** Every service a provider offers: its own list, or the union of its sites'. */
export function servicesOf(provider: Provider): string[] {
  return [...new Set([...(provider.services ?? []), ...provider.sites.flatMap((s) => s.services)])];
}

/** A site with its provider and its straight-line distance from the place searched. */
export interface NearbySite {
  readonly provider: Provider;
  readonly site: Site;
  readonly km: number;
}

/** Sites offering any of `services` (all sites when none are given), nearest first. */
export function sitesNear(directory: Directory, from: Point, services: readonly string[] = []): NearbySite[] {
  return directory.providers
    .flatMap((provider) => provider.sites.map((site) => ({ provider, site })))
    .filter(({ site }) => services.length === 0 || site.services.some((s) => services.includes(s)))
    .map(({ provider, site }) => ({ provider, site, km: distanceKm(from, site.coordinates) }))
    .sort((a, b) => a.km - b.km);
}
