import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systems } from './systems.js';
import { Terminology } from './terminology.js';
import { fixtureNow } from './testing/patients.js';
import { caseFromFhir } from './to-case.js';

/**
 * A small FHIR terminology server on loopback that speaks `ValueSet/$expand` (implicit SNOMED CT
 * is-a value sets) and `CodeSystem/$subsumes`, over a toy hierarchy: 363346000 (malignant neoplastic
 * disease) has the children 93655004 and 254837009; 279039007 (low back pain) has 1111000000001.
 */
const children: Record<string, readonly string[]> = {
  '363346000': ['363346000', '93655004', '254837009'],
  '279039007': ['279039007', '1111000000001'],
};
const isA = (a: string, b: string) => (children[a] ?? [a]).includes(b) || a === b;

let server: Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${url.pathname}${url.search}`);
    res.setHeader('content-type', 'application/fhir+json');
    if (url.pathname === '/fhir/ValueSet/$expand') {
      const root = /fhir_vs=isa\/(\d+)$/.exec(url.searchParams.get('url') ?? '')?.[1];
      if (!root || !children[root]) {
        res.statusCode = 404;
        res.end(JSON.stringify({ resourceType: 'OperationOutcome', issue: [] }));
        return;
      }
      const contains = children[root].map((code) => ({ system: systems.snomed, code }));
      res.end(JSON.stringify({ resourceType: 'ValueSet', expansion: { contains } }));
      return;
    }
    if (url.pathname === '/fhir/CodeSystem/$subsumes') {
      const a = url.searchParams.get('codeA') ?? '';
      const b = url.searchParams.get('codeB') ?? '';
      const outcome = a === b ? 'equivalent' : isA(a, b) ? 'subsumes' : isA(b, a) ? 'subsumed-by' : 'not-subsumed';
      res.end(JSON.stringify({ resourceType: 'Parameters', parameter: [{ name: 'outcome', valueCode: outcome }] }));
      return;
    }
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const patient = { resourceType: 'Patient', id: 'p', birthDate: '1970-06-01' };
const condition = (code: string, onsetDateTime = '2026-11-10') => ({
  resourceType: 'Condition',
  id: code,
  code: { coding: [{ system: systems.snomed, code }] },
  onsetDateTime,
});

describe('terminology server ($expand, $subsumes) replacing the shipped expansions', () => {
  it('$expand replaces each SNOMED CT expansion that has roots; a code only the server knows is read', async () => {
    const terminology = new Terminology({ url: base, fetch });
    const shipped = caseFromFhir({ patient, conditions: [condition('279039007'), condition('93655004')] }, fixtureNow);
    expect(shipped.facts.cancerHistory).toBeUndefined();
    const replaced = await terminology.expand();
    expect(replaced).toEqual(expect.arrayContaining(['malignancy', 'low-back-pain']));
    const r = caseFromFhir(
      { patient, conditions: [condition('279039007'), condition('93655004')] },
      fixtureNow,
      undefined,
      {
        codes: terminology.valueSets,
      },
    );
    expect(r.facts.cancerHistory).toBe('active');
    expect(r.evidence).toContainEqual({
      field: 'cancerHistory',
      value: 'active',
      from: 'Condition/93655004: SNOMED CT 93655004',
    });
  });

  it('$subsumes answers a record code no expansion holds, once per code', async () => {
    const terminology = new Terminology({ url: base, fetch });
    const record = { patient, conditions: [condition('1111000000001')] };
    expect(caseFromFhir(record, fixtureNow).undocumented).toEqual(['durationWeeks']);
    requests.length = 0;
    const codes = await terminology.valueSetsFor(record);
    expect(caseFromFhir(record, fixtureNow, undefined, { codes }).case?.durationWeeks).toBe(3.1);
    const asked = requests.filter((r) => r.includes('$subsumes') && r.includes('codeB=1111000000001'));
    expect(asked.length).toBeGreaterThan(0);
    requests.length = 0;
    await terminology.valueSetsFor({ patient, conditions: [condition('1111000000001')] });
    expect(requests).toEqual([]);
  });

  it('an unreachable server leaves the shipped expansions in place', async () => {
    const terminology = new Terminology({ url: 'http://127.0.0.1:9/fhir', fetch });
    expect(await terminology.expand()).toEqual([]);
    const r = caseFromFhir({ patient, conditions: [condition('254837009')] }, fixtureNow, undefined, {
      codes: terminology.valueSets,
    });
    expect(r.facts.cancerHistory).toBe('active');
  });
});
