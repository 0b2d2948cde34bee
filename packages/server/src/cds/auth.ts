import { createHash } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, type JWTVerifyGetKey, jwtVerify } from 'jose';

/** Algorithms CDS Hooks recommends; `none` and every HMAC algorithm are refused (cds-hooks.md §9). */
export const allowedAlgorithms = ['ES384', 'RS384'] as const;

/** Clock skew tolerated on `exp`, `iat` and `nbf`, in seconds. */
const skewSeconds = 60;

/** The verdict on a CDS client's JWT. Reasons are for the server log, never for the response. */
export type AuthResult = { ok: true; iss: string; jti: string; tenant?: string } | { ok: false; reason: string };

/** Verifies CDS client JWTs against the issuer allowlist. */
export interface CdsAuth {
  readonly mode: 'required' | 'off';
  verify(authorization: string | undefined, audience: string): Promise<AuthResult>;
}

/**
 * Build the verifier: ES384/RS384 only, `iss` on the allowlist with its JWKS (a `jku` header must
 * name that same JWKS: arbitrary URLs are never fetched), `aud` = the called endpoint's URL, `exp`
 * in the future, `iat` not in the future, a lifetime (`exp - iat`) of at most `maxLifetimeSeconds`,
 * and `jti` not seen before within the token's lifetime. Seen `jti`s are claimed in the database
 * (`claimOnce`), so replicas share them and memory does not grow with traffic.
 */
export function createCdsAuth(options: {
  mode: 'required' | 'off';
  issuers: Readonly<Record<string, string>>;
  now: () => Date;
  maxLifetimeSeconds: number;
  claimOnce: (key: string, expiresAt: Date, now: Date) => Promise<boolean>;
}): CdsAuth {
  const keySets = new Map<string, JWTVerifyGetKey>();

  function keysFor(iss: string, url: string): JWTVerifyGetKey {
    let keys = keySets.get(iss);
    if (!keys) {
      keys = createRemoteJWKSet(new URL(url), { timeoutDuration: 2000, cooldownDuration: 30_000 });
      keySets.set(iss, keys);
    }
    return keys;
  }

  return {
    mode: options.mode,
    async verify(authorization, audience) {
      if (options.mode === 'off') return { ok: true, iss: 'auth-off', jti: '' };
      const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/.exec(authorization ?? '')?.[1];
      if (!token) return { ok: false, reason: 'no bearer JWT' };
      let header: ReturnType<typeof decodeProtectedHeader>;
      let claims: ReturnType<typeof decodeJwt>;
      try {
        header = decodeProtectedHeader(token);
        claims = decodeJwt(token);
      } catch {
        return { ok: false, reason: 'malformed JWT' };
      }
      if (header.typ !== 'JWT') return { ok: false, reason: 'typ is not JWT' };
      if (!allowedAlgorithms.includes(header.alg as (typeof allowedAlgorithms)[number])) {
        return { ok: false, reason: `algorithm ${String(header.alg)} not allowed` };
      }
      if (!header.kid) return { ok: false, reason: 'kid missing' };
      const iss = claims.iss;
      const jwks = iss === undefined ? undefined : options.issuers[iss];
      if (iss === undefined || jwks === undefined) return { ok: false, reason: `issuer ${String(iss)} not trusted` };
      if (header.jku !== undefined && header.jku !== jwks)
        return { ok: false, reason: 'jku is not the JWKS configured for the issuer' };

      const now = options.now();
      let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
      try {
        ({ payload } = await jwtVerify(token, keysFor(iss, jwks), {
          algorithms: [...allowedAlgorithms],
          issuer: iss,
          audience,
          typ: 'JWT',
          clockTolerance: skewSeconds,
          currentDate: now,
          requiredClaims: ['iss', 'aud', 'exp', 'iat', 'jti'],
        }));
      } catch (error) {
        return { ok: false, reason: `verification failed: ${(error as Error).message}` };
      }
      const nowSeconds = Math.floor(now.getTime() / 1000);
      const iat = payload.iat ?? 0;
      const exp = payload.exp ?? 0;
      if (iat > nowSeconds + skewSeconds) return { ok: false, reason: 'iat in the future' };
      if (exp - iat > options.maxLifetimeSeconds)
        return { ok: false, reason: `lifetime ${exp - iat} s is over ${options.maxLifetimeSeconds} s` };
      const jti = String(payload.jti);
      // Hashed: the key is fixed-length text whatever the issuer puts in iss and jti.
      const key = createHash('sha256').update(iss).update('\u0000').update(jti).digest('hex');
      if (!(await options.claimOnce(key, new Date((exp + skewSeconds) * 1000), now)))
        return { ok: false, reason: 'jti replayed' };
      return { ok: true, iss, jti, ...(typeof payload.tenant === 'string' ? { tenant: payload.tenant } : {}) };
    },
  };
}
