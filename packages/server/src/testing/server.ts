import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, createDeps } from '../app.js';
import { type Config, ConfigSchema } from '../config.js';
import type { Deps } from '../deps.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';

/** A real server on 127.0.0.1, port 0, with a real SQLite file (or the store given). */
export interface TestServer {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly config: Config;
  close(): Promise<void>;
}

/** The public URL test servers claim: JWT audiences are built from it, not from the socket. */
export const testPublicUrl = 'https://spine-advisor.test';

export async function startTestServer(
  settings: Partial<Omit<Config, 'publicUrl'>> = {},
  overrides: Partial<Deps> & { store?: Store } = {},
  appOptions: Parameters<typeof buildApp>[1] = {},
): Promise<TestServer> {
  const store = overrides.store ?? openSqliteStore(join(mkdtempSync(join(tmpdir(), 'spine-server-')), 'audit.db'));
  const config: Config = {
    ...ConfigSchema.parse({ cdsAuth: 'off', rateLimit: 0, ...settings }),
    publicUrl: testPublicUrl,
  };
  const deps = await createDeps(config, store, { uuid: randomUUID, ...overrides });
  const app = await buildApp(deps, appOptions);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    store,
    config,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/** POST JSON and read the answer. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: text ? (JSON.parse(text) as unknown) : undefined,
  };
}
