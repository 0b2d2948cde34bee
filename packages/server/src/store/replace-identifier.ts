/**
 * Replace an identifier by structure, never by text: walk a JSON value and replace every string (or
 * object key) that equals `id`, and every reference that ends in it (`Patient/49`,
 * `https://ehr/fhir/Patient/49`, `urn:uuid:49`). Numbers, booleans and strings that merely contain
 * the id (`"149"`, `"age 49"`) are left alone: a short numeric id such as `49` must not touch an age.
 * The result is a fresh JSON-compatible value; `undefined` members are dropped as JSON would drop them.
 */
export function replaceIdentifier(value: unknown, id: string, replacement: string): unknown {
  const replaceText = (s: string): string => {
    if (s === id) return replacement;
    if (s.length > id.length && s.endsWith(id)) {
      const before = s[s.length - id.length - 1];
      if (before === '/' || before === ':') return s.slice(0, s.length - id.length) + replacement;
    }
    return s;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return replaceText(v);
    if (Array.isArray(v)) return v.map((item) => (item === undefined ? null : walk(item)));
    if (v !== null && typeof v === 'object') {
      const toJson = (v as { toJSON?: () => unknown }).toJSON;
      if (typeof toJson === 'function') return walk(toJson.call(v));
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
        if (item === undefined) continue;
        Object.defineProperty(out, replaceText(key), { value: walk(item), enumerable: true, writable: true });
      }
      return out;
    }
    return v;
  };
  return walk(value);
}
