import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../deps.js';
import { HttpProblem } from '../problems.js';
import type { AuditInput, AuditRecord } from '../store/store.js';

/**
 * Record advice in the audit trail before it is given. When the record cannot be written the
 * request fails with a clear 503 `audit-unavailable` (and /healthz says why), never with a
 * misleading error; the cause goes to the server log only.
 */
export async function recordOrRefuse(
  deps: Deps,
  log: FastifyBaseLogger,
  input: AuditInput,
  at: Date,
): Promise<AuditRecord> {
  try {
    return await deps.store.record(input, deps.uuid(), at);
  } catch (error) {
    log.error({ err: error }, 'audit record not written');
    throw new HttpProblem('audit-unavailable');
  }
}
