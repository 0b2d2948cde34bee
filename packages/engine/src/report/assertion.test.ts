import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { assertionTriggers } from '../knowledge/assertion-lexicon.js';
import { type AnnotatedSentence, assertionCorpus } from '../testing/assertion-corpus.js';
import { assertionOf } from './assertion.js';

const expected = (r: AnnotatedSentence) => ({
  negated: r.status === 'negated' || r.status === 'unlikely',
  uncertain: r.status === 'possible' || r.status === 'unlikely',
});

/** Precision, recall and F of `negated` over a corpus, and accuracy. */
function negationScores(rows: readonly AnnotatedSentence[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  for (const r of rows) {
    const got = assertionOf(r.sentence, r.concept)?.negated ?? false;
    const want = expected(r).negated;
    if (got && want) tp++;
    else if (got) fp++;
    else if (want) fn++;
    if (got === want) right++;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { precision, recall, f: (2 * precision * recall) / (precision + recall), accuracy: right / rows.length };
}

const figures = (['radiology', 'note'] as const).map((source) => ({
  source,
  rows: assertionCorpus.filter((r) => r.source === source).length,
  ...negationScores(assertionCorpus.filter((r) => r.source === source)),
}));
const all = negationScores(assertionCorpus);
const line = (s: { precision: number; recall: number; f: number; accuracy: number }) =>
  `precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} F ${s.f.toFixed(3)} accuracy ${(100 * s.accuracy).toFixed(1)} %`;

describe('the annotated corpus', () => {
  it('has at least 200 sentences, about half radiology and half general notes', () => {
    expect(assertionCorpus.length).toBeGreaterThanOrEqual(200);
    for (const f of figures) expect(f.rows).toBeGreaterThanOrEqual(100);
  });

  it.each(assertionCorpus.map((r) => [`${r.status}: "${r.concept}" in "${r.sentence}"`, r] as const))(
    '%s',
    (_name, r) => {
      expect(assertionOf(r.sentence, r.concept)).toEqual(expected(r));
    },
  );

  it(`negation on all ${assertionCorpus.length} sentences: ${line(all)}`, () => {
    expect(all.f).toBeGreaterThanOrEqual(0.95);
    expect(all.accuracy).toBeGreaterThanOrEqual(0.975);
    for (const f of figures) expect(f.f, f.source).toBeGreaterThanOrEqual(0.95);
  });

  afterAll(() => {
    const lines = [`negation, all ${assertionCorpus.length}: ${line(all)}`];
    for (const f of figures) lines.push(`negation, ${f.source} ${f.rows}: ${line(f)}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  });
});

describe('assertionOf (contract section 5b)', () => {
  it('compares case-insensitively, any run of white space as one space', () => {
    expect(assertionOf('NO   Chest\n\tPain.', 'chest pain')).toEqual({ negated: true, uncertain: false });
    expect(assertionOf('Chest pain since noon.', 'CHEST  PAIN')).toEqual({ negated: false, uncertain: false });
  });

  it('is null when the phrase does not occur', () => {
    expect(assertionOf('No fever.', 'cough')).toBeNull();
    expect(assertionOf('', 'cough')).toBeNull();
    expect(assertionOf('No fever.', '   ')).toBeNull();
  });

  it('reads the first occurrence', () => {
    expect(assertionOf('No fever on admission. Fever on day 3.', 'fever')?.negated).toBe(true);
    expect(assertionOf('Fever on day 3. No fever on admission.', 'fever')?.negated).toBe(false);
  });

  it('prefers whole words: "no" does not hide inside "node", "pain" not inside "painful"', () => {
    expect(assertionOf('Painful knee; no pain in the back.', 'pain')?.negated).toBe(true);
    expect(assertionOf('Lymph node enlarged.', 'node')?.negated).toBe(false);
  });

  it('finds a phrase through punctuation and spelling differences', () => {
    expect(assertionOf('No evidence of discitis osteomyelitis.', 'discitis-osteomyelitis')?.negated).toBe(true);
    expect(assertionOf('Chest xray negative.', 'x-ray')?.negated).toBe(true);
    expect(assertionOf('Chest x-ray shows an infiltrate.', 'infiltrates')?.negated).toBe(false);
  });

  it('ends a scope at a full stop, semicolon or colon, but not at a comma in a list', () => {
    expect(assertionOf('No fever. Cough.', 'cough')?.negated).toBe(false);
    expect(assertionOf('No fever; cough.', 'cough')?.negated).toBe(false);
    expect(assertionOf('No fever, cough, or sore throat.', 'sore throat')?.negated).toBe(true);
  });

  it('reads "Fracture: No" but not "Impression: No fracture" as a checklist answer', () => {
    expect(assertionOf('Fracture: No.', 'fracture')?.negated).toBe(true);
    expect(assertionOf('Fracture: No, stenosis: mild.', 'stenosis')?.negated).toBe(false);
    expect(assertionOf('Impression: No fracture.', 'impression')?.negated).toBe(false);
  });

  it('is pure: the same answer every time', () => {
    const a = assertionOf('Cannot exclude a fracture.', 'fracture');
    expect(assertionOf('Cannot exclude a fracture.', 'fracture')).toEqual(a);
  });
});

describe('properties', () => {
  it('never crashes on arbitrary text and phrase', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 40 }), (text, phrase) => {
        const a = assertionOf(text, phrase);
        if (a !== null) expect(Object.keys(a).sort()).toEqual(['negated', 'uncertain']);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds any phrase taken from the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 2, maxLength: 20 }),
        fc.nat(),
        (words, n) => {
          const text = words.join(' ');
          const i = n % words.length;
          expect(assertionOf(text, words.slice(i, i + 2).join(' '))).not.toBeNull();
        },
      ),
    );
  });

  const concepts = fc.constantFrom('fever', 'chest pain', 'disc extrusion', 'epidural abscess', 'weight loss');
  const prefixes = fc.constantFrom('No', 'Denies', 'Negative for', 'No evidence of', 'Without', 'Free of');

  it('a negation before a concept, or before a list that holds it, negates it', () => {
    fc.assert(
      fc.property(prefixes, concepts, fc.array(concepts, { maxLength: 3 }), (prefix, concept, others) => {
        const list = [...others.filter((o) => o !== concept), concept];
        const text = `${prefix} ${list.slice(0, -1).join(', ')}${list.length > 1 ? ' or ' : ''}${concept}.`;
        expect(assertionOf(text, concept)).toEqual({ negated: true, uncertain: false });
      }),
    );
  });

  it('a full stop, "but" or "however" after the negation frees the concept', () => {
    fc.assert(
      fc.property(prefixes, concepts, fc.constantFrom('. There is', ' but has', ', however there is'), (p, c, cut) => {
        expect(assertionOf(`${p} nausea${cut} ${c}.`, c)).toEqual({ negated: false, uncertain: false });
      }),
    );
  });

  it('every trigger of the lexicon is lower case, trimmed, and listed once per category and direction', () => {
    const keys = assertionTriggers.map((t) => `${t.phrase}|${t.category}|${t.direction}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of assertionTriggers) expect(t.phrase).toBe(t.phrase.toLowerCase().trim());
  });
});
