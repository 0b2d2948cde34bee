import type { Case, CaseField } from '../case.js';
import { thresholds } from './thresholds.js';

/**
 * Answers that cannot all be true: the case is rejected with an error naming both fields (contract
 * section 2). Answers that are possible but doubtful are not here: they are read the safer way and
 * reported (./conflicts.ts).
 */

/** What is wrong with a combination: a message naming both fields, and what was expected. */
export interface Impossibility {
  readonly message: string;
  readonly expected: string;
}

/** One impossible combination: the fields it names (the error is reported on the first) and its check. */
export interface ImpossibleCombination {
  readonly id: string;
  readonly fields: readonly [CaseField, CaseField];
  readonly check: (c: Omit<Case, 'clinicianSuspects'>) => Impossibility | undefined;
}

/** Weeks a person of this age (in whole years) can have lived: at most their age plus one year. */
function lifetimeWeeks(age: number): number {
  return Math.floor((age + 1) * thresholds.weeksPerYear);
}

/** A duration in weeks that cannot be longer than the person has been alive. */
function withinLifetime(field: 'durationWeeks' | 'legSymptomWeeks'): ImpossibleCombination {
  return {
    id: `${field}-within-lifetime`,
    fields: [field, 'age'],
    check: (c) => {
      const weeks = c[field];
      const most = lifetimeWeeks(c.age);
      return weeks !== undefined && weeks > most
        ? {
            message: `${field} (${weeks}) is longer than a person aged ${c.age} (age) has been alive: at most ${most} weeks`,
            expected: `at most ${most} weeks for age ${c.age}`,
          }
        : undefined;
    },
  };
}

/** Every impossible combination, checked on every case. */
export const impossibleCombinations: readonly ImpossibleCombination[] = [
  {
    id: 'pregnant-male',
    fields: ['pregnant', 'sex'],
    check: (c) =>
      c.pregnant === true && c.sex === 'male'
        ? {
            message: 'pregnant is true but sex is "male": one of the two answers is wrong',
            expected: 'pregnant false or absent when sex is "male"',
          }
        : undefined,
  },
  withinLifetime('durationWeeks'),
  withinLifetime('legSymptomWeeks'),
  {
    id: 'care-within-pain',
    fields: ['conservativeCareWeeks', 'durationWeeks'],
    check: (c) =>
      c.conservativeCareWeeks !== undefined && c.conservativeCareWeeks > c.durationWeeks
        ? {
            message: `conservativeCareWeeks (${c.conservativeCareWeeks}) is longer than durationWeeks (${c.durationWeeks}): care cannot last longer than the pain`,
            expected: `at most durationWeeks (${c.durationWeeks})`,
          }
        : undefined,
  },
];
