/**
 * Population audit benchmark (not a test): synthetic bulk exports of 10,000 and 100,000 patients
 * (AUDIT_BENCH_SIZES=10000,100000), each audited end to end in a fresh process (read NDJSON, build
 * the view tables, run the measure, judge every study with the engine) against DuckDB merely
 * scanning the same files (every line parsed as JSON, its resourceType read), the physical limit
 * here. Reports wall time, throughput ratio, cost per patient, peak memory (max RSS), and the line
 * to 1,000,000 patients extrapolated from the two sizes.
 * Goals (issue 10): 100k patients ≤ 60 s, ≤ 1.5 GB, throughput ≥ 0.5× the scan.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { runAudit } from '../packages/audit/src/audit.js';
import { expandInputs } from '../packages/audit/src/inputs.js';
import { synthesise } from '../packages/audit/src/synth/synth.js';
import { loadValueSets } from '../packages/audit/src/value-sets.js';

const year = 2025;

interface Run {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly steps?: Record<string, number>;
}

/** In a child process: one measured run, printed as JSON. */
async function child(mode: 'scan' | 'audit', dir: string): Promise<Run> {
  const files = await expandInputs([dir]);
  const start = performance.now();
  const steps: Record<string, number> = {};
  if (mode === 'scan') {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const list = files.map((f) => `'${f}'`).join(', ');
    await connection.run(
      `SELECT json_extract_string(json, '$.resourceType') AS t, count(*) FROM read_ndjson_objects([${list}]) GROUP BY t`,
    );
    connection.closeSync();
    instance.closeSync();
  } else {
    let step = '';
    let since = start;
    await runAudit({
      files,
      year,
      valueSets: await loadValueSets(),
      onProgress: (next) => {
        if (next === step) return;
        const now = performance.now();
        if (step) steps[step] = Math.round(now - since);
        step = next;
        since = now;
      },
    });
    steps[step] = Math.round(performance.now() - since);
  }
  return { ms: performance.now() - start, maxRssMb: process.resourceUsage().maxRSS / 1024, steps };
}

function measure(mode: 'scan' | 'audit', dir: string): Run {
  const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', mode, dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as Run;
}

if (process.argv[2] === '--child') {
  const result = await child(process.argv[3] as 'scan' | 'audit', String(process.argv[4]));
  process.stdout.write(JSON.stringify(result));
} else {
  const sizes = (process.env.AUDIT_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  const rows: { n: number; lbp: number; scan: Run; audit: Run }[] = [];
  for (const n of sizes) {
    const dir = await mkdtemp(join(tmpdir(), `audit-bench-${n}-`));
    try {
      const truth = await synthesise({ patients: n, year, seed: 1, dir });
      const scan = measure('scan', dir);
      const audit = measure('audit', dir);
      rows.push({ n, lbp: truth.lowBackPain.length, scan, audit });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const s = (ms: number) => (ms / 1000).toFixed(1);
  process.stdout.write(
    `Population audit, ${year}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n\n`,
  );
  process.stdout.write(
    '| patients | with LBP | DuckDB scan (s) | audit (s) | throughput vs scan | µs / patient | peak RSS (MB) | steps (s) |\n',
  );
  process.stdout.write('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n');
  for (const r of rows) {
    const steps = Object.entries(r.audit.steps ?? {})
      .map(([k, v]) => `${k} ${s(v)}`)
      .join(', ');
    process.stdout.write(
      `| ${r.n} | ${r.lbp} | ${s(r.scan.ms)} | ${s(r.audit.ms)} | ${(r.scan.ms / r.audit.ms).toFixed(2)}× | ${((r.audit.ms * 1000) / r.n).toFixed(0)} | ${r.audit.maxRssMb.toFixed(0)} | ${steps} |\n`,
    );
  }
  const [a, b] = [rows[0], rows[rows.length - 1]];
  if (a && b && b.n > a.n) {
    const slope = (b.audit.ms - a.audit.ms) / (b.n - a.n);
    const memSlope = (b.audit.maxRssMb - a.audit.maxRssMb) / (b.n - a.n);
    const at = 1_000_000;
    process.stdout.write(
      `\nExtrapolated to ${at} patients (linear from ${a.n} and ${b.n}): ${s(b.audit.ms + slope * (at - b.n))} s, ` +
        `${(b.audit.maxRssMb + memSlope * (at - b.n)).toFixed(0)} MB peak; marginal cost ${(slope * 1000).toFixed(0)} µs per patient.\n`,
    );
  }
}
