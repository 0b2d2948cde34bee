import type { AuditStudy } from '@spine-advisor/audit/browser';
import { describe, expect, it } from 'vitest';
import { choicesOf, filterStudies, initialStudyFilter, sortRows } from './table-rows.js';

/** A study as the audit writes one; only what the filters read differs between them. */
function study(patient: string, over: Partial<AuditStudy>): AuditStudy {
  return {
    patient,
    date: '2025-03-01',
    procedure: 'radiography-lumbar',
    daysAfterIesd: 3,
    inWindow: true,
    support: 'not-supported',
    urgency: 'none',
    acrVariant: 1,
    missing: [],
    study: `ImagingStudy/${patient}`,
    modality: 'radiography',
    site: 'Location/east',
    practitioner: 'Practitioner/pr-2',
    facts: [],
    ...over,
  };
}

const studies = [
  study('a', { date: '2025-05-02', site: 'Location/west', practitioner: 'Practitioner/pr-10' }),
  study('b', { date: '2025-01-09', support: 'supported', modality: 'mri' }),
  study('c', { date: '2025-03-20', site: null, modality: 'ct', daysAfterIesd: 40 }),
  study('d', { date: '2025-03-20', practitioner: null }),
];
const patients = (rows: readonly AuditStudy[]) => rows.map((s) => s.patient).join('');

describe('sorting table rows', () => {
  it('sorts numbers as numbers and text with the numbers inside it, either way', () => {
    expect(sortRows([10, 9, 100], (n) => n, 'ascending', 'en')).toEqual([9, 10, 100]);
    expect(sortRows(['pr-10', 'pr-2', 'PR-1'], (s) => s, 'ascending', 'en')).toEqual(['PR-1', 'pr-2', 'pr-10']);
    expect(patients(sortRows(studies, (s) => s.date, 'descending', 'en'))).toBe('acdb');
  });

  it('keeps ties in their order and puts empty values last in both directions', () => {
    expect(patients(sortRows(studies, (s) => s.date, 'ascending', 'en'))).toBe('bcda');
    expect(patients(sortRows(studies, (s) => s.site, 'ascending', 'en'))).toBe('bdac');
    expect(patients(sortRows(studies, (s) => s.site, 'descending', 'en'))).toBe('abdc');
  });
});

describe('filtering studies', () => {
  it('starts with the studies the engine did not support', () => {
    expect(patients(filterStudies(studies, initialStudyFilter))).toBe('acd');
  });

  it('filters by judgement, modality, site, practitioner and text together', () => {
    const any = { ...initialStudyFilter, support: 'any' } as const;
    expect(patients(filterStudies(studies, any))).toBe('abcd');
    expect(patients(filterStudies(studies, { ...any, modality: 'mri' }))).toBe('b');
    expect(patients(filterStudies(studies, { ...any, site: 'Location/east' }))).toBe('bd');
    expect(patients(filterStudies(studies, { ...any, site: 'none' }))).toBe('c');
    expect(patients(filterStudies(studies, { ...any, practitioner: 'none' }))).toBe('d');
    expect(patients(filterStudies(studies, { ...initialStudyFilter, site: 'Location/east' }))).toBe('d');
    expect(patients(filterStudies(studies, { ...any, text: ' imagingstudy/C ' }))).toBe('c');
  });

  it('offers each named site once, in order, and says when a study names none', () => {
    expect(choicesOf(studies, (s) => s.site, 'en')).toEqual({
      values: ['Location/east', 'Location/west'],
      unnamed: true,
    });
    expect(choicesOf(studies, (s) => s.modality, 'en')).toEqual({
      values: ['ct', 'mri', 'radiography'],
      unnamed: false,
    });
  });
});
