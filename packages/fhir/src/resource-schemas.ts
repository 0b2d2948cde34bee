import { z } from 'zod';

/**
 * The parts of FHIR R4 resources the readers use, checked at the boundary: a resource whose read
 * parts have the wrong shape (a `coding` that is an object, a code that is a number) is not read
 * and is named under "not readable"; parts the readers do not use are never looked at.
 */

const str = z.string().optional();

/** A Coding. */
export const CodingSchema = z.object({ system: str, code: str, display: str });
/** A CodeableConcept. */
export const CodeableConceptSchema = z.object({ coding: z.array(CodingSchema).optional(), text: str });
/** A CodeableConcept as read. */
export type Concept = z.infer<typeof CodeableConceptSchema>;

const ReferenceSchema = z.object({ reference: str, display: str });
const PeriodSchema = z.object({ start: str, end: str });
const QuantitySchema = z.object({ value: z.number().optional(), unit: str, code: str, system: str });
const ExtensionSchema = z.object({ url: z.string() });

/** Fields every resource the readers take may carry. */
const base = {
  id: str,
  meta: z.object({ versionId: str }).optional(),
  modifierExtension: z.array(ExtensionSchema).optional(),
};

/** A Patient. */
export const PatientSchema = z.object({
  ...base,
  resourceType: z.literal('Patient'),
  birthDate: str,
  gender: str,
  deceasedBoolean: z.boolean().optional(),
  deceasedDateTime: str,
});

/** A Condition. */
export const ConditionSchema = z.object({
  ...base,
  resourceType: z.literal('Condition'),
  clinicalStatus: CodeableConceptSchema.optional(),
  verificationStatus: CodeableConceptSchema.optional(),
  code: CodeableConceptSchema.optional(),
  onsetDateTime: str,
  onsetPeriod: PeriodSchema.optional(),
  onsetString: str,
  recordedDate: str,
  abatementDateTime: str,
  abatementBoolean: z.boolean().optional(),
  abatementPeriod: PeriodSchema.optional(),
  abatementAge: QuantitySchema.optional(),
  abatementRange: z.object({}).loose().optional(),
  abatementString: str,
});

/** An Observation. */
export const ObservationSchema = z.object({
  ...base,
  resourceType: z.literal('Observation'),
  status: str,
  code: CodeableConceptSchema.optional(),
  effectiveDateTime: str,
  effectivePeriod: PeriodSchema.optional(),
  issued: str,
  valueQuantity: QuantitySchema.optional(),
  valueBoolean: z.boolean().optional(),
});

/** A Medication (contained or referenced). */
export const MedicationSchema = z.object({
  ...base,
  resourceType: z.literal('Medication'),
  code: CodeableConceptSchema.optional(),
});

const DosageSchema = z.object({ route: CodeableConceptSchema.optional(), text: str });
const contained = z.array(z.object({ resourceType: z.string(), id: str }).loose()).optional();

/** A MedicationRequest. */
export const MedicationRequestSchema = z.object({
  ...base,
  resourceType: z.literal('MedicationRequest'),
  status: str,
  contained,
  medicationCodeableConcept: CodeableConceptSchema.optional(),
  medicationReference: ReferenceSchema.optional(),
  authoredOn: str,
  dosageInstruction: z.array(DosageSchema).optional(),
  dispenseRequest: z
    .object({
      expectedSupplyDuration: QuantitySchema.optional(),
      validityPeriod: PeriodSchema.optional(),
    })
    .optional(),
});

/** A MedicationStatement. */
export const MedicationStatementSchema = z.object({
  ...base,
  resourceType: z.literal('MedicationStatement'),
  status: str,
  contained,
  medicationCodeableConcept: CodeableConceptSchema.optional(),
  medicationReference: ReferenceSchema.optional(),
  effectiveDateTime: str,
  effectivePeriod: PeriodSchema.optional(),
  dosage: z.array(DosageSchema).optional(),
});

/** A Procedure. */
export const ProcedureSchema = z.object({
  ...base,
  resourceType: z.literal('Procedure'),
  status: str,
  code: CodeableConceptSchema.optional(),
  performedDateTime: str,
  performedPeriod: PeriodSchema.optional(),
});

/** An Encounter. */
export const EncounterSchema = z.object({
  ...base,
  resourceType: z.literal('Encounter'),
  status: str,
  period: PeriodSchema.optional(),
  reasonCode: z.array(CodeableConceptSchema).optional(),
});

/** A ServiceRequest: a draft imaging order, an open order, or a referral. */
export const ServiceRequestSchema = z.object({
  ...base,
  resourceType: z.literal('ServiceRequest'),
  status: str,
  code: CodeableConceptSchema.optional(),
  reasonCode: z.array(CodeableConceptSchema).optional(),
  authoredOn: str,
  occurrenceDateTime: str,
});

/** Each resource type the readers take, with its schema. */
export const resourceSchemas = {
  Patient: PatientSchema,
  Condition: ConditionSchema,
  Observation: ObservationSchema,
  Medication: MedicationSchema,
  MedicationRequest: MedicationRequestSchema,
  MedicationStatement: MedicationStatementSchema,
  Procedure: ProcedureSchema,
  Encounter: EncounterSchema,
  ServiceRequest: ServiceRequestSchema,
} as const;

/** A resource type the readers take. */
export type ReadType = keyof typeof resourceSchemas;
/** A resource of a type, as read. */
export type Read<T extends ReadType> = z.infer<(typeof resourceSchemas)[T]>;
