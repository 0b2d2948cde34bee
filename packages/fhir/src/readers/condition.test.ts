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

describe('legSymptomWeeks from sciatica and radiculopathy (issue 8)', () => {
  const sciatica = (id: string, extra: Partial<Condition> = {}) => condition(id, systems.icd10cm, 'M54.41', extra);
  const weeksOf = (...conditions: unknown[]) => factsOf(...conditions).facts.legSymptomWeeks;
  const twoYears = daysAgo(730);

  it('reads the weeks since a sciatica began, and says where from', () => {
    const r = factsOf(sciatica('s', { onsetDateTime: twoYears }));
    expect(r.facts.legSymptomWeeks).toBe(104.3);
    expect(r.evidence).toContainEqual({
      field: 'legSymptomWeeks',
      value: '104.3',
      from: `Condition/s: ICD-10-CM M54.41, onset ${twoYears.slice(0, 10)}`,
    });
  });

  it.each([
    ['SNOMED CT sciatica', systems.snomed, '23056005'],
    ['SNOMED CT lumbar radiculopathy', systems.snomed, '128196005'],
    ['ICD-10-CM sciatica, left side', systems.icd10cm, 'M54.32'],
    ['ICD-10-CM lumbosacral radiculopathy', systems.icd10cm, 'M54.17'],
    ['ICD-10-CM lumbar disc disorder with radiculopathy', systems.icd10cm, 'M51.16'],
    ['ICD-9-CM sciatica', systems.icd9cm, '724.3'],
  ])('%s dates the leg symptoms', (_name, system, code) => {
    expect(weeksOf(condition('s', system, code, { onsetDateTime: daysAgo(70) }))).toBe(10);
  });

  it('reads an onset period by its start', () => {
    expect(weeksOf(sciatica('s', { onsetDateTime: undefined, onsetPeriod: { start: daysAgo(21) } }))).toBe(3);
  });

  it('without an onset, the record date says the symptoms have lasted at least that long', () => {
    const r = factsOf(sciatica('s', { onsetDateTime: undefined, recordedDate: daysAgo(56) }));
    expect(r.facts.legSymptomWeeks).toBe(8);
    expect(r.evidence.find((e) => e.field === 'legSymptomWeeks')?.from).toMatch(/recorded .* \(at least\)$/);
  });

  it('of two sciaticas the latest onset counts (the second leg began last week)', () => {
    const left = condition('left', systems.icd10cm, 'M54.42', { onsetDateTime: twoYears });
    const right = condition('right', systems.icd10cm, 'M54.41', { onsetDateTime: daysAgo(7) });
    expect(weeksOf(left, right)).toBe(1);
    expect(weeksOf(right, left)).toBe(1);
  });

  it('counts to the "as of" instant of the call, not to today', () => {
    const asOf = new Date(fixtureNow.getTime() - 365 * 86_400_000);
    const r = caseFromFhir({ patient, conditions: [sciatica('s', { onsetDateTime: twoYears })] }, asOf);
    expect(r.facts.legSymptomWeeks).toBe(52.1);
  });

  it.each([
    [
      'entered in error',
      { verificationStatus: { coding: [{ system: systems.conditionVerification, code: 'entered-in-error' }] } },
    ],
    ['refuted', { verificationStatus: { coding: [{ system: systems.conditionVerification, code: 'refuted' }] } }],
    ['abated before the "as of" date', { abatementDateTime: daysAgo(30) }],
    ['resolved', { clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'resolved' }] } }],
    ['resolved as text only', { clinicalStatus: { text: 'Resolved' } }],
    ['dated after the "as of" date', { onsetDateTime: daysAgo(-30) }],
    [
      'dated after the "as of" date, even with a record date',
      { onsetDateTime: daysAgo(-30), recordedDate: daysAgo(5) },
    ],
    ['an invalid onset', { onsetDateTime: '2026-13-45' }],
    ['no onset and no record date', { onsetDateTime: undefined }],
  ] as [string, Partial<Condition>][])('a sciatica %s leaves legSymptomWeeks unknown', (_name, extra) => {
    const r = factsOf(sciatica('s', { onsetDateTime: twoYears, ...extra }));
    expect(r.facts.legSymptomWeeks).toBeUndefined();
    expect(r.evidence.filter((e) => e.field === 'legSymptomWeeks')).toEqual([]);
  });

  it('an abatement after the "as of" date leaves the sciatica current', () => {
    expect(weeksOf(sciatica('s', { onsetDateTime: twoYears, abatementDateTime: daysAgo(-10) }))).toBe(104.3);
  });

  it('one undated current sciatica makes the whole duration unknown (it may be the newer one)', () => {
    const dated = sciatica('old', { onsetDateTime: twoYears });
    const undated = sciatica('new', { onsetDateTime: undefined });
    expect(weeksOf(dated, undated)).toBeUndefined();
    expect(weeksOf(undated, dated)).toBeUndefined();
  });

  it('a resolved sciatica does not hide the current one, nor date it', () => {
    const resolved = sciatica('old', { onsetDateTime: daysAgo(3), abatementDateTime: daysAgo(2) });
    expect(weeksOf(resolved, sciatica('s', { onsetDateTime: twoYears }))).toBe(104.3);
  });

  it.each([
    ['cervical radiculopathy (arm symptoms)', 'M54.12'],
    ['radiculopathy of unspecified site', 'M54.19'],
    ['low back pain without leg symptoms', 'M54.50'],
  ])('%s does not date leg symptoms', (_name, code) => {
    expect(weeksOf(condition('x', systems.icd10cm, code, { onsetDateTime: twoYears }))).toBeUndefined();
  });

  it('leg symptoms dated before birth are not documented, and named', () => {
    const r = caseFromFhir(
      {
        patient: { ...patient, birthDate: '2000-01-01' },
        conditions: [lbp, sciatica('s', { onsetDateTime: '1990-01-01' })],
      },
      fixtureNow,
    );
    expect(r.facts.legSymptomWeeks).toBeUndefined();
    expect(r.skipped.map((s) => s.reason)).toContain(
      'leg symptoms dated before the patient was born: onset not documented',
    );
  });

  it('never reads whether the symptoms are worsening, sudden or with collapse', () => {
    const r = factsOf(sciatica('s', { onsetDateTime: daysAgo(3) }));
    expect(r.facts.legSymptomsWorsening).toBeUndefined();
    expect(r.facts.suddenSeverePain).toBeUndefined();
    expect(r.facts.collapse).toBeUndefined();
  });
});

describe('aorticAneurysm (issue 8)', () => {
  const aaa = (system: string, code: string, extra: Partial<Condition> = {}) =>
    condition('aaa', system, code, { onsetDateTime: '2019-04-01', ...extra });
  const known = (...conditions: unknown[]) => factsOf(...conditions).facts.aorticAneurysm;

  it.each([
    ['ICD-10-CM I71.4 (before FY2023)', systems.icd10cm, 'I71.4'],
    ['ICD-10-CM I71.43 infrarenal, without rupture (FY2023)', systems.icd10cm, 'I71.43'],
    ['ICD-10-CM I71.40 unspecified, without rupture', systems.icd10cm, 'I71.40'],
    ['ICD-10-CM I71.62 paravisceral aneurysm of the abdominal aorta', systems.icd10cm, 'I71.62'],
    ['SNOMED CT 233985008', systems.snomed, '233985008'],
    ['ICD-9-CM 441.4', systems.icd9cm, '441.4'],
  ])('%s is a known aortic aneurysm, with no suspicion of rupture', (_name, system, code) => {
    const r = factsOf(aaa(system, code));
    expect(r.facts.aorticAneurysm).toBe(true);
    expect(r.facts.clinicianSuspects).toBeUndefined();
    expect(r.evidence.find((e) => e.field === 'aorticAneurysm')?.from).toMatch(/^Condition\/aaa: /);
  });

  it('text only is read, negated text is not', () => {
    expect(known({ ...aaa(systems.snomed, 'x'), code: { text: 'Abdominal aortic aneurysm, 4.2 cm' } })).toBe(true);
    expect(known({ ...aaa(systems.snomed, 'x'), code: { text: 'No abdominal aortic aneurysm' } })).toBeUndefined();
  });

  it('a rupture diagnosed this month is a suspected ruptured aneurysm; one from years ago is history', () => {
    const recent = factsOf(aaa(systems.icd10cm, 'I71.33', { onsetDateTime: daysAgo(2) }));
    expect(recent.facts.aorticAneurysm).toBe(true);
    expect(recent.facts.clinicianSuspects).toEqual(['aortic-aneurysm']);
    const old = factsOf(aaa(systems.icd10cm, 'I71.3', { onsetDateTime: '2015-01-01' }));
    expect(old.facts.aorticAneurysm).toBe(true);
    expect(old.facts.clinicianSuspects).toBeUndefined();
  });

  it.each([
    ['an aneurysm of unspecified site', 'I71.9'],
    ['a thoracic aortic aneurysm', 'I71.2'],
    ['an aortic dissection', 'I71.00'],
  ])('%s is not read as an abdominal one', (_name, code) => {
    expect(known(aaa(systems.icd10cm, code))).toBeUndefined();
  });

  it.each([
    [
      'entered in error',
      { verificationStatus: { coding: [{ system: systems.conditionVerification, code: 'entered-in-error' }] } },
    ],
    ['refuted', { verificationStatus: { text: 'Refuted' } }],
    ['abated before the "as of" date (repaired)', { abatementDateTime: '2021-06-01' }],
    ['resolved', { clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'resolved' }] } }],
  ] as [string, Partial<Condition>][])('%s: not read, neither yes nor no', (_name, extra) => {
    const r = factsOf(aaa(systems.icd10cm, 'I71.4', extra));
    expect(r.facts.aorticAneurysm).toBeUndefined();
    expect(r.evidence.filter((e) => e.field === 'aorticAneurysm')).toEqual([]);
  });

  it('an abatement after the "as of" date leaves it known', () => {
    expect(known(aaa(systems.icd10cm, 'I71.4', { abatementDateTime: daysAgo(-10) }))).toBe(true);
  });

  it('with no onset, or an onset after the "as of" date, the diagnosis still counts (an aneurysm does not resolve)', () => {
    expect(known(aaa(systems.icd10cm, 'I71.4', { onsetDateTime: undefined }))).toBe(true);
    expect(known(aaa(systems.icd10cm, 'I71.4', { onsetDateTime: daysAgo(-30) }))).toBe(true);
  });

  it('a finding recorded as absent is not read as no (a scan years ago says nothing of today)', () => {
    const observation = {
      resourceType: 'Observation',
      id: 'o',
      status: 'final',
      code: { coding: [{ system: systems.snomed, code: '233985008' }] },
      effectiveDateTime: '2010-01-01',
    };
    const absent = caseFromFhir(
      { patient, conditions: [lbp], observations: [{ ...observation, valueBoolean: false }] },
      fixtureNow,
    );
    expect(absent.facts.aorticAneurysm).toBeUndefined();
    const present = caseFromFhir(
      { patient, conditions: [lbp], observations: [{ ...observation, valueBoolean: true }] },
      fixtureNow,
    );
    expect(present.facts.aorticAneurysm).toBe(true);
  });
});
