import { type Assessment, CaseSchema, evaluate, parseCase } from '@spine-advisor/engine';
import { describe, expect, it } from 'vitest';
import { en } from '../text/en.js';
import { es } from '../text/es.js';
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
      if (q.kind !== 'choice' || q.field === 'durationWeeks' || q.field === 'conservativeCareWeeks') continue;
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
