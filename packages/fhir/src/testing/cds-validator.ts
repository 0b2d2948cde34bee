import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { cdsResponseSchema as schema } from './cds-response-schema.js';

const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(schema);

/** Spec invariants of a CDS Hooks response, as a list of violations (empty when valid). */
export function cdsResponseViolations(response: unknown): string[] {
  if (validate(response)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** Null, "", [] or {} anywhere except `cards: []`: the spec says omit optional fields instead. */
export function emptyValues(value: unknown, path = ''): string[] {
  if (value === null || value === '') return [path || '/'];
  if (Array.isArray(value)) {
    if (value.length === 0 && path !== '/cards') return [path];
    return value.flatMap((v, i) => emptyValues(v, `${path}/${i}`));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [path];
    return entries.flatMap(([k, v]) => emptyValues(v, `${path}/${k}`));
  }
  return [];
}
