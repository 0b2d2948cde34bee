import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixtureNow, fixtures, hookRequest, searchset } from '@spine-advisor/fhir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startTestServer, type TestServer } from '../testing/server.js';
import type { Fetch } from './fetch-fhir.js';
import { sameOrigin } from './fetch-fhir.js';

describe('sameOrigin: where the FHIR access token may go', () => {
  const base = 'http://fhir.example.org:4711/fhir';
  it.each([
    ['Condition?patient=1', 'http://fhir.example.org:4711/fhir/Condition?patient=1'],
    ['/Patient/1', 'http://fhir.example.org:4711/fhir/Patient/1'],
    ['http://fhir.example.org:4711/fhir?_getpages=abc', 'http://fhir.example.org:4711/fhir?_getpages=abc'],
  ])('allows %s', (link, url) => {
    expect(sameOrigin(base, link)).toBe(url);
  });
  it.each([
    'http://fhir.example.org:47110/fhir/Condition',
    'http://fhir.example.org:4711.evil.example/fhir',
    'http://fhir.example.org.evil.example:4711/fhir/Condition',
    'https://fhir.example.org:4711/fhir/Condition',
    'http://user:pw@fhir.example.org:4711/fhir/Condition',
    '//evil.example/fhir/Condition',
    'javascript:alert(1)',
  ])('refuses the look-alike %s', (link) => {
    const url = sameOrigin(base, link);
    if (url !== undefined) expect(new URL(url).origin).toBe('http://fhir.example.org:4711');
    expect(url === undefined || url.startsWith('http://fhir.example.org:4711/fhir/')).toBe(true);
  });
});

describe('the access token never reaches a look-alike origin (over HTTP)', () => {
  let fhir: Server;
  let fhirUrl: string;
  let server: TestServer;
  const sent: { url: string; auth: string | undefined }[] = [];
  beforeAll(async () => {
    const f = fixtures.find((x) => x.name === 'hiv-with-fever');
    if (!f) throw new Error('fixture missing');
    fhir = createServer((req, res) => {
      const { port } = fhir.address() as AddressInfo;
      // Every search answers one page and a `next` link to a look-alike origin.
      const page = searchset(f.resources.filter((r) => r.resourceType === 'Condition'));
      const next = [
        `http://127.0.0.1:${port}0/fhir/Condition?page=2`,
        `http://127.0.0.1.evil.example:${port}/fhir/Condition?page=2`,
      ][req.url?.includes('Observation') ? 1 : 0];
      res.writeHead(200, { 'content-type': 'application/fhir+json' });
      res.end(JSON.stringify({ ...page, link: [{ relation: 'next', url: next }] }));
    });
    await new Promise<void>((resolve) => fhir.listen(0, '127.0.0.1', resolve));
    fhirUrl = `http://127.0.0.1:${(fhir.address() as AddressInfo).port}/fhir`;
    const recording: Fetch = (url, init) => {
      sent.push({ url, auth: init.headers.Authorization });
      return fetch(url, init);
    };
    server = await startTestServer({}, { now: () => fixtureNow, fetch: recording });
  });
  afterAll(async () => {
    await server.close();
    await new Promise<void>((resolve) => fhir.close(() => resolve()));
  });

  it('follows next links only on the FHIR server origin, and says the later pages are unavailable', async () => {
    const f = fixtures.find((x) => x.name === 'hiv-with-fever');
    if (!f) throw new Error('fixture missing');
    const request = {
      ...hookRequest(f, 'order-select', false),
      fhirServer: fhirUrl,
      fhirAuthorization: {
        access_token: 'fhir-access-token',
        token_type: 'Bearer',
        expires_in: 300,
        scope: 'x',
        subject: 'y',
      },
    };
    const r = await post(`${server.url}/cds-services/lbp-imaging`, request);
    expect(r.status).toBe(200);
    expect(sent.length).toBeGreaterThan(0);
    for (const s of sent) expect(new URL(s.url).origin).toBe(new URL(fhirUrl).origin);
    expect(r.text).toContain('later pages');
  });
});
