import { describe, expect, it } from 'vitest';
import type { Condition } from '../fhir-types.js';
import { systems } from '../systems.js';
import { adultPatient, daysAgo, fixtureNow } from '../testing/patients.js';
import { caseFromFhir } from '../to-case.js';

const patient = adultPatient;
const lbp = {
  resourceType: 'Condition',
  id: 'lbp',
  code: { coding: [{ system: systems.snomed, code: '279039007' }] },
  onsetDateTime: daysAgo(14),
};
const condition = (id: string, system: string, code: string, extra: Partial<Condition> = {}): Condition => ({
  resourceType: 'Condition',
  id,
  subject: { reference: 'Patient/p' },
  code: { coding: [{ system, code }] },
  clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'active' }] },
  onsetDateTime: daysAgo(5),
  ...extra,
});
const factsOf = (...conditions: unknown[]) => caseFromFhir({ patient, conditions: [lbp, ...conditions] }, fixtureNow);
const retention = (extra: Partial<Condition>) => condition('ret', systems.snomed, '267064002', extra);

describe('Condition status: abatement and verification (issue 13)', () => {
  it('reads a current urinary retention as retention', () => {
    expect(factsOf(retention({})).facts.bladder).toBe('retention');
  });

  it.each([
    ['abatementDateTime three days ago', { abatementDateTime: daysAgo(3) }],
    ['abatementBoolean true', { abatementBoolean: true }],
    ['abatementPeriod', { abatementPeriod: { start: daysAgo(3) } }],
    ['abatementAge', { abatementAge: { value: 55, unit: 'a' } }],
    ['abatementString', { abatementString: 'after catheter' }],
    ['clinicalStatus as text only "Resolved"', { clinicalStatus: { text: 'Resolved' } }],
    ['no clinical status but an abatement date', { clinicalStatus: undefined, abatementDateTime: daysAgo(2) }],
    ['coded resolved', { clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'resolved' }] } }],
    ['coded inactive', { clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'inactive' }] } }],
    ['coded remission', { clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'remission' }] } }],
    ['refuted', { verificationStatus: { coding: [{ system: systems.conditionVerification, code: 'refuted' }] } }],
    ['entered in error', { verificationStatus: { coding: [{ code: 'entered-in-error' }] } }],
    ['refuted as text only', { verificationStatus: { text: 'Refuted' } }],
    ['entered in error as text only', { verificationStatus: { text: 'Entered in error' } }],
    ['clinicalStatus text "Resolved - 2020"', { clinicalStatus: { text: 'Resolved - 2020' } }],
  ] as [string, Partial<Condition>][])('%s: not read as current retention', (_name, extra) => {
    const r = factsOf(retention(extra));
    expect(r.facts.bladder).toBeUndefined();
    expect(r.evidence.filter((e) => e.field === 'bladder')).toEqual([]);
  });

  it('an abatement in the future leaves the condition current', () => {
    expect(factsOf(retention({ abatementDateTime: daysAgo(-10) })).facts.bladder).toBe('retention');
  });

  it('a condition without any status is current (the safer reading)', () => {
    expect(factsOf(retention({ clinicalStatus: undefined })).facts.bladder).toBe('retention');
  });

  it('status text is read by whole words: "not resolved" and "unresolved" stay current', () => {
    expect(factsOf(retention({ clinicalStatus: { text: 'Not resolved' } })).facts.bladder).toBe('retention');
    expect(factsOf(retention({ clinicalStatus: { text: 'unresolved' } })).facts.bladder).toBe('retention');
  });

  it('resolved cancer is past cancer; abated cancer too', () => {
    const resolved = factsOf(
      condition('c', systems.snomed, '254837009', {
        clinicalStatus: { text: 'resolved' },
        onsetDateTime: '2001-01-01',
      }),
    );
    expect(resolved.facts.cancerHistory).toBe('past');
    const abated = factsOf(condition('c', systems.icd10cm, 'C50.911', { abatementDateTime: '2010-05-01' }));
    expect(abated.facts.cancerHistory).toBe('past');
  });
});

describe('Condition time windows from the knowledge base (issue 13)', () => {
  it('an active lumbar fracture coded in 1995 is history, not a suspected fracture today', () => {
    const r = factsOf(condition('f', systems.snomed, '125608002', { onsetDateTime: '1995-03-01' }));
    expect(r.facts.clinicianSuspects).toBeUndefined();
  });

  it('a lumbar fracture two months ago is a suspected fracture', () => {
    const r = factsOf(condition('f', systems.snomed, '125608002', { onsetDateTime: daysAgo(60) }));
    expect(r.facts.clinicianSuspects).toEqual(['fracture']);
  });

  it('an old cauda equina diagnosis still marked active does not open the emergency pathway', () => {
    const r = factsOf(condition('ces', systems.icd10cm, 'G83.4', { onsetDateTime: '2015-06-01' }));
    expect(r.facts.clinicianSuspects).toBeUndefined();
  });

  it('cancer counts at any time', () => {
    const r = factsOf(condition('c', systems.icd10cm, 'C34.90', { onsetDateTime: '1980-01-01' }));
    expect(r.facts.cancerHistory).toBe('active');
  });

  it('a urinary infection counts for 3 months, resolved or not; a year ago it does not', () => {
    const resolved = { clinicalStatus: { coding: [{ code: 'resolved' }] } };
    expect(
      factsOf(condition('u', systems.snomed, '301011002', { onsetDateTime: daysAgo(40), ...resolved })).facts
        .recentInfection,
    ).toBe(true);
    expect(
      factsOf(condition('u', systems.snomed, '301011002', { onsetDateTime: daysAgo(365), ...resolved })).facts
        .recentInfection,
    ).toBeUndefined();
  });

  it('a back injury last month is minor trauma; one years ago is not', () => {
    expect(factsOf(condition('i', systems.icd10cm, 'S33.5XXA', { onsetDateTime: daysAgo(20) })).facts.trauma).toBe(
      'minor',
    );
    expect(
      factsOf(condition('i', systems.icd10cm, 'S33.5XXA', { onsetDateTime: '2010-01-01' })).facts.trauma,
    ).toBeUndefined();
  });
});

describe('code hierarchies and aliases (issue 13)', () => {
  it.each([
    ['SNOMED CT lung cancer as Synthea emits it', systems.snomed, '254637007'],
    ['SNOMED CT non-small cell lung cancer stage 1', systems.snomed, '424132000'],
    ['SNOMED CT breast cancer as Synthea emits it', systems.snomed, '254837009'],
    ['ICD-10-CM breast cancer', systems.icd10cm, 'C50.911'],
    ['ICD-10-CM by its OID', 'urn:oid:2.16.840.1.113883.6.90', 'C50.911'],
    ['ICD-9-CM lung cancer', systems.icd9cm, '162.9'],
  ])('%s is read as cancer', (_name, system, code) => {
    expect(factsOf(condition('c', system, code)).facts.cancerHistory).toBe('active');
  });

  const backPain = (code: Condition['code']) =>
    caseFromFhir(
      { patient, conditions: [{ resourceType: 'Condition', id: 'b', code, onsetDateTime: daysAgo(21) }] },
      fixtureNow,
    );

  it.each([
    ['ICD-9-CM 724.2', { coding: [{ system: systems.icd9cm, code: '724.2' }] }],
    ['ICD-10-CM with the OID system URI', { coding: [{ system: 'urn:oid:2.16.840.1.113883.6.90', code: 'M54.50' }] }],
    ['text only', { text: 'Low back pain, mechanical' }],
  ])('back pain coded as %s dates the episode', (_name, code) => {
    expect(backPain(code).case?.durationWeeks).toBe(3);
  });

  it('negated text is not back pain, and a coded concept is not read by its text', () => {
    expect(backPain({ text: 'No low back pain' }).undocumented).toEqual(['durationWeeks']);
    expect(
      backPain({ coding: [{ system: systems.snomed, code: '38341003' }], text: 'low back pain' }).undocumented,
    ).toEqual(['durationWeeks']);
  });
});

describe('dates (issue 13)', () => {
  it('back pain dated before birth is not documented, and named', () => {
    const r = caseFromFhir(
      { patient: { ...patient, birthDate: '2000-01-01' }, conditions: [{ ...lbp, onsetDateTime: '1990-01-01' }] },
      fixtureNow,
    );
    expect(r.undocumented).toEqual(['durationWeeks']);
    expect(r.skipped.map((s) => s.reason)).toEqual([
      'back pain dated before the patient was born: onset not documented',
    ]);
  });

  it.each([
    ['an invalid onset date', '2026-13-45'],
    ['a day that does not exist', '2026-02-30'],
    ['a future onset', '2027-06-01'],
  ])('%s leaves the duration not documented, not 0 weeks, and says so', (_name, onsetDateTime) => {
    const r = caseFromFhir({ patient, conditions: [{ ...lbp, onsetDateTime }] }, fixtureNow);
    expect(r.facts.durationWeeks).toBeUndefined();
    expect(r.undocumented).toEqual(['durationWeeks']);
    expect(r.skipped).toContainEqual({
      resource: 'Condition/lbp',
      reason: `onset "${onsetDateTime}" is not a valid past date: onset not documented`,
    });
  });
});
