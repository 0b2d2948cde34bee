import { describe, expect, it } from 'vitest';
import { systems } from '../systems.js';
import { adultPatient, daysAgo, fixtureNow } from '../testing/patients.js';
import { caseFromFhir } from '../to-case.js';

const temperature = (value: number, unit: string, days: number, status = 'final') => ({
  resourceType: 'Observation',
  id: `t-${value}-${days}`,
  status,
  code: { coding: [{ system: 'urn:oid:2.16.840.1.113883.6.1', code: '8310-5' }] },
  effectiveDateTime: daysAgo(days),
  valueQuantity: { value, code: unit },
});
const finding = (code: string, valueBoolean: boolean, days: number) => ({
  resourceType: 'Observation',
  id: `f-${code}-${valueBoolean}`,
  status: 'final',
  code: { coding: [{ system: systems.snomed, code }] },
  effectiveDateTime: daysAgo(days),
  valueBoolean,
});
const facts = (...observations: unknown[]) => caseFromFhir({ patient: adultPatient, observations }, fixtureNow).facts;

describe('Observations', () => {
  it('a fever needs 38 °C or more within the symptom window (LOINC by its OID too)', () => {
    expect(facts(temperature(38.4, 'Cel', 2)).fever).toBe(true);
    expect(facts(temperature(38.4, 'Cel', 200)).fever).toBeUndefined();
    expect(facts(temperature(38.4, 'Cel', 2, 'entered-in-error')).fever).toBeUndefined();
    expect(facts(temperature(99.5, '[degF]', 2)).fever).toBeUndefined();
  });

  it('a finding recorded as absent answers no and suspects nothing; present answers yes', () => {
    expect(facts(finding('309537005', false, 3)).numbness).toBe(false);
    expect(facts(finding('309537005', true, 3)).numbness).toBe(true);
    expect(facts(finding('309537005', true, 300)).numbness).toBeUndefined();
  });
});

describe('Patient', () => {
  it('an invalid death date still means the patient died, and is named', () => {
    const r = caseFromFhir({ patient: { ...adultPatient, deceasedDateTime: '1999-02-30' } }, fixtureNow);
    expect(r.deceased).toEqual({});
    expect(r.skipped).toEqual([{ resource: 'Patient/p', reason: 'deceasedDateTime "1999-02-30" is not a valid date' }]);
  });
});
