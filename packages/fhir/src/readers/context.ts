import type { ValueSetIndex } from '../codes.js';
import type { EvidenceCollector } from '../evidence.js';

/** What every reader is given: the time of the call, the value sets, and where facts go. */
export interface ReadContext {
  readonly now: Date;
  readonly codes: ValueSetIndex;
  readonly out: EvidenceCollector;
}

/** A dated act of first-line care (a therapy session, a referral, a prescription). */
export interface CareEvent {
  readonly start: Date;
  readonly end: Date;
  /** What it was, for the card: "Procedure: Movement therapy", "MedicationRequest: ibuprofen". */
  readonly what: string;
}
