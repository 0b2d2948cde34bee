import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problems } from './problems.js';
import { post, startTestServer, type TestServer } from './testing/server.js';

const admin = { authorization: 'Bearer admin-token-0123456789' };

/** Send raw bytes on a fresh socket; the whole answer, or what arrived when the server closed it. */
function raw(url: string, bytes: string, waitMs = 3000): Promise<{ text: string; closedAfterMs: number }> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const started = performance.now();
    const socket: Socket = connect(Number(port), '127.0.0.1', () => socket.write(bytes));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => {
      text += c;
    });
    const done = () => resolve({ text, closedAfterMs: performance.now() - started });
    socket.on('close', done);
    socket.on('error', () => undefined);
    setTimeout(() => socket.destroy(), waitMs).unref();
  });
}

describe('HTTP hardening', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ adminToken: 'admin-token-0123456789' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('marks every answer carrying health data no-store', async () => {
    const assessed = await post(`${server.url}/api/v1/assessments`, { age: 52, durationWeeks: 1 });
    const reading = await post(`${server.url}/api/v1/report-readings`, { text: 'L4-5: disc bulge.', age: 50 });
    const audit = await fetch(`${server.url}/api/v1/audit`, { headers: admin });
    const invalid = await post(`${server.url}/api/v1/assessments`, { age: 'x' });
    for (const r of [assessed.headers, reading.headers, audit.headers, invalid.headers])
      expect(r.get('cache-control')).toBe('no-store');
  });

  it('sends no CORS headers on the audit API or the REST API by default', async () => {
    const audit = await fetch(`${server.url}/api/v1/audit`, { headers: { ...admin, origin: 'https://evil.example' } });
    expect(audit.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/api/v1/audit`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const assessed = await fetch(`${server.url}/api/v1/assessments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: '{"age":40,"durationWeeks":1}',
    });
    expect(assessed.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never echoes a query string (a token in it) in a problem', async () => {
    const res = await fetch(`${server.url}/api/v1/audit?access_token=secret-token-value&limit=0`, {
      headers: admin,
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text).not.toContain('secret-token-value');
    expect(JSON.parse(text)).toMatchObject({ instance: '/api/v1/audit' });
    const closed = await fetch(`${server.url}/api/v1/audit?token=secret-token-value`);
    expect(await closed.text()).not.toContain('secret-token-value');
  });

  it('sends neither HSTS nor upgrade-insecure-requests when the public URL is http', async () => {
    const plain = await startTestServer({}, {}, {});
    const { createDeps, buildApp } = await import('./app.js');
    const app = await buildApp(await createDeps({ ...plain.config, publicUrl: 'http://localhost:3000' }, plain.store));
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`${url}/healthz`);
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(res.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      // The test server's public URL is https: there both are sent.
      const secure = await fetch(`${server.url}/healthz`);
      expect(secure.headers.get('strict-transport-security')).toMatch(/max-age=/);
      expect(secure.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    } finally {
      await app.close();
      await plain.close();
    }
  });

  it("answers fastify's own errors (a bad URL) as problem+json with the security headers", async () => {
    const res = await fetch(`${server.url}/api/v1/%zz`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await res.json()).toMatchObject({ type: 'urn:spine-advisor:problem:bad-request', status: 400 });
  });

  it('answers a request Node cannot parse (unknown method) as problem+json with the security headers', async () => {
    const { text } = await raw(server.url, 'FROB / HTTP/1.1\r\nHost: x\r\n\r\n');
    const [head = '', body = ''] = text.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400/);
    expect(head.toLowerCase()).toContain('content-type: application/problem+json');
    expect(head.toLowerCase()).toContain('x-content-type-options: nosniff');
    expect(JSON.parse(body)).toMatchObject({ title: problems['bad-request'].title, status: 400 });
  });

  it('answers a CORS preflight without a method (bad preflight) in a JSON format, not plain text', async () => {
    const res = await fetch(`${server.url}/cds-services/lbp-imaging`, {
      method: 'OPTIONS',
      headers: { origin: 'https://ehr.example.org' },
    });
    expect(res.headers.get('content-type') ?? '').not.toMatch(/text\/plain/);
    expect(res.status).toBeLessThan(500);
  });

  it('rejects a key given twice in a case, naming the key (contract section 2)', async () => {
    const r = await post(
      `${server.url}/api/v1/assessments`,
      '{"age":52,"durationWeeks":1,"saddleNumbness":true,"saddleNumbness":false}',
    );
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ errors: [{ path: '/saddleNumbness' }] });
    expect(r.text).toContain('saddleNumbness');
    const reading = await post(
      `${server.url}/api/v1/report-readings`,
      '{"text":"disc bulge","age":40,"case":{"age":40,"durationWeeks":1,"fever":true,"fever":false}}',
    );
    expect(reading.status).toBe(400);
    expect(reading.json).toMatchObject({ errors: [{ path: '/case/fever' }] });
  });

  it('reads application/fhir+json and other +json bodies with the same strict parser', async () => {
    const r = await post(`${server.url}/api/v1/assessments`, '{"age":52,"durationWeeks":1,"__proto__":{"x":1}}', {
      'content-type': 'application/merge-patch+json',
    });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ type: 'urn:spine-advisor:problem:invalid-json' });
  });
});

describe('connection limits', () => {
  it('closes a connection whose headers do not arrive in time', async () => {
    const server = await startTestServer({}, {}, { timeouts: { headersMs: 300, checkEveryMs: 100 } });
    try {
      const { closedAfterMs, text } = await raw(server.url, 'GET /healthz HTTP/1.1\r\nHost: x\r\n', 5000);
      expect(closedAfterMs).toBeLessThan(2000);
      expect(text).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await server.close();
    }
  });

  it('caps open connections per client address', async () => {
    const server = await startTestServer({ maxConnectionsPerAddress: 2 });
    const { port } = new URL(server.url);
    const open = (): Promise<Socket> =>
      new Promise((resolve) => {
        const s = connect(Number(port), '127.0.0.1', () => resolve(s));
      });
    const sockets = [await open(), await open()];
    try {
      const third = await raw(server.url, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', 2000);
      expect(third.text).toBe('');
      expect(third.closedAfterMs).toBeLessThan(1000);
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      for (const s of sockets) s.destroy();
      await server.close();
    }
  });

  it('with trustProxy, rate-limits each forwarded client on its own', async () => {
    const proxied = await startTestServer({ rateLimit: 2, trustProxy: true });
    const direct = await startTestServer({ rateLimit: 2 });
    try {
      const statuses = async (url: string) => {
        const out: number[] = [];
        for (const client of ['203.0.113.1', '203.0.113.1', '203.0.113.2', '203.0.113.2'])
          out.push((await fetch(`${url}/healthz`, { headers: { 'x-forwarded-for': client } })).status);
        return out;
      };
      expect(await statuses(proxied.url)).toEqual([200, 200, 200, 200]);
      // Off by default: the header is not trusted, so everyone behind the proxy shares one limit.
      expect(await statuses(direct.url)).toEqual([200, 200, 429, 429]);
    } finally {
      await proxied.close();
      await direct.close();
    }
  });
});
