import { describe, expect, it } from 'vitest';
import { HookRequestSchema } from './cds-schemas.js';
import type { Condition, Resource } from './fhir-types.js';
import { respondToChart, respondToOrders } from './hooks.js';
import { systems } from './systems.js';
import { cdsResponseViolations } from './testing/cds-validator.js';
import {
  daysAgo,
  type Fixture,
  fixtureNow,
  hookRequest,
  order,
  recordFromPrefetch,
  searchset,
  testCardOptions,
} from './testing/patients.js';

/**
 * The time-course and vascular fields of issue 8 through the whole order-select pipeline: prefetch
 * read as the server reads it, the case built from the record, the engine, and the card.
 */

const options = testCardOptions();

const patientId = 'pt-time-course';
const active = { coding: [{ system: systems.conditionClinical, code: 'active' }] };

function condition(id: string, system: string, code: string, extra: Partial<Condition> = {}): Condition {
  return {
    resourceType: 'Condition',
    id,
    subject: { reference: `Patient/${patientId}` },
    clinicalStatus: active,
    code: { coding: [{ system, code }] },
    ...extra,
  };
}

const twoYearsAgo = daysAgo(730);
const backPain = condition('lbp', systems.snomed, '279039007', { onsetDateTime: twoYearsAgo });
const warfarin: Resource = {
  resourceType: 'MedicationRequest',
  id: 'warfarin',
  status: 'active',
  intent: 'order',
  subject: { reference: `Patient/${patientId}` },
  medicationCodeableConcept: {
    text: 'warfarin sodium 5 MG Oral Tablet',
    coding: [{ system: systems.rxnorm, code: '11289', display: 'warfarin' }],
  },
  authoredOn: daysAgo(400).slice(0, 10),
} as Resource;
const legWeakness: Resource = {
  resourceType: 'Observation',
  id: 'weak',
  status: 'final',
  subject: { reference: `Patient/${patientId}` },
  code: { coding: [{ system: systems.snomed, code: '309774006' }] },
  effectiveDateTime: daysAgo(3),
  valueBoolean: true,
} as Resource;

/** order-select for a lumbar MRI on a 67-year-old with these resources. */
function orderSelect(resources: readonly Resource[]) {
  const mri = order(patientId, 'cpt', '72148');
  const fixture: Fixture = {
    name: 'time-course',
    patientId,
    resources: [
      { resourceType: 'Patient', id: patientId, birthDate: '1959-03-02', gender: 'male' } as Resource,
      ...resources,
    ],
    order: mri,
    expected: { noCards: true },
  };
  const body = hookRequest(fixture, 'order-select');
  const { response, outcomes } = respondToOrders(
    HookRequestSchema.parse(body),
    recordFromPrefetch(body.prefetch ?? {}),
    fixtureNow,
    options,
  );
  expect(cdsResponseViolations(response)).toEqual([]);
  expect(response.cards).toHaveLength(1);
  const detail = response.cards[0]?.detail ?? '';
  return { response, outcome: outcomes[0], detail, ...sections(detail) };
}

/** The card's "Rated on what is documented" and "Not documented" sections, as lists of lines. */
function sections(detail: string): { documented: string[]; notDocumented: string[] } {
  const section = (heading: RegExp) => {
    const lines = detail.split('\n');
    const start = lines.findIndex((l) => heading.test(l));
    if (start < 0) return [];
    const end = lines.findIndex((l, i) => i > start && !l.startsWith('- '));
    return lines.slice(start + 1, end < 0 ? undefined : end);
  };
  return {
    documented: section(/^\*\*Rated on what is documented:\*\*/),
    notDocumented: section(/^\*\*Not documented/),
  };
}

describe('legSymptomWeeks through order-select (issue 8)', () => {
  it('a sciatica with onset two years ago sets legSymptomWeeks, shown among the documented facts', () => {
    const sciatica = condition('sciatica', systems.icd10cm, 'M54.41', { onsetDateTime: twoYearsAgo });
    const { outcome, documented, notDocumented } = orderSelect([backPain, sciatica, warfarin, legWeakness]);
    expect(outcome?.fhirCase.facts.legSymptomWeeks).toBe(104.3);
    expect(documented).toContainEqual(
      `- legSymptomWeeks = 104.3 (Condition/sciatica: ICD-10-CM M54.41, onset ${twoYearsAgo.slice(0, 10)})`,
    );
    // Long-standing is not stable: whether it is worsening is not in the record, so the rule stays
    // conservative (emergency, by its assumption) and asks.
    expect(outcome?.assessment?.urgency).toBe('emergency');
    const trace = outcome?.assessment?.trace.find((t) => t.rule === 'anticoagulant-with-neurological-deficit');
    expect(trace?.because).toMatch(/legSymptomWeeks/);
    expect(notDocumented.some((l) => l.startsWith('- legSymptomsWorsening:'))).toBe(true);
    expect(notDocumented.some((l) => l.startsWith('- legSymptomWeeks:'))).toBe(false);
  });

  it('a sciatica with no onset leaves legSymptomWeeks unknown, and the card names it as not documented', () => {
    const sciatica = condition('sciatica', systems.icd10cm, 'M54.41');
    const { outcome, documented, notDocumented } = orderSelect([backPain, sciatica, warfarin, legWeakness]);
    expect(outcome?.fhirCase.facts.legSymptomWeeks).toBeUndefined();
    expect(documented.some((l) => l.startsWith('- legSymptomWeeks'))).toBe(false);
    expect(outcome?.assessment?.urgency).toBe('emergency');
    expect(notDocumented.some((l) => l.startsWith('- legSymptomWeeks:'))).toBe(true);
    expect(notDocumented.some((l) => l.startsWith('- legSymptomsWorsening:'))).toBe(true);
  });

  it('a sciatica that began this month is recent: the emergency no longer rests on an assumption', () => {
    const sciatica = condition('sciatica', systems.icd10cm, 'M54.41', { onsetDateTime: daysAgo(10) });
    const { outcome, notDocumented } = orderSelect([backPain, sciatica, warfarin, legWeakness]);
    expect(outcome?.fhirCase.facts.legSymptomWeeks).toBe(1.4);
    expect(outcome?.assessment?.urgency).toBe('emergency');
    expect(notDocumented.some((l) => l.startsWith('- legSymptom'))).toBe(false);
  });
});

describe('aorticAneurysm through order-select (issue 8)', () => {
  it('a known abdominal aortic aneurysm is documented; sudden severe pain and collapse are named as not documented', () => {
    const aaa = condition('aaa', systems.icd10cm, 'I71.43', { onsetDateTime: '2021-05-10' });
    const { outcome, documented, notDocumented } = orderSelect([backPain, aaa]);
    expect(outcome?.fhirCase.facts.aorticAneurysm).toBe(true);
    expect(documented).toContainEqual('- aorticAneurysm = true (Condition/aaa: ICD-10-CM I71.43)');
    expect(outcome?.assessment?.urgency).toBe('urgent');
    expect(outcome?.assessment?.redFlags.map((f) => f.id)).toContain('aortic-aneurysm-with-back-pain');
    for (const field of ['suddenSeverePain', 'collapse'])
      expect(notDocumented.some((l) => l.startsWith(`- ${field}:`))).toBe(true);
  });

  it('a repaired (resolved) aneurysm is not read, and the question is still asked', () => {
    const aaa = condition('aaa', systems.icd10cm, 'I71.4', {
      onsetDateTime: '2015-05-10',
      clinicalStatus: { coding: [{ system: systems.conditionClinical, code: 'resolved' }] },
    });
    const { outcome, notDocumented } = orderSelect([backPain, aaa]);
    expect(outcome?.fhirCase.facts.aorticAneurysm).toBeUndefined();
    for (const field of ['aorticAneurysm', 'suddenSeverePain', 'collapse'])
      expect(notDocumented.some((l) => l.startsWith(`- ${field}:`))).toBe(true);
  });

  it('a rupture diagnosed two days ago is an emergency card', () => {
    const ruptured = condition('rupture', systems.icd10cm, 'I71.33', { onsetDateTime: daysAgo(2) });
    const { response, outcome } = orderSelect([backPain, ruptured]);
    expect(outcome?.assessment?.urgency).toBe('emergency');
    expect(outcome?.assessment?.suspected).toContain('aortic-aneurysm');
    expect(response.cards[0]?.indicator).toBe('critical');
  });

  it('with an anticoagulant, sudden severe pain is named as not documented', () => {
    const { outcome, notDocumented } = orderSelect([backPain, warfarin]);
    expect(outcome?.fhirCase.facts.anticoagulant).toBe(true);
    expect(notDocumented.some((l) => l.startsWith('- suddenSeverePain:'))).toBe(true);
  });

  it('an order whose reason is a ruptured abdominal aortic aneurysm is an emergency card', () => {
    const mri = order(patientId, 'cpt', '72148', { system: 'icd', code: 'I71.30' });
    const fixture: Fixture = {
      name: 'rupture-reason',
      patientId,
      resources: [
        { resourceType: 'Patient', id: patientId, birthDate: '1959-03-02', gender: 'male' } as Resource,
        backPain,
      ],
      order: mri,
      expected: { noCards: true },
    };
    const body = hookRequest(fixture, 'order-select');
    const { outcomes } = respondToOrders(
      HookRequestSchema.parse(body),
      recordFromPrefetch(body.prefetch ?? {}),
      fixtureNow,
      options,
    );
    expect(outcomes[0]?.fhirCase.facts.aorticAneurysm).toBe(true);
    expect(outcomes[0]?.assessment?.urgency).toBe('emergency');
  });

  it('patient-view: back pain with a known aortic aneurysm is a red-flag card', () => {
    const aaa = condition('aaa', systems.snomed, '233985008', { onsetDateTime: '2020-02-01' });
    const record = recordFromPrefetch({
      patient: { resourceType: 'Patient', id: patientId, birthDate: '1950-01-01', gender: 'male' },
      conditions: searchset([backPain, aaa]),
    });
    const { response } = respondToChart(record, [], fixtureNow, options);
    expect(cdsResponseViolations(response)).toEqual([]);
    expect(response.cards[0]?.indicator).toBe('warning');
    expect(response.cards[0]?.summary).toMatch(/Known aortic aneurysm/);
  });
});
