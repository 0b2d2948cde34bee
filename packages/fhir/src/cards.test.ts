import { decodeCaseLink, evaluate, knowledgeFor } from '@spine-advisor/engine';
import { describe, expect, it } from 'vitest';
import { cardWords } from './card-words.js';
import { type CardOptions, cannotRateCard, chartCard, clip, orderCard } from './cards.js';
import { imagingOf } from './hooks.js';
import { systems } from './systems.js';
import { fixtureNow, order } from './testing/patients.js';
import { caseFromFhir, type FhirCase } from './to-case.js';

const options: CardOptions = {
  publicUrl: 'https://spine.example.org/',
  uuid: () => '00000000-0000-4000-8000-000000000000',
  qcdsmId: 'test',
  unavailable: [],
};
const patient = { resourceType: 'Patient', id: 'p', birthDate: '1970-06-01', gender: 'male' };
const lbp = (id: string, onsetDateTime: string) => ({
  resourceType: 'Condition',
  id,
  code: { coding: [{ system: systems.snomed, code: '279039007' }] },
  onsetDateTime,
});
const drafted = () => {
  const d = imagingOf(order('p', 'cpt', '72148'))[0];
  if (!d) throw new Error('MRI order not recognised');
  return d;
};
function rated(fhirCase: FhirCase, extra: Partial<CardOptions> = {}) {
  if (!fhirCase.case) throw new Error('not rated');
  return orderCard(evaluate(fhirCase.case), fhirCase, drafted(), { ...options, ...extra });
}

describe('order card text', () => {
  const fhirCase = caseFromFhir({ patient, conditions: [lbp('a', '2026-11-10'), lbp('b', '2026-11-12')] }, fixtureNow);

  it('lists every "not documented" field: the list is never cut', () => {
    const assessment = evaluate(fhirCase.case as never);
    const { card } = rated(fhirCase);
    expect(assessment.missing.length).toBeGreaterThan(12);
    for (const m of assessment.missing) expect(card.detail).toContain(`- ${m.field}: `);
  });

  it('one line per fact, naming its first sources and counting the rest', () => {
    const cancer = (id: string) => ({
      resourceType: 'Condition',
      id,
      code: { coding: [{ system: systems.snomed, code: '254837009' }] },
    });
    const withCancer = caseFromFhir(
      { patient, conditions: [lbp('a', '2026-11-10'), ...['c1', 'c2', 'c3', 'c4', 'c5'].map(cancer)] },
      fixtureNow,
    );
    const lines = (rated(withCancer).card.detail ?? '').split('\n').filter((l) => /^- \w+ = /.test(l));
    expect(lines).toContain('- durationWeeks = 3.1 (Condition/a: SNOMED CT 279039007, onset 2026-11-10)');
    expect(lines).toContain(
      '- cancerHistory = active (Condition/c1: SNOMED CT 254837009; Condition/c2: SNOMED CT 254837009; Condition/c3: SNOMED CT 254837009; and 2 more)',
    );
  });

  it('links to the explanation with the case, decodable by the engine', () => {
    const { card } = rated(fhirCase);
    const url = new URL(card.links?.[0]?.url ?? '');
    expect(url.origin).toBe('https://spine.example.org');
    const encoded = /case=([^&]+)/.exec(url.hash)?.[1] ?? '';
    expect(decodeCaseLink(encoded)).toEqual(fhirCase.case);
  });

  it('says the data was not sent when the call had neither prefetch nor a FHIR server', () => {
    const { card } = rated(fhirCase, { dataNotSent: true });
    expect(card.detail).toMatch(/\*\*No record data sent:\*\*/);
    expect(card.detail).not.toMatch(/could not be retrieved in time/);
  });

  it('says what could not be retrieved in time when the server was slow', () => {
    const { card } = rated(fhirCase, { unavailable: ['observations'] });
    expect(card.detail).toMatch(/\*\*Unavailable:\*\* observations could not be retrieved in time/);
  });

  it('names unreadable resources under "not readable"', () => {
    const withBad = caseFromFhir(
      { patient, conditions: [lbp('a', '2026-11-10'), { resourceType: 'Condition', id: 'x', code: 7 }] },
      fixtureNow,
    );
    const { card } = rated(withBad);
    expect(card.detail).toMatch(/\*\*Not readable.*\n- Condition\/x: code is not a valid object/);
  });
});

describe('cards that rate nothing', () => {
  it('names facts that contradict each other instead of rating', () => {
    const fhirCase = caseFromFhir({ patient, conditions: [lbp('a', '2026-11-10')] }, fixtureNow);
    const card = cannotRateCard(fhirCase, drafted(), options, [
      { path: '/conservativeCareWeeks', expected: 'at most 3.1', message: 'care cannot last longer than the pain' },
    ]);
    expect(card.summary).toBe('Not rated: facts in the record contradict each other');
    expect(card.detail).toContain('- /conservativeCareWeeks: care cannot last longer than the pain');
  });

  it('asks for what is missing to rate', () => {
    const card = cannotRateCard(caseFromFhir({ patient }, fixtureNow), drafted(), options);
    expect(card.summary).toBe('Cannot rate this lumbar imaging order yet: document pain onset');
  });

  it('a chart card shows the open order and its rating', () => {
    const fhirCase = caseFromFhir({ patient, conditions: [lbp('a', '2026-11-10')] }, fixtureNow);
    const card = chartCard(evaluate(fhirCase.case as never), fhirCase, [drafted()], options);
    expect(card.summary).toMatch(/^Open lumbar imaging order: MRI/);
  });
});

describe('clip', () => {
  it('keeps summaries under 140 characters', () => {
    expect(clip('x'.repeat(200))).toHaveLength(139);
    expect(clip('short')).toBe('short');
  });
});

describe('cards in the language the service is configured for', () => {
  const es: CardOptions = { ...options, lang: 'es' };
  const english = knowledgeFor('en').text.names;
  /** Every fixed English phrase of the cards (function-made ones are checked by their Spanish output). */
  const englishPhrases = Object.values(cardWords.en)
    .flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' ? Object.values(v) : []))
    .map((p) => String(p).replace(/\*\*/g, '').trim())
    .filter((p) => p.length > 4);
  function expectNoEnglish(text: string | undefined) {
    for (const phrase of englishPhrases) expect(text).not.toContain(phrase);
    for (const u of Object.values(english.urgencies)) expect(text).not.toContain(`**${u.label}**`);
  }
  const acute = caseFromFhir({ patient, conditions: [lbp('a', '2026-11-10')] }, fixtureNow);

  it('writes an order card in Spanish, codes and ratings unchanged', () => {
    if (!acute.case) throw new Error('not rated');
    const order = drafted();
    const enCard = orderCard(evaluate(acute.case), acute, order, options);
    const esCard = orderCard(evaluate(acute.case, knowledgeFor('es')), acute, order, es);
    expect(esCard.card.summary).toMatch(/normalmente no apropiada aquí/);
    expect(esCard.card.detail).toContain(`**${knowledgeFor('es').text.names.urgencies.none.label}**`);
    expect(esCard.card.detail).toMatch(/\*\*En borrador:\*\* Resonancia magnética de columna lumbar/);
    expectNoEnglish(esCard.card.detail);
    expectNoEnglish(esCard.card.summary);
    expect(esCard.card.suggestions?.[0]?.label).toBe(cardWords.es.removeLabel);
    expect(esCard.card.overrideReasons?.map((r) => r.code)).toEqual(enCard.card.overrideReasons?.map((r) => r.code));
    expect(esCard.card.overrideReasons?.[0]?.display).toBe(cardWords.es.overrideReasons['patient-contraindication']);
    expect(esCard.rating).toBe(enCard.rating);
    expect(esCard.card.indicator).toBe(enCard.card.indicator);
    expect(esCard.systemAction.resource).toEqual(enCard.systemAction.resource);
  });

  it('writes emergency, unratable and chart cards in Spanish', () => {
    const ces = caseFromFhir({ patient, conditions: [lbp('a', '2026-11-10')] }, fixtureNow);
    if (!ces.case) throw new Error('not rated');
    const emergency = orderCard(
      evaluate({ ...ces.case, bladder: 'retention' }, knowledgeFor('es')),
      ces,
      drafted(),
      es,
    ).card;
    expect(emergency.summary).toMatch(/^Emergencia: posible síndrome de cauda equina/);
    expectNoEnglish(emergency.detail);
    const unratable = cannotRateCard(caseFromFhir({ patient }, fixtureNow), drafted(), es);
    expect(unratable.summary).toBe(
      'Aún no se puede calificar esta orden de imagen lumbar: documente el inicio del dolor',
    );
    expectNoEnglish(unratable.detail);
    const chart = chartCard(evaluate(ces.case, knowledgeFor('es')), ces, [drafted()], es);
    expect(chart.summary).toMatch(/^Orden de imagen lumbar abierta: Resonancia magnética/);
    expect(chart.links?.[0]?.label).toBe(cardWords.es.openExplanation);
    expectNoEnglish(chart.detail);
  });
});
