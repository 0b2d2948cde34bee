import { evaluate, knowledgeFor, knowledgeVersion, languages, parseCase } from '@spine-advisor/engine';
import type { FastifyInstance } from 'fastify';
import { assessmentSummary } from '../audit-summary.js';
import type { Deps } from '../deps.js';
import { answerIn } from '../http/language.js';
import { HttpProblem } from '../problems.js';
import { recordOrRefuse } from './record.js';

/**
 * POST /api/v1/assessments: a case in, its assessment out, recorded in the audit trail first. The
 * words people read follow `Accept-Language` (contract section 7); ids and codes never change.
 */
export async function assessmentRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  app.post('/api/v1/assessments', { bodyLimit: 64 * 1024 }, async (req, reply) => {
    const parsed = parseCase(req.body);
    if (!parsed.ok) throw new HttpProblem('invalid-body', 'The case has invalid fields; see errors.', parsed.errors);
    const assessment = evaluate(parsed.value, knowledgeFor(answerIn(req, reply, languages)));
    // The case holds no identifiers, so it is stored as sent, with a summary of the result (README: audit trail).
    const record = await recordOrRefuse(
      deps,
      req.log,
      {
        kind: 'assessment',
        service: 'api',
        knowledgeVersion,
        input: parsed.value,
        output: assessmentSummary(assessment),
      },
      deps.now(),
    );
    reply.header('x-audit-id', record.id);
    return assessment;
  });
}
