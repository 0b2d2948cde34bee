import type { z } from 'zod';
import type { EvidenceCollector } from './evidence.js';
import { type Read, type ReadType, resourceSchemas } from './resource-schemas.js';

/** How a resource is named on a card: `Type/id`. */
export function labelOf(resource: { resourceType: string; id?: string | undefined }): string {
  return `${resource.resourceType}/${resource.id ?? '?'}`;
}

function identity(value: object): string {
  const r = value as { resourceType?: unknown; id?: unknown; meta?: { versionId?: unknown } };
  return typeof r.id === 'string'
    ? `${String(r.resourceType)}/${r.id}/${String(r.meta?.versionId ?? '')}`
    : JSON.stringify(value);
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not a valid resource';
  const path = issue.path.join('.') || 'resource';
  return 'expected' in issue && typeof issue.expected === 'string'
    ? `${path} is not a valid ${issue.expected}`
    : `${path} is not valid`;
}

/**
 * The resources of one type, each read once (duplicates by identity dropped), each checked against
 * its schema: what cannot be read, and what carries a modifier extension (FHIR: a resource must not
 * be processed as if an unknown modifier were absent), is named in `out` and left out.
 */
export function readAll<T extends ReadType>(
  type: T,
  resources: readonly unknown[] | undefined,
  out: EvidenceCollector,
): Read<T>[] {
  const seen = new Set<string>();
  const read: Read<T>[] = [];
  const schema = resourceSchemas[type] as unknown as z.ZodType<Read<T>>;
  for (const value of resources ?? []) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      out.skip(`${type} entry`, 'not a FHIR resource');
      continue;
    }
    const key = identity(value);
    if (seen.has(key)) continue;
    seen.add(key);
    const parsed = schema.safeParse(value);
    const id = (value as { id?: unknown }).id;
    const label = `${type}/${typeof id === 'string' ? id : '?'}`;
    if (!parsed.success) {
      out.skip(label, describe(parsed.error));
      continue;
    }
    const modifier = parsed.data.modifierExtension?.[0];
    if (modifier) {
      out.skip(label, `carries a modifier extension this service does not understand (${modifier.url})`);
      continue;
    }
    read.push(parsed.data);
  }
  return read;
}
