import { type Assessment, evaluate, type Knowledge } from '@spine-advisor/engine';
import { type Answers, caseFrom, questionsToAsk } from './questions.js';

/** Above this many answer combinations an emergency is taken as settled: the person is told at once. */
const mostCombinations = 256;

/**
 * Whether an emergency is settled: no answer to the questions still to ask could take it away. An
 * emergency the engine keeps only because an answer is unknown (pain in both legs, onset unknown) is
 * not settled until that question is asked: the person is told at once when it is, and the time
 * course is asked first when it is not. "Not sure" is never tried here: it keeps the answer unknown,
 * which is the emergency already found.
 */
export function emergencySettled(answers: Answers, assessment: Assessment, kb: Knowledge): boolean {
  if (assessment.urgency !== 'emergency') return false;
  let combinations: Answers[] = [answers];
  for (const q of questionsToAsk(answers, assessment)) {
    if (q.kind !== 'choice') continue;
    if (combinations.length * q.options.length > mostCombinations) return true;
    combinations = combinations.flatMap((a) => q.options.map((value) => ({ ...a, [q.field]: value })));
  }
  return combinations.every((a) => {
    const parsed = caseFrom(a);
    return !parsed?.ok || evaluate(parsed.value, kb).urgency === 'emergency';
  });
}
