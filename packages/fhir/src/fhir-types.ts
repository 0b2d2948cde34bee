/** The FHIR R4 resource types this package reads, from the community type definitions. */
export type {
  Bundle,
  CodeableConcept,
  Coding,
  Condition,
  Encounter,
  Extension,
  MedicationRequest,
  MedicationStatement,
  Observation,
  OperationOutcome,
  Patient,
  Procedure,
  Resource,
  ServiceRequest,
} from 'fhir/r4.js';
