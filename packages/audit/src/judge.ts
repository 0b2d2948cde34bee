import { type CaseField, evaluate } from '@spine-advisor/engine';
import { caseFromFhir, type PatientRecord } from '@spine-advisor/fhir';
import { recordAsOf } from './as-of.js';

/** The engine's view of one imaging study (contract section 6). */
export type Support = 'supported' | 'not-supported' | 'undetermined';

/** The judgement of one study from what the record documented by its day. */
export interface Judgement {
  readonly support: Support;
  readonly urgency: string | null;
  readonly acrVariant: number | null;
  /** Facts the record lacked: required ones when undetermined, else those that could change the rating. */
  readonly missing: CaseField[];
  /** The facts the case was built from, each with the resource it came from. */
  readonly facts: string[];
}

/**
 * Judge a study on `day` (YYYY-MM-DD): build the case from the record as of the end of that day
 * and evaluate it. Supported when the engine rates imaging as indicated now (any urgency but
 * `none`); not supported when it rates imaging not indicated; undetermined when age or onset is
 * undocumented.
 */
export function judgeStudy(record: PatientRecord, day: string): Judgement {
  const now = new Date(`${day}T23:59:59Z`);
  const fhirCase = caseFromFhir(recordAsOf(record, day), now);
  const facts = fhirCase.evidence.map((e) => `${e.field}: ${e.value} (${e.from})`);
  if (!fhirCase.case) {
    return { support: 'undetermined', urgency: null, acrVariant: null, missing: [...fhirCase.undocumented], facts };
  }
  const assessment = evaluate(fhirCase.case);
  return {
    support: !assessment.inScope ? 'undetermined' : assessment.urgency === 'none' ? 'not-supported' : 'supported',
    urgency: assessment.urgency,
    acrVariant: assessment.acrVariant,
    missing: assessment.missing.map((m) => m.field),
    facts,
  };
}
