import type { Urgency } from '@spine-advisor/engine';

/** The address of "Find care" filtered to what fits an urgency (an emergency shows the emergency route). */
export function careLink(need: Urgency): string {
  return `#/care?need=${need}`;
}

/** The urgency a "Find care" address asks for, if it names a known one. */
export function needOf(params: URLSearchParams, urgencies: readonly Urgency[]): Urgency | undefined {
  const need = params.get('need');
  return urgencies.find((u) => u === need);
}
