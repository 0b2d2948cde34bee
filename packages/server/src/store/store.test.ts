import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, resetPostgres, testPostgresUrl } from '../testing/postgres.js';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { AuditInput, Store } from './store.js';

const pgUp = await postgresAvailable();

const adapters: { name: string; open: () => Promise<Store>; available: boolean }[] = [
  {
    name: 'SQLite',
    available: true,
    open: async () => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'spine-store-')), 'audit.db')),
  },
  {
    name: 'PostgreSQL',
    available: pgUp,
    open: async () => {
      await resetPostgres();
      return openPostgresStore(testPostgresUrl);
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

    it('answers a ping', async () => {
      expect(await store.ping()).toBe(true);
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
