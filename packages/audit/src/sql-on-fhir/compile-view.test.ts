// Behaviour beyond the official suite that the audit's views rely on.
import { describe, expect, it } from 'vitest';
import { compileView, compileViewWithColumns, repeatDepth } from './compile-view.js';
import { ViewDefinitionError } from './errors.js';
import { runView } from './run-view.js';
import { useDuckDB } from './testing/duckdb.js';
import type { ViewDefinition } from './view-definition.js';

const resources = [
  {
    resourceType: 'Patient',
    id: 'p1',
    deceasedDateTime: '2020-01-01',
    multipleBirthInteger: 2,
    name: [{ given: ['a', 'b'] }],
    link: [
      { other: { reference: 'urn:uuid:abc' } },
      { other: { reference: 'http://example.org/fhir/Patient/p9/_history/2' } },
      { other: { reference: 'Patient?identifier=http://example.org|7' } },
      { other: { reference: 'Patient/pt_1' } },
      { other: { reference: 'https://example.org/fhir/Patient/pt_1/_history/3' } },
    ],
  },
  { resourceType: 'Patient', id: 'p2', deceasedBoolean: true },
  {
    resourceType: 'ImagingStudy',
    id: 'i1',
    numberOfSeries: 3,
    started: '2024-01-02',
    series: [{ modality: { code: 'MR' } }, { modality: { code: 'CT' } }],
  },
];

const view = (resource: string, select: ViewDefinition['select']): ViewDefinition => ({ resource, select });
const connectionOf = useDuckDB();

describe('compileView', () => {
  it('is one SELECT over the named relation', () => {
    const sql = compileView(view('Patient', [{ column: [{ name: 'id', path: 'id' }] }]), 'my_resources');
    expect(sql.startsWith('SELECT ')).toBe(true);
    expect(sql).toContain('FROM my_resources AS __src');
    expect(sql).not.toContain(';');
  });

  it('types columns from the FHIR model when the view gives no type', () => {
    const { columns } = compileViewWithColumns(
      view('ImagingStudy', [
        {
          column: [
            { name: 'id', path: 'id' },
            { name: 'n', path: 'numberOfSeries' },
            { name: 'modalities', path: 'series.modality.code', collection: true },
            { name: 'mr', path: "series.where(modality.code = 'MR').exists()" },
          ],
        },
      ]),
    );
    expect(columns).toEqual([
      { name: 'id', sqlType: 'VARCHAR' },
      { name: 'n', sqlType: 'BIGINT' },
      { name: 'modalities', sqlType: 'VARCHAR[]' },
      { name: 'mr', sqlType: 'BOOLEAN' },
    ]);
  });

  it('reads a choice element without ofType() as all its types', async () => {
    const rows = await runView(
      connectionOf(),
      view('Patient', [
        {
          column: [
            { name: 'id', path: 'id' },
            { name: 'deceased', path: 'deceased', collection: true },
            { name: 'births', path: 'multipleBirth.ofType(integer) + 1' },
          ],
        },
      ]),
      resources,
    );
    expect(rows).toEqual([
      { id: 'p1', deceased: ['2020-01-01'], births: 3 },
      { id: 'p2', deceased: [true], births: null },
    ]);
  });

  it('keys references: relative, absolute, versioned and urn:uuid (ids outside FHIR id rules too); conditional ones have no key', async () => {
    const rows = await runView(
      connectionOf(),
      view('Patient', [
        {
          forEach: 'link',
          column: [
            { name: 'any', path: 'other.getReferenceKey()' },
            { name: 'patient', path: 'other.getReferenceKey(Patient)' },
          ],
        },
      ]),
      resources,
    );
    expect(rows).toEqual([
      { any: 'abc', patient: null },
      { any: 'p9', patient: 'p9' },
      { any: null, patient: null },
      { any: 'pt_1', patient: 'pt_1' },
      { any: 'pt_1', patient: 'pt_1' },
    ]);
  });

  it('gives the boundaries of partial dates, date-times and times', async () => {
    const observation = (id: string, effective: Record<string, string>) => ({
      resourceType: 'Observation',
      id,
      status: 'final',
      code: { text: 'x' },
      ...effective,
    });
    const rows = await runView(
      connectionOf(),
      view('Observation', [
        {
          column: [
            { name: 'low', path: 'effective.ofType(dateTime).lowBoundary()' },
            { name: 'high', path: 'effective.ofType(dateTime).highBoundary()' },
          ],
        },
      ]),
      [
        observation('a', { effectiveDateTime: '2024' }),
        observation('b', { effectiveDateTime: '2024-02-10T10:30Z' }),
        observation('c', { effectiveDateTime: '2024-02-10T10:30:05.1' }),
      ],
    );
    expect(rows).toEqual([
      { low: '2024-01-01T00:00:00.000+14:00', high: '2024-12-31T23:59:59.999-12:00' },
      { low: '2024-02-10T10:30:00.000Z', high: '2024-02-10T10:30:59.999Z' },
      { low: '2024-02-10T10:30:05.100+14:00', high: '2024-02-10T10:30:05.199-12:00' },
    ]);
  });

  it('fails the query when a non-collection column has several values', async () => {
    const run = runView(
      connectionOf(),
      view('Patient', [{ column: [{ name: 'given', path: 'name.given' }] }]),
      resources,
    );
    await expect(run).rejects.toThrow(/column "given".*expected at most one item/);
  });

  it(`fails the query when repeat goes deeper than ${repeatDepth} levels`, async () => {
    type Item = { linkId: string; item?: Item[] };
    let item: Item = { linkId: 'leaf' };
    for (let depth = 0; depth < repeatDepth; depth += 1) item = { linkId: String(depth), item: [item] };
    const response = { resourceType: 'QuestionnaireResponse', id: 'q', status: 'completed', item: [item] };
    const deep = view('QuestionnaireResponse', [{ repeat: ['item'], column: [{ name: 'linkId', path: 'linkId' }] }]);
    await expect(runView(connectionOf(), deep, [response])).rejects.toThrow(/deeper than/);
    const shallow = { ...response, item: item.item ?? [] };
    expect(await runView(connectionOf(), deep, [shallow])).toHaveLength(repeatDepth);
  });

  it('rejects at compile time what it cannot run', () => {
    const unknown = view('Patient', [{ column: [{ name: 'g', path: 'name.given.foo()' }] }]);
    expect(() => compileView(unknown)).toThrow(ViewDefinitionError);
    expect(() => compileView(unknown)).toThrow(/foo\(\) is not supported/);
    const twice = view('Patient', [{ column: [{ name: 'id', path: 'id' }] }, { column: [{ name: 'id', path: 'id' }] }]);
    expect(() => compileView(twice)).toThrow(/"id" is defined twice/);
    const notBoolean = { ...view('Patient', [{ column: [{ name: 'id', path: 'id' }] }]), where: [{ path: 'gender' }] };
    expect(() => compileView(notBoolean)).toThrow(/where\[0\]: a string is not a boolean/);
    expect(() => compileView({ resource: 'Patient', select: [] })).toThrow(/invalid ViewDefinition: select/);
  });
});
