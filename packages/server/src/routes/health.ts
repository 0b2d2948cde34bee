import { knowledgeVersion } from '@spine-advisor/engine';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.js';

/** GET /healthz: liveness, knowledge version, database reachability, and loud auth warnings. */
export async function healthRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  app.get('/healthz', async (_req, reply) => {
    const database = (await deps.store.ping()) ? 'ok' : 'unreachable';
    const warnings =
      deps.config.cdsAuth === 'off'
        ? ['SPINE_ADVISOR_CDS_AUTH=off: CDS Hooks calls are not authenticated. For local development only.']
        : [];
    reply.code(database === 'ok' ? 200 : 503);
    return {
      status: database === 'ok' ? 'ok' : 'degraded',
      knowledgeVersion,
      database: { kind: deps.store.kind, status: database },
      cdsAuth: deps.config.cdsAuth,
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  });
}
