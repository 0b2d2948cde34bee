import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'spine-advisor.js');
const adminToken = 'durability-admin-token-0123';
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

/** Start `spine-advisor serve` as a real process and wait for its URL. */
async function serve(
  db: string,
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', db], {
    env: { ...process.env, SPINE_ADVISOR_RATE_LIMIT: '0', SPINE_ADVISOR_ADMIN_TOKEN: adminToken, ...env },
  });
  children.push(child);
  let output = '';
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { url, child, output: () => output };
}

/** The exit code of a child process, waiting for it if it is still running. */
async function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function auditIds(url: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let after = 0;
  for (;;) {
    const res = await fetch(`${url}/api/v1/audit?after=${after}&limit=500`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const page = (await res.json()) as { records: { id: string }[]; next: number | null };
    for (const r of page.records) ids.add(r.id);
    if (page.next === null) return ids;
    after = page.next;
  }
}

describe('spine-advisor serve', () => {
  it('never loses an acknowledged assessment when killed with SIGKILL under load', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'spine-durability-')), 'audit.db');
    const first = await serve(db);
    const acknowledged: string[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        try {
          const res = await fetch(`${first.url}/api/v1/assessments`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              age: 40 + (acknowledged.length % 40),
              durationWeeks: 2,
              fever: acknowledged.length % 2 === 0,
            }),
          });
          const id = res.headers.get('x-audit-id');
          if (res.status === 200 && id) acknowledged.push(id);
        } catch {
          return; // the server died mid-request: not acknowledged
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    while (acknowledged.length < 300) await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await exited(first.child);

    const second = await serve(db);
    const stored = await auditIds(second.url);
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
    expect(lost).toEqual([]);
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
  });

  it('refuses invalid settings with a message naming each one', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', 'eighty'], {
      env: {
        ...process.env,
        SPINE_ADVISOR_CDS_AUTH: 'maybe',
        SPINE_ADVISOR_CDS_ISSUERS: '{"https://ehr": "not a url"}',
      },
    });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    expect(await exited(child)).toBe(1);
    expect(stderr).toMatch(/--port \/ PORT/);
    expect(stderr).toMatch(/SPINE_ADVISOR_CDS_AUTH/);
    expect(stderr).toMatch(/SPINE_ADVISOR_CDS_ISSUERS/);
  });

  it('warns loudly when CDS authentication is off, at start and on /healthz', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'spine-auth-off-')), 'audit.db');
    const server = await serve(db, { SPINE_ADVISOR_CDS_AUTH: 'off' });
    for (let i = 0; i < 100 && !server.output().includes('WARNING'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(server.output()).toMatch(/WARNING: SPINE_ADVISOR_CDS_AUTH=off/);
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { warnings: string[] };
    expect(health.warnings[0]).toMatch(/not authenticated/);
  });
});
