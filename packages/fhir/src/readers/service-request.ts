import { careHistory } from '@spine-advisor/engine';
import { pastDateOf } from '../fhir-dates.js';
import { labelOf, readAll } from '../read-resources.js';
import type { Read } from '../resource-schemas.js';
import { applyConcepts } from './concepts.js';
import type { CareEvent, ReadContext } from './context.js';

const DAY = 86_400_000;
const referred = new Set(['active', 'completed', 'on-hold']);

/** The order being rated: its reason codes are what the ordering clinician suspects now. */
export function readOrderReason(order: Read<'ServiceRequest'> | undefined, ctx: ReadContext): void {
  if (!order) return;
  for (const reason of order.reasonCode ?? []) {
    applyConcepts(reason, { current: true, when: undefined, from: `${labelOf(order)} reasonCode` }, ctx);
  }
}

/** ServiceRequests in the record: referrals to physiotherapy are care events. */
export function readReferrals(resources: readonly unknown[] | undefined, ctx: ReadContext): CareEvent[] {
  const care: CareEvent[] = [];
  for (const request of readAll('ServiceRequest', resources, ctx.out)) {
    if (request.status === undefined || !referred.has(request.status)) continue;
    const therapy = ctx.codes.match(request.code, careHistory.procedureValueSet);
    const start = pastDateOf(request.occurrenceDateTime ?? request.authoredOn, ctx.now);
    if (!therapy || !start) continue;
    const end = new Date(start.getTime() + careHistory.sessionDays * DAY);
    care.push({ start, end, what: `ServiceRequest: ${request.code?.text ?? therapy}` });
  }
  return care;
}
