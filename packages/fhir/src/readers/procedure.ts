import { careHistory, fhirThresholds } from '@spine-advisor/engine';
import { daysBetween, pastDateOf } from '../fhir-dates.js';
import { labelOf, readAll } from '../read-resources.js';
import type { CareEvent, ReadContext } from './context.js';

const DAY = 86_400_000;
const done = new Set(['completed', 'in-progress']);

/** Procedures: lumbar or spinal operations (and whether one was recent), and therapy sessions as care. */
export function readProcedures(resources: readonly unknown[] | undefined, ctx: ReadContext): CareEvent[] {
  const care: CareEvent[] = [];
  for (const proc of readAll('Procedure', resources, ctx.out)) {
    if (proc.status === undefined || !done.has(proc.status)) continue;
    const surgery = ctx.codes.match(proc.code, 'spinal-surgery');
    const therapy = ctx.codes.match(proc.code, careHistory.procedureValueSet);
    if (!surgery && !therapy) continue;
    const label = labelOf(proc);
    const when = pastDateOf(
      proc.performedDateTime ?? proc.performedPeriod?.end ?? proc.performedPeriod?.start,
      ctx.now,
    );
    if (surgery) {
      ctx.out.set({ priorLumbarSurgery: true }, `${label}: ${surgery}`);
      if (when && daysBetween(when, ctx.now) <= fhirThresholds.recentProcedureDays) {
        ctx.out.set({ recentSpinalProcedure: true }, `${label}: ${surgery}, within 3 months`);
      }
    }
    const start = pastDateOf(proc.performedPeriod?.start ?? proc.performedDateTime, ctx.now);
    if (therapy && start) {
      const end = when && when > start ? when : new Date(start.getTime() + careHistory.sessionDays * DAY);
      care.push({ start, end, what: `Procedure: ${proc.code?.text ?? proc.code?.coding?.[0]?.display ?? therapy}` });
    }
  }
  return care;
}
