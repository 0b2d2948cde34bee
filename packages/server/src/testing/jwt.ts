import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

/** A CDS client for tests: its key pairs, a real JWKS endpoint on loopback, and a token signer. */
export interface TestClient {
  readonly iss: string;
  readonly jwksUrl: string;
  sign(aud: string, options?: SignOptions): Promise<string>;
  close(): Promise<void>;
}

export interface SignOptions {
  alg?: 'ES384' | 'RS384';
  expiresIn?: number;
  iat?: number;
  jti?: string;
  iss?: string;
  typ?: string;
  jku?: string;
  kid?: string | null;
}

export async function startTestClient(
  iss = 'https://ehr.example.org',
  clock: () => Date = () => new Date(),
): Promise<TestClient> {
  const es = await generateKeyPair('ES384', { extractable: true });
  const rs = await generateKeyPair('RS384', { extractable: true });
  const keys: JWK[] = [
    { ...(await exportJWK(es.publicKey)), kid: 'es-1', alg: 'ES384', use: 'sig' },
    { ...(await exportJWK(rs.publicKey)), kid: 'rs-1', alg: 'RS384', use: 'sig' },
  ];
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  let counter = 0;
  return {
    iss,
    jwksUrl,
    async sign(aud, o = {}) {
      const alg = o.alg ?? 'ES384';
      const now = Math.floor(clock().getTime() / 1000);
      const header: Record<string, string> = { alg, typ: o.typ ?? 'JWT' };
      const kid = o.kid === undefined ? (alg === 'ES384' ? 'es-1' : 'rs-1') : o.kid;
      if (kid !== null) header.kid = kid;
      if (o.jku) header.jku = o.jku;
      return new SignJWT({})
        .setProtectedHeader(header as never)
        .setIssuer(o.iss ?? iss)
        .setAudience(aud)
        .setIssuedAt(o.iat ?? now)
        .setExpirationTime((o.iat ?? now) + (o.expiresIn ?? 300))
        .setJti(o.jti ?? `jti-${Date.now()}-${++counter}`)
        .sign(alg === 'ES384' ? es.privateKey : rs.privateKey);
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An unsigned (alg none) or HMAC-signed token, which the service must refuse. */
export function unsecuredToken(aud: string, iss: string): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${enc({ alg: 'none', typ: 'JWT', kid: 'x' })}.${enc({ iss, aud, iat: now, exp: now + 300, jti: 'none-1' })}.`;
}

export async function hs256Token(aud: string, iss: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: 'es-1' })
    .setIssuer(iss)
    .setAudience(aud)
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .setJti('hs-1')
    .sign(new TextEncoder().encode('a-shared-secret-that-must-not-work-here'));
}
