import { createHash, timingSafeEqual } from 'node:crypto';
import { toFieldErrors } from '@spine-advisor/engine';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { HttpProblem } from '../problems.js';
import { auditKinds } from '../store/audit-columns.js';

const QuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  kind: z.enum(auditKinds).optional(),
});

/** GET /api/v1/audit: pages through the audit trail; needs the admin token. */
export async function auditRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  app.get('/api/v1/audit', async (req) => {
    const token = deps.config.adminToken;
    if (token === undefined) throw new HttpProblem('audit-closed');
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!sameSecret(given, token)) throw new HttpProblem('unauthorized', 'Send the admin token as a bearer token.');
    const query = QuerySchema.safeParse(req.query);
    if (!query.success) throw new HttpProblem('invalid-query', undefined, toFieldErrors(query.error));
    const { after, limit, kind } = query.data;
    return deps.store.list({ after, limit, ...(kind ? { kind } : {}) });
  });
}

/** Compare fixed-length digests, so neither the content nor the length of the token leaks through timing. */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
