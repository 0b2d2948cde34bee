import { type EvidenceConcept, evidenceConcepts } from '@spine-advisor/engine';
import { daysBetween } from '../fhir-dates.js';
import type { Concept } from '../resource-schemas.js';
import type { ReadContext } from './context.js';

/** Whether a concept dated `when` (undefined: not dated) is evidence now: unknown dates count (safer). */
export function withinWindow(concept: EvidenceConcept, when: Date | undefined, now: Date): boolean {
  if (concept.window === 'any-time' || when === undefined) return true;
  return daysBetween(when, now) <= concept.window.days;
}

/** The evidence concepts `code` matches that are still evidence now, each with the code that matched. */
export function conceptsOf(
  code: Concept | undefined,
  when: Date | undefined,
  ctx: ReadContext,
): { concept: EvidenceConcept; hit: string }[] {
  const found: { concept: EvidenceConcept; hit: string }[] = [];
  for (const concept of evidenceConcepts as readonly EvidenceConcept[]) {
    const hit = ctx.codes.match(code, concept.valueSet);
    if (hit && withinWindow(concept, when, ctx.now)) found.push({ concept, hit });
  }
  return found;
}

/**
 * Apply every evidence concept `code` matches: current facts and suspicions when `current`, past
 * facts otherwise, each only within the concept's window.
 */
export function applyConcepts(
  code: Concept | undefined,
  state: { readonly current: boolean; readonly when: Date | undefined; readonly from: string },
  ctx: ReadContext,
): void {
  for (const { concept, hit } of conceptsOf(code, state.when, ctx)) {
    const from = `${state.from}: ${hit}`;
    if (state.current) {
      ctx.out.set(concept.current, from);
      ctx.out.suspect(concept.suspects, from);
    } else if (concept.past) {
      ctx.out.set(concept.past, `${from} (no longer current)`);
    }
  }
}
