/**
 * Population audit benchmark (not a test): synthetic bulk exports of 10,000 and 100,000 patients
 * (AUDIT_BENCH_SIZES=10000,100000), each audited end to end in a fresh process (read NDJSON, build
 * the view tables, run the measure, judge every study with the engine) against DuckDB merely
 * scanning the same files (every line parsed as JSON, its resourceType read), the physical limit
 * here. Reports wall time, throughput ratio, cost per patient, peak memory (max RSS), and the line
 * to 1,000,000 patients extrapolated from the two sizes. A third run per pair bounds what any design
 * could reach: DuckDB reading once, as JSON and without interpreting them, the members named in the
 * audit's compiled views, each as a top-level column.
 * Goals (issue 10): 100k patients ≤ 60 s, ≤ 1.5 GB, throughput ≥ 0.5× the scan.
 * AUDIT_BENCH_REPEATS pairs of runs per size (default 5); AUDIT_BENCH_THREADS caps the judging threads.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
// The compiled package (`npm run bench` builds it first), as the CLI runs it: worker threads load it
// without a TypeScript loader.
import { runAudit } from '../packages/audit/dist/audit.js';
import { expandInputs } from '../packages/audit/dist/inputs.js';
import { compileView } from '../packages/audit/dist/sql-on-fhir/index.js';
import { synthesise } from '../packages/audit/dist/synth/synth.js';
import { loadValueSets } from '../packages/audit/dist/value-sets.js';
import { loadViews } from '../packages/audit/dist/views.js';

const year = 2025;

interface Run {
  readonly ms: number;
  /** CPU time of the process (user + system, all threads), less sensitive than wall time to other load. */
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly steps?: Record<string, number>;
  /** CPU time of each step (ms, every thread of the process). */
  readonly stepsCpu?: Record<string, number>;
  /** Imaging studies the audit judged. */
  readonly studies?: number;
}

type Mode = 'scan' | 'fields' | 'audit';

/** The members the audit's views name: every `$."member"` step of the compiled views' JSON paths. */
async function viewMembers(): Promise<string[]> {
  const members = new Set(['resourceType']);
  for (const view of await loadViews()) {
    for (const m of compileView(view, 'resources').matchAll(/'\$\."([A-Za-z]+)"/g)) members.add(String(m[1]));
  }
  return [...members];
}

/** In a child process: one measured run, printed as JSON. */
async function child(mode: Mode, dir: string): Promise<Run> {
  const members = mode === 'fields' ? await viewMembers() : [];
  const files = await expandInputs([dir]);
  const before = process.resourceUsage();
  const cpuBefore = (before.userCPUTime + before.systemCPUTime) / 1000;
  const start = performance.now();
  const steps: Record<string, number> = {};
  const stepsCpu: Record<string, number> = {};
  const cpuNow = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let studies: number | undefined;
  if (mode === 'scan' || mode === 'fields') {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const list = files.map((f) => `'${f}'`).join(', ');
    const columns = `{${members.map((m) => `'${m}': 'JSON'`).join(', ')}}`;
    await connection.run(
      mode === 'scan'
        ? `SELECT json_extract_string(json, '$.resourceType') AS t, count(*) FROM read_ndjson_objects([${list}]) GROUP BY t`
        : `SELECT resourceType, count(*), count(COLUMNS(* EXCLUDE (resourceType))) FROM read_json([${list}], format = 'newline_delimited', columns = ${columns}) GROUP BY resourceType`,
    );
    connection.closeSync();
    instance.closeSync();
  } else {
    let step = '';
    let since = start;
    let cpuSince = cpuNow();
    const result = await runAudit({
      files,
      year,
      valueSets: await loadValueSets(),
      threads: process.env.AUDIT_BENCH_THREADS ? Number(process.env.AUDIT_BENCH_THREADS) : undefined,
      onProgress: (next) => {
        if (next === step) return;
        const now = performance.now();
        const cpu = cpuNow();
        if (step) {
          steps[step] = Math.round(now - since);
          stepsCpu[step] = Math.round(cpu - cpuSince);
        }
        step = next;
        since = now;
        cpuSince = cpu;
      },
    });
    steps[step] = Math.round(performance.now() - since);
    stepsCpu[step] = Math.round(cpuNow() - cpuSince);
    studies = result.imaging.total;
  }
  const usage = process.resourceUsage();
  return {
    ms: performance.now() - start,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 - cpuBefore,
    maxRssMb: usage.maxRSS / 1024,
    steps,
    stepsCpu,
    ...(studies === undefined ? {} : { studies }),
  };
}

function measure(mode: Mode, dir: string): Run {
  const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', mode, dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as Run;
}

if (process.argv[2] === '--child') {
  const result = await child(process.argv[3] as Mode, String(process.argv[4]));
  process.stdout.write(JSON.stringify(result));
} else {
  const sizes = (process.env.AUDIT_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
  // Other work on the machine makes single timings noisy: each repeat runs the scan and the audit
  // back to back (alternating which goes first) and the ratio is taken per pair.
  const repeats = Number(process.env.AUDIT_BENCH_REPEATS ?? 5);
  const rows: { n: number; lbp: number; studies: number; scans: Run[]; fields: Run[]; audits: Run[] }[] = [];
  for (const n of sizes) {
    const dir = await mkdtemp(join(tmpdir(), `audit-bench-${n}-`));
    try {
      const truth = await synthesise({ patients: n, year, seed: 1, dir });
      const scans: Run[] = [];
      const fields: Run[] = [];
      const audits: Run[] = [];
      for (let i = 0; i < repeats; i++) {
        if (i % 2 === 0) {
          scans.push(measure('scan', dir));
          fields.push(measure('fields', dir));
          audits.push(measure('audit', dir));
        } else {
          audits.push(measure('audit', dir));
          fields.push(measure('fields', dir));
          scans.push(measure('scan', dir));
        }
      }
      const studies = audits[0]?.studies ?? 0;
      rows.push({ n, lbp: truth.lowBackPain.length, studies, scans, fields, audits });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const median = (xs: readonly number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  };
  const spread = (xs: readonly number[], digits: number) =>
    `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  process.stdout.write(
    `Population audit, ${year}; ${repeats} back-to-back runs of (scan, fields, audit) per size; medians, (min–max); load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n\n`,
  );
  process.stdout.write(
    "| patients | with LBP | studies judged | DuckDB scan (s) | DuckDB reading the views' fields (s), vs scan | audit (s) | throughput vs scan, per pair | CPU time vs scan, per pair | µs / patient | CPU ms / 1k patients | peak RSS (MB) | steps: wall / CPU (s) |\n",
  );
  process.stdout.write('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n');
  const line: { n: number; ms: number; rss: number }[] = [];
  for (const r of rows) {
    const ratios = r.scans.map((scan, i) => scan.ms / (r.audits[i]?.ms ?? Number.NaN));
    const cpuRatios = r.scans.map((scan, i) => scan.cpuMs / (r.audits[i]?.cpuMs ?? Number.NaN));
    const fieldRatios = r.scans.map((scan, i) => scan.ms / (r.fields[i]?.ms ?? Number.NaN));
    const ms = median(r.audits.map((a) => a.ms));
    const rss = Math.max(...r.audits.map((a) => a.maxRssMb));
    line.push({ n: r.n, ms, rss });
    const names = Object.keys(r.audits[0]?.steps ?? {});
    const steps = names
      .map(
        (k) =>
          `${k} ${s(median(r.audits.map((a) => a.steps?.[k] ?? 0)))} / ${s(median(r.audits.map((a) => a.stepsCpu?.[k] ?? 0)))}`,
      )
      .join(', ');
    const cpuPerThousand = (median(r.audits.map((a) => a.cpuMs)) * 1000) / r.n;
    process.stdout.write(
      `| ${r.n} | ${r.lbp} | ${r.studies} | ${spread(
        r.scans.map((x) => x.ms / 1000),
        2,
      )} | ${spread(
        r.fields.map((x) => x.ms / 1000),
        2,
      )}, ${spread(fieldRatios, 2)}× | ${spread(
        r.audits.map((x) => x.ms / 1000),
        2,
      )} | ${spread(ratios, 2)}× | ${spread(cpuRatios, 2)}× | ${((ms * 1000) / r.n).toFixed(0)} | ${cpuPerThousand.toFixed(0)} | ${rss.toFixed(0)} | ${steps} |\n`,
    );
  }
  const [a, b] = [line[0], line[line.length - 1]];
  if (a && b && b.n > a.n) {
    const slope = (b.ms - a.ms) / (b.n - a.n);
    const memSlope = (b.rss - a.rss) / (b.n - a.n);
    const at = 1_000_000;
    process.stdout.write(
      `\nExtrapolated to ${at} patients (linear from the medians at ${a.n} and ${b.n}): ${s(b.ms + slope * (at - b.n))} s, ` +
        `${(b.rss + memSlope * (at - b.n)).toFixed(0)} MB peak; marginal cost ${(slope * 1000).toFixed(0)} µs per patient.\n`,
    );
  }
}
