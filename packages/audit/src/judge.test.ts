import type { PatientRecord } from '@spine-advisor/fhir';
import { describe, expect, it } from 'vitest';
import { documentedOn, recordAsOf } from './as-of.js';
import { judgeStudy } from './judge.js';
import { coding, condition, encounter, type Json, patient } from './testing/fhir-builders.js';

const lbp = coding('icd10cm', 'M54.50');
const retention = coding('icd10cm', 'R33.9');

function record(...resources: Json[]): PatientRecord {
  const of = (type: string) => resources.filter((r) => r.resourceType === type) as never[];
  return {
    patient: of('Patient')[0],
    conditions: of('Condition'),
    encounters: of('Encounter'),
    observations: of('Observation'),
    procedures: of('Procedure'),
    medicationRequests: of('MedicationRequest'),
  };
}

const base = [patient('j', '1980-06-15'), encounter('j-visit', 'j', '2025-03-10', { reasons: [lbp] })];

describe('judging a study from the record as of its day', () => {
  it('plain low back pain of one week: imaging not supported', () => {
    const j = judgeStudy(record(...base), '2025-03-17');
    expect(j.support).toBe('not-supported');
    expect(j.urgency).toBe('none');
    expect(j.facts.some((f) => f.startsWith('durationWeeks: 1'))).toBe(true);
  });

  it('a red flag documented by the day of the study: supported', () => {
    const j = judgeStudy(record(...base, condition('j-ret', 'j', retention, '2025-03-16')), '2025-03-17');
    expect(j.support).toBe('supported');
    expect(j.urgency).not.toBe('none');
  });

  it('a red flag documented the day after the study does not leak in', () => {
    const j = judgeStudy(record(...base, condition('j-ret', 'j', retention, '2025-03-18')), '2025-03-17');
    expect(j.support).toBe('not-supported');
    expect(j.facts.join(' ')).not.toContain('j-ret');
  });

  it('no birth date: undetermined, age named as missing', () => {
    const j = judgeStudy(record({ resourceType: 'Patient', id: 'j' }, base[1] as Json), '2025-03-17');
    expect(j).toMatchObject({ support: 'undetermined', urgency: null, acrVariant: null, missing: ['age'] });
  });
});

describe('the record as of a day', () => {
  it('drops undated and later resources, keeps the patient', () => {
    const undated = {
      resourceType: 'Condition',
      id: 'u',
      code: { coding: [retention] },
      subject: { reference: 'Patient/j' },
    };
    const later = condition('l', 'j', retention, '2025-04-01');
    const r = recordAsOf(record(...base, undated, later), '2025-03-17');
    expect((r.patient as Json | undefined)?.id).toBe('j');
    expect(r.conditions).toEqual([]);
    expect(r.encounters).toHaveLength(1);
  });

  it('a condition that abated after the day was still active on it', () => {
    const resolved = condition('r', 'j', retention, '2025-03-01', undefined, {
      clinicalStatus: { coding: [{ code: 'resolved' }] },
      abatementDateTime: '2025-04-01',
    });
    const [c] = (recordAsOf(record(resolved), '2025-03-17').conditions ?? []) as {
      clinicalStatus?: { coding?: { code?: string }[] };
    }[];
    expect(c?.clinicalStatus?.coding?.[0]?.code).toBe('active');
    const [before] = (recordAsOf(record(resolved), '2025-04-02').conditions ?? []) as {
      clinicalStatus?: { coding?: { code?: string }[] };
    }[];
    expect(before?.clinicalStatus?.coding?.[0]?.code).toBe('resolved');
  });

  it('dates each resource type by when it was documented', () => {
    expect(
      documentedOn({ resourceType: 'Condition', recordedDate: '2025-02-01', onsetDateTime: '2020-01-01' } as Json),
    ).toBe('2025-02-01');
    expect(documentedOn({ resourceType: 'Observation', effectiveDateTime: '2025-02-03T10:00:00Z' } as Json)).toBe(
      '2025-02-03',
    );
    expect(documentedOn({ resourceType: 'MedicationRequest', authoredOn: '2025-02-04' } as Json)).toBe('2025-02-04');
    expect(documentedOn({ resourceType: 'Procedure', performedPeriod: { start: '2025-02-05' } } as Json)).toBe(
      '2025-02-05',
    );
    expect(documentedOn({ resourceType: 'Encounter' } as Json)).toBeUndefined();
  });
});
