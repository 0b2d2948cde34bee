import { dayOf, pastDateOf } from '../fhir-dates.js';
import { labelOf, readAll } from '../read-resources.js';
import type { ReadContext } from './context.js';

/** Encounters: the first visit for back pain, when no Condition dates the episode. */
export function readEncounters(
  resources: readonly unknown[] | undefined,
  ctx: ReadContext,
): { readonly date: Date; readonly from: string } | undefined {
  let first: { date: Date; from: string } | undefined;
  for (const encounter of readAll('Encounter', resources, ctx.out)) {
    if (encounter.status === 'entered-in-error' || encounter.status === 'cancelled') continue;
    const reason = (encounter.reasonCode ?? []).map((c) => ctx.codes.match(c, 'low-back-pain')).find(Boolean);
    if (!reason) continue;
    const start = pastDateOf(encounter.period?.start, ctx.now);
    if (start && (!first || start < first.date)) {
      first = { date: start, from: `${labelOf(encounter)}: ${reason}, first visit ${dayOf(start)}` };
    }
  }
  return first;
}
