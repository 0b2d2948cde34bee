import type { Case, CaseField } from '../case.js';
import { inflammatoryPatternCanApply } from './questions.js';
import type { Citation } from './sources.js';

/**
 * Answers that are possible together but doubtful (contract section 3, `conflicts`). Each is read the
 * safer way: the reassuring answer is set aside (`forget`: read as unknown) so the worrying one counts,
 * and the fields in `ask` are asked again through `missing`. Impossible combinations are errors
 * instead (./impossible.ts).
 */
export interface ConflictRule {
  readonly id: string;
  readonly fields: readonly CaseField[];
  readonly when: (c: Case) => boolean;
  /** Reassuring answers read as unknown, so the worrying answer is not silently dropped. */
  readonly forget: readonly CaseField[];
  /** Fields asked again. */
  readonly ask: readonly CaseField[];
  /** What disagrees and how it was read, in plain words. */
  readonly message: (c: Case) => string;
  /** Why the field is asked again (shown in `missing`). */
  readonly why: string;
  readonly source: Citation;
}

/** Every doubtful combination. */
export const conflictRules = [
  {
    id: 'worsening-weakness-without-weakness',
    fields: ['weakness', 'weaknessWorsening'],
    when: (c) => c.weakness === 'none' && c.weaknessWorsening === true,
    forget: ['weakness'],
    ask: ['weakness'],
    message: () =>
      'The answers say there is no leg weakness, but also that weakness is getting worse. They are read as weakness that may be getting worse.',
    why: 'Your answers about leg weakness disagree. Please check whether either leg is weak.',
    source: { id: 'acp-2011', section: 'progressive motor weakness: immediate MRI' },
  },
  {
    id: 'inflammatory-pattern-out-of-range',
    fields: ['inflammatoryPattern', 'age', 'durationWeeks'],
    when: (c) => c.inflammatoryPattern === true && !inflammatoryPatternCanApply(c.age, c.durationWeeks),
    forget: [],
    ask: ['inflammatoryPattern'],
    message: (c) =>
      `The inflammatory pattern is answered yes, but it needs back pain that began before 45 and has lasted over 3 months (here: age ${c.age}, ${c.durationWeeks} weeks of pain). It is still read as yes.`,
    why: 'This pattern only applies to pain that began before 45 and has lasted over 3 months. Please check the answer.',
    source: { id: 'nice-ng65', section: 'referral criteria for suspected axial spondyloarthritis' },
  },
] as const satisfies readonly ConflictRule[];
