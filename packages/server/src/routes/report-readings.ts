import { languages, parseReadingRequest, readReport } from '@spine-advisor/engine';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.js';
import { answerIn } from '../http/language.js';
import { HttpProblem } from '../problems.js';

/**
 * POST /api/v1/report-readings: a report's text and the person's age (and optionally their case) in,
 * the reading out, explained in the language `Accept-Language` asks for. Report text can name the
 * patient, so readings are not stored.
 */
export async function reportReadingRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  app.post('/api/v1/report-readings', { bodyLimit: 256 * 1024 }, async (req, reply) => {
    const request = parseReadingRequest(req.body);
    if (!request.ok)
      throw new HttpProblem('invalid-body', 'The request has invalid fields; see errors.', request.errors);
    return readReport(request.value.text, request.value.age, request.value.case, {
      lang: answerIn(req, reply, languages),
    });
  });
}
