import type { Lang } from '@spine-advisor/engine';

/**
 * The cards' own words around an assessment, per language (the assessment and the knowledge base's
 * names bring the rest). Ids, codes, field names and PAMA rating codes are never translated. The
 * compiler rejects a language that lacks a string.
 */
export interface CardWords {
  readonly emergencySummary: (condition: string | undefined, procedure: string | undefined) => string;
  readonly notAppropriateSummary: (drafted: string, first: string | undefined) => string;
  readonly appropriateSummary: (drafted: string, category: string, variant: number | null) => string;
  readonly noCriteriaSummary: (drafted: string, urgency: string) => string;
  readonly attachRating: (rating: string) => string;
  readonly drafted: string;
  readonly notRated: string;
  readonly contradictSummary: string;
  readonly contradictDetail: string;
  readonly diedSummary: (date: string | undefined) => string;
  readonly diedDetail: (date: string | undefined) => string;
  readonly cannotRateDetail: string;
  readonly documentWhat: { readonly age: string; readonly onset: string };
  readonly documentLine: (what: string) => string;
  readonly cannotRateSummary: (what: readonly ('age' | 'onset')[]) => string;
  readonly redFlagsSummary: (urgency: string, flags: string) => string;
  readonly openOrderSummary: (orders: string, rating: string) => string;
  readonly openOrder: (order: string, rating: string) => string;
  readonly removeLabel: string;
  readonly removeDescription: string;
  readonly orderInstead: (procedure: string) => string;
  readonly replaceWith: (procedure: string) => string;
  readonly ratingLine: (rating: string) => string;
  readonly inVariant: (category: string, variant: number, scenario: string) => string;
  readonly firstChoiceNow: string;
  readonly noImaging: string;
  readonly or: string;
  readonly alternatives: string;
  readonly redFlags: string;
  readonly notDocumented: string;
  readonly rulesApplied: string;
  readonly sources: string;
  readonly knowledge: string;
  readonly ratedOn: string;
  readonly andMore: (n: number) => string;
  readonly notReadable: string;
  readonly noRecordData: string;
  readonly unavailable: (what: string) => string;
  readonly openExplanation: string;
  readonly overrideReasons: {
    readonly 'patient-contraindication': string;
    readonly 'prefers-alternative': string;
    readonly 'action-completed': string;
  };
}

const en: CardWords = {
  emergencySummary: (condition, procedure) =>
    `Emergency: possible ${condition ?? 'serious cause'} — same-day ${procedure ?? 'assessment'}`,
  notAppropriateSummary: (drafted, first) =>
    `${drafted}: usually not appropriate here${first ? ` — consider ${first}` : ' — no imaging indicated now'}`,
  appropriateSummary: (drafted, category, variant) => `${drafted}: ${category} (ACR low back pain variant ${variant})`,
  noCriteriaSummary: (drafted, urgency) => `${drafted}: no ACR low back pain criteria apply — ${urgency.toLowerCase()}`,
  attachRating: (rating) => `Attach the appropriateness rating (${rating}) to the draft order`,
  drafted: 'Drafted:',
  notRated: 'Not rated',
  contradictSummary: 'Not rated: facts in the record contradict each other',
  contradictDetail: 'facts read from the record contradict each other; correct the record and the order will be rated.',
  diedSummary: (date) => `Not rated: the record says this patient died${date ? ` on ${date}` : ''}`,
  diedDetail: (date) =>
    `the patient record says this patient died${date ? ` on ${date}` : ''}. Check the patient record before ordering.`,
  cannotRateDetail:
    "spine-advisor rates a lumbar imaging order only when the patient's age and the duration of the back pain are documented.",
  documentWhat: {
    age: 'date of birth (age)',
    onset: 'when this back pain began (onset date of the low back pain diagnosis)',
  },
  documentLine: (what) =>
    `Document: ${what}. The order will then be rated against the ACR Appropriateness Criteria® for low back pain.`,
  cannotRateSummary: (what) =>
    `Cannot rate this lumbar imaging order yet: document ${what.map((f) => (f === 'age' ? 'age' : 'pain onset')).join(' and ')}`,
  redFlagsSummary: (urgency, flags) => `Low back pain with red flags (${urgency.toLowerCase()}): ${flags}`,
  openOrderSummary: (orders, rating) => `Open lumbar imaging order: ${orders} — ${rating}`,
  openOrder: (order, rating) => `Open order: ${order} — ${rating}`,
  removeLabel: 'Remove this imaging order: no imaging is indicated now',
  removeDescription: 'Remove the draft lumbar imaging order',
  orderInstead: (procedure) => `Order ${procedure} instead`,
  replaceWith: (procedure) => `Replace the draft with ${procedure}`,
  ratingLine: (rating) => `rating **${rating}**`,
  inVariant: (category, variant, scenario) => `${category} in ACR Low Back Pain variant ${variant} (${scenario})`,
  firstChoiceNow: 'First choice now:',
  noImaging: 'no imaging',
  or: ' or ',
  alternatives: 'alternatives',
  redFlags: 'Red flags:',
  notDocumented: 'Not documented — if present, the rating may change (document it and the rating updates):',
  rulesApplied: 'Rules applied:',
  sources: 'Sources:',
  knowledge: 'Knowledge',
  ratedOn: 'Rated on what is documented:',
  andMore: (n) => `and ${n} more`,
  notReadable: 'Not readable — not used for this rating (check these entries in the record):',
  noRecordData:
    '**No record data sent:** the EHR sent neither prefetch data nor a FHIR server to read from; only the order itself was considered.',
  unavailable: (what) => `**Unavailable:** ${what} could not be retrieved in time; facts there were not considered.`,
  openExplanation: 'Open the explanation in spine-advisor',
  overrideReasons: {
    'patient-contraindication': 'Clinical finding not in the record',
    'prefers-alternative': 'Specialist or patient prefers another study',
    'action-completed': 'Equivalent imaging already done or planned',
  },
};

const es: CardWords = {
  emergencySummary: (condition, procedure) =>
    `Emergencia: posible ${condition ?? 'causa grave'} — ${procedure ?? 'evaluación'} el mismo día`,
  notAppropriateSummary: (drafted, first) =>
    `${drafted}: normalmente no apropiada aquí${first ? ` — considere ${first}` : ' — ninguna prueba de imagen indicada ahora'}`,
  appropriateSummary: (drafted, category, variant) =>
    `${drafted}: ${category} (variante ${variant} de dolor lumbar del ACR)`,
  noCriteriaSummary: (drafted, urgency) =>
    `${drafted}: no se aplica ningún criterio del ACR de dolor lumbar — ${urgency.toLowerCase()}`,
  attachRating: (rating) => `Adjuntar la calificación de idoneidad (${rating}) a la orden en borrador`,
  drafted: 'En borrador:',
  notRated: 'Sin calificar',
  contradictSummary: 'Sin calificar: datos del expediente se contradicen',
  contradictDetail: 'datos leídos del expediente se contradicen; corrija el expediente y la orden se calificará.',
  diedSummary: (date) => `Sin calificar: el expediente indica que este paciente falleció${date ? ` el ${date}` : ''}`,
  diedDetail: (date) =>
    `el expediente indica que este paciente falleció${date ? ` el ${date}` : ''}. Revise el expediente antes de ordenar.`,
  cannotRateDetail:
    'spine-advisor califica una orden de imagen lumbar solo cuando constan la edad del paciente y la duración del dolor de espalda.',
  documentWhat: {
    age: 'fecha de nacimiento (edad)',
    onset: 'cuándo empezó este dolor de espalda (fecha de inicio del diagnóstico de dolor lumbar)',
  },
  documentLine: (what) =>
    `Documente: ${what}. Entonces la orden se calificará según los Criterios de Idoneidad del ACR® para dolor lumbar.`,
  cannotRateSummary: (what) =>
    `Aún no se puede calificar esta orden de imagen lumbar: documente ${what.map((f) => (f === 'age' ? 'la edad' : 'el inicio del dolor')).join(' y ')}`,
  redFlagsSummary: (urgency, flags) => `Dolor lumbar con señales de alarma (${urgency.toLowerCase()}): ${flags}`,
  openOrderSummary: (orders, rating) => `Orden de imagen lumbar abierta: ${orders} — ${rating}`,
  openOrder: (order, rating) => `Orden abierta: ${order} — ${rating}`,
  removeLabel: 'Quitar esta orden de imagen: ahora no se indica ninguna prueba de imagen',
  removeDescription: 'Quitar la orden de imagen lumbar en borrador',
  orderInstead: (procedure) => `Ordenar en su lugar: ${procedure}`,
  replaceWith: (procedure) => `Reemplazar el borrador por: ${procedure}`,
  ratingLine: (rating) => `calificación **${rating}**`,
  inVariant: (category, variant, scenario) =>
    `${category} en la variante ${variant} de dolor lumbar del ACR (${scenario})`,
  firstChoiceNow: 'Primera opción ahora:',
  noImaging: 'ninguna prueba de imagen',
  or: ' o ',
  alternatives: 'alternativas',
  redFlags: 'Señales de alarma:',
  notDocumented: 'No documentado — si está presente, la calificación puede cambiar (documéntelo y se actualiza):',
  rulesApplied: 'Reglas aplicadas:',
  sources: 'Fuentes:',
  knowledge: 'Conocimientos',
  ratedOn: 'Calificado con lo que está documentado:',
  andMore: (n) => `y ${n} más`,
  notReadable: 'No legible — no se usó para esta calificación (revise estas entradas del expediente):',
  noRecordData:
    '**No se enviaron datos del expediente:** el sistema de historia clínica no envió datos de prefetch ni un servidor FHIR; solo se consideró la orden.',
  unavailable: (what) => `**No disponible:** ${what} no se pudo obtener a tiempo; esos datos no se consideraron.`,
  openExplanation: 'Abrir la explicación en spine-advisor',
  overrideReasons: {
    'patient-contraindication': 'Hallazgo clínico que no está en el expediente',
    'prefers-alternative': 'El especialista o el paciente prefiere otro estudio',
    'action-completed': 'Ya se hizo o se planea una prueba de imagen equivalente',
  },
};

/** The cards' words in every language. */
export const cardWords: Readonly<Record<Lang, CardWords>> = { en, es };
