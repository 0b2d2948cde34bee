import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case, CaseField } from '../case.js';
import { evaluate } from '../evaluate.js';
import { adultCaseArbitrary, caseArbitrary } from '../testing/arbitraries.js';
import { answered } from '../testing/cases.js';
import { acrVariants } from './acr-variants.js';
import { type BaselineRuleId, baselineRules } from './baseline.js';
import { conditionIds } from './conditions.js';
import { disagreements } from './disagreements.js';
import { type ModifierId, modifiers } from './modifiers.js';
import { pathways } from './pathways.js';
import { procedureIds } from './procedures.js';
import { notAsked, questions, whyAsked } from './questions.js';
import { type RedFlagId, redFlags } from './red-flags.js';
import { type Citation, sources } from './sources.js';
import { verifiedFacts } from './verification.js';

type RuleId = RedFlagId | BaselineRuleId | ModifierId | 'out-of-scope-under-18';

/**
 * A firing and a non-firing example for every rule, named after it (opioid-cds). The record type
 * makes the compiler demand an entry for each new rule.
 */
const examples: Record<RuleId, { fires: Case; doesNotFire: Case }> = {
  'saddle-numbness': { fires: answered(40, 1, { saddleNumbness: true }), doesNotFire: answered(40, 1) },
  'bladder-dysfunction': { fires: answered(40, 1, { bladder: 'retention' }), doesNotFire: answered(40, 1) },
  'bowel-incontinence': { fires: answered(40, 1, { bowelIncontinence: true }), doesNotFire: answered(40, 1) },
  'sexual-dysfunction': { fires: answered(40, 1, { sexualDysfunction: true }), doesNotFire: answered(40, 1) },
  'bilateral-leg-pain': {
    fires: answered(40, 1, { legPain: 'both-legs' }),
    doesNotFire: answered(40, 1, { legPain: 'one-leg' }),
  },
  'anticoagulant-with-neurological-deficit': {
    fires: answered(70, 1, { anticoagulant: true, weakness: 'mild' }),
    doesNotFire: answered(70, 1, { anticoagulant: true }),
  },
  'anticoagulant-with-sudden-severe-pain': {
    fires: answered(70, 0, { anticoagulant: true, suddenSeverePain: true }),
    doesNotFire: answered(70, 0, { suddenSeverePain: true }),
  },
  'collapse-with-back-pain': {
    fires: answered(70, 0, { collapse: true }),
    doesNotFire: answered(70, 0),
  },
  'aortic-aneurysm-with-sudden-severe-pain': {
    fires: answered(72, 0, { aorticAneurysm: true, suddenSeverePain: true }),
    doesNotFire: answered(72, 0, { aorticAneurysm: true }),
  },
  'aortic-aneurysm-with-back-pain': {
    fires: answered(72, 2, { aorticAneurysm: true }),
    doesNotFire: answered(72, 2),
  },
  'fever-on-cancer-treatment': {
    fires: answered(55, 1, { cancerHistory: 'active', immunosuppressed: true, fever: true }),
    doesNotFire: answered(55, 1, { cancerHistory: 'past', immunosuppressed: true, fever: true }),
  },
  'clinician-suspects-aortic-aneurysm': {
    fires: answered(70, 0, { clinicianSuspects: ['aortic-aneurysm'] }),
    doesNotFire: answered(70, 0),
  },
  'recent-spinal-procedure-with-deficit': {
    fires: answered(50, 1, { recentSpinalProcedure: true, gaitDisturbance: true }),
    doesNotFire: answered(50, 1, { recentSpinalProcedure: true }),
  },
  'cancer-with-neurological-signs': {
    fires: answered(60, 1, { cancerHistory: 'active', numbness: true }),
    doesNotFire: answered(60, 1, { cancerHistory: 'active' }),
  },
  'infection-risk-with-motor-deficit': {
    fires: answered(40, 1, { ivDrugUse: true, weakness: 'mild' }),
    doesNotFire: answered(40, 1, { ivDrugUse: true, numbness: true }),
  },
  'high-energy-trauma': {
    fires: answered(30, 0, { trauma: 'major' }),
    doesNotFire: answered(30, 0, { trauma: 'minor' }),
  },
  'trauma-with-motor-deficit': {
    fires: answered(30, 0, { trauma: 'minor', gaitDisturbance: true }),
    doesNotFire: answered(30, 0, { weakness: 'mild' }),
  },
  'fever-with-infection-risk': {
    fires: answered(40, 1, { fever: true, recentInfection: true }),
    doesNotFire: answered(40, 1, { fever: true }),
  },
  fever: { fires: answered(40, 1, { fever: true }), doesNotFire: answered(40, 1) },
  'progressive-weakness': {
    fires: answered(40, 1, { weakness: 'mild', weaknessWorsening: true }),
    doesNotFire: answered(40, 1, { weakness: 'mild' }),
  },
  'severe-weakness': {
    fires: answered(40, 1, { weakness: 'severe' }),
    doesNotFire: answered(40, 1, { weakness: 'mild' }),
  },
  'new-gait-disturbance': { fires: answered(40, 1, { gaitDisturbance: true }), doesNotFire: answered(40, 1) },
  'cancer-history': { fires: answered(60, 1, { cancerHistory: 'past' }), doesNotFire: answered(60, 1) },
  'unexplained-weight-loss': { fires: answered(60, 1, { weightLoss: true }), doesNotFire: answered(60, 1) },
  'injection-drug-use': { fires: answered(30, 1, { ivDrugUse: true }), doesNotFire: answered(30, 1) },
  immunosuppression: { fires: answered(30, 1, { immunosuppressed: true }), doesNotFire: answered(30, 1) },
  'recent-infection': { fires: answered(30, 1, { recentInfection: true }), doesNotFire: answered(30, 1) },
  'recent-spinal-procedure': { fires: answered(30, 1, { recentSpinalProcedure: true }), doesNotFire: answered(30, 1) },
  'low-energy-trauma-fragile-bone': {
    fires: answered(40, 1, { trauma: 'minor', steroidUse: true }),
    doesNotFire: answered(40, 1, { trauma: 'minor' }),
  },
  osteoporosis: { fires: answered(60, 1, { osteoporosis: true }), doesNotFire: answered(60, 1) },
  'prolonged-steroid-use': { fires: answered(40, 1, { steroidUse: true }), doesNotFire: answered(40, 1) },
  'older-age': { fires: answered(71, 1), doesNotFire: answered(70, 1) },
  'night-pain': { fires: answered(40, 1, { nightPain: true }), doesNotFire: answered(40, 1) },
  'inflammatory-pattern': { fires: answered(30, 14, { inflammatoryPattern: true }), doesNotFire: answered(30, 14) },
  'clinician-suspects-cauda-equina-syndrome': {
    fires: answered(40, 1, { clinicianSuspects: ['cauda-equina-syndrome'] }),
    doesNotFire: answered(40, 1, { clinicianSuspects: ['fracture'] }),
  },
  'clinician-suspects-malignancy': {
    fires: answered(40, 1, { clinicianSuspects: ['malignancy'] }),
    doesNotFire: answered(40, 1, { clinicianSuspects: [] }),
  },
  'clinician-suspects-infection': {
    fires: answered(40, 1, { clinicianSuspects: ['infection'] }),
    doesNotFire: answered(40, 1),
  },
  'clinician-suspects-fracture': {
    fires: answered(40, 1, { clinicianSuspects: ['fracture'] }),
    doesNotFire: answered(40, 1),
  },
  'clinician-suspects-progressive-neurologic-deficit': {
    fires: answered(40, 1, { clinicianSuspects: ['progressive-neurologic-deficit'] }),
    doesNotFire: answered(40, 1),
  },
  'clinician-suspects-epidural-hematoma': {
    fires: answered(40, 1, { clinicianSuspects: ['epidural-hematoma'] }),
    doesNotFire: answered(40, 1),
  },
  'clinician-suspects-inflammatory': {
    fires: answered(40, 1, { clinicianSuspects: ['inflammatory'] }),
    doesNotFire: answered(40, 1),
  },
  'prior-lumbar-surgery': { fires: answered(50, 2, { priorLumbarSurgery: true }), doesNotFire: answered(50, 2) },
  'persistent-despite-care': {
    fires: answered(50, 9, { conservativeCareWeeks: 6, response: 'worsening', interventionCandidate: true }),
    doesNotFire: answered(50, 9, { conservativeCareWeeks: 5, response: 'worsening', interventionCandidate: true }),
  },
  'subacute-or-chronic-no-red-flags': { fires: answered(50, 4), doesNotFire: answered(50, 3.9) },
  'acute-no-red-flags': { fires: answered(50, 3.9), doesNotFire: answered(50, 4) },
  'contrast-for-tumour-or-infection': {
    fires: answered(50, 1, { saddleNumbness: true, fever: true }),
    doesNotFire: answered(50, 1, { saddleNumbness: true }),
  },
  'pregnancy-avoid-contrast-and-radiation': {
    fires: answered(30, 1, { osteoporosis: true, pregnant: true }),
    doesNotFire: answered(30, 1, { osteoporosis: true }),
  },
  'low-egfr-avoid-gadolinium': {
    fires: answered(60, 1, { cancerHistory: 'past', egfr: 29 }),
    doesNotFire: answered(60, 1, { cancerHistory: 'past', egfr: 30 }),
  },
  'mri-contraindicated': {
    fires: answered(60, 1, { cancerHistory: 'past', mriContraindicated: true }),
    doesNotFire: answered(60, 1, { osteoporosis: true, mriContraindicated: true }),
  },
  'out-of-scope-under-18': { fires: answered(17, 1), doesNotFire: answered(18, 1) },
};

const fired = (c: Case) => evaluate(c).trace.map((t) => t.rule);

describe('every rule has a firing and a non-firing example', () => {
  const allIds = [...redFlags.map((r) => r.id), ...baselineRules.map((r) => r.id), ...modifiers.map((m) => m.id)];

  it('covers every rule in the knowledge base', () => {
    expect(Object.keys(examples).sort()).toEqual([...allIds, 'out-of-scope-under-18'].sort());
  });

  it.each(Object.entries(examples))('%s', (id, { fires, doesNotFire }) => {
    expect(fired(fires)).toContain(id);
    expect(fired(doesNotFire)).not.toContain(id);
  });
});

describe('knowledge base integrity', () => {
  it('rule ids are unique and kebab-case', () => {
    const ids = [...redFlags.map((r) => r.id), ...baselineRules.map((r) => r.id), ...modifiers.map((m) => m.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every citation names a source in the table', () => {
    const citations = [
      ...redFlags.map((r) => r.source),
      ...baselineRules.map((r) => r.source),
      ...modifiers.map((m) => m.source),
      ...Object.values(pathways).map((p) => p.source),
      ...Object.values(acrVariants).map((v) => v.source),
      ...disagreements.flatMap((d): readonly Citation[] => d.sources),
    ];
    for (const c of citations) expect(Object.keys(sources)).toContain(c.id);
    for (const f of verifiedFacts) expect(Object.keys(sources)).toContain(f.confirmedBy);
  });

  it('every source has a citation and an https or http URL', () => {
    for (const [id, s] of Object.entries(sources)) {
      expect(s.citation.length, id).toBeGreaterThan(20);
      expect(s.url, id).toMatch(/^https?:\/\//);
    }
  });

  it('every variant rates every procedure, and its pathway recommends only usually-appropriate ones', () => {
    for (const [id, pathway] of Object.entries(pathways)) {
      if (pathway.acrVariant === null) continue;
      const v = acrVariants[pathway.acrVariant];
      for (const p of pathway.recommended) expect(v.usuallyAppropriate, `${id}: ${p}`).toContain(p);
      for (const p of [...pathway.alternatives, ...pathway.ifMriContraindicated]) {
        expect([...v.usuallyAppropriate, ...v.mayBeAppropriate], `${id}: ${p}`).toContain(p);
      }
    }
    const a = evaluate(answered(40, 1, { saddleNumbness: true }));
    expect(a.ratings.map((r) => r.procedure)).toEqual(procedureIds);
  });

  it('every condition has at least one red flag a person can report or a clinician can name', () => {
    for (const condition of conditionIds) expect(redFlags.some((r) => r.condition === condition)).toBe(true);
  });

  it('every disagreement names rules that exist', () => {
    const ids = new Set<string>(redFlags.map((r) => r.id));
    for (const d of disagreements) for (const r of d.rules) expect(ids.has(r), r).toBe(true);
  });

  it('every field a rule reads has a question (or is never asked)', () => {
    const reads = new Set<CaseField>([...redFlags, ...baselineRules, ...modifiers].flatMap((r) => [...r.reads]));
    for (const field of reads) {
      if ((notAsked as readonly CaseField[]).includes(field)) continue;
      expect(Object.keys(questions)).toContain(field);
      expect(Object.keys(whyAsked)).toContain(field);
    }
  });
});

describe('rules read only the fields they declare', () => {
  /** A case whose property reads are recorded. */
  function recording(c: Case): { proxy: Case; read: Set<string> } {
    const read = new Set<string>();
    const proxy = new Proxy(c, {
      get(target, key, receiver) {
        if (typeof key === 'string') read.add(key);
        return Reflect.get(target, key, receiver);
      },
    });
    return { proxy, read };
  }

  it('holds for every rule on any case', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        for (const rule of [...redFlags, ...baselineRules]) {
          const { proxy, read } = recording(c);
          rule.when(proxy);
          for (const key of read) expect(rule.reads, `${rule.id} read ${key}`).toContain(key);
        }
        for (const modifier of modifiers) {
          const { proxy, read } = recording(c);
          modifier.when(proxy, { suspected: new Set(['infection']), pathway: 'tumour-or-infection' });
          for (const key of read) expect(modifier.reads, `${modifier.id} read ${key}`).toContain(key);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adult cases are in scope', () => {
    fc.assert(fc.property(adultCaseArbitrary, (c) => evaluate(c).inScope));
  });
});
