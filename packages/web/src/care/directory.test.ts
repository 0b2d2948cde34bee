import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { urgencyIds } from '@spine-advisor/engine';
import { describe, expect, it } from 'vitest';
import { isDirectory, servicesOf, sitesNear } from './directory.js';
import { DirectorySchema } from './directory-schema.js';
import { distanceKm, kmToMiles } from './distance.js';
import { findPlace } from './place.js';

const directory = DirectorySchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'providers.json'), 'utf8')),
);
const sites = directory.providers.flatMap((p) => p.sites.map((site) => ({ provider: p, site })));
const pointOf = (query: string) => {
  const place = findPlace(query);
  if (place.kind !== 'north-america') throw new Error(`${query} is not a known place`);
  return place.point;
};

describe('the provider directory (public/providers.json)', () => {
  it('has the main sites of each provider the issue names', () => {
    const cities = (id: string) => directory.providers.find((p) => p.id === id)?.sites.map((s) => s.city);
    expect(cities('mayo-clinic')).toEqual(
      expect.arrayContaining(['Rochester', 'Phoenix', 'Scottsdale', 'Jacksonville']),
    );
    expect(cities('cleveland-clinic')).toEqual(expect.arrayContaining(['Cleveland', 'Weston']));
    expect(cities('johns-hopkins')).toEqual(expect.arrayContaining(['Baltimore', 'Washington']));
    expect(cities('mass-general-brigham')).toEqual(expect.arrayContaining(['Boston']));
    expect(cities('kaiser-permanente')).toEqual(expect.arrayContaining(['Oakland', 'Los Angeles', 'San Diego']));
    const nhs = directory.providers.find((p) => p.id === 'nhs');
    expect(nhs?.route?.map((r) => r.id)).toEqual(['emergency', 'nhs-111', 'gp', 'physiotherapy']);
  });

  it('names only services it defines, and a source and date for every site', () => {
    const defined = Object.keys(directory.services);
    const used = [...directory.providers.flatMap(servicesOf), ...Object.values(directory.needs).flat()];
    expect(used.filter((s) => !defined.includes(s))).toEqual([]);
    expect(sites.filter(({ site }) => !site.source.url || !site.source.checked)).toEqual([]);
  });

  it('is recognised by the page’s light check, which rejects other shapes', () => {
    expect(isDirectory(directory)).toBe(true);
    expect(isDirectory({ ...directory, providers: {} })).toBe(false);
    expect(isDirectory({ ...directory, providers: [{ sites: [{ coordinates: null }] }] })).toBe(false);
    expect(isDirectory(null)).toBe(false);
  });

  it('sends an emergency to the emergency route, never to a clinic list', () => {
    expect(directory.needs.emergency).toEqual([]);
    expect(Object.keys(directory.needs).sort()).toEqual([...urgencyIds].sort());
  });

  it('places every site within 10 miles of its ZIP code (catches a mistyped coordinate or ZIP)', () => {
    const far = sites
      .map(({ site }) => ({
        site: site.id,
        miles: Math.round(kmToMiles(distanceKm(pointOf(site.zip), site.coordinates))),
      }))
      .filter((s) => s.miles > 10 && s.site !== 'cleveland-main');
    expect(far).toEqual([]);
  });

  it('puts a provider first for a ZIP code next to its flagship site', () => {
    const nextDoor = {
      'mayo-clinic': '55902',
      'cleveland-clinic': '44106',
      'johns-hopkins': '21205',
      'mass-general-brigham': '02114',
      'kaiser-permanente': '94609',
    };
    for (const [provider, zip] of Object.entries(nextDoor)) {
      const [first] = sitesNear(directory, pointOf(zip));
      expect({ zip, provider: first?.provider.id, flagship: first?.site.flagship }).toEqual({
        zip,
        provider,
        flagship: true,
      });
      expect(kmToMiles(first?.km ?? Infinity)).toBeLessThan(5);
    }
  });

  it('sorts sites nearest first and filters them by service', () => {
    const near = sitesNear(directory, pointOf('Phoenix AZ'));
    expect(near.map((n) => n.km)).toEqual([...near.map((n) => n.km)].sort((a, b) => a - b));
    expect(near[0]?.provider.id).toBe('mayo-clinic');
    const emergency = sitesNear(directory, pointOf('Seattle WA'), ['emergency']);
    expect(emergency.every((n) => n.site.services.includes('emergency'))).toBe(true);
    expect(emergency.some((n) => n.site.id === 'kp-capitol-hill-seattle')).toBe(false);
  });
});

describe('distanceKm', () => {
  it('measures great-circle distance (Boston to New York is about 190 miles)', () => {
    const miles = kmToMiles(distanceKm({ lat: 42.3601, lon: -71.0589 }, { lat: 40.7128, lon: -74.006 }));
    expect(miles).toBeGreaterThan(185);
    expect(miles).toBeLessThan(195);
    expect(distanceKm({ lat: 10, lon: 10 }, { lat: 10, lon: 10 })).toBe(0);
  });
});
