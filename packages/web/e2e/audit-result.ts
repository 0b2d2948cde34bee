import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditCommand, type CommandIo, synthCommand } from '@spine-advisor/audit';
import type { AuditResult } from '@spine-advisor/audit/browser';

/**
 * An audit result made the way a user makes one: `spine-advisor synth` writes a synthetic bulk
 * export, `spine-advisor audit --json` audits it and prints the result file's text. 800 patients
 * with seed 3 for 2025 give radiography, CT and MRI studies at four sites, some not supported.
 */
export async function auditResultFile(
  options: { patients: number; year: number; seed: number } = { patients: 800, year: 2025, seed: 3 },
): Promise<{ json: string; result: AuditResult }> {
  const dir = await mkdtemp(join(tmpdir(), 'spine-web-audit-'));
  try {
    const out: string[] = [];
    const err: string[] = [];
    const io: CommandIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
    const year = String(options.year);
    const args = ['--patients', String(options.patients), '--year', year, '--seed', String(options.seed)];
    if ((await synthCommand([...args, '--out', dir], io)) !== 0) throw new Error(`synth failed: ${err.join('')}`);
    out.length = 0;
    if ((await auditCommand([dir, '--year', year, '--json'], io)) !== 0)
      throw new Error(`audit failed: ${err.join('')}`);
    const json = out.join('');
    return { json, result: JSON.parse(json) as AuditResult };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
