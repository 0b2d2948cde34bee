import type { Assessment } from '@spine-advisor/engine';
import type { CdsAction, CdsResponse, HookOutcome } from '@spine-advisor/fhir';

/**
 * What the audit trail keeps of an assessment: enough to say what was advised and why it can be
 * reproduced (the case and the knowledge version are stored beside it), not the full text.
 */
export function assessmentSummary(a: Assessment) {
  return {
    urgency: a.urgency,
    inScope: a.inScope,
    acrVariant: a.acrVariant,
    recommended: a.recommended,
    redFlags: a.redFlags.map((f) => f.id),
    missing: a.missing.map((m) => m.field),
    rules: a.trace.map((t) => t.rule),
  };
}

/** The case each order (or the chart) was rated on: no record identifiers, no raw FHIR. */
export function hookCases(outcomes: readonly HookOutcome[]) {
  return outcomes.map((o) => ({
    case: o.fhirCase.case ?? o.fhirCase.facts,
    ...(o.fhirCase.undocumented.length > 0 ? { undocumented: o.fhirCase.undocumented } : {}),
  }));
}

const consultIdUrl = /\/pama-rating-consult-id$/;

/** The PAMA rating attached to an order: the ordered code, the rating and its consult id (what a claim carries). */
function ratedOrder(action: CdsAction) {
  const resource = (action.resource ?? {}) as {
    code?: { coding?: { system?: string; code?: string }[] };
    extension?: { url?: string; valueUri?: string }[];
  };
  const code = resource.code?.coding?.[0]?.code;
  const consultId = resource.extension?.find((e) => consultIdUrl.test(e.url ?? ''))?.valueUri;
  return { ...(code ? { code } : {}), ...(consultId ? { consultId } : {}) };
}

/** What the audit trail keeps of a hook response: each card's id, indicator and summary, each result and rating. */
export function hookResponseSummary(response: CdsResponse, outcomes: readonly HookOutcome[]) {
  return {
    cards: response.cards.map((c) => ({ uuid: c.uuid, indicator: c.indicator, summary: c.summary })),
    assessed: outcomes.map((o) => ({
      ...(o.assessment ? assessmentSummary(o.assessment) : { rated: false }),
      ...(o.rating ? { rating: o.rating } : {}),
    })),
    ratings: (response.systemActions ?? []).map(ratedOrder),
  };
}
