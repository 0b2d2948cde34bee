import { careHistory } from '@spine-advisor/engine';
import { dayOf, weeksBetween } from '../fhir-dates.js';
import type { CareEvent, ReadContext } from './context.js';

/**
 * History of care: the care events within the back pain episode estimate `conservativeCareWeeks`
 * (first start to last end, never beyond now or the episode), and a back pain diagnosis still
 * current after enough care says the pain persisted. The evidence line says what it was estimated from.
 */
export function estimateCare(
  events: readonly CareEvent[],
  episode: { readonly start: Date; readonly weeks: number; readonly current?: string | undefined },
  ctx: ReadContext,
): void {
  const within = events.filter((e) => e.start >= episode.start && e.start <= ctx.now);
  if (within.length === 0) return;
  const first = new Date(Math.min(...within.map((e) => e.start.getTime())));
  const end = new Date(Math.min(Math.max(...within.map((e) => e.end.getTime())), ctx.now.getTime()));
  const weeks = Math.min(weeksBetween(first, end), episode.weeks);
  const counts = new Map<string, number>();
  for (const e of within) counts.set(e.what, (counts.get(e.what) ?? 0) + 1);
  const what = [...counts].map(([w, n]) => `${n} × ${w}`).join(', ');
  const from = `estimated from ${what}, ${dayOf(first)} to ${dayOf(end)}`;
  ctx.out.set({ conservativeCareWeeks: weeks }, from);
  if (episode.current && weeks >= careHistory.responseAfterWeeks) {
    ctx.out.set(
      { response: careHistory.persistingMeans },
      `${episode.current} still current after ${weeks} weeks of documented care (${from})`,
    );
  }
}
