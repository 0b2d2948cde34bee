import Negotiator from 'negotiator';

/**
 * The language to answer in: the best of `supported` by the request's `Accept-Language` (q-values,
 * `es-MX` matching `es`), else the first of `supported`. Contract section 7: only the words people
 * read change; field names, ids, enum values and codes never do.
 */
export function languageOf<L extends string>(acceptLanguage: string | undefined, supported: readonly [L, ...L[]]): L {
  if (!acceptLanguage) return supported[0];
  const [best] = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([...supported]);
  return (best as L | undefined) ?? supported[0];
}
