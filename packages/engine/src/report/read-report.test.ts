import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answered } from '../testing/cases.js';
import { reports } from '../testing/reports.js';
import { readReport } from './read-report.js';
import { ReadingSchema } from './reading.js';

describe('reading realistic reports', () => {
  it('has at least 40 reports', () => {
    expect(reports.length).toBeGreaterThanOrEqual(40);
  });

  it.each(reports.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const reading = readReport(r.text, r.age);
    expect(ReadingSchema.safeParse(reading).success).toBe(true);
    for (const expected of r.findings) {
      expect(reading.findings, JSON.stringify(expected)).toContainEqual(expect.objectContaining(expected));
    }
    expect([...reading.urgent].sort()).toEqual([...r.urgent].sort());
    for (const type of r.notPresent ?? []) {
      expect(reading.findings.filter((f) => f.type === type && !f.negated)).toEqual([]);
    }
    if (r.findings.length === 0) expect(reading.findings.filter((f) => !f.negated)).toEqual([]);
    for (const f of reading.findings) {
      expect(r.text).toContain(f.text);
      if (f.negated) expect(f.urgent).toBe(false);
    }
  });
});

describe('what the reading says', () => {
  it('does not read the height a fracture cost its vertebra as disc height loss (common without pain)', () => {
    for (const text of [
      'Acute compression fracture of L1 with 30% height loss.',
      'Old healed fracture of L1 with 20% loss of height.',
      '30% height loss of L1 due to an osteoporotic fracture.',
    ]) {
      const types = readReport(text, 70).findings.map((f) => `${f.type} ${f.level}`);
      expect(types, text).toEqual(['compression-fracture L1']);
    }
  });

  it('urgent findings lead the summary with what to do now', () => {
    const reading = readReport('Large central disc extrusion at L4-5 with severe compression of the cauda equina.', 40);
    expect(reading.summary).toMatch(
      /^This report mentions something that needs action today: compression of the cauda equina at L4-L5/,
    );
    expect(reading.summary).toMatch(/emergency department/);
  });

  it('common findings are put in context of age, with the figure for people without pain', () => {
    const reading = readReport('Mild disc bulges at L4-5 and L5-S1. Disc desiccation.', 50);
    expect(reading.summary).toMatch(/^Nothing in this report needs urgent action/);
    expect(reading.findings[0]?.prevalenceWithoutPain).toBe(0.6);
    expect(reading.findings[0]?.explanation).toMatch(/About 60 in 100 people aged 50 without any back pain/);
  });

  it('with a case, says which findings could fit the symptoms and which are likely incidental', () => {
    const text = 'L4-5: Left paracentral protrusion compressing the left L5 nerve root. L2-3: mild disc bulge.';
    const reading = readReport(text, 45, answered(45, 8, { legPain: 'one-leg' }));
    expect(reading.findings).toContainEqual(
      expect.objectContaining({ type: 'disc-protrusion', fit: 'may-fit-symptoms' }),
    );
    expect(reading.findings).toContainEqual(
      expect.objectContaining({ type: 'disc-bulge', level: 'L2-L3', fit: 'likely-incidental' }),
    );
    expect(reading.summary).toMatch(/could fit your leg symptoms/);
    expect(reading.summary).toMatch(/Only an examination can say/);
    const backOnly = readReport(text, 45, answered(45, 8));
    expect(backOnly.findings.find((f) => f.type === 'disc-protrusion')?.fit).toBe('likely-incidental');
    expect(readReport(text, 45).findings.every((f) => f.fit === null)).toBe(true);
  });
});

const phrases = [
  'mild disc bulge at L4-L5',
  'moderate central canal stenosis at L3-L4',
  'left foraminal narrowing at L5-S1',
  'facet arthropathy at L4-L5',
  'annular fissure at L5-S1',
  'Schmorl node at L2',
  'disc extrusion at L4-L5',
  'synovial cyst at L4-L5',
];

describe('properties', () => {
  it('shuffling sentence order does not change the set of findings', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(phrases, { minLength: 1 }), fc.integer({ min: 18, max: 90 }), (picked, age) => {
        const key = (text: string) =>
          readReport(text, age)
            .findings.map((f) => `${f.type}|${f.level}|${f.negated}`)
            .sort();
        const forward = `${picked.map((p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}.`).join(' ')}`;
        const backward = `${[...picked]
          .reverse()
          .map((p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}.`)
          .join(' ')}`;
        expect(key(backward)).toEqual(key(forward));
      }),
    );
  });

  it('adding "no " before a finding phrase negates it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...phrases), (phrase) => {
        const plain = readReport(`${phrase}.`, 50).findings;
        const negated = readReport(`No ${phrase}.`, 50).findings;
        expect(plain.length).toBeGreaterThan(0);
        expect(plain.every((f) => !f.negated)).toBe(true);
        expect(negated.map((f) => f.type)).toEqual(plain.map((f) => f.type));
        expect(negated.every((f) => f.negated && !f.urgent)).toBe(true);
      }),
    );
  });

  const reportWords = fc.constantFrom(
    'no',
    'not seen',
    'without',
    'negative for',
    'has resolved',
    'cannot be excluded',
    'no interval change in',
    'possible',
    ': no',
    'Fracture:',
    'HISTORY:',
    'FINDINGS:',
    'but',
    'or',
    ',',
    '.',
    '\n',
    'L4-5',
    'L5 on S1',
    'T12-L1 through L5-S1',
    'disc bulge',
    'extrusion',
    'epidural abscess',
    'discitis-osteomyelitis',
    'compression fracture',
    'cauda equina compression',
    'metastasis',
    'free fragment',
    'mild',
    'severe',
    'left',
  );

  it('report-like word salad never crashes; a negated finding is never urgent; the urgent list matches', () => {
    fc.assert(
      fc.property(
        fc.array(reportWords, { maxLength: 60 }),
        fc.integer({ min: 18, max: 100 }),
        fc.constantFrom('en', 'es'),
        (words, age, lang) => {
          const reading = readReport(words.join(' '), age, undefined, { lang: lang as 'en' | 'es' });
          expect(ReadingSchema.safeParse(reading).success).toBe(true);
          for (const f of reading.findings) if (f.negated) expect(f.urgent).toBe(false);
          expect([...reading.urgent].sort()).toEqual(
            [...new Set(reading.findings.filter((f) => f.urgent).map((f) => f.type))].sort(),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never crashes on arbitrary text, and every output validates', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 0, max: 130 }), (text, age) => {
        expect(ReadingSchema.safeParse(readReport(text, age)).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('reading in Spanish', () => {
  const english =
    /\b(?:the|this|that|report|needs?|about|people|with|and|or|of|in|at|is|are|not|your|has|have|it|be)\b/i;

  it('explains every test report in Spanish with the same findings, and no English words', () => {
    for (const r of reports) {
      const en = readReport(r.text, r.age, answered(r.age, 8, { legPain: 'one-leg' }));
      const es = readReport(r.text, r.age, answered(r.age, 8, { legPain: 'one-leg' }), { lang: 'es' });
      expect(ReadingSchema.safeParse(es).success).toBe(true);
      const ids = (x: typeof en) => x.findings.map(({ explanation: _e, ...rest }) => rest);
      expect(ids(es), r.name).toEqual(ids(en));
      expect(es.urgent).toEqual(en.urgent);
      for (const text of [es.summary, ...es.findings.map((f) => f.explanation)]) {
        expect(text, `${r.name}: ${text}`).not.toMatch(english);
      }
    }
  });

  it('puts what to do today first, in Spanish', () => {
    const reading = readReport('Severe compression of the cauda equina at L4-5.', 40, undefined, { lang: 'es' });
    expect(reading.summary).toMatch(
      /^Este informe menciona algo que necesita atención hoy: compresión de la cola de caballo en L4-L5\./,
    );
    expect(reading.summary).toMatch(/servicio de urgencias/);
  });

  it('says a floor as a floor: "al menos", at the age it was measured, "y más a edades mayores"', () => {
    const f = readReport('Mild facet arthropathy at L4-5.', 78, undefined, { lang: 'es' }).findings[0];
    expect(f?.explanation).toMatch(/Al menos 32 de cada 100 personas de 50 años .* y más a edades mayores\./);
  });

  it('keeps English the default', () => {
    expect(readReport('Mild facet arthropathy at L4-5.', 78).findings[0]?.explanation).toMatch(
      /At least 32 in 100 people aged 50 without any back pain have this on a scan, and more at older ages\./,
    );
  });
});
