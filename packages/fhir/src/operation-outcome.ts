import type { OperationOutcome } from './fhir-types.js';

/** FHIR R4 issue types (http://hl7.org/fhir/issue-type) this service reports. */
export type IssueType =
  | 'invalid'
  | 'structure'
  | 'security'
  | 'forbidden'
  | 'exception'
  | 'timeout'
  | 'transient'
  | 'not-found'
  | 'not-supported'
  | 'throttled'
  | 'too-costly'
  | 'processing';

/** An OperationOutcome for a failed CDS Hooks or FHIR call (CDS Hooks 3.0 recommends one on non-2xx). */
export function operationOutcome(
  code: IssueType,
  diagnostics: string,
  expression?: readonly string[],
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code,
        diagnostics,
        ...(expression && expression.length > 0 ? { expression: [...expression] } : {}),
      },
    ],
  };
}
