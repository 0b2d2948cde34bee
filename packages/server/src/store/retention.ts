import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.js';

const DAY = 86_400_000;
/** How often old records are deleted while the server runs. */
const everyMs = 6 * 60 * 60 * 1000;

/**
 * The audit retention setting: when `auditRetentionDays` is set, records older than that are
 * deleted at start-up and every six hours after; unset, records are kept forever.
 */
export function scheduleRetention(app: FastifyInstance, deps: Deps): void {
  const days = deps.config.auditRetentionDays;
  if (days === undefined) return;
  const prune = async () => {
    try {
      const deleted = await deps.store.prune(new Date(deps.now().getTime() - days * DAY));
      if (deleted > 0) app.log.info({ deleted, days }, 'audit records past retention deleted');
    } catch (error) {
      app.log.error({ err: error }, 'audit retention: old records could not be deleted');
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await prune();
    timer = setInterval(() => void prune(), everyMs).unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
