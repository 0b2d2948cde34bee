import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCase } from '@spine-advisor/engine';
import { describe, expect, it } from 'vitest';
import type { Condition, Resource } from './fhir-types.js';
import { toPatientRecord } from './prefetch.js';
import { systems } from './systems.js';
import { fixtureNow } from './testing/patients.js';
import { ageAt, caseFromFhir } from './to-case.js';

const cond = (system: string, code: string, extra: Partial<Condition> = {}): Condition => ({
  resourceType: 'Condition',
  subject: { reference: 'Patient/p' },
  code: { coding: [{ system, code }] },
  clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'active' }] },
  ...extra,
});
const patient = { resourceType: 'Patient' as const, id: 'p', birthDate: '1970-06-01', gender: 'female' as const };

describe('caseFromFhir', () => {
  it('reads age, sex and the episode duration from the back pain onset', () => {
    const r = caseFromFhir(
      { patient, conditions: [cond(systems.icd10cm, 'M54.50', { onsetDateTime: '2026-11-03T00:00:00Z' })] },
      fixtureNow,
    );
    expect(r.case).toMatchObject({ age: 56, sex: 'female', durationWeeks: 4.1 });
    expect(r.undocumented).toEqual([]);
  });

  it('never guesses: an unknown code sets nothing and a case without onset is not rated', () => {
    const r = caseFromFhir(
      { patient, conditions: [cond(systems.icd10cm, 'Q99.9'), cond(systems.snomed, '279039007')] },
      fixtureNow,
    );
    expect(r.case).toBeUndefined();
    expect(r.undocumented).toEqual(['durationWeeks']);
    expect(Object.keys(r.facts).sort()).toEqual(['age', 'sex']);
  });

  it('a chronic back pain code without onset means at least 12 weeks', () => {
    const r = caseFromFhir({ patient, conditions: [cond(systems.snomed, '278860009')] }, fixtureNow);
    expect(r.case?.durationWeeks).toBe(12);
  });

  it('maps active cancer, past cancer, refuted and resolved conditions correctly', () => {
    const active = caseFromFhir({ patient, conditions: [cond(systems.icd10cm, 'C50.911')] }, fixtureNow).facts;
    expect(active.cancerHistory).toBe('active');
    const resolved = caseFromFhir(
      {
        patient,
        conditions: [cond(systems.icd10cm, 'C50.911', { clinicalStatus: { coding: [{ code: 'resolved' }] } })],
      },
      fixtureNow,
    ).facts;
    expect(resolved.cancerHistory).toBe('past');
    const refuted = caseFromFhir(
      {
        patient,
        conditions: [cond(systems.icd10cm, 'M81.0', { verificationStatus: { coding: [{ code: 'refuted' }] } })],
      },
      fixtureNow,
    ).facts;
    expect(refuted.osteoporosis).toBeUndefined();
  });

  it('counts symptoms only when they are recent', () => {
    const old = caseFromFhir(
      { patient, conditions: [cond(systems.icd10cm, 'R33.9', { onsetDateTime: '2024-01-01' })] },
      fixtureNow,
    );
    expect(old.facts.bladder).toBeUndefined();
    const recent = caseFromFhir(
      { patient, conditions: [cond(systems.icd10cm, 'R33.9', { onsetDateTime: '2026-11-29' })] },
      fixtureNow,
    );
    expect(recent.facts.bladder).toBe('retention');
  });

  it('keeps the most serious answer when sources disagree', () => {
    const r = caseFromFhir(
      {
        patient,
        conditions: [
          cond(systems.icd10cm, 'R32', { onsetDateTime: '2026-11-30' }),
          cond(systems.snomed, '267064002', { onsetDateTime: '2026-11-30' }),
          cond(systems.icd10cm, 'Z85.3'),
          cond(systems.icd10cm, 'C50.9'),
        ],
      },
      fixtureNow,
    );
    expect(r.facts).toMatchObject({ bladder: 'retention', cancerHistory: 'active' });
  });

  it('reads a fever from a body temperature in Celsius or Fahrenheit, only at 38 °C or more', () => {
    const temp = (value: number, unit: string) => ({
      resourceType: 'Observation' as const,
      status: 'final' as const,
      code: { coding: [{ system: systems.loinc, code: '8310-5' }] },
      effectiveDateTime: '2026-11-30T08:00:00Z',
      valueQuantity: { value, code: unit },
    });
    expect(caseFromFhir({ patient, observations: [temp(100.6, '[degF]')] }, fixtureNow).facts.fever).toBe(true);
    expect(caseFromFhir({ patient, observations: [temp(37.9, 'Cel')] }, fixtureNow).facts.fever).toBeUndefined();
  });

  it('needs 3 months of a systemic steroid; a cream never counts', () => {
    const med = (text: string, authoredOn: string) => ({
      resourceType: 'MedicationRequest' as const,
      status: 'active' as const,
      intent: 'order' as const,
      subject: { reference: 'Patient/p' },
      medicationCodeableConcept: { text },
      authoredOn,
    });
    expect(
      caseFromFhir({ patient, medicationRequests: [med('Prednisone 5 MG Oral Tablet', '2026-01-01')] }, fixtureNow)
        .facts.steroidUse,
    ).toBe(true);
    expect(
      caseFromFhir({ patient, medicationRequests: [med('Prednisone 5 MG Oral Tablet', '2026-11-01')] }, fixtureNow)
        .facts.steroidUse,
    ).toBeUndefined();
    expect(
      caseFromFhir({ patient, medicationRequests: [med('Hydrocortisone 1% topical cream', '2025-01-01')] }, fixtureNow)
        .facts.steroidUse,
    ).toBeUndefined();
    expect(
      caseFromFhir({ patient, medicationRequests: [med('Warfarin 5 MG', '2026-11-20')] }, fixtureNow).facts
        .anticoagulant,
    ).toBe(true);
  });

  it('turns the order reason into what the clinician suspects', () => {
    const r = caseFromFhir({ patient, conditions: [] }, fixtureNow, {
      resourceType: 'ServiceRequest',
      status: 'draft',
      intent: 'plan',
      subject: { reference: 'Patient/p' },
      reasonCode: [{ coding: [{ system: systems.icd10cm, code: 'G83.4' }] }],
    });
    expect(r.facts.clinicianSuspects).toEqual(['cauda-equina-syndrome']);
  });

  it('reads partial birth dates as their earliest day', () => {
    expect(ageAt('1970', fixtureNow)).toBe(56);
    expect(ageAt('2030-01-01', fixtureNow)).toBeUndefined();
  });
});

describe('real Synthea data (testdata/synthea-chronic-lbp, CC0)', () => {
  const dir = join(import.meta.dirname, '..', 'testdata', 'synthea-chronic-lbp');
  const read = (file: string): Resource[] =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Resource);
  const all = ['Patient', 'Condition', 'Encounter', 'Procedure', 'MedicationRequest'].flatMap((t) =>
    read(`${t}.ndjson`),
  );

  it('builds a valid case for each patient with chronic low back pain', () => {
    const patients = all.filter((r) => r.resourceType === 'Patient');
    expect(patients).toHaveLength(2);
    for (const p of patients) {
      const mine = all.filter((r) =>
        r.resourceType === 'Patient' ? r.id === p.id : JSON.stringify(r).includes(`${p.id}`),
      );
      const result = caseFromFhir(toPatientRecord(mine), fixtureNow);
      expect(result.undocumented).toEqual([]);
      expect(result.case?.durationWeeks).toBeGreaterThan(12);
      expect(parseCase(result.case).ok).toBe(true);
      expect(result.evidence.some((e) => e.field === 'durationWeeks' && /278860009/.test(e.from))).toBe(true);
    }
  });
});
