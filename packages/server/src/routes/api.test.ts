import { type Assessment, evaluate, knowledgeFor, parseCase, type Reading, readReport } from '@spine-advisor/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createDeps } from '../app.js';
import { problems } from '../problems.js';
import { post, startTestServer, type TestServer } from '../testing/server.js';

describe('REST API on a real server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ adminToken: 'admin-token-0123456789' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('assesses a case, records it first, and names the audit record', async () => {
    const r = await post(`${server.url}/api/v1/assessments`, { age: 52, durationWeeks: 1, bladder: 'retention' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ urgency: 'emergency', acrVariant: 4, schemaVersion: 1 });
    const id = r.headers.get('x-audit-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const record = await server.store.get(id as string);
    expect(record).toMatchObject({
      kind: 'assessment',
      service: 'api',
      input: { age: 52, durationWeeks: 1, bladder: 'retention' },
    });
  });

  it('answers an invalid case with problem+json naming every bad field', async () => {
    const r = await post(`${server.url}/api/v1/assessments`, { age: 'old', durationWeeks: -1, fevr: true });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.json).toMatchObject({
      type: 'urn:spine-advisor:problem:invalid-body',
      status: 400,
      instance: '/api/v1/assessments',
    });
    const paths = (r.json as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
    expect(paths).toEqual(['/age', '/durationWeeks', '/fevr']);
  });

  it('gives each error of the catalogue its status and title', async () => {
    const cases: [keyof typeof problems, () => Promise<{ status: number; json: unknown }>][] = [
      ['invalid-json', () => post(`${server.url}/api/v1/assessments`, '{"age": 4')],
      [
        'unsupported-media-type',
        () => post(`${server.url}/api/v1/assessments`, '<case/>', { 'content-type': 'application/xml' }),
      ],
      [
        'body-too-large',
        () => post(`${server.url}/api/v1/assessments`, { age: 40, durationWeeks: 1, x: 'y'.repeat(70_000) }),
      ],
      [
        'not-found',
        async () => {
          const res = await fetch(`${server.url}/api/v1/nothing`);
          return { status: res.status, json: await res.json() };
        },
      ],
      [
        'invalid-query',
        async () => {
          const res = await fetch(`${server.url}/api/v1/audit?limit=0`, {
            headers: { authorization: 'Bearer admin-token-0123456789' },
          });
          return { status: res.status, json: await res.json() };
        },
      ],
      [
        'unauthorized',
        async () => {
          const res = await fetch(`${server.url}/api/v1/audit`, { headers: { authorization: 'Bearer wrong' } });
          return { status: res.status, json: await res.json() };
        },
      ],
    ];
    for (const [code, call] of cases) {
      const r = await call();
      expect({ code, status: r.status }).toEqual({ code, status: problems[code].status });
      expect(r.json).toMatchObject({ type: `urn:spine-advisor:problem:${code}`, title: problems[code].title });
    }
  });

  it('reports health with the knowledge version and database status', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      database: { kind: 'sqlite', status: 'ok' },
      knowledgeVersion: expect.any(String),
    });
  });

  it('serves an OpenAPI 3.1 document from the zod schemas and a readable reference', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: { Case: { properties: Record<string, unknown>; additionalProperties: boolean } } };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/assessments', '/cds-services/{id}', '/healthz']),
    );
    expect(doc.components.schemas.Case.properties).toHaveProperty('saddleNumbness');
    expect(doc.components.schemas.Case.additionalProperties).toBe(false);
    const page = await fetch(`${server.url}/docs`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('POST /api/v1/assessments');
    expect(html).toContain('does not diagnose');
  });

  it('sends security headers and answers CORS preflight without credentials', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const preflight = await fetch(`${server.url}/cds-services/lbp-imaging`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://ehr.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
  });

  it('serves the web app slot at /', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/does not diagnose/);
  });
});

describe('limits and failures', () => {
  it('rate-limits a client with 429 problem+json', async () => {
    const server = await startTestServer({ rateLimit: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await fetch(`${server.url}/healthz`)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const res = await fetch(`${server.url}/healthz`);
      expect(await res.json()).toMatchObject({ type: 'urn:spine-advisor:problem:rate-limited', status: 429 });
    } finally {
      await server.close();
    }
  });

  it('hides internal errors behind a 500 problem', async () => {
    const server = await startTestServer({ adminToken: 'admin-token-0123456789' });
    const broken = { ...server.store, list: async () => Promise.reject(new Error('disk on fire at /secret/path')) };
    const app = await buildApp(await createDeps(server.config, broken));
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`${url}/api/v1/audit`, { headers: { authorization: 'Bearer admin-token-0123456789' } });
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(JSON.parse(text)).toMatchObject({
        type: 'urn:spine-advisor:problem:internal',
        title: problems.internal.title,
      });
      expect(text).not.toContain('secret');
    } finally {
      await app.close();
      await server.close();
    }
  });

  it('says clearly that no advice was given when the audit record cannot be written', async () => {
    const server = await startTestServer();
    const broken = { ...server.store, record: async () => Promise.reject(new Error('disk on fire at /secret/path')) };
    const app = await buildApp(await createDeps(server.config, broken));
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const r = await post(`${url}/api/v1/assessments`, { age: 40, durationWeeks: 1 });
      expect(r.status).toBe(503);
      expect(r.json).toMatchObject({
        type: 'urn:spine-advisor:problem:audit-unavailable',
        title: problems['audit-unavailable'].title,
      });
      expect(r.text).not.toContain('secret');
    } finally {
      await app.close();
      await server.close();
    }
  });

  it('closes the audit API when no admin token is configured', async () => {
    const server = await startTestServer();
    try {
      const res = await fetch(`${server.url}/api/v1/audit`, { headers: { authorization: 'Bearer anything-at-all' } });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ type: 'urn:spine-advisor:problem:audit-closed' });
    } finally {
      await server.close();
    }
  });
});

describe('the same API on PostgreSQL', async () => {
  const { postgresAvailable, resetPostgres, testPostgresUrl } = await import('../testing/postgres.js');
  const { openPostgresStore } = await import('../store/postgres.js');
  const available = await postgresAvailable();

  it.skipIf(!available)('records an assessment and pages it back through the audit API', async () => {
    await resetPostgres();
    const server = await startTestServer(
      { adminToken: 'admin-token-0123456789' },
      { store: await openPostgresStore(testPostgresUrl) },
    );
    try {
      const r = await post(`${server.url}/api/v1/assessments`, { age: 30, durationWeeks: 2, fever: true });
      expect(r.status).toBe(200);
      const res = await fetch(`${server.url}/api/v1/audit`, {
        headers: { authorization: 'Bearer admin-token-0123456789' },
      });
      const page = (await res.json()) as { records: { id: string; input: unknown }[] };
      expect(page.records.map((x) => x.id)).toContain(r.headers.get('x-audit-id'));
      const health = (await (await fetch(`${server.url}/healthz`)).json()) as { database: { kind: string } };
      expect(health.database.kind).toBe('postgres');
    } finally {
      await server.close();
    }
  });
});

describe('report readings', () => {
  it('reads a report over HTTP, urgent findings first, and names every bad field', async () => {
    const server = await startTestServer();
    try {
      const r = await post(`${server.url}/api/v1/report-readings`, {
        text: 'L4-5: large central extrusion with severe compression of the cauda equina.\nL5-S1: mild disc bulge.',
        age: 44,
        case: { age: 44, durationWeeks: 1, legPain: 'both-legs' },
      });
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({ schemaVersion: 1, urgent: ['cauda-equina-compression'] });
      expect((r.json as { summary: string }).summary).toMatch(
        /^This report mentions something that needs action today/,
      );
      const bad = await post(`${server.url}/api/v1/report-readings`, { text: '', age: 'forty', case: { age: 44 } });
      expect(bad.status).toBe(400);
      const paths = (bad.json as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
      // Every bad field at once, the case's own fields included.
      expect(paths).toEqual(['/age', '/case/durationWeeks', '/text']);
      const badCase = await post(`${server.url}/api/v1/report-readings`, {
        text: 'disc bulge',
        age: 40,
        case: { age: 44 },
      });
      expect((badCase.json as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
        '/case/durationWeeks',
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('languages (contract section 7)', () => {
  /** What must not change with the language: ids, enum values, codes. */
  function idsOf(a: Assessment) {
    return {
      urgency: a.urgency,
      acrVariant: a.acrVariant,
      recommended: a.recommended,
      alternatives: a.alternatives,
      suspected: a.suspected,
      redFlags: a.redFlags.map((f) => f.id),
      missing: a.missing.map((m) => m.field),
      trace: a.trace.map((t) => t.rule),
      knowledgeVersion: a.knowledgeVersion,
    };
  }

  it('answers an assessment in the language Accept-Language asks for, ids unchanged', async () => {
    const server = await startTestServer();
    try {
      const c = { age: 52, durationWeeks: 1, saddleNumbness: true };
      const en = await post(`${server.url}/api/v1/assessments`, c);
      const es = await post(`${server.url}/api/v1/assessments`, c, { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' });
      const fr = await post(`${server.url}/api/v1/assessments`, c, { 'accept-language': 'fr' });
      expect([en.status, es.status, fr.status]).toEqual([200, 200, 200]);
      const [enA, esA, frA] = [en.json, es.json, fr.json] as Assessment[];
      const parsed = parseCase(c);
      if (!parsed.ok) throw new Error('test case is invalid');
      expect(esA?.headline).toBe(evaluate(parsed.value, knowledgeFor('es')).headline);
      expect(esA?.headline).not.toBe(enA?.headline);
      expect(idsOf(esA as Assessment)).toEqual(idsOf(enA as Assessment));
      expect(frA).toEqual(enA);
      expect(es.headers.get('content-language')).toBe('es');
      expect(en.headers.get('content-language')).toBe('en');
      expect(es.headers.get('vary')).toMatch(/accept-language/i);
    } finally {
      await server.close();
    }
  });

  it('explains a report in the language Accept-Language asks for, findings unchanged', async () => {
    const server = await startTestServer();
    try {
      const body = {
        text: 'L4-5: large central extrusion compressing the cauda equina. L5-S1: mild disc bulge.',
        age: 44,
      };
      const en = await post(`${server.url}/api/v1/report-readings`, body);
      const es = await post(`${server.url}/api/v1/report-readings`, body, { 'accept-language': 'es' });
      const [enR, esR] = [en.json, es.json] as Reading[];
      expect(esR?.summary).toBe(readReport(body.text, body.age, undefined, { lang: 'es' }).summary);
      expect(esR?.summary).not.toBe(enR?.summary);
      expect(esR?.findings.map((f) => [f.type, f.level, f.negated])).toEqual(
        enR?.findings.map((f) => [f.type, f.level, f.negated]),
      );
      expect(esR?.urgent).toEqual(enR?.urgent);
      expect(es.headers.get('content-language')).toBe('es');
    } finally {
      await server.close();
    }
  });
});
