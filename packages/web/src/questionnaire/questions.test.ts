import {
  type Assessment,
  CaseSchema,
  evaluate,
  knowledge,
  parseCase,
  ruledOut,
  thresholds,
} from '@spine-advisor/engine';
import { describe, expect, it } from 'vitest';
import { en } from '../text/en.js';
import { es } from '../text/es.js';
import { legSymptomChoices } from './fields.js';
import { emergencySettled } from './interrupt.js';
import {
  type Answers,
  ageLimits,
  caseFrom,
  engineQuestion,
  optionLabel,
  promptOf,
  questions,
  questionsToAsk,
  validAge,
} from './questions.js';

const assess = (answers: Answers): Assessment | undefined => {
  const parsed = caseFrom(answers);
  return parsed?.ok ? evaluate(parsed.value) : undefined;
};

describe('questions', () => {
  it('offer only values the case schema accepts, for every option of every question', () => {
    const rejected = questions.flatMap((q) =>
      q.kind === 'choice'
        ? q.options.filter((value) => !parseCase({ age: 40, durationWeeks: 20, [q.field]: value }).ok).map(String)
        : [],
    );
    expect(rejected).toEqual([]);
  });

  it('offer every value the schema allows for a choice field (none can be dropped by a text file)', () => {
    for (const q of questions) {
      if (q.kind !== 'choice' || typeof q.options[0] === 'number') continue;
      const field = CaseSchema.shape[q.field];
      const inner = 'unwrap' in field ? field.unwrap() : field;
      expect({ field: q.field, options: q.options }).toEqual({
        field: q.field,
        options: 'options' in inner ? inner.options : [true, false],
      });
    }
  });

  it('label every option in both languages (never the raw value)', () => {
    for (const text of [en, es]) {
      for (const q of questions) {
        if (q.kind !== 'choice') continue;
        for (const value of q.options) expect(optionLabel(text, q.field, value)).not.toBe(String(value));
        expect(promptOf(text, q).text.length).toBeGreaterThan(5);
      }
    }
  });

  it('use the schema’s age limits', () => {
    expect(ageLimits).toEqual({ min: CaseSchema.shape.age.minValue, max: CaseSchema.shape.age.maxValue });
    expect(validAge(String(ageLimits.max))).toBe(ageLimits.max);
    expect(validAge(String(ageLimits.max + 1))).toBeUndefined();
    expect(validAge('-1')).toBeUndefined();
    expect(validAge('40.5')).toBeUndefined();
    expect(validAge(' ')).toBeUndefined();
  });
});

describe('caseFrom', () => {
  it('needs an age', () => {
    expect(caseFrom({ durationWeeks: 2 })).toBeUndefined();
  });

  it('reads "not sure" as unknown: the field is left out, never "no"', () => {
    const parsed = caseFrom({ age: 40, durationWeeks: 2, bowelIncontinence: 'unsure', fever: false });
    expect(parsed).toEqual({ ok: true, value: { age: 40, durationWeeks: 2, fever: false } });
  });

  it('reads an unsure duration as recent pain', () => {
    expect(caseFrom({ age: 40, durationWeeks: 'unsure' })).toEqual({ ok: true, value: { age: 40, durationWeeks: 1 } });
  });

  it('never lets care last longer than the pain', () => {
    expect(caseFrom({ age: 40, durationWeeks: 2, conservativeCareWeeks: 6 })).toEqual({
      ok: true,
      value: { age: 40, durationWeeks: 2, conservativeCareWeeks: 2 },
    });
  });

  it('reads the time-course and aorta answers into the case, "not sure" as unknown', () => {
    const parsed = caseFrom({
      age: 60,
      durationWeeks: 16,
      legPain: 'both-legs',
      legSymptomWeeks: 16,
      legSymptomsWorsening: false,
      collapse: false,
      aorticAneurysm: 'unsure',
      suddenSeverePain: true,
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        age: 60,
        durationWeeks: 16,
        legPain: 'both-legs',
        legSymptomWeeks: 16,
        legSymptomsWorsening: false,
        collapse: false,
        suddenSeverePain: true,
      },
    });
  });

  it('never reads leg symptoms as older than the back pain: the shorter (more recent) answer wins', () => {
    expect(caseFrom({ age: 60, durationWeeks: 2, legSymptomWeeks: 16 })).toEqual({
      ok: true,
      value: { age: 60, durationWeeks: 2, legSymptomWeeks: 2 },
    });
    // An unsure duration is read as recent pain, so leg symptoms are recent too.
    expect(caseFrom({ age: 60, durationWeeks: 'unsure', legSymptomWeeks: 16 })).toEqual({
      ok: true,
      value: { age: 60, durationWeeks: 1, legSymptomWeeks: 1 },
    });
  });

  it('goes through the case schema: a value it does not know is an error, not a silent drop', () => {
    const parsed = caseFrom({ age: 40, durationWeeks: 2, bladder: 'leaking' });
    expect(parsed?.ok).toBe(false);
  });
});

describe('question flow', () => {
  it('asks age, then duration, then the emergency signs first', () => {
    expect(questionsToAsk({}, undefined)[0]?.field).toBe('age');
    const afterAge: Answers = { age: 50 };
    const next = questionsToAsk(afterAge, assess(afterAge)).map((q) => q.field);
    expect(next[0]).toBe('durationWeeks');
    expect(next[1]).toBe('saddleNumbness');
  });

  it('asks only what could still change the result, and nothing answered twice', () => {
    const answers: Answers = { age: 50, durationWeeks: 2, saddleNumbness: false };
    const next = questionsToAsk(answers, assess(answers)).map((q) => q.field);
    expect(next).not.toContain('saddleNumbness');
    expect(next).not.toContain('durationWeeks');
    expect(next.length).toBeGreaterThan(0);
  });

  it('ends when every question that matters is answered', () => {
    const answers: Answers = { age: 35, durationWeeks: 2 };
    for (let i = 0; i < 40; i++) {
      const [q] = questionsToAsk(answers, assess(answers));
      if (!q) break;
      answers[q.field] = q.kind === 'choice' ? (q.options.at(-1) === false ? false : (q.options[0] ?? false)) : 35;
    }
    expect(questionsToAsk(answers, assess(answers))).toEqual([]);
  });

  it('offers leg-symptom spans that each lie on one side of the engine’s recent-onset line', () => {
    const recent = legSymptomChoices.filter((w) => w < thresholds.recentOnsetWeeks);
    // Under a week and 1 to 6 weeks are recent; 6 weeks to 3 months and over 3 months are not.
    expect(recent).toEqual([0.5, 3]);
    expect(thresholds.recentOnsetWeeks).toBe(6);
  });

  it('a "yes" to saddle numbness gives an emergency at once', () => {
    expect(assess({ age: 50, durationWeeks: 2, saddleNumbness: true })?.urgency).toBe('emergency');
  });

  it('asks a yes/no field the engine names but the app has no text for, in the engine’s words', () => {
    const missing = { field: 'reflexLoss', question: 'Is a reflex missing?', why: 'test' } as const;
    expect(engineQuestion(missing)).toEqual({
      field: 'reflexLoss',
      kind: 'choice',
      options: [true, false],
      prompt: 'Is a reflex missing?',
    });
    expect(engineQuestion({ field: 'egfr', question: 'Kidney function?', why: 'test' })).toBeUndefined();
    expect(engineQuestion({ field: 'fever', question: 'Fever?', why: 'test' })).toBeUndefined();
  });
});

/** Sphincters normal: the emergency questions answered "no". */
const sphinctersNormal: Answers = {
  saddleNumbness: false,
  bladder: 'normal',
  bowelIncontinence: false,
  sexualDysfunction: false,
};

/**
 * Runs the questionnaire as a person would: the next question each time, answered from `given`, else
 * "no" or the first (most normal) answer, until nothing is left or a settled emergency interrupts.
 */
function run(start: Answers, given: Answers): { asked: string[]; answers: Answers; interrupted: boolean } {
  const answers: Answers = { ...start };
  const asked: string[] = [];
  for (let i = 0; i < 60; i++) {
    const [q] = questionsToAsk(answers, assess(answers));
    if (q?.kind !== 'choice') break;
    // Never a question the other answers rule out (the engine's askableWhen).
    const now = caseFrom(answers);
    expect(now?.ok && ruledOut(q.field, now.value), q.field).toBe(false);
    asked.push(q.field);
    answers[q.field] = given[q.field] ?? (q.options.includes(false) ? false : (q.options[0] ?? 'unsure'));
    const a = assess(answers);
    if (a && emergencySettled(answers, a, knowledge)) return { asked, answers, interrupted: true };
  }
  return { asked, answers, interrupted: false };
}

describe('time course of leg symptoms (issue 8)', () => {
  const chronic: Answers = { age: 60, durationWeeks: 16 };
  const stable: Answers = {
    ...sphinctersNormal,
    legPain: 'both-legs',
    legSymptomWeeks: 16,
    legSymptomsWorsening: false,
  };

  it('asks how long and whether worse right after pain in both legs, before any emergency interrupt', () => {
    const { asked, answers, interrupted } = run(chronic, stable);
    expect(asked.slice(asked.indexOf('legPain'), asked.indexOf('legPain') + 3)).toEqual([
      'legPain',
      'legSymptomWeeks',
      'legSymptomsWorsening',
    ]);
    expect(interrupted).toBe(false);
    expect(assess(answers)?.urgency).not.toBe('emergency');
  });

  it('pain in both legs with the time course unknown is an emergency, but not yet a settled one', () => {
    const answers: Answers = { ...chronic, ...sphinctersNormal, legPain: 'both-legs' };
    const a = assess(answers);
    expect(a?.urgency).toBe('emergency');
    expect(a && emergencySettled(answers, a, knowledge)).toBe(false);
  });

  it('leg pain new this week interrupts at once, before the "worse" question', () => {
    const { asked, interrupted, answers } = run(chronic, { ...stable, legSymptomWeeks: 0.5 });
    expect(interrupted).toBe(true);
    expect(asked.at(-1)).toBe('legSymptomWeeks');
    expect(assess(answers)?.urgency).toBe('emergency');
  });

  it('long-standing leg pain that is getting worse is still an emergency', () => {
    const { asked, interrupted } = run(chronic, { ...stable, legSymptomsWorsening: true });
    expect(interrupted).toBe(true);
    expect(asked.at(-1)).toBe('legSymptomsWorsening');
  });

  it('"not sure" about the time course keeps the emergency (unknown is never no)', () => {
    const { interrupted } = run(chronic, { ...stable, legSymptomWeeks: 'unsure', legSymptomsWorsening: 'unsure' });
    expect(interrupted).toBe(true);
  });

  it('with the sphincters "not sure", they are still asked as emergency questions', () => {
    const unsure: Answers = { saddleNumbness: 'unsure', bladder: 'unsure', bowelIncontinence: 'unsure' };
    const { asked, answers } = run(chronic, { ...stable, ...unsure });
    expect(asked.slice(0, 3)).toEqual(['saddleNumbness', 'bladder', 'bowelIncontinence']);
    const a = assess(answers);
    expect(a?.urgency).not.toBe('emergency');
    const emergencyReason = knowledge.text.missingWhy.raise.replace('{level}', knowledge.text.raisedTo.emergency);
    const prefix = emergencyReason.slice(0, emergencyReason.indexOf('{why}'));
    for (const field of ['saddleNumbness', 'bladder', 'bowelIncontinence'] as const) {
      expect(a?.missing.find((m) => m.field === field)?.why.startsWith(prefix), field).toBe(true);
    }
  });

  it('a settled emergency (saddle numbness) interrupts at once even with the time course unknown', () => {
    const answers: Answers = { ...chronic, saddleNumbness: true, legPain: 'both-legs' };
    const a = assess(answers);
    expect(a && emergencySettled(answers, a, knowledge)).toBe(true);
    const alone: Answers = { ...chronic, saddleNumbness: true };
    const b = assess(alone);
    expect(b && emergencySettled(alone, b, knowledge)).toBe(true);
  });

  it('never asks a time-course question without leg symptoms, nor "worse" without weakness', () => {
    const { asked } = run({ age: 60, durationWeeks: 16 }, {});
    expect(asked).not.toContain('legSymptomWeeks');
    expect(asked).not.toContain('legSymptomsWorsening');
    expect(asked).not.toContain('weaknessWorsening');
  });

  it('asks about collapse with the emergency signs, in the app’s own words', () => {
    const { asked } = run({ age: 35, durationWeeks: 2 }, {});
    expect(asked.indexOf('collapse')).toBeGreaterThan(asked.indexOf('sexualDysfunction'));
    expect(asked.indexOf('collapse')).toBeLessThan(asked.indexOf('legPain'));
    const q = questions.find((x) => x.field === 'collapse');
    expect(q && promptOf(es, q).text).toBe(es.questions.collapse.text);
  });

  it('a blood thinner and sudden severe pain is a settled emergency', () => {
    const { asked, interrupted } = run(
      { age: 70, durationWeeks: 0.5 },
      { anticoagulant: true, aorticAneurysm: false, suddenSeverePain: true },
    );
    expect(asked.slice(-3)).toEqual(['anticoagulant', 'aorticAneurysm', 'suddenSeverePain']);
    expect(interrupted).toBe(true);
  });
});
