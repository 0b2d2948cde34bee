export {
  type CardOptions,
  cannotRateCard,
  chartCard,
  clip,
  type DraftedImaging,
  encodeCase,
  orderCard,
  type PamaRating,
  rateOrder,
} from './cards.js';
export {
  BundleSchema,
  type FeedbackRequest,
  FeedbackRequestSchema,
  type HookRequest,
  HookRequestSchema,
} from './cds-schemas.js';
export type { CdsAction, CdsCard, CdsCoding, CdsLink, CdsResponse, CdsSuggestion } from './cds-types.js';
export { conditionConcepts, lowBackPain, medicationClasses } from './codes.js';
export type * from './fhir-types.js';
export {
  draftedImaging,
  type HookOutcome,
  type HookResult,
  imagingOf,
  respondToChart,
  respondToOrders,
} from './hooks.js';
export { displayOf, imagingProcedureOf, orderCodeFor } from './imaging-codes.js';
export { type IssueType, operationOutcome } from './operation-outcome.js';
export {
  chartPrefetchTemplates,
  fillTemplate,
  type PrefetchKey,
  type PrefetchResult,
  prefetchTemplates,
  readPrefetchValue,
  toPatientRecord,
} from './prefetch.js';
export { systems } from './systems.js';
export { ageAt, caseFromFhir, dateOf, type Evidence, type FhirCase, type PatientRecord } from './to-case.js';
