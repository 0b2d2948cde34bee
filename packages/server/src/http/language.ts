import type { FastifyReply, FastifyRequest } from 'fastify';
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

/**
 * The language to answer `req` in, said on the reply: `Content-Language` names it and
 * `Vary: Accept-Language` tells caches that the words depend on the request's header.
 */
export function answerIn<L extends string>(
  req: FastifyRequest,
  reply: FastifyReply,
  supported: readonly [L, ...L[]],
): L {
  const lang = languageOf(req.headers['accept-language'], supported);
  reply.header('content-language', lang);
  reply.header('vary', 'Accept-Language');
  return lang;
}
