import { parseCase, ReadingRequestSchema, readReport, toFieldErrors } from '@spine-advisor/engine';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.js';
import { HttpProblem } from '../problems.js';

/**
 * POST /api/v1/report-readings: a report's text and the person's age (and optionally their case) in,
 * the reading out. Report text can name the patient, so readings are not stored.
 */
export async function reportReadingRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  app.post('/api/v1/report-readings', { bodyLimit: 256 * 1024 }, async (req) => {
    const request = ReadingRequestSchema.safeParse(req.body, { reportInput: true });
    const errors = request.success ? [] : toFieldErrors(request.error);
    const parsedCase = request.success && request.data.case !== undefined ? parseCase(request.data.case) : undefined;
    if (parsedCase && !parsedCase.ok) errors.push(...parsedCase.errors.map((e) => ({ ...e, path: `/case${e.path}` })));
    if (!request.success || errors.length > 0)
      throw new HttpProblem('invalid-body', 'The request has invalid fields; see errors.', errors);
    return readReport(request.data.text, request.data.age, parsedCase?.ok ? parsedCase.value : undefined);
  });
}
