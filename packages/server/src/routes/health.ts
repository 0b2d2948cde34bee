import { knowledgeVersion } from '@spine-advisor/engine';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.js';

/**
 * GET /healthz: knowledge version, and whether the audit trail can be written (the store's last
 * commit, or a probe write): `degraded` with the reason and 503 when it cannot, since no advice is
 * given that cannot be recorded. Loud when CDS authentication is off.
 */
export async function healthRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  app.get('/healthz', async (_req, reply) => {
    const database = await deps.store.health();
    const warnings =
      deps.config.cdsAuth === 'off'
        ? ['SPINE_ADVISOR_CDS_AUTH=off: CDS Hooks calls are not authenticated. For local development only.']
        : [];
    reply.code(database.status === 'ok' ? 200 : 503);
    return {
      status: database.status,
      ...(database.status === 'degraded' ? { reason: database.reason } : {}),
      knowledgeVersion,
      database: { kind: deps.store.kind, ...database },
      cdsAuth: deps.config.cdsAuth,
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  });
}
