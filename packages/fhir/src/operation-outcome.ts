import type { OperationOutcome } from './fhir-types.js';

/** An OperationOutcome for a failed CDS Hooks or FHIR call (CDS Hooks 3.0 recommends one on non-2xx). */
export function operationOutcome(
  code: 'invalid' | 'security' | 'exception' | 'not-found' | 'throttled' | 'too-costly' | 'processing',
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
