import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite.js';
import { post, startTestServer, type TestServer } from '../testing/server.js';

/**
 * A real 4 MB tmpfs to fill, when this machine lets us mount one (root). A read-only or
 * permission fault cannot be staged the same way here: root ignores file modes, and a file system
 * with an open database cannot be remounted read-only.
 */
function mountSmallFilesystem(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'spine-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

const mounted = mountSmallFilesystem();

/** Fill the file system to the last byte; returns the filler's path. */
function fill(dir: string): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch {
    // ENOSPC: full. Fill the last partial block too.
    try {
      for (;;) writeSync(fd, block, 0, 512);
    } catch {
      // full to the byte
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

const health = async (url: string) => {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
};
const assess = (url: string) => post(`${url}/api/v1/assessments`, { age: 40, durationWeeks: 2 });

describe.skipIf(!mounted)(
  `health follows the real write path on a small tmpfs${mounted ? '' : ' (skipped: this machine does not allow mounting a tmpfs; run as root)'}`,
  () => {
    const dir = mounted as string;
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({}, { store: openSqliteStore(join(dir, 'audit.db')) });
    });
    afterAll(async () => {
      await server?.close();
      execFileSync('umount', [dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    });

    it('reports degraded with the reason when the disk is full, and recovers by itself when space is freed', async () => {
      expect((await assess(server.url)).status).toBe(200);
      expect((await health(server.url)).status).toBe(200);
      const filler = fill(dir);
      // Big enough to need new database pages.
      let refused = await assess(server.url);
      for (let i = 0; i < 50 && refused.status === 200; i++) refused = await assess(server.url);
      expect(refused.status).toBe(503);
      expect(refused.json).toMatchObject({ type: 'urn:spine-advisor:problem:audit-unavailable' });
      const degraded = await health(server.url);
      expect(degraded.status).toBe(503);
      expect(degraded.body.status).toBe('degraded');
      expect(degraded.body.reason).toMatch(/audit writes fail/);
      rmSync(filler);
      expect(await health(server.url)).toMatchObject({ status: 200, body: { status: 'ok' } });
      expect((await assess(server.url)).status).toBe(200);
    });
  },
);
