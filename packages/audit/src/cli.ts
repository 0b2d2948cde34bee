import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runAudit } from './audit.js';
import { evidenceCsv } from './evidence.js';
import { expandInputs } from './inputs.js';
import { renderReport } from './report/render-report.js';
import type { AuditResult } from './result.js';
import { synthesise } from './synth/synth.js';
import { loadValueSets } from './value-sets.js';

/** What the audit commands read and write; the command line passes the process's own. */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Show a progress bar on stderr (only on a terminal). */
  readonly stderrIsTTY?: boolean | undefined;
  /** Today, for the default measurement year. */
  readonly now?: (() => Date) | undefined;
}

/** Exit status of contract section 6: 0 done, 1 anything else, 2 bad arguments or no readable input. */
export const auditExitCodes = { ok: 0, failure: 1, badInput: 2 } as const;

/** Usage of the population commands. */
export const auditUsage = `  spine-advisor audit INPUT... [--year YYYY] [--json] [--out FILE.html] [--evidence FILE.csv]
                      [--value-sets FILE] [--parquet DIR]
                                             audit low back pain imaging in a FHIR bulk export
  spine-advisor synth --patients N --year YYYY --seed S --out DIR
                                             write a synthetic bulk export with its ground truth
`;

class BadArguments extends Error {
  override readonly name = 'BadArguments';
}

/** Run `audit` with its arguments; resolves to the exit status. */
export function auditCommand(args: readonly string[], io: CommandIo): Promise<number> {
  return guarded('audit', io, () => audit(args, io));
}

/** Run `synth` with its arguments; resolves to the exit status. */
export function synthCommand(args: readonly string[], io: CommandIo): Promise<number> {
  return guarded('synth', io, () => synth(args, io));
}

/** The one error edge of both commands: bad arguments exit 2 with the usage, anything else 1. */
async function guarded(command: string, io: CommandIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    const bad = error instanceof BadArguments || isUsageError(error);
    io.stderr(`spine-advisor ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (bad) io.stderr(`\nUsage:\n${auditUsage}`);
    return bad ? auditExitCodes.badInput : auditExitCodes.failure;
  }
}

async function synth(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      patients: { type: 'string' },
      year: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const patients = Number(values.patients);
  const year = Number(values.year ?? (io.now?.() ?? new Date()).getUTCFullYear() - 1);
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(patients) || patients < 1) throw new BadArguments('--patients must be a whole number ≥ 1');
  if (!Number.isInteger(year) || year < 1900 || year > 2999) throw new BadArguments('--year must be a year, YYYY');
  if (!Number.isInteger(seed)) throw new BadArguments('--seed must be a whole number');
  if (!values.out) throw new BadArguments('--out DIR is required');
  const truth = await synthesise({ patients, year, seed, dir: values.out });
  io.stdout(
    `Wrote ${patients} patients (${truth.lowBackPain.length} with low back pain) for ${year} to ${values.out}, with ground-truth.json\n`,
  );
  return auditExitCodes.ok;
}

function isUsageError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

async function audit(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      year: { type: 'string' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      evidence: { type: 'string' },
      'value-sets': { type: 'string' },
      parquet: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0)
    throw new BadArguments('give at least one INPUT (a bulk export directory or NDJSON file)');
  const year = values.year === undefined ? (io.now?.() ?? new Date()).getUTCFullYear() - 1 : Number(values.year);
  if (!/^\d{4}$/.test(String(year)) || year < 1900 || year > 2999)
    throw new BadArguments('--year must be a year, YYYY');

  let files: string[];
  try {
    files = await expandInputs(positionals);
  } catch (error) {
    throw new BadArguments(`cannot read input: ${(error as Error).message}`);
  }
  if (files.length === 0) throw new BadArguments('no NDJSON files in the input');
  let valueSets: Awaited<ReturnType<typeof loadValueSets>>;
  try {
    valueSets = await loadValueSets(values['value-sets']);
  } catch (error) {
    throw new BadArguments((error as Error).message);
  }

  const bar = io.stderrIsTTY ? progressBar(io) : undefined;
  const result = await runAudit({
    files,
    year,
    valueSets,
    parquetDir: values.parquet,
    onProgress: bar,
    onInvalidLine: (file, line) => io.stderr(`${file}:${line}: not a JSON FHIR resource (skipped)\n`),
  });
  if (bar) io.stderr('\r\x1b[K');
  if (result.input.resources === 0) throw new BadArguments('no readable FHIR resources in the input');

  if (values.evidence) await writeFile(values.evidence, evidenceCsv(result));
  if (values.json) {
    if (values.out) await writeFile(values.out, await renderReport(result));
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return auditExitCodes.ok;
  }
  const out = values.out ?? `./spine-advisor-audit-${year}.html`;
  await writeFile(out, await renderReport(result));
  io.stdout(summary(result, out, values.evidence));
  return auditExitCodes.ok;
}

/** A progress line on stderr, redrawn in place. */
function progressBar(io: CommandIo): (step: string, done: number, total: number) => void {
  let last = '';
  return (step, done, total) => {
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const line = `${step.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
    if (line !== last) io.stderr(`\r\x1b[K${line}`);
    last = line;
  };
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** The short text summary printed without --json. */
export function summary(result: AuditResult, out: string, evidence: string | undefined): string {
  const lines = [
    `Low back pain imaging audit, ${result.measurementYear} (modelled on HEDIS LBP; not NCQA-certified)`,
    `Read ${result.input.resources} resources from ${result.input.files} files` +
      (result.input.invalidLines ? `; ${result.input.invalidLines} bad lines skipped` : ''),
    `Patients with a low back pain diagnosis: ${result.patients.length}`,
    '',
    'stratum   eligible  excluded  denominator  imaged ≤28 d  rate (higher is better)',
    ...result.strata.map(
      (s) =>
        `${s.stratum.padEnd(9)} ${String(s.eligible).padStart(8)}  ${String(s.excluded).padStart(8)}  ${String(s.denominator).padStart(11)}  ${String(s.numerator).padStart(12)}  ${percent(s.rate)}`,
    ),
    '',
    `Lumbar imaging of eligible patients: ${result.imaging.total} studies — supported ${result.imaging.supported}, not supported ${result.imaging.notSupported}, undetermined ${result.imaging.undetermined}`,
    `Report: ${out}`,
    ...(evidence ? [`Evidence: ${evidence}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
