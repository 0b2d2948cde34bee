/**
 * The contract's five urgency levels, from most to least time-critical, with what each means.
 */
export const urgencies = {
  emergency: {
    rank: 4,
    label: 'Emergency',
    meaning: 'now: emergency department, same day',
    raisedTo: 'an emergency (same day)',
  },
  urgent: { rank: 3, label: 'Urgent', meaning: 'within 24–48 hours', raisedTo: 'urgent (within 24–48 hours)' },
  soon: { rank: 2, label: 'Soon', meaning: 'within about a week', raisedTo: 'a reason to be seen within a week' },
  routine: { rank: 1, label: 'Routine', meaning: 'planned, not urgent', raisedTo: 'a reason for a planned scan' },
  none: { rank: 0, label: 'No imaging now', meaning: 'imaging is not indicated now', raisedTo: 'no change' },
} as const;

/** An urgency level of the contract. */
export type Urgency = keyof typeof urgencies;

/** Every urgency level, most time-critical first. */
export const urgencyIds = Object.keys(urgencies) as [Urgency, ...Urgency[]];

/** Whether `a` is more time-critical than `b`. */
export function isMoreUrgent(a: Urgency, b: Urgency): boolean {
  return urgencies[a].rank > urgencies[b].rank;
}
