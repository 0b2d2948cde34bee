export {
  type CardOptions,
  cannotRateCard,
  chartCard,
  clip,
  type DraftedImaging,
  orderCard,
} from './cards.js';
export {
  BundleSchema,
  type FeedbackRequest,
  FeedbackRequestSchema,
  type HookRequest,
  HookRequestSchema,
} from './cds-schemas.js';
export type { CdsAction, CdsCard, CdsCoding, CdsLink, CdsResponse, CdsSuggestion } from './cds-types.js';
export { indexValueSets, shippedValueSets, type ValueSetIndex } from './codes.js';
export type * from './fhir-types.js';
export {
  cardOptionsFor,
  draftedImaging,
  type HookOutcome,
  type HookResult,
  imagingOf,
  respondToChart,
  respondToOrders,
} from './hooks.js';
export { imagingProcedureOf, orderCodeFor } from './imaging-codes.js';
export { type IssueType, operationOutcome } from './operation-outcome.js';
export { type PamaRating, rateOrder } from './pama.js';
export {
  chartPrefetchTemplates,
  fillTemplate,
  type PrefetchKey,
  type PrefetchResult,
  prefetchTemplates,
  readPrefetchValue,
  toPatientRecord,
  unreadableEntryType,
} from './prefetch.js';
export { codeSystemUris, systems } from './systems.js';
export { Terminology, type TerminologyFetch, type TerminologyServer } from './terminology.js';
export {
  ageAt,
  type CaseOptions,
  caseFromFhir,
  dateOf,
  type Evidence,
  type FhirCase,
  type PatientRecord,
  type Skipped,
} from './to-case.js';
