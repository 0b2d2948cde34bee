import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** Open the store a `--db` value names: a `postgres://` URL, or an SQLite file path. */
export async function openStore(db: string): Promise<Store> {
  return /^postgres(ql)?:\/\//.test(db) ? openPostgresStore(db) : openSqliteStore(db);
}
