import { buildApp, createDeps } from './app.js';
import type { Config } from './config.js';
import { openStore } from './store/open-store.js';

/** A running server and how to stop it. */
export interface Running {
  /** The address the server listens on. */
  readonly url: string;
  close(): Promise<void>;
}

/** Open the store, build the app and listen; say loudly when CDS authentication is off. */
export async function startServer(config: Config, write: (line: string) => void): Promise<Running> {
  const store = await openStore(config.db);
  const deps = await createDeps(config, store);
  const app = await buildApp(deps, { logger: { level: process.env.LOG_LEVEL ?? 'warn' } });
  const url = await app.listen({ port: config.port, host: config.host });
  const shown = url.replace('127.0.0.1', 'localhost');
  write(
    `spine-advisor listening on ${shown} (database: ${store.kind}${store.kind === 'sqlite' ? ` ${config.db}` : ''})`,
  );
  write(`  web app ${shown}/   API reference ${shown}/docs   CDS Hooks ${shown}/cds-services`);
  if (config.cdsAuth === 'off') {
    write(
      '  WARNING: SPINE_ADVISOR_CDS_AUTH=off — CDS Hooks calls are NOT authenticated. Use only for local development.',
    );
  } else if (Object.keys(config.cdsIssuers).length === 0) {
    write(
      '  note: no CDS client is trusted yet (SPINE_ADVISOR_CDS_ISSUERS is empty), so CDS Hooks calls will be refused.',
    );
  }
  return {
    url,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
