import {
  type Assessment,
  CaseSchema,
  type Category,
  encodeCaseLink,
  type FieldError,
  knowledgeFor,
  type Lang,
  type Names,
  type ProcedureId,
} from '@spine-advisor/engine';
import { type CardWords, cardWords } from './card-words.js';
import type { CdsAction, CdsCard, CdsCoding, CdsSuggestion } from './cds-types.js';
import type { ServiceRequest } from './fhir-types.js';
import { orderCodeFor } from './imaging-codes.js';
import { type PamaRating, rateOrder, ratingExtensions, withRating } from './pama.js';
import { systems } from './systems.js';
import type { FhirCase } from './to-case.js';

/** What the cards need besides the assessment. */
export interface CardOptions {
  /** This server's public base URL, for links to the explanation. */
  readonly publicUrl: string;
  /** A fresh UUID per call (cards and suggestions need unique ids). */
  readonly uuid: () => string;
  /** The qCDSM identifier to report in the rating (a constant per service). */
  readonly qcdsmId: string;
  /** FHIR data that could not be fetched in time, by prefetch key. */
  readonly unavailable: readonly string[];
  /** The hook call carried neither prefetch nor a FHIR server: no data was sent at all. */
  readonly dataNotSent?: boolean;
  /** The language of the cards (a service setting; English when absent). Codes and ids never change. */
  readonly lang?: Lang;
}

/** The words and names for the cards of a call. */
function wordsFor(options: CardOptions): { w: CardWords; names: Names } {
  const lang = options.lang ?? 'en';
  return { w: cardWords[lang], names: knowledgeFor(lang).text.names };
}

/** A drafted lumbar imaging order, recognised. */
export interface DraftedImaging {
  readonly order: ServiceRequest;
  readonly procedure: ProcedureId;
  readonly system: 'cpt' | 'loinc';
  readonly code: string;
  readonly assumed?: string | undefined;
}

const source = {
  label: 'spine-advisor (ACR Appropriateness Criteria® Low Back Pain 2021)',
  url: 'https://acsearch.acr.org/docs/69483/Narrative/',
} as const;

/** Override reasons (CDS Hooks 3.0 example code system for non-adherence), displayed in the card's language. */
function overrideReasons(w: CardWords): CdsCoding[] {
  return (['patient-contraindication', 'prefers-alternative', 'action-completed'] as const).map((code) => ({
    system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
    code,
    display: w.overrideReasons[code],
  }));
}

/** The card (and rating action) for one drafted lumbar imaging order. */
export function orderCard(
  assessment: Assessment,
  fhirCase: FhirCase,
  drafted: DraftedImaging,
  options: CardOptions,
): { card: CdsCard; systemAction: CdsAction; rating: PamaRating } {
  const { w, names } = wordsFor(options);
  const label = (p: ProcedureId) => names.procedures[p].clinicalLabel;
  const { rating, category } = rateOrder(assessment, drafted.procedure);
  const draftedLabel = label(drafted.procedure);
  const first = assessment.recommended[0];
  const indicator: CdsCard['indicator'] =
    assessment.urgency === 'emergency' ? 'critical' : rating === 'not-appropriate' ? 'warning' : 'info';

  let summary: string;
  if (assessment.urgency === 'emergency') {
    const condition = assessment.suspected[0];
    summary = w.emergencySummary(condition && names.conditions[condition], first && label(first));
  } else if (rating === 'not-appropriate') {
    summary = w.notAppropriateSummary(draftedLabel, first && label(first));
  } else if (rating === 'appropriate' && category) {
    summary = w.appropriateSummary(draftedLabel, names.categories[category], assessment.acrVariant);
  } else {
    summary = w.noCriteriaSummary(draftedLabel, names.urgencies[assessment.urgency].label);
  }

  const suggestions = suggestionsFor(assessment, drafted, options);
  const consultId = `urn:uuid:${options.uuid()}`;
  const card: CdsCard = {
    uuid: options.uuid(),
    summary: clip(summary),
    detail: orderDetail(assessment, fhirCase, drafted, rating, category, options),
    indicator,
    source,
    ...(suggestions.length > 0 ? { suggestions, selectionBehavior: 'at-most-one' as const } : {}),
    ...(rating === 'not-appropriate' || assessment.urgency === 'emergency'
      ? { overrideReasons: overrideReasons(w) }
      : {}),
    links: [explanationLink(assessment, fhirCase, options)],
  };
  const systemAction: CdsAction = {
    type: 'update',
    description: w.attachRating(rating),
    resource: withRating(drafted.order, rating, category, consultId, options.qcdsmId),
  };
  return { card, systemAction, rating };
}

/** The card when the order cannot be rated: say exactly what to document. Never guess. */
export function cannotRateCard(
  fhirCase: FhirCase,
  drafted: DraftedImaging,
  options: CardOptions,
  problems: readonly FieldError[] = [],
): CdsCard {
  const { w, names } = wordsFor(options);
  const drafts = `${w.drafted} ${names.procedures[drafted.procedure].clinicalLabel}.`;
  if (problems.length > 0) {
    return {
      uuid: options.uuid(),
      summary: clip(w.contradictSummary),
      detail: [
        `**${w.notRated}**: ${w.contradictDetail}`,
        '',
        ...problems.map((p) => `- ${p.path}: ${p.message}`),
        ...evidenceSection(fhirCase, w),
        ...notReadableLines(fhirCase, w),
        '',
        drafts,
      ].join('\n'),
      indicator: 'warning',
      source,
    };
  }
  if (fhirCase.deceased) {
    const when = fhirCase.deceased.date;
    return {
      uuid: options.uuid(),
      summary: clip(w.diedSummary(when)),
      detail: [`**${w.notRated}**: ${w.diedDetail(when)}`, '', drafts, ...notReadableLines(fhirCase, w)].join('\n'),
      indicator: 'warning',
      source,
    };
  }
  const undocumented = fhirCase.undocumented.map((f): 'age' | 'onset' => (f === 'age' ? 'age' : 'onset'));
  const lines = [
    `**${w.notRated}**: ${w.cannotRateDetail}`,
    '',
    w.documentLine(undocumented.map((f) => w.documentWhat[f]).join('; ')),
    ...unavailableLines(options, w),
    ...notReadableLines(fhirCase, w),
    '',
    drafts,
  ];
  return {
    uuid: options.uuid(),
    summary: clip(w.cannotRateSummary(undocumented)),
    detail: lines.join('\n'),
    indicator: 'info',
    source,
  };
}

/** A chart card for patient-view: back pain with red flags or an open lumbar imaging order. */
export function chartCard(
  assessment: Assessment,
  fhirCase: FhirCase,
  openOrders: readonly DraftedImaging[],
  options: CardOptions,
): CdsCard {
  const indicator: CdsCard['indicator'] =
    assessment.urgency === 'emergency'
      ? 'critical'
      : assessment.urgency === 'urgent' || assessment.urgency === 'soon'
        ? 'warning'
        : 'info';
  const { w, names } = wordsFor(options);
  const label = (p: ProcedureId) => names.procedures[p].clinicalLabel;
  const urgency = names.urgencies[assessment.urgency].label;
  const flags = assessment.redFlags.map((f) => f.label);
  const summary =
    flags.length > 0
      ? w.redFlagsSummary(urgency, flags.join('; '))
      : w.openOrderSummary(
          openOrders.map((o) => label(o.procedure)).join('; '),
          rateOrder(assessment, openOrders[0]?.procedure ?? 'radiography-lumbar').rating,
        );
  const lines = [
    `**${urgency}** — ${assessment.headline}`,
    '',
    ...openOrders.map((o) => `- ${w.openOrder(label(o.procedure), rateOrder(assessment, o.procedure).rating)}`),
    ...commonDetail(assessment, fhirCase, options),
  ];
  return {
    uuid: options.uuid(),
    summary: clip(summary),
    detail: lines.join('\n'),
    indicator,
    source,
    links: [explanationLink(assessment, fhirCase, options)],
  };
}

function suggestionsFor(assessment: Assessment, drafted: DraftedImaging, options: CardOptions): CdsSuggestion[] {
  if (!assessment.inScope) return [];
  const { w, names } = wordsFor(options);
  const first = assessment.recommended[0];
  if (first === undefined) {
    if (assessment.urgency !== 'none' || drafted.order.id === undefined) return [];
    return [
      {
        label: w.removeLabel,
        uuid: options.uuid(),
        isRecommended: true,
        actions: [
          {
            type: 'delete',
            description: w.removeDescription,
            resourceId: `ServiceRequest/${drafted.order.id}`,
          },
        ],
      },
    ];
  }
  if (assessment.recommended.includes(drafted.procedure)) return [];
  const replacement = replacementOrder(drafted, first, options);
  if (!replacement) return [];
  return [
    {
      label: w.orderInstead(names.procedures[first].clinicalLabel),
      uuid: options.uuid(),
      isRecommended: true,
      actions: [
        {
          type: 'update',
          description: w.replaceWith(names.procedures[first].clinicalLabel),
          resource: replacement,
        },
      ],
    },
  ];
}

function replacementOrder(
  drafted: DraftedImaging,
  procedure: ProcedureId,
  options: CardOptions,
): Record<string, unknown> | undefined {
  const codes = orderCodeFor[procedure];
  if (!codes) return undefined;
  // Code displays stay in English (the code systems' own language); the order's text follows the cards.
  const display = knowledgeFor('en').text.names.procedures[procedure].clinicalLabel;
  const text = wordsFor(options).names.procedures[procedure].clinicalLabel;
  const useCpt = codes.cpt !== undefined && (drafted.system === 'cpt' || codes.loinc === undefined);
  const coding = useCpt
    ? { system: systems.cpt, code: codes.cpt as string, display }
    : { system: systems.loinc, code: codes.loinc as string, display };
  const { extension: _drop, ...rest } = drafted.order;
  return {
    ...rest,
    code: { coding: [coding], text },
    extension: ratingExtensions('appropriate', 'usually-appropriate', `urn:uuid:${options.uuid()}`, options.qcdsmId),
  };
}

function orderDetail(
  assessment: Assessment,
  fhirCase: FhirCase,
  drafted: DraftedImaging,
  rating: PamaRating,
  category: Category | undefined,
  options: CardOptions,
): string {
  const { w, names } = wordsFor(options);
  const label = (p: ProcedureId) => names.procedures[p].clinicalLabel;
  const variant = assessment.acrVariant;
  const urgency = names.urgencies[assessment.urgency];
  const lines = [
    `**${urgency.label}** (${urgency.meaning}) — ${assessment.headline}`,
    '',
    `**${w.drafted}** ${label(drafted.procedure)}${drafted.assumed ? ` (${drafted.assumed})` : ''} — ${w.ratingLine(rating)}${
      category && variant !== null
        ? `: ${w.inVariant(names.categories[category], variant, names.variants[variant])}`
        : ''
    }`,
    `**${w.firstChoiceNow}** ${assessment.recommended.length > 0 ? assessment.recommended.map(label).join(w.or) : w.noImaging}${
      assessment.alternatives.length > 0 ? `; ${w.alternatives}: ${assessment.alternatives.map(label).join(', ')}` : ''
    }`,
    ...commonDetail(assessment, fhirCase, options),
  ];
  return lines.join('\n');
}

function commonDetail(assessment: Assessment, fhirCase: FhirCase, options: CardOptions): string[] {
  const { w } = wordsFor(options);
  const english = (options.lang ?? 'en') === 'en';
  const lines: string[] = [];
  if (assessment.redFlags.length > 0) {
    lines.push('', `**${w.redFlags}**`, ...assessment.redFlags.map((f) => `- ${f.label}`));
  }
  lines.push(...evidenceSection(fhirCase, w));
  if (assessment.missing.length > 0) {
    // Every entry, never cut: the last ones (care, response, intervention) can change the ACR variant.
    lines.push(
      '',
      `**${w.notDocumented}**`,
      // The case schema's clinical descriptions are English; other languages read the assessment's question.
      ...assessment.missing.map((m) => `- ${m.field}: ${(english && fieldMeaning(m.field)) || m.question}`),
    );
  }
  lines.push(...unavailableLines(options, w), ...notReadableLines(fhirCase, w));
  lines.push(
    '',
    `**${w.rulesApplied}**`,
    ...assessment.trace.map((t) => `- \`${t.rule}\`: ${t.because} [${t.source}${t.section ? `, ${t.section}` : ''}]`),
  );
  lines.push('', `**${w.sources}**`, ...assessment.sources.map((src) => `- [${src.id}] ${src.citation} <${src.url}>`));
  lines.push('', `${w.knowledge} ${assessment.knowledgeVersion}. ${assessment.disclaimer}`);
  return lines;
}

function evidenceSection(fhirCase: FhirCase, w: CardWords): string[] {
  return fhirCase.evidence.length > 0 ? ['', `**${w.ratedOn}**`, ...evidenceLines(fhirCase, w)] : [];
}

/** Sources shown per fact before the rest are counted. */
const sourcesPerFact = 3;

/** One line per fact (field and value), naming its first sources and counting the rest. */
function evidenceLines(fhirCase: FhirCase, w: CardWords): string[] {
  const byFact = new Map<string, string[]>();
  for (const e of fhirCase.evidence) {
    const key = `${e.field} = ${e.value}`;
    const from = byFact.get(key);
    if (from) from.push(e.from);
    else byFact.set(key, [e.from]);
  }
  return [...byFact].map(([fact, from]) => {
    const more = from.length - sourcesPerFact;
    return `- ${fact} (${from.slice(0, sourcesPerFact).join('; ')}${more > 0 ? `; ${w.andMore(more)}` : ''})`;
  });
}

/** What was in the record but not used: unreadable resources, and resources with unknown modifiers. */
function notReadableLines(fhirCase: FhirCase, w: CardWords): string[] {
  if (fhirCase.skipped.length === 0) return [];
  return ['', `**${w.notReadable}**`, ...fhirCase.skipped.map((s) => `- ${s.resource}: ${s.reason}`)];
}

/** The clinical meaning of a case field, from the case schema's own descriptions. */
function fieldMeaning(field: string): string | undefined {
  return (CaseSchema.shape as Record<string, { description?: string }>)[field]?.description;
}

function unavailableLines(options: CardOptions, w: CardWords): string[] {
  if (options.dataNotSent) return ['', w.noRecordData];
  return options.unavailable.length > 0 ? ['', w.unavailable(options.unavailable.join(', '))] : [];
}

function explanationLink(assessment: Assessment, fhirCase: FhirCase, options: CardOptions) {
  const encoded = encodeCaseLink(fhirCase.case ?? fhirCase.facts);
  return {
    label: wordsFor(options).w.openExplanation,
    url: `${options.publicUrl.replace(/\/$/, '')}/#/clinician?case=${encoded}&knowledge=${encodeURIComponent(assessment.knowledgeVersion)}`,
    type: 'absolute' as const,
  };
}

/** CDS Hooks: a summary must be fewer than 140 characters. */
export function clip(text: string): string {
  return text.length < 140 ? text : `${text.slice(0, 138).trimEnd()}…`;
}
