import {
  type Assessment,
  acrVariants,
  CaseSchema,
  type Category,
  conditions,
  encodeCaseLink,
  type FieldError,
  type ProcedureId,
  procedures,
  urgencies,
} from '@spine-advisor/engine';
import type { CdsAction, CdsCard, CdsCoding, CdsSuggestion } from './cds-types.js';
import type { ServiceRequest } from './fhir-types.js';
import { orderCodeFor } from './imaging-codes.js';
import { categoryWords, type PamaRating, rateOrder, ratingExtensions, withRating } from './pama.js';
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

/** Override reasons (CDS Hooks 3.0 example code system for non-adherence). */
const overrideReasons: readonly CdsCoding[] = [
  {
    system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
    code: 'patient-contraindication',
    display: 'Clinical finding not in the record',
  },
  {
    system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
    code: 'prefers-alternative',
    display: 'Specialist or patient prefers another study',
  },
  {
    system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
    code: 'action-completed',
    display: 'Equivalent imaging already done or planned',
  },
];

/** The card (and rating action) for one drafted lumbar imaging order. */
export function orderCard(
  assessment: Assessment,
  fhirCase: FhirCase,
  drafted: DraftedImaging,
  options: CardOptions,
): { card: CdsCard; systemAction: CdsAction; rating: PamaRating } {
  const { rating, category } = rateOrder(assessment, drafted.procedure);
  const draftedLabel = procedures[drafted.procedure].clinicalLabel;
  const first = assessment.recommended[0];
  const indicator: CdsCard['indicator'] =
    assessment.urgency === 'emergency' ? 'critical' : rating === 'not-appropriate' ? 'warning' : 'info';

  let summary: string;
  if (assessment.urgency === 'emergency') {
    const condition = assessment.suspected[0];
    summary = `Emergency: possible ${condition ? conditions[condition].shortLabel : 'serious cause'} — same-day ${first ? procedures[first].clinicalLabel : 'assessment'}`;
  } else if (rating === 'not-appropriate') {
    summary = `${draftedLabel}: usually not appropriate here${first ? ` — consider ${procedures[first].clinicalLabel}` : ' — no imaging indicated now'}`;
  } else if (rating === 'appropriate' && category) {
    summary = `${draftedLabel}: ${categoryWords[category]} (ACR low back pain variant ${assessment.acrVariant})`;
  } else {
    summary = `${draftedLabel}: no ACR low back pain criteria apply — ${urgencies[assessment.urgency].label.toLowerCase()}`;
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
    ...(rating === 'not-appropriate' || assessment.urgency === 'emergency' ? { overrideReasons } : {}),
    links: [explanationLink(assessment, fhirCase, options)],
  };
  const systemAction: CdsAction = {
    type: 'update',
    description: `Attach the appropriateness rating (${rating}) to the draft order`,
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
  const drafts = `Drafted: ${procedures[drafted.procedure].clinicalLabel}.`;
  if (problems.length > 0) {
    return {
      uuid: options.uuid(),
      summary: clip('Not rated: facts in the record contradict each other'),
      detail: [
        '**Not rated**: facts read from the record contradict each other; correct the record and the order will be rated.',
        '',
        ...problems.map((p) => `- ${p.path}: ${p.message}`),
        ...evidenceSection(fhirCase),
        ...notReadableLines(fhirCase),
        '',
        drafts,
      ].join('\n'),
      indicator: 'warning',
      source,
    };
  }
  if (fhirCase.deceased) {
    const when = fhirCase.deceased.date ? ` on ${fhirCase.deceased.date}` : '';
    return {
      uuid: options.uuid(),
      summary: clip(`Not rated: the record says this patient died${when}`),
      detail: [
        `**Not rated**: the patient record says this patient died${when}. Check the patient record before ordering.`,
        '',
        drafts,
        ...notReadableLines(fhirCase),
      ].join('\n'),
      indicator: 'warning',
      source,
    };
  }
  const what = fhirCase.undocumented.map((f) =>
    f === 'age' ? 'date of birth (age)' : 'when this back pain began (onset date of the low back pain diagnosis)',
  );
  const lines = [
    `**Not rated**: spine-advisor rates a lumbar imaging order only when the patient's age and the duration of the back pain are documented.`,
    '',
    `Document: ${what.join('; ')}. The order will then be rated against the ACR Appropriateness Criteria® for low back pain.`,
    ...unavailableLines(options),
    ...notReadableLines(fhirCase),
    '',
    drafts,
  ];
  return {
    uuid: options.uuid(),
    summary: clip(
      `Cannot rate this lumbar imaging order yet: document ${fhirCase.undocumented.map((f) => (f === 'age' ? 'age' : 'pain onset')).join(' and ')}`,
    ),
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
  const flags = assessment.redFlags.map((f) => f.label);
  const summary =
    flags.length > 0
      ? `Low back pain with red flags (${urgencies[assessment.urgency].label.toLowerCase()}): ${flags.join('; ')}`
      : `Open lumbar imaging order: ${openOrders.map((o) => procedures[o.procedure].clinicalLabel).join('; ')} — ${rateOrder(assessment, openOrders[0]?.procedure ?? 'radiography-lumbar').rating}`;
  const lines = [
    `**${urgencies[assessment.urgency].label}** — ${assessment.headline}`,
    '',
    ...openOrders.map(
      (o) => `- Open order: ${procedures[o.procedure].clinicalLabel} — ${rateOrder(assessment, o.procedure).rating}`,
    ),
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
  const first = assessment.recommended[0];
  if (first === undefined) {
    if (assessment.urgency !== 'none' || drafted.order.id === undefined) return [];
    return [
      {
        label: 'Remove this imaging order: no imaging is indicated now',
        uuid: options.uuid(),
        isRecommended: true,
        actions: [
          {
            type: 'delete',
            description: 'Remove the draft lumbar imaging order',
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
      label: `Order ${procedures[first].clinicalLabel} instead`,
      uuid: options.uuid(),
      isRecommended: true,
      actions: [
        {
          type: 'update',
          description: `Replace the draft with ${procedures[first].clinicalLabel}`,
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
  const useCpt = codes.cpt !== undefined && (drafted.system === 'cpt' || codes.loinc === undefined);
  const coding = useCpt
    ? { system: systems.cpt, code: codes.cpt as string, display: procedures[procedure].clinicalLabel }
    : { system: systems.loinc, code: codes.loinc as string, display: procedures[procedure].clinicalLabel };
  const { extension: _drop, ...rest } = drafted.order;
  return {
    ...rest,
    code: { coding: [coding], text: procedures[procedure].clinicalLabel },
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
  const variant = assessment.acrVariant;
  const lines = [
    `**${urgencies[assessment.urgency].label}** (${urgencies[assessment.urgency].meaning}) — ${assessment.headline}`,
    '',
    `**Drafted:** ${procedures[drafted.procedure].clinicalLabel}${drafted.assumed ? ` (${drafted.assumed})` : ''} — rating **${rating}**${
      category && variant !== null
        ? `: ${categoryWords[category]} in ACR Low Back Pain variant ${variant} (${acrVariants[variant].scenario})`
        : ''
    }`,
    `**First choice now:** ${assessment.recommended.length > 0 ? assessment.recommended.map((p) => procedures[p].clinicalLabel).join(' or ') : 'no imaging'}${
      assessment.alternatives.length > 0
        ? `; alternatives: ${assessment.alternatives.map((p) => procedures[p].clinicalLabel).join(', ')}`
        : ''
    }`,
    ...commonDetail(assessment, fhirCase, options),
  ];
  return lines.join('\n');
}

function commonDetail(assessment: Assessment, fhirCase: FhirCase, options: CardOptions): string[] {
  const lines: string[] = [];
  if (assessment.redFlags.length > 0) {
    lines.push('', '**Red flags:**', ...assessment.redFlags.map((f) => `- ${f.label}`));
  }
  lines.push(...evidenceSection(fhirCase));
  if (assessment.missing.length > 0) {
    // Every entry, never cut: the last ones (care, response, intervention) can change the ACR variant.
    lines.push(
      '',
      '**Not documented — if present, the rating may change (document it and the rating updates):**',
      ...assessment.missing.map((m) => `- ${m.field}: ${fieldMeaning(m.field) ?? m.question}`),
    );
  }
  lines.push(...unavailableLines(options), ...notReadableLines(fhirCase));
  lines.push(
    '',
    '**Rules applied:**',
    ...assessment.trace.map((t) => `- \`${t.rule}\`: ${t.because} [${t.source}${t.section ? `, ${t.section}` : ''}]`),
  );
  lines.push('', '**Sources:**', ...assessment.sources.map((src) => `- [${src.id}] ${src.citation} <${src.url}>`));
  lines.push('', `Knowledge ${assessment.knowledgeVersion}. ${assessment.disclaimer}`);
  return lines;
}

function evidenceSection(fhirCase: FhirCase): string[] {
  return fhirCase.evidence.length > 0 ? ['', '**Rated on what is documented:**', ...evidenceLines(fhirCase)] : [];
}

/** Sources shown per fact before the rest are counted. */
const sourcesPerFact = 3;

/** One line per fact (field and value), naming its first sources and counting the rest. */
function evidenceLines(fhirCase: FhirCase): string[] {
  const byFact = new Map<string, string[]>();
  for (const e of fhirCase.evidence) {
    const key = `${e.field} = ${e.value}`;
    const from = byFact.get(key);
    if (from) from.push(e.from);
    else byFact.set(key, [e.from]);
  }
  return [...byFact].map(([fact, from]) => {
    const more = from.length - sourcesPerFact;
    return `- ${fact} (${from.slice(0, sourcesPerFact).join('; ')}${more > 0 ? `; and ${more} more` : ''})`;
  });
}

/** What was in the record but not used: unreadable resources, and resources with unknown modifiers. */
function notReadableLines(fhirCase: FhirCase): string[] {
  if (fhirCase.skipped.length === 0) return [];
  return [
    '',
    '**Not readable — not used for this rating (check these entries in the record):**',
    ...fhirCase.skipped.map((s) => `- ${s.resource}: ${s.reason}`),
  ];
}

/** The clinical meaning of a case field, from the case schema's own descriptions. */
function fieldMeaning(field: string): string | undefined {
  return (CaseSchema.shape as Record<string, { description?: string }>)[field]?.description;
}

function unavailableLines(options: CardOptions): string[] {
  if (options.dataNotSent) {
    return [
      '',
      '**No record data sent:** the EHR sent neither prefetch data nor a FHIR server to read from; only the order itself was considered.',
    ];
  }
  return options.unavailable.length > 0
    ? [
        '',
        `**Unavailable:** ${options.unavailable.join(', ')} could not be retrieved in time; facts there were not considered.`,
      ]
    : [];
}

function explanationLink(assessment: Assessment, fhirCase: FhirCase, options: CardOptions) {
  const encoded = encodeCaseLink(fhirCase.case ?? fhirCase.facts);
  return {
    label: 'Open the explanation in spine-advisor',
    url: `${options.publicUrl.replace(/\/$/, '')}/#/clinician?case=${encoded}&knowledge=${encodeURIComponent(assessment.knowledgeVersion)}`,
    type: 'absolute' as const,
  };
}

/** CDS Hooks: a summary must be fewer than 140 characters. */
export function clip(text: string): string {
  return text.length < 140 ? text : `${text.slice(0, 138).trimEnd()}…`;
}
