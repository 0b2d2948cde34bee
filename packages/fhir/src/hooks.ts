import { type Assessment, evaluate, type FieldError, knowledgeFor, type Lang, parseCase } from '@spine-advisor/engine';
import { type CardOptions, cannotRateCard, chartCard, type DraftedImaging, orderCard } from './cards.js';
import type { HookRequest } from './cds-schemas.js';
import type { CdsAction, CdsCard, CdsResponse } from './cds-types.js';
import { shippedValueSets } from './codes.js';
import type { ServiceRequest } from './fhir-types.js';
import { imagingProcedureOf } from './imaging-codes.js';
import type { PamaRating } from './pama.js';
import { conditionState } from './readers/condition.js';
import { ConditionSchema, ServiceRequestSchema } from './resource-schemas.js';
import { type CaseOptions, caseFromFhir, type FhirCase, type PatientRecord } from './to-case.js';

/** What the audit trail records of one rated (or unratable) order or chart. */
export interface HookOutcome {
  readonly order?: string;
  readonly fhirCase: FhirCase;
  readonly assessment?: Assessment;
  readonly rating?: PamaRating;
}

/** The response to a hook call and what it was based on. */
export interface HookResult {
  readonly response: CdsResponse;
  readonly outcomes: readonly HookOutcome[];
}

/** Recognise the lumbar imaging orders among the draft orders a hook is about. */
export function draftedImaging(request: HookRequest): DraftedImaging[] {
  const entries = request.context.draftOrders?.entry ?? [];
  const orders = entries
    .map((e) => (typeof e === 'object' && e !== null ? (e as { resource?: unknown }).resource : undefined))
    .filter(
      (r): r is ServiceRequest =>
        typeof r === 'object' && r !== null && (r as { resourceType?: unknown }).resourceType === 'ServiceRequest',
    );
  const selected =
    request.hook === 'order-select' && request.context.selections
      ? orders.filter((o) => request.context.selections?.includes(`ServiceRequest/${o.id}`))
      : orders;
  return selected.flatMap((order) => imagingOf(order));
}

/** The lumbar imaging procedure an order asks for, if any (none when the order cannot be read). */
export function imagingOf(order: ServiceRequest): DraftedImaging[] {
  const parsed = ServiceRequestSchema.safeParse(order);
  if (!parsed.success || parsed.data.modifierExtension) return [];
  for (const coding of parsed.data.code?.coding ?? []) {
    const hit = imagingProcedureOf(coding);
    if (hit) return [{ order, procedure: hit.procedure, system: hit.system, code: hit.code, assumed: hit.assumed }];
  }
  return [];
}

/**
 * The assessment of a case built from FHIR, validated like any input; without one, the facts that
 * contradict each other (none when the case is simply incomplete).
 */
function assess(fhirCase: FhirCase, lang: Lang = 'en'): { assessment?: Assessment; problems: readonly FieldError[] } {
  const parsed = fhirCase.case ? parseCase(fhirCase.case) : undefined;
  if (!parsed) return { problems: [] };
  return parsed.ok
    ? { assessment: evaluate(parsed.value, knowledgeFor(lang)), problems: [] }
    : { problems: parsed.errors };
}

/** Card options for a call: marks a call with neither prefetch nor a FHIR server (no data sent, not a slow server). */
export function cardOptionsFor(request: HookRequest, options: CardOptions): CardOptions {
  return request.prefetch === undefined && request.fhirServer === undefined
    ? { ...options, dataNotSent: true }
    : options;
}

/** order-select / order-sign: one card per drafted lumbar imaging order; none for other orders. */
export function respondToOrders(
  request: HookRequest,
  record: PatientRecord,
  now: Date,
  options: CardOptions,
  caseOptions: CaseOptions = {},
): HookResult {
  const cardOptions = cardOptionsFor(request, options);
  const cards: CdsCard[] = [];
  const actions: CdsAction[] = [];
  const outcomes: HookOutcome[] = [];
  for (const drafted of draftedImaging(request)) {
    const fhirCase = caseFromFhir(record, now, drafted.order, caseOptions);
    const orderRef = `ServiceRequest/${drafted.order.id ?? '?'}`;
    const { assessment, problems } = assess(fhirCase, options.lang);
    if (!assessment) {
      cards.push(cannotRateCard(fhirCase, drafted, cardOptions, problems));
      outcomes.push({ order: orderRef, fhirCase });
      continue;
    }
    const { card, systemAction, rating } = orderCard(assessment, fhirCase, drafted, cardOptions);
    cards.push(card);
    actions.push(systemAction);
    outcomes.push({ order: orderRef, fhirCase, assessment, rating });
  }
  const response: CdsResponse =
    actions.length > 0 ? { cards, systemActions: actions, extension: { systemActions: actions } } : { cards };
  return { response, outcomes };
}

/**
 * patient-view: a card when the patient has a back pain diagnosis and either red flags or an open
 * lumbar imaging order; otherwise no cards.
 */
export function respondToChart(
  record: PatientRecord,
  openOrders: readonly ServiceRequest[],
  now: Date,
  options: CardOptions,
  caseOptions: CaseOptions = {},
): HookResult {
  const codes = caseOptions.codes ?? shippedValueSets;
  const hasBackPain = (record.conditions ?? []).some((c) => {
    const parsed = ConditionSchema.safeParse(c);
    return (
      parsed.success &&
      conditionState(parsed.data, now) === 'current' &&
      codes.match(parsed.data.code, 'low-back-pain') !== undefined
    );
  });
  if (!hasBackPain) return { response: { cards: [] }, outcomes: [] };
  const imaging = openOrders.flatMap((o) => imagingOf(o));
  const fhirCase = caseFromFhir(record, now, imaging[0]?.order, caseOptions);
  const { assessment, problems } = assess(fhirCase, options.lang);
  if (!assessment) {
    if (imaging[0] === undefined || fhirCase.deceased) return { response: { cards: [] }, outcomes: [{ fhirCase }] };
    return {
      response: { cards: [cannotRateCard(fhirCase, imaging[0], options, problems)] },
      outcomes: [{ fhirCase }],
    };
  }
  if (assessment.redFlags.length === 0 && imaging.length === 0) {
    return { response: { cards: [] }, outcomes: [{ fhirCase, assessment }] };
  }
  return {
    response: { cards: [chartCard(assessment, fhirCase, imaging, options)] },
    outcomes: [{ fhirCase, assessment }],
  };
}
