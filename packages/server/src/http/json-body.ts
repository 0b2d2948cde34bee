import { parseJsonText } from '@spine-advisor/engine';
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from '../problems.js';

/** `application/json` and every `application/…+json` type (`application/fhir+json`, …). */
const jsonTypes = ['application/json', /^application\/[\w.-]+\+json$/i] as const;

/**
 * One JSON body parser for every JSON content type, with the engine's strict reading: invalid JSON,
 * a key given twice (`{"saddleNumbness":true,"saddleNumbness":false}`) or a `__proto__` key is a
 * 400 naming the key by its JSON pointer. Replaces fastify's own `application/json` parser, so no
 * JSON type can bypass these protections.
 */
export function registerJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  for (const type of jsonTypes) {
    app.addContentTypeParser(type, { parseAs: 'string' }, (_req, body, done) => {
      const parsed = parseJsonText(String(body));
      if (parsed.ok) done(null, parsed.value);
      else done(new HttpProblem('invalid-json', parsed.errors.map((e) => e.message).join('; '), parsed.errors));
    });
  }
}
