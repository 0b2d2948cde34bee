import { request } from 'node:http';
import { fixtureNow, fixtures, hookRequest, searchset } from '@spine-advisor/fhir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createDeps } from '../app.js';
import { problems } from '../problems.js';
import { startCdsTestServer } from '../testing/cds.js';
import type { TestClient } from '../testing/jwt.js';
import { post, startTestServer, type TestServer, testPublicUrl } from '../testing/server.js';

/** A hook call for a fixture patient, its id swapped for another (ids are opaque strings to us). */
function callFor(name: string, patientId: string) {
  const f = fixtures.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  const body = JSON.stringify(hookRequest(f, 'order-select'));
  return JSON.parse(
    body
      .split(`"${f.patientId}"`)
      .join(JSON.stringify(patientId))
      .split(`Patient/${f.patientId}"`)
      .join(`Patient/${patientId}"`),
  ) as Record<string, unknown>;
}

/**
 * POST `size` bytes to `path` on a raw socket, 64 KiB at a time; `hold` keeps the last part unsent
 * until the response has arrived (so a server that waits for the whole body never answers).
 */
function rawPost(url: string, path: string, headers: Record<string, string>, size: number, hold = false) {
  return new Promise<{ status: number; body: string; ms: number }>((resolve, reject) => {
    const started = performance.now();
    const { port } = new URL(url);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', 'content-length': String(size), ...headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started });
          req.destroy();
        });
      },
    );
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const limit = hold ? Math.min(size - 1, chunk.length) : size;
    const pump = () => {
      while (sent < limit) {
        const part = chunk.subarray(0, Math.min(chunk.length, limit - sent));
        sent += part.length;
        if (!req.write(part)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!hold) req.end();
    };
    pump();
  });
}

describe('CDS Hooks under hostile and heavy input', () => {
  let client: TestClient;
  let server: TestServer;
  const sign = (id = 'lbp-imaging') => client.sign(`${testPublicUrl}/cds-services/${id}`);
  const call = async (body: unknown) =>
    post(`${server.url}/cds-services/lbp-imaging`, body, { authorization: `Bearer ${await sign()}` });

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ client, server, close } = await startCdsTestServer());
  });
  afterAll(async () => {
    await close();
  });

  it.each(['49', '1', '17', '2026', 'true', 'female'])(
    'gives a card and a readable audit trail for the short patient id %j',
    async (patientId) => {
      const r = await call(callFor('connectathon-ct-4-months', patientId));
      expect(r.status).toBe(200);
      expect((r.json as { cards: unknown[] }).cards).toHaveLength(1);
      const res = await fetch(`${server.url}/api/v1/audit?kind=cds-call&limit=500`, {
        headers: { authorization: 'Bearer admin-token-0123456789' },
      });
      expect(res.status).toBe(200);
      const page = (await res.json()) as { records: { input: { cases: { case: { age: number } }[] } }[] };
      // The age 49 is still a number: the id was replaced by structure, not in the text.
      expect(page.records.at(-1)?.input.cases[0]?.case.age).toBe(49);
    },
  );

  it('keeps a CDS call record compact: at most 1.5 KB', async () => {
    await call(callFor('hiv-with-fever', 'pt-size'));
    const page = (await (
      await fetch(`${server.url}/api/v1/audit?kind=cds-call&limit=500`, {
        headers: { authorization: 'Bearer admin-token-0123456789' },
      })
    ).json()) as { records: unknown[] };
    const sizes = page.records.map((r) => Buffer.byteLength(JSON.stringify(r)));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1536);
  });

  it('checks the JWT before reading the body: a 401 arrives while the body is still being sent', async () => {
    const r = await rawPost(server.url, '/cds-services/lbp-imaging', {}, 8 * 1024 * 1024, true);
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'security' }] });
  });

  it('refuses 30 concurrent unauthenticated 4 MB bodies fast, and stays healthy meanwhile', async () => {
    const before = process.memoryUsage();
    const flood = Array.from({ length: 30 }, () =>
      rawPost(server.url, '/cds-services/lbp-imaging', {}, 4 * 1024 * 1024),
    );
    const started = performance.now();
    const health = await fetch(`${server.url}/healthz`);
    const healthMs = performance.now() - started;
    const answers = await Promise.all(flood);
    expect(health.status).toBe(200);
    expect(healthMs).toBeLessThan(1000);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 401));
    const after = process.memoryUsage();
    // Bodies are discarded as they arrive, never buffered: far less than the 120 MB sent.
    expect(after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers)).toBeLessThan(
      48 * 1024 * 1024,
    );
  });

  it('accepts a real-sized record (3.7 MB of medication history) and rates the order', async () => {
    const body = callFor('connectathon-ct-4-months', 'pt-big') as { prefetch: Record<string, unknown> };
    const meds = Array.from({ length: 9000 }, (_, i) => ({
      resourceType: 'MedicationRequest',
      id: `med-${i}`,
      status: 'completed',
      intent: 'order',
      subject: { reference: 'Patient/pt-big' },
      authoredOn: '2019-01-01',
      medicationCodeableConcept: {
        coding: [
          {
            system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
            code: '310965',
            display: 'Ibuprofen 200 MG Oral Tablet',
          },
        ],
      },
      dosageInstruction: [{ text: 'Take one tablet by mouth every six hours as needed for pain, with food.' }],
    }));
    body.prefetch.medications = searchset(meds as never);
    const text = JSON.stringify(body);
    expect(text.length).toBeGreaterThan(3.65 * 1024 * 1024);
    const r = await post(`${server.url}/cds-services/lbp-imaging`, text, { authorization: `Bearer ${await sign()}` });
    expect(r.status).toBe(200);
    expect((r.json as { cards: unknown[] }).cards).toHaveLength(1);
  });

  it('answers a body over the limit with a clear 413 OperationOutcome, not a dropped connection', async () => {
    const r = await rawPost(
      server.url,
      '/cds-services/lbp-imaging',
      { authorization: `Bearer ${await sign()}` },
      17 * 1024 * 1024,
    );
    expect(r.status).toBe(413);
    const outcome = JSON.parse(r.body) as { issue: { code: string; diagnostics: string }[] };
    expect(outcome.issue[0]?.code).toBe('too-costly');
    expect(outcome.issue[0]?.diagnostics).toMatch(/16 MiB/);
  });

  it('refuses a token whose lifetime is over the cap, and accepts one within it', async () => {
    const long = await client.sign(`${testPublicUrl}/cds-services/lbp-imaging`, { expiresIn: 365 * 86_400 });
    const body = callFor('connectathon-ct-4-months', 'pt-life');
    const r = await post(`${server.url}/cds-services/lbp-imaging`, body, { authorization: `Bearer ${long}` });
    expect(r.status).toBe(401);
    const short = await client.sign(`${testPublicUrl}/cds-services/lbp-imaging`, { expiresIn: 300 });
    expect(
      (await post(`${server.url}/cds-services/lbp-imaging`, body, { authorization: `Bearer ${short}` })).status,
    ).toBe(200);
  });

  it('remembers a used jti in the database, so another server on it refuses the replay', async () => {
    const token = await sign();
    const body = callFor('connectathon-ct-4-months', 'pt-replay');
    expect(
      (await post(`${server.url}/cds-services/lbp-imaging`, body, { authorization: `Bearer ${token}` })).status,
    ).toBe(200);
    const replica = await startTestServer(
      { cdsAuth: 'required', cdsIssuers: { [client.iss]: client.jwksUrl } },
      { now: () => fixtureNow, store: server.store },
    );
    try {
      const again = await post(`${replica.url}/cds-services/lbp-imaging`, body, { authorization: `Bearer ${token}` });
      expect(again.status).toBe(401);
    } finally {
      await replica.app.close();
    }
  });

  it('rejects a key given twice in an application/fhir+json body, naming the key', async () => {
    const text = JSON.stringify(callFor('connectathon-ct-4-months', 'pt-dup')).replace(
      '"hook":"order-select"',
      '"hookInstance":"first-of-two","hook":"order-select"',
    );
    expect(text.match(/"hookInstance"/g)).toHaveLength(2);
    const r = await post(`${server.url}/cds-services/lbp-imaging`, text, {
      authorization: `Bearer ${await sign()}`,
      'content-type': 'application/fhir+json',
    });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ expression: ['/hookInstance'] }] });
    expect(r.text).toContain('hookInstance');
  });

  it('rejects prototype poisoning in an application/fhir+json body', async () => {
    const text = JSON.stringify(callFor('connectathon-ct-4-months', 'pt-proto')).replace(
      '"hook":"order-select"',
      '"hook":"order-select","__proto__":{"polluted":true}',
    );
    const r = await post(`${server.url}/cds-services/lbp-imaging`, text, {
      authorization: `Bearer ${await sign()}`,
      'content-type': 'application/fhir+json',
    });
    expect(r.status).toBe(400);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('sends the PAMA rating once, with no extension copy by default', async () => {
    const r = await call(callFor('connectathon-ct-4-months', 'pt-pama'));
    const body = r.json as { systemActions?: unknown[]; extension?: unknown };
    expect(body.systemActions).toHaveLength(1);
    expect(body.extension).toBeUndefined();
  });

  it('marks hook answers no-store and allows any origin on CDS Hooks only', async () => {
    const r = await call(callFor('connectathon-ct-4-months', 'pt-cache'));
    expect(r.headers.get('cache-control')).toBe('no-store');
    const preflight = await fetch(`${server.url}/cds-services/lbp-imaging`, {
      method: 'OPTIONS',
      headers: { origin: 'https://ehr.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('the PAMA extension copy setting', () => {
  it('sends the rating under extension.systemActions too when turned on', async () => {
    const server = await startTestServer({ cdsExtensionSystemActions: true }, { now: () => fixtureNow });
    try {
      const r = await post(`${server.url}/cds-services/lbp-imaging`, callFor('connectathon-ct-4-months', 'pt-ext'));
      const body = r.json as { systemActions: unknown[]; extension: { systemActions: unknown[] } };
      expect(body.extension.systemActions).toEqual(body.systemActions);
    } finally {
      await server.close();
    }
  });
});

describe('bounded body parsing', () => {
  it('reads at most cdsConcurrentBodies bodies at once; the next waits unread until a slot frees', async () => {
    const server = await startTestServer({ cdsConcurrentBodies: 1 }, { now: () => fixtureNow });
    const { port } = new URL(server.url);
    // The first call sends half its body and stalls, holding the only slot.
    const stalled = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/cds-services/lbp-imaging',
      headers: { 'content-type': 'application/json', 'content-length': '100000' },
    });
    stalled.on('error', () => undefined);
    stalled.write(' '.repeat(50_000));
    await new Promise((resolve) => setTimeout(resolve, 200));
    try {
      let answered = false;
      const second = post(
        `${server.url}/cds-services/lbp-imaging`,
        callFor('connectathon-ct-4-months', 'pt-slot'),
      ).then((r) => {
        answered = true;
        return r;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(answered).toBe(false);
      stalled.destroy();
      expect((await second).status).toBe(200);
    } finally {
      stalled.destroy();
      await server.close();
    }
  });
});

describe('a hook call whose audit record cannot be written', () => {
  it('gets a clear 503 OperationOutcome saying no advice was given, never a misleading error', async () => {
    const server = await startTestServer({}, { now: () => fixtureNow });
    const broken = { ...server.store, record: async () => Promise.reject(new Error('disk full at /secret/path')) };
    const app = await buildApp(await createDeps(server.config, broken, { now: () => fixtureNow }));
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const r = await post(`${url}/cds-services/lbp-imaging`, callFor('connectathon-ct-4-months', '49'));
      expect(r.status).toBe(503);
      expect(r.json).toMatchObject({
        resourceType: 'OperationOutcome',
        issue: [{ code: 'transient', diagnostics: problems['audit-unavailable'].title }],
      });
      expect(r.text).not.toContain('secret');
    } finally {
      await app.close();
      await server.close();
    }
  });
});
