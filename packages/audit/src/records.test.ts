import { describe, expect, it } from 'vitest';
import { groupRecords, patientIdOf, referencedId } from './records.js';

describe('referencedId', () => {
  it.each([
    ['Patient/1', '1'],
    ['urn:uuid:5f1c', '5f1c'],
    ['https://example.org/fhir/Patient/p9', 'p9'],
    ['Patient/p9/_history/2', 'p9'],
    ['https://example.org/fhir/Patient/p9/_history/2', 'p9'],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (reference, id) => {
    expect(referencedId(reference)).toBe(id);
  });
});

describe('groupRecords', () => {
  it("puts each resource in its patient's record, by its subject or patient, versioned or not", () => {
    const records = groupRecords(
      [
        { resourceType: 'Patient', id: 'a' },
        { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/a/_history/3' } },
        { resourceType: 'Encounter', id: 'e1', subject: { reference: 'Patient/b' } },
        { resourceType: 'Procedure', id: 'p1', patient: { reference: 'urn:uuid:a' } },
      ] as Parameters<typeof patientIdOf>[0][],
      patientIdOf,
    );
    const ids = (list: readonly unknown[] | undefined) => list?.map((r) => (r as { id?: string }).id);
    expect(ids(records.get('a')?.conditions)).toEqual(['c1']);
    expect(ids(records.get('a')?.procedures)).toEqual(['p1']);
    expect(ids(records.get('b')?.encounters)).toEqual(['e1']);
  });
});
