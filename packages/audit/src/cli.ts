import { mkdir, readdir, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type Lang, languages } from '@spine-advisor/engine';
import { runAudit } from './audit.js';
import { evidenceCsv } from './evidence.js';
import { expandInputs } from './inputs.js';
import { formatsFor } from './report/format.js';
import { renderReport } from './report/render-report.js';
import { reportWords } from './report/words.js';
import type { AuditResult } from './result.js';
import { synthesise, synthFiles } from './synth/synth.js';
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
                      [--value-sets FILE] [--parquet DIR] [--lang en|es]
                                             audit low back pain imaging in a FHIR bulk export
  spine-advisor synth --patients N [--year YYYY] [--seed S] --out DIR
                                             write a synthetic bulk export with its ground truth
                                             (year: the last full one; seed: 1, from 0 to 4294967295)
`;

class BadArguments extends Error {
  override readonly name = 'BadArguments';
}

/** Input that cannot be read at all (exit 2, like bad arguments, but the usage would not help). */
class UnreadableInput extends BadArguments {}

/** Run `audit` with its arguments; resolves to the exit status. */
export function auditCommand(args: readonly string[], io: CommandIo): Promise<number> {
  return guarded('audit', io, () => (wantsHelp(args) ? help(io) : audit(args, io)));
}

/** Run `synth` with its arguments; resolves to the exit status. */
export function synthCommand(args: readonly string[], io: CommandIo): Promise<number> {
  return guarded('synth', io, () => (wantsHelp(args) ? help(io) : synth(args, io)));
}

/** `--help` or `-h` before any `--` (after it, a name is an INPUT). */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** The usage on stdout, exit 0. */
async function help(io: CommandIo): Promise<number> {
  io.stdout(`Usage:\n${auditUsage}`);
  return auditExitCodes.ok;
}

/** The one error edge of both commands: bad arguments exit 2 with the usage, anything else 1. */
async function guarded(command: string, io: CommandIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    const bad = error instanceof BadArguments;
    io.stderr(`spine-advisor ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (bad && !(error instanceof UnreadableInput)) io.stderr(`\nUsage:\n${auditUsage}`);
    return bad ? auditExitCodes.badInput : auditExitCodes.failure;
  }
}

async function synth(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseOptions(args, {
    patients: { type: 'string' },
    year: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.patients === undefined) throw new BadArguments('--patients N is required (a whole number ≥ 1)');
  const patients = wholeNumber('--patients', values.patients, 1, 100_000_000);
  const year = yearOption(values.year, io);
  // The generator's seed is 32 bits: a larger number would give the same export as a smaller one.
  const seed = values.seed === undefined ? 1 : wholeNumber('--seed', values.seed, 0, 2 ** 32 - 1);
  if (!values.out) throw new BadArguments('--out DIR is required');
  await checkSynthOut(values.out);
  const truth = await synthesise({ patients, year, seed, dir: values.out });
  io.stdout(
    `Wrote ${patients} patients (${truth.lowBackPain.length} with low back pain) for ${year} to ${values.out}, with ground-truth.json\n`,
  );
  return auditExitCodes.ok;
}

/**
 * `--out DIR` of synth: a new or empty directory, or one holding only an earlier export of synth
 * (its files are replaced). Other NDJSON files there would be read as part of the export.
 */
async function checkSynthOut(dir: string): Promise<void> {
  let entries: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new BadArguments(`--out ${dir}: not a directory`);
    // Recursive, as the audit reads a directory: NDJSON in a subdirectory would be read too.
    entries = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => !e.isDirectory())
      .map((e) => relative(dir, join(e.parentPath, e.name)));
  } catch (error) {
    if (error instanceof BadArguments) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new BadArguments(`--out ${dir}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const foreign = entries.filter((name) => /\.(ndjson|jsonl)(\.gz)?$/i.test(name) && !synthFiles.has(name));
  if (foreign.length > 0)
    throw new BadArguments(
      `--out ${dir}: already holds other NDJSON files (${foreign.slice(0, 3).join(', ')}); give a new or empty directory`,
    );
}

/** A whole number in decimal digits within [min, max], or a clear error naming the option. */
function wholeNumber(option: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new BadArguments(`${option} must be a whole number from ${min} to ${max}, not ${JSON.stringify(raw)}`);
  return value;
}

/** `--lang en|es`: the words of the report and the summary (English when absent; `--json` is never translated). */
function languageOption(raw: string | undefined): Lang {
  if (raw === undefined) return 'en';
  if (!(languages as readonly string[]).includes(raw))
    throw new BadArguments(`--lang must be one of ${languages.join(', ')}, not ${JSON.stringify(raw)}`);
  return raw as Lang;
}

/** `--year YYYY`, by default the last full calendar year. */
function yearOption(raw: string | undefined, io: CommandIo): number {
  if (raw === undefined) return (io.now?.() ?? new Date()).getUTCFullYear() - 1;
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < 1900)
    throw new BadArguments(`--year must be a measurement year YYYY (1900 or later), not ${JSON.stringify(raw)}`);
  return year;
}

/** Node's parseArgs, its errors (unknown option, missing value) as bad arguments. */
function parseOptions<O extends ParseArgsConfig['options']>(args: readonly string[], options: O, positionals = false) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new BadArguments(error instanceof Error ? error.message : String(error));
  }
}

async function audit(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      year: { type: 'string' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      evidence: { type: 'string' },
      'value-sets': { type: 'string' },
      parquet: { type: 'string' },
      lang: { type: 'string' },
    },
    true,
  );
  const lang = languageOption(values.lang);
  if (positionals.length === 0)
    throw new BadArguments('give at least one INPUT (a bulk export directory or NDJSON file)');
  const year = yearOption(values.year, io);
  const out = values.out ?? (values.json ? undefined : `./spine-advisor-audit-${year}.html`);
  if (out !== undefined) await checkOutputFile('--out', out);
  if (values.evidence !== undefined) await checkOutputFile('--evidence', values.evidence);
  if (values.parquet !== undefined) await checkOutputDir('--parquet', values.parquet);

  let valueSets: Awaited<ReturnType<typeof loadValueSets>>;
  try {
    valueSets = await loadValueSets(values['value-sets']);
  } catch (error) {
    throw new BadArguments(`--value-sets ${(error as Error).message}`);
  }

  const files = await expandInputs(positionals).catch((error: unknown) => {
    throw new BadArguments((error as Error).message);
  });
  await refuseOverwritingInput(files, [
    ['--out', out],
    ['--evidence', values.evidence],
  ]);
  const bar = io.stderrIsTTY ? progressBar(io.stderr) : undefined;
  let result: AuditResult;
  try {
    result = await runAudit({
      files,
      year,
      valueSets,
      parquetDir: values.parquet,
      onProgress: bar?.update,
      onInvalidLine: (file, line) => {
        bar?.clear();
        io.stderr(`${file}:${line}: not a JSON FHIR resource, or not readable as UTF-8 text (skipped)\n`);
      },
    });
  } catch (error) {
    throw unreadable(error) ?? error;
  } finally {
    bar?.clear();
  }
  if (result.input.resources === 0) throw new UnreadableInput('no readable FHIR resources in the input');

  if (values.evidence !== undefined) await writeOutput(values.evidence, evidenceCsv(result));
  if (out !== undefined) await writeOutput(out, await renderReport(result, lang));
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : summary(result, out ?? '', values.evidence, lang));
  return auditExitCodes.ok;
}

/**
 * DuckDB's error for an input file it cannot read at all (a `.gz` that is not gzip) as unreadable
 * input naming the file; undefined for any other error. (A line that is not UTF-8 is a bad line.)
 */
function unreadable(error: unknown): UnreadableInput | undefined {
  const message = error instanceof Error ? error.message : '';
  const gzip = /Input is not a GZIP stream: (.+)$/m.exec(message)?.[1];
  return gzip === undefined ? undefined : new UnreadableInput(`${gzip.trim()}: not a gzip file (its name ends in .gz)`);
}

/** An output that would overwrite one of the input files is a bad argument: the export would be lost. */
async function refuseOverwritingInput(
  files: readonly string[],
  outputs: readonly (readonly [string, string | undefined])[],
): Promise<void> {
  const inputs = new Set(await Promise.all(files.map((f) => realpath(f))));
  for (const [option, file] of outputs) {
    if (file === undefined) continue;
    const real = await realpath(file).catch(() => undefined);
    if (real !== undefined && inputs.has(real))
      throw new BadArguments(`${option} ${file}: is one of the input files; give another file name`);
  }
}

/** An output file: not a directory, and its directory can be made (checked before the audit runs). */
async function checkOutputFile(option: string, file: string): Promise<void> {
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) throw new BadArguments(`${option} ${file}: is a directory; give a file name`);
  await checkOutputDir(option, dirname(file), file);
}

/** A directory to write into, made with its parents if absent: the nearest one that exists must be a directory. */
async function checkOutputDir(option: string, dir: string, given = dir): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined && dirname(dir) !== dir) return checkOutputDir(option, dirname(dir), given);
  if (info !== undefined && !info.isDirectory())
    throw new BadArguments(`${option} ${given}: ${dir} is not a directory`);
}

/** Write an output file, making its directory first. */
async function writeOutput(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** The steps of an audit in the order it takes them; the last one counts studies. */
const auditSteps = ['reading', 'tables', 'measure', 'records', 'judging'] as const;

/**
 * A progress line on stderr, redrawn in place: the share of the audit's steps done (the judging step
 * study by study), the step, and the studies judged. Redrawn at most every 100 ms, and at the end.
 */
export function progressBar(
  write: (text: string) => void,
  clock: () => number = Date.now,
): { update: (step: string, done: number, total: number) => void; clear: () => void } {
  let last = '';
  let drawn = -Infinity;
  return {
    update(step, done, total) {
      const index = auditSteps.indexOf(step as (typeof auditSteps)[number]);
      const within = total === 0 ? 1 : done / total;
      const share = index < 0 ? within : (index + (index === auditSteps.length - 1 ? within : 0)) / auditSteps.length;
      const width = 24;
      const filled = Math.round(share * width);
      const counted = step === 'judging' ? ` ${done}/${total} studies` : '';
      const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${step}${counted}`;
      const now = clock();
      if (line === last || (now - drawn < 100 && done !== total)) return;
      write(`\r\x1b[K${line}`);
      last = line;
      drawn = now;
    },
    clear() {
      if (last !== '') write('\r\x1b[K');
      last = '';
    },
  };
}

/** The short text summary printed without --json, in `lang`. */
export function summary(result: AuditResult, out: string, evidence: string | undefined, lang: Lang = 'en'): string {
  const w = reportWords[lang].summary;
  const f = formatsFor(lang);
  const c = w.columns;
  const invalid = result.input.invalidLines ? f.number(result.input.invalidLines) : null;
  const widths = [c.stratum, c.eligible, c.excluded, c.denominator, c.numerator].map((h) => Math.max(h.length, 8));
  const [stratumWidth = 9, ...counts] = widths;
  const row = (cells: readonly string[]) =>
    [
      cells[0]?.padEnd(stratumWidth),
      ...cells.slice(1, -1).map((cell, i) => cell.padStart(counts[i] ?? 8)),
      cells.at(-1),
    ].join('  ');
  const lines = [
    w.title(String(result.measurementYear)),
    w.read(f.number(result.input.resources), result.input.files, invalid),
    w.patients(f.number(result.patients.length)),
    '',
    row([c.stratum, c.eligible, c.excluded, c.denominator, c.numerator, c.rate]),
    ...result.strata.map((s) =>
      row([
        s.stratum,
        f.number(s.eligible),
        f.number(s.excluded),
        f.number(s.denominator),
        f.number(s.numerator),
        f.percent(s.rate),
      ]),
    ),
    '',
    w.imaging(f.number(result.imaging.total), {
      supported: f.number(result.imaging.supported),
      'not-supported': f.number(result.imaging.notSupported),
      undetermined: f.number(result.imaging.undetermined),
    }),
    `${w.report}: ${out}`,
    ...(evidence ? [`${w.evidence}: ${evidence}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
