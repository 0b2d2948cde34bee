import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, resetPostgres, testPostgresUrl } from '../testing/postgres.js';
import { auditColumns, auditKinds } from './audit-columns.js';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { AuditInput, AuditKind, Store } from './store.js';

const pgUp = await postgresAvailable();

const sqlitePath = join(mkdtempSync(join(tmpdir(), 'spine-store-')), 'audit.db');

const adapters: {
  name: string;
  open: () => Promise<Store>;
  available: boolean;
  /** The columns of the migrated audit table, read from the database itself. */
  columns: () => Promise<string[]>;
}[] = [
  {
    name: 'SQLite',
    available: true,
    open: async () => openSqliteStore(sqlitePath),
    columns: async () => {
      const db = new Database(sqlitePath, { readonly: true });
      try {
        return (db.prepare('PRAGMA table_info(audit_records)').all() as { name: string }[]).map((c) => c.name);
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'PostgreSQL',
    available: pgUp,
    open: async () => {
      await resetPostgres();
      return openPostgresStore(testPostgresUrl);
    },
    columns: async () => {
      const client = new pg.Client({ connectionString: testPostgresUrl });
      await client.connect();
      try {
        const result = await client.query(
          "SELECT column_name FROM information_schema.columns WHERE table_name = 'audit_records' ORDER BY ordinal_position",
        );
        return result.rows.map((r: { column_name: string }) => r.column_name);
      } finally {
        await client.end();
      }
    },
  },
];

const sample = (over: Partial<AuditInput> = {}): AuditInput => ({
  kind: 'assessment',
  service: 'api',
  knowledgeVersion: '2026.12.2',
  input: { age: 40, durationWeeks: 2 },
  output: { urgency: 'none' },
  ...over,
});

for (const adapter of adapters) {
  describe.skipIf(!adapter.available)(`Store contract on ${adapter.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await adapter.open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('records and reads back a record with every field', async () => {
      const id = randomUUID();
      const at = new Date('2026-12-01T10:00:00.000Z');
      const rec = await store.record(
        sample({ hookInstance: 'h-1', subject: 'abc', service: 'lbp-imaging', kind: 'cds-call' }),
        id,
        at,
      );
      expect(rec).toMatchObject({
        id,
        recordedAt: at.toISOString(),
        kind: 'cds-call',
        service: 'lbp-imaging',
        hookInstance: 'h-1',
        subject: 'abc',
        knowledgeVersion: '2026.12.2',
        input: { age: 40, durationWeeks: 2 },
        output: { urgency: 'none' },
      });
      expect(rec.seq).toBeGreaterThan(0);
      expect(await store.get(id)).toEqual(rec);
      expect(await store.get(randomUUID())).toBeUndefined();
    });

    it('pages through records in order with a cursor, optionally by kind', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const id = randomUUID();
        ids.push(id);
        await store.record(sample({ kind: i % 2 === 0 ? 'feedback' : 'assessment', input: { i } }), id, new Date());
      }
      const seen: string[] = [];
      let after = 0;
      for (;;) {
        const page = await store.list({ after, limit: 2 });
        seen.push(...page.records.map((r) => r.id));
        if (page.next === null) break;
        after = page.next;
      }
      expect(seen.slice(-5)).toEqual(ids);
      const feedback = await store.list({ limit: 100, kind: 'feedback' });
      expect(feedback.records.every((r) => r.kind === 'feedback')).toBe(true);
      expect(feedback.records.map((r) => r.id)).toEqual(expect.arrayContaining([ids[0], ids[2], ids[4]]));
    });

    it('stores a record with a seen dedupe key once', async () => {
      const first = await store.record(
        sample({ kind: 'feedback', dedupeKey: 'card-1|accepted|t' }),
        randomUUID(),
        new Date(),
      );
      const again = await store.record(
        sample({ kind: 'feedback', dedupeKey: 'card-1|accepted|t' }),
        randomUUID(),
        new Date(),
      );
      expect(again.id).toBe(first.id);
    });

    it('keeps a setting once created', async () => {
      const a = await store.setting('pseudonym-key', () => 'first');
      const b = await store.setting('pseudonym-key', () => 'second');
      expect([a, b]).toEqual(['first', 'first']);
    });

    it('has exactly the columns of the one audit column table, and accepts exactly the audit kinds', async () => {
      expect(await adapter.columns()).toEqual(['seq', ...auditColumns.map((c) => c.column)]);
      for (const kind of auditKinds) await store.record(sample({ kind }), randomUUID(), new Date());
      await expect(store.record(sample({ kind: 'bogus' as AuditKind }), randomUUID(), new Date())).rejects.toThrow();
    });

    it('reports a working write path', async () => {
      expect(await store.health()).toEqual({ status: 'ok' });
    });

    it('claims a one-time key once until it expires, then again', async () => {
      const now = new Date('2026-12-02T10:00:00.000Z');
      const later = new Date(now.getTime() + 300_000);
      const key = `iss|${randomUUID()}`;
      expect(await store.claimOnce(key, later, now)).toBe(true);
      expect(await store.claimOnce(key, later, now)).toBe(false);
      const afterExpiry = new Date(later.getTime() + 1000);
      expect(await store.claimOnce(key, new Date(afterExpiry.getTime() + 300_000), afterExpiry)).toBe(true);
    });

    it('prunes records older than the retention cut-off and keeps the rest', async () => {
      const old = randomUUID();
      const recent = randomUUID();
      await store.record(sample(), old, new Date('2019-01-01T00:00:00.000Z'));
      await store.record(sample(), recent, new Date('2026-12-01T00:00:00.000Z'));
      expect(await store.prune(new Date('2020-01-01T00:00:00.000Z'))).toBeGreaterThanOrEqual(1);
      expect(await store.get(old)).toBeUndefined();
      expect((await store.get(recent))?.id).toBe(recent);
    });

    it('stores records whose input repeats a short numeric patient id, and reads them back', async () => {
      const id = randomUUID();
      const rec = await store.record(
        sample({
          kind: 'cds-call',
          input: { age: 49, durationWeeks: 49, note: 'x49', ref: 'Patient/49' },
          output: { subject: { reference: 'Patient/49' }, id: '49', n: [49, '49'] },
          redact: { find: '49', replacement: 'pseudonym-p' },
        }),
        id,
        new Date(),
      );
      const expected = {
        input: { age: 49, durationWeeks: 49, note: 'x49', ref: 'Patient/pseudonym-p' },
        output: { subject: { reference: 'Patient/pseudonym-p' }, id: 'pseudonym-p', n: [49, 'pseudonym-p'] },
      };
      expect(rec).toMatchObject(expected);
      expect(await store.get(id)).toMatchObject(expected);
      expect((await store.list({ limit: 500 })).records.length).toBeGreaterThan(0);
    });
  });
}

describe('migrations', () => {
  it('reopening an SQLite file keeps its records and applies nothing twice', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'spine-store-')), 'audit.db');
    const first = openSqliteStore(path);
    const id = randomUUID();
    await first.record(sample(), id, new Date());
    await first.close();
    const second = openSqliteStore(path);
    expect((await second.get(id))?.id).toBe(id);
    await second.close();
  });
});

describe('rows written by older versions', () => {
  it('pages through a row whose JSON was corrupted by text replacement, marking it unreadable', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'spine-store-')), 'audit.db');
    const store = openSqliteStore(path);
    try {
      const good = randomUUID();
      await store.record(sample(), good, new Date());
      // What the old text replacement made of `{"age":49}` for patient id 49.
      const db = new Database(path);
      db.prepare(
        "INSERT INTO audit_records (id, recorded_at, kind, service, knowledge_version, input, output) VALUES ('broken', '2026-12-01T00:00:00.000Z', 'cds-call', 'lbp-imaging', 'k', '{\"age\":pseudonym-x}', '{}')",
      ).run();
      db.close();
      const page = await store.list({ limit: 10 });
      expect(page.records.map((r) => r.id)).toEqual([good, 'broken']);
      expect(page.records[1]).toMatchObject({ input: null, output: {}, unreadable: ['input'] });
      expect(page.records[0]?.unreadable).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
