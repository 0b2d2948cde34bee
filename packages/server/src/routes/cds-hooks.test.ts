import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServiceRequest } from '@spine-advisor/fhir';
import { fixtureNow, fixtures, hookRequest, prefetchFor, searchset } from '@spine-advisor/fhir/testing';
import { cdsResponseViolations, emptyValues } from '@spine-advisor/fhir/testing/cds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { startCdsTestServer } from '../testing/cds.js';
import { hs256Token, type TestClient, unsecuredToken } from '../testing/jwt.js';
import { post, startTestServer, type TestServer, testPublicUrl } from '../testing/server.js';

const serviceUrl = `${testPublicUrl}/cds-services/lbp-imaging`;

describe('CDS Hooks service with client authentication', () => {
  let client: TestClient;
  let server: TestServer;
  let fhir: { url: string; server: Server; requests: { url: string; auth: string | undefined }[]; delayMs: number };

  let close: () => Promise<void>;

  beforeAll(async () => {
    fhir = await startFhirServer();
    ({ client, server, close } = await startCdsTestServer());
  });
  afterAll(async () => {
    await close();
    await new Promise<void>((resolve) => fhir.server.close(() => resolve()));
  });

  const call = async (body: unknown, id = 'lbp-imaging') =>
    post(`${server.url}/cds-services/${id}`, body, {
      authorization: `Bearer ${await client.sign(`${testPublicUrl}/cds-services/${id}`)}`,
    });

  it('discovery lists order-select, order-sign and patient-view with prefetch templates', async () => {
    const body = (await (await fetch(`${server.url}/cds-services`)).json()) as {
      services: { id: string; hook: string; prefetch: Record<string, string> }[];
    };
    expect(body.services.map((s) => `${s.id}:${s.hook}`)).toEqual([
      'lbp-imaging:order-select',
      'lbp-imaging:order-sign',
      'lbp-imaging-chart:patient-view',
    ]);
    for (const s of body.services) {
      for (const template of Object.values(s.prefetch))
        expect(template).toMatch(/^\w+(\/|\?)[^{}]*\{\{context\.patientId\}\}[^{}]*$/);
    }
  });

  for (const f of fixtures) {
    it.each(['order-select', 'order-sign'] as const)(`rates ${f.name} over HTTP with prefetch (%s)`, async (hook) => {
      const r = await call(hookRequest(f, hook));
      expect(r.status).toBe(200);
      expect(cdsResponseViolations(r.json)).toEqual([]);
      expect(emptyValues(r.json)).toEqual([]);
      const body = r.json as { cards: { indicator: string; summary: string }[]; systemActions?: unknown[] };
      const e = f.expected;
      if ('noCards' in e) expect(body.cards).toEqual([]);
      else if ('cannotRate' in e) expect(body.cards[0]?.summary).toMatch(/^Cannot rate/);
      else expect(body.cards[0]?.indicator).toBe(e.indicator);
    });
  }

  it('the public connectathon case: CT 72133 for 4 months of pain is not appropriate, with a suggestion', async () => {
    const f = fixtures.find((x) => x.name === 'connectathon-ct-4-months');
    const r = await call(hookRequest(f as (typeof fixtures)[number], 'order-select'));
    const body = r.json as {
      cards: { suggestions: { actions: { type: string }[] }[] }[];
      systemActions: {
        resource: { extension: { url: string; valueCodeableConcept?: { coding: { code: string }[] } }[] };
      }[];
    };
    const rating = body.systemActions[0]?.resource.extension.find((x) => x.url.endsWith('/pama-rating'));
    expect(rating?.valueCodeableConcept?.coding[0]?.code).toBe('not-appropriate');
    expect(body.cards[0]?.suggestions[0]?.actions[0]?.type).toBe('delete');
  });

  it('fetches what the prefetch lacks from the FHIR server with the client token', async () => {
    const f = fixtures.find((x) => x.name === 'hiv-with-fever') as (typeof fixtures)[number];
    fhir.requests.length = 0;
    const request = { ...hookRequest(f, 'order-sign', false), fhirServer: fhir.url, fhirAuthorization: token() };
    const r = await call(request);
    expect((r.json as { cards: { indicator: string }[] }).cards[0]?.indicator).toBe('info');
    expect(fhir.requests.length).toBeGreaterThanOrEqual(7);
    expect(fhir.requests.every((q) => q.auth === 'Bearer fhir-access-token')).toBe(true);
    expect(fhir.requests.map((q) => q.url)).toContain(`/fhir/Patient/${f.patientId}`);
  });

  it('says what was unavailable when the FHIR server is too slow, within about a second', async () => {
    const f = fixtures.find((x) => x.name === 'connectathon-ct-4-months') as (typeof fixtures)[number];
    const { observations: _o, ...partial } = prefetchFor(f);
    fhir.delayMs = 3000;
    const started = Date.now();
    const r = await call({
      ...hookRequest(f, 'order-select'),
      prefetch: partial,
      fhirServer: fhir.url,
      fhirAuthorization: token(),
    });
    fhir.delayMs = 0;
    expect(Date.now() - started).toBeLessThan(2000);
    const detail = (r.json as { cards: { detail: string }[] }).cards[0]?.detail;
    expect(detail).toMatch(/\*\*Unavailable:\*\* observations/);
  });

  it('patient-view shows a card for back pain with red flags and an open imaging order', async () => {
    const f = fixtures.find((x) => x.name === 'urinary-retention') as (typeof fixtures)[number];
    const open: ServiceRequest = { ...f.order, status: 'active' };
    const prefetch = { ...prefetchFor(f), imagingOrders: searchset([open]) };
    const body = {
      hook: 'patient-view',
      hookInstance: 'pv-1',
      context: { userId: 'Practitioner/1', patientId: f.patientId },
      prefetch,
    };
    const r = await call(body, 'lbp-imaging-chart');
    expect((r.json as { cards: { indicator: string }[] }).cards[0]?.indicator).toBe('critical');
  });

  it('refuses a hook the service does not answer, and an invalid request, with an OperationOutcome', async () => {
    const f = fixtures[0] as (typeof fixtures)[number];
    const wrongHook = await call({ ...hookRequest(f, 'order-select'), hook: 'patient-view' });
    expect(wrongHook.status).toBe(400);
    expect(wrongHook.json).toMatchObject({ resourceType: 'OperationOutcome' });
    const invalid = await call({ hook: 'order-select', context: {} });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.json)).toMatch(/hookInstance/);
    const unknown = await call(hookRequest(f, 'order-select'), 'no-such-service');
    expect(unknown.status).toBe(404);
  });

  it('records every call in the audit trail with a pseudonymous subject, never the patient id or token', async () => {
    const res = await fetch(`${server.url}/api/v1/audit?kind=cds-call&limit=500`, {
      headers: { authorization: 'Bearer admin-token-0123456789' },
    });
    const page = (await res.json()) as {
      records: { hookInstance: string; subject: string; input: unknown; output: unknown }[];
    };
    expect(page.records.length).toBeGreaterThan(fixtures.length);
    const text = JSON.stringify(page.records);
    expect(text).not.toContain('pt-connectathon');
    expect(text).not.toContain('fhir-access-token');
    const record = page.records.find((r) => r.hookInstance === 'hook-connectathon-ct-4-months-order-select');
    expect(record?.subject).toMatch(/^[0-9a-f]{32}$/);
    expect(record?.input).toMatchObject({ hook: 'order-select', cases: [{ case: { age: 49, sex: 'female' } }] });
    expect(record?.output).toMatchObject({
      assessed: [{ rating: 'not-appropriate', acrVariant: 2, urgency: 'none' }],
      ratings: [{ code: '72133', consultId: expect.stringMatching(/^urn:uuid:/) }],
    });
  });

  it('stores feedback, accepted or overridden, once per card outcome', async () => {
    const feedback = {
      feedback: [
        {
          card: '11111111-1111-4111-8111-111111111111',
          outcome: 'accepted',
          acceptedSuggestions: [{ id: 's-1' }],
          outcomeTimestamp: '2026-12-01T12:00:00Z',
        },
        {
          card: '22222222-2222-4222-8222-222222222222',
          outcome: 'overridden',
          overrideReason: {
            reason: {
              system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
              code: 'prefers-alternative',
              display: 'x',
            },
            userComment: 'specialist asked',
          },
          outcomeTimestamp: '2026-12-01T12:01:00Z',
        },
      ],
    };
    const send = async () =>
      post(`${server.url}/cds-services/lbp-imaging/feedback`, feedback, {
        authorization: `Bearer ${await client.sign(`${testPublicUrl}/cds-services/lbp-imaging/feedback`)}`,
      });
    expect((await send()).status).toBe(204);
    expect((await send()).status).toBe(204);
    const stored = await server.store.list({ limit: 500, kind: 'feedback' });
    expect(stored.records.map((r) => (r.input as { outcome: string }).outcome).sort()).toEqual([
      'accepted',
      'overridden',
    ]);
    const bad = await post(
      `${server.url}/cds-services/lbp-imaging/feedback`,
      { feedback: [{ card: 'x', outcome: 'accepted', outcomeTimestamp: 'yesterday' }] },
      {
        authorization: `Bearer ${await client.sign(`${testPublicUrl}/cds-services/lbp-imaging/feedback`)}`,
      },
    );
    expect(bad.status).toBe(400);
  });

  describe('JWT checks', () => {
    const body = () => hookRequest(fixtures[0] as (typeof fixtures)[number], 'order-select');
    const withToken = (token: string) =>
      post(`${server.url}/cds-services/lbp-imaging`, body(), { authorization: `Bearer ${token}` });

    it('accepts ES384 and RS384 tokens from a trusted issuer', async () => {
      expect((await withToken(await client.sign(serviceUrl, { alg: 'ES384' }))).status).toBe(200);
      expect((await withToken(await client.sign(serviceUrl, { alg: 'RS384' }))).status).toBe(200);
    });

    const negatives: [string, () => Promise<string | undefined>][] = [
      ['no token', async () => undefined],
      ['alg none', async () => unsecuredToken(serviceUrl, 'https://ehr.example.org')],
      ['HS256', async () => hs256Token(serviceUrl, 'https://ehr.example.org')],
      [
        'expired',
        async () => client.sign(serviceUrl, { iat: Math.floor(fixtureNow.getTime() / 1000) - 3600, expiresIn: 300 }),
      ],
      [
        'issued in the future',
        async () => client.sign(serviceUrl, { iat: Math.floor(fixtureNow.getTime() / 1000) + 600 }),
      ],
      ['wrong audience', async () => client.sign(`${testPublicUrl}/cds-services/other`)],
      ['unknown issuer', async () => client.sign(serviceUrl, { iss: 'https://evil.example.org' })],
      ['typ not JWT', async () => client.sign(serviceUrl, { typ: 'at+jwt' })],
      ['no kid', async () => client.sign(serviceUrl, { kid: null })],
      [
        'jku not the configured JWKS',
        async () => client.sign(serviceUrl, { jku: 'https://evil.example.org/jwks.json' }),
      ],
    ];
    for (const [name, make] of negatives) {
      it(`rejects ${name} with 401 and no reason`, async () => {
        const token = await make();
        const r = await post(
          `${server.url}/cds-services/lbp-imaging`,
          body(),
          token ? { authorization: `Bearer ${token}` } : {},
        );
        expect(r.status).toBe(401);
        expect(r.json).toEqual({
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', code: 'security', diagnostics: 'Unauthorized' }],
        });
      });
    }

    it('rejects a replayed jti', async () => {
      const token = await client.sign(serviceUrl, { jti: 'once-only' });
      expect((await withToken(token)).status).toBe(200);
      expect((await withToken(token)).status).toBe(401);
    });
  });
});

function token() {
  return {
    access_token: 'fhir-access-token',
    token_type: 'Bearer',
    expires_in: 300,
    scope: 'patient/*.read',
    subject: 'spine-advisor',
  };
}

/** A real FHIR server on loopback that answers searches from the fixture resources. */
async function startFhirServer() {
  const all = fixtures.flatMap((f) => f.resources);
  const state = { requests: [] as { url: string; auth: string | undefined }[], delayMs: 0 };
  const server = createServer((req, res) => {
    state.requests.push({ url: req.url ?? '', auth: req.headers.authorization });
    const url = new URL(req.url ?? '/', 'http://x');
    const [, , type, id] = url.pathname.split('/');
    const patient = url.searchParams.get('patient');
    const body = id
      ? all.find((r) => r.resourceType === type && r.id === id)
      : searchset(all.filter((r) => r.resourceType === type && JSON.stringify(r).includes(`"Patient/${patient}"`)));
    setTimeout(() => {
      if (res.destroyed) return;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/fhir+json' });
      res.end(JSON.stringify(body ?? { resourceType: 'OperationOutcome', issue: [] }));
    }, state.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir`;
  return Object.assign(state, { url, server });
}

describe('CDS Hooks cards in the configured language (SPINE_ADVISOR_CDS_LANGUAGE)', () => {
  it('writes the cards in Spanish when the service is set to es; ratings and codes are unchanged', async () => {
    const f = fixtures.find((x) => x.name === 'connectathon-ct-4-months') as (typeof fixtures)[number];
    const en = await startTestServer();
    const es = await startTestServer({ cdsLanguage: 'es' });
    try {
      type Body = {
        cards: { summary: string; detail: string; indicator: string; suggestions: { label: string }[] }[];
        systemActions: { resource: { extension: { url: string; valueCodeableConcept?: unknown }[] } }[];
      };
      const [enBody, esBody] = await Promise.all(
        [en, es].map(
          async (s) => (await post(`${s.url}/cds-services/lbp-imaging`, hookRequest(f, 'order-select'))).json as Body,
        ),
      );
      expect(esBody?.cards[0]?.summary).toMatch(/normalmente no apropiada aquí/);
      expect(esBody?.cards[0]?.detail).toMatch(/Reglas aplicadas/);
      expect(esBody?.cards[0]?.suggestions[0]?.label).toMatch(/^Quitar esta orden/);
      expect(enBody?.cards[0]?.summary).toMatch(/usually not appropriate here/);
      expect(esBody?.cards[0]?.indicator).toBe(enBody?.cards[0]?.indicator);
      // The rating's codes are the same; only the consultation's fresh uuid differs.
      const rating = (b: Body | undefined) =>
        b?.systemActions[0]?.resource.extension.map((x) => [x.url, x.valueCodeableConcept]);
      expect(rating(esBody)).toEqual(rating(enBody));
    } finally {
      await Promise.all([en.close(), es.close()]);
    }
  });

  it('refuses a language it does not speak, naming the setting', () => {
    const loaded = loadConfig([], { SPINE_ADVISOR_CDS_LANGUAGE: 'fr' });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map((e) => e.message).join('\n')).toMatch(/SPINE_ADVISOR_CDS_LANGUAGE/);
  });
});
