export {
  type Assessment,
  AssessmentSchema,
  ProcedureIdSchema,
  type TraceEntry,
  TraceEntrySchema,
  UrgencySchema,
} from './assessment.js';
export { type Case, type CaseField, CaseSchema, ConditionIdSchema, caseFields } from './case.js';
export { decodeCaseLink, encodeCaseLink } from './case-link.js';
export { type FieldError, type FieldErrorKind, fieldErrorKinds, toFieldErrors } from './errors.js';
export { evaluate, RuleError } from './evaluate.js';
export { jsonSchemas, type SchemaName } from './json-schema.js';
export { parseJsonText } from './json-text.js';
export { type AcrVariant, acrVariants, type Category, categoryOf } from './knowledge/acr-variants.js';
export {
  type AdviceId,
  advice,
  conservativeCare,
  disclaimer,
  emergencyWarning,
  questionsToAsk,
} from './knowledge/advice.js';
export {
  type AsymptomaticFinding,
  asymptomaticFindings,
  asymptomaticFindingsSource,
  findingAges,
  prevalenceAt,
} from './knowledge/asymptomatic-findings.js';
export { type ConditionId, conditionIds, conditions } from './knowledge/conditions.js';
export { conflictRules } from './knowledge/conflicts.js';
export { disagreements } from './knowledge/disagreements.js';
export {
  careHistory,
  conditionStatus,
  currentMedicationStatus,
  discardedMedicationStatus,
  type EvidenceConcept,
  type EvidenceWindow,
  evidenceConcepts,
  fhirThresholds,
  legSymptomCourse,
  type MedicationClass,
  medicationClasses,
  nonSystemicRoute,
} from './knowledge/fhir-evidence.js';
export { fhirValueSets, type ValueSet, type ValueSetId } from './knowledge/fhir-value-sets.js';
export { type FieldGroup, fieldGroups, fieldLabels } from './knowledge/field-labels.js';
export { fieldGroupLabelsEs, fieldLabelsEs } from './knowledge/field-labels-es.js';
export { impossibleCombinations } from './knowledge/impossible.js';
export { type Knowledge, knowledge } from './knowledge/index.js';
export { knowledgeFor, type Lang, languages } from './knowledge/languages.js';
export { modalities } from './knowledge/modalities.js';
export {
  type ExplainedModality,
  englishNames,
  explainedModalities,
  type ModalityWords,
  type Names,
} from './knowledge/names.js';
export { spanishNames } from './knowledge/names-es.js';
export { type PathwayId, pathways } from './knowledge/pathways.js';
export { pathwayPrecedence, yields } from './knowledge/precedence.js';
export { type ProcedureId, procedureIds, procedures } from './knowledge/procedures.js';
export { type AskedField, askableWhen, questions, ruledOut, whyAsked } from './knowledge/questions.js';
export { type RedFlagId, redFlags } from './knowledge/red-flags.js';
export { type FindingType, findingTypeIds, findingTypes } from './knowledge/report-vocabulary.js';
export { type Citation, type SourceId, sources } from './knowledge/sources.js';
export { english, type TextBundle } from './knowledge/text.js';
export { spanish } from './knowledge/text-es.js';
export { thresholds } from './knowledge/thresholds.js';
export { type Urgency, urgencies, urgencyIds } from './knowledge/urgency.js';
export { unconfirmedFacts, verifiedFacts } from './knowledge/verification.js';
export { knowledgeVersion } from './knowledge/version.js';
export { type Parsed, parseCase, parseReadingRequest, type ReadingRequest } from './parse.js';
export { type Assertion, assertionOf } from './report/assertion.js';
export { discLevels, type Level, normaliseLevels, vertebrae } from './report/levels.js';
export { type ReadOptions, readReport } from './report/read-report.js';
export { type Finding, FindingSchema, type Reading, ReadingRequestSchema, ReadingSchema } from './report/reading.js';
