import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { ProcedureId } from '@spine-advisor/engine';
import { knowledgeVersion } from '@spine-advisor/engine';
import { imagingProcedureOf } from '@spine-advisor/fhir';
import type { Judgement } from './judge.js';
import { judgeStudies } from './judge-pool.js';
import { type MeasureRows, runMeasure } from './measure.js';
import { referencedId, resourceTextsFor } from './records.js';
import {
  type AuditPatient,
  type AuditResult,
  countSupport,
  type ExclusionReason,
  type ImagingEntry,
  type InputSummary,
  invertedRate,
  type Modality,
  type NotEligibleReason,
  type PatientStatus,
  type Stratum,
  supportBy,
  topMissing,
} from './result.js';
import { duckDatabase } from './sql-database.js';
import { compileView, linesTable, loadResources } from './sql-on-fhir/index.js';
import type { ValueSets } from './value-sets.js';
import { columnType, loadViews, type NamedView, viewColumns } from './views.js';

/** What to audit and how. */
export interface AuditOptions {
  readonly files: readonly string[];
  readonly year: number;
  readonly valueSets: ValueSets;
  /** Write each table the measure reads as `DIR/<table>.parquet` (view tables, code lists, period). */
  readonly parquetDir?: string | undefined;
  /** Told about each step, and each study judged; for a progress bar. */
  readonly onProgress?: ((step: string, done: number, total: number) => void) | undefined;
  /** Threads for judging the studies, the main one included (default: see `judgeStudies`). */
  readonly threads?: number | undefined;
  /** Told about each line that is not a FHIR resource. */
  readonly onInvalidLine?: ((file: string, line: number) => void) | undefined;
}

/** Audit a bulk export: read it into DuckDB, build the view tables, run the measure, judge each study. */
export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  // The database lives in memory and spills to a private directory when the export outgrows
  // DuckDB's memory limit (80% of the RAM), not to DuckDB's default `.tmp` in the working directory.
  const spill = await mkdtemp(join(tmpdir(), 'spine-advisor-audit-'));
  const instance = await DuckDBInstance.create(':memory:', { temp_directory: spill });
  const connection = await instance.connect();
  try {
    const progress = options.onProgress ?? (() => {});
    progress('reading', 0, 1);
    const loaded = await loadResources(connection, [...options.files]);
    for (const bad of loaded.invalidLines) options.onInvalidLine?.(bad.file, bad.line);
    progress('tables', 0, 1);
    const views = await loadViews();
    // One connection more than the cores: the calling thread of each query works on it too.
    const more = await Promise.all(Array.from({ length: availableParallelism() }, () => instance.connect()));
    try {
      await materialiseViews(connection, views, more, loaded.byType);
    } finally {
      for (const c of more) c.closeSync();
    }
    progress('measure', 0, 1);
    const rows = await runMeasure(duckDatabase(connection), options.year, options.valueSets);
    const inputs = [...views.map((v) => v.name), 'code_set', 'measure_period'];
    if (options.parquetDir) await writeParquet(connection, inputs, options.parquetDir);
    const input: InputSummary = {
      files: options.files.length,
      resources: loaded.resources,
      invalidLines: loaded.invalidLines.length,
      byType: loaded.byType,
    };
    return await assemble(connection, rows, input, options);
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(spill, { recursive: true, force: true });
  }
}

/**
 * Create one table per view, its columns typed the same way on every database. Each view reads only
 * the lines of its resource type (the loader's `resource_type` column), not every resource. With
 * `more` connections to the same database, views are built concurrently, the views of the most
 * common resource types first: DuckDB splits one query's scan by row groups of 122,880 rows, so a
 * view over a type held in one or two of them runs on one core unless other views run beside it.
 */
export async function materialiseViews(
  connection: DuckDBConnection,
  views: readonly NamedView[],
  more: readonly DuckDBConnection[] = [],
  resourcesByType: Readonly<Record<string, number>> = {},
): Promise<void> {
  const queue = [...views].sort((a, b) => (resourcesByType[b.resource] ?? 0) - (resourcesByType[a.resource] ?? 0));
  let next = 0;
  const work = async (on: DuckDBConnection) => {
    for (let view = queue[next++]; view !== undefined; view = queue[next++]) {
      const columns = viewColumns(view)
        .map((c) => `CAST(v.${c.name} AS ${columnType(c.type)}) AS ${c.name}`)
        .join(', ');
      const type = view.resource.replaceAll("'", "''");
      const source = `(SELECT resource FROM ${linesTable} WHERE resource_type = '${type}')`;
      await on.run(`CREATE TABLE ${view.name} AS SELECT ${columns} FROM (${compileView(view, source)}) v`);
    }
  };
  // On a failure, start no further view and let the running ones finish before reporting it.
  const settled = await Promise.allSettled(
    [connection, ...more].map((on) =>
      work(on).catch((error: unknown) => {
        next = queue.length;
        throw error;
      }),
    ),
  );
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Write the measure's input tables (view tables, code lists, period) as `DIR/<table>.parquet`. */
async function writeParquet(connection: DuckDBConnection, tables: readonly string[], dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const table of tables) {
    const file = resolve(join(dir, `${table}.parquet`)).replaceAll("'", "''");
    await connection.run(`COPY ${table} TO '${file}' (FORMAT PARQUET)`);
  }
}

const modalities: Record<string, Modality> = {
  'imaging-radiography': 'radiography',
  'imaging-ct': 'ct',
  'imaging-mri': 'mri',
};

const plainStudy: Record<Modality, ProcedureId> = {
  radiography: 'radiography-lumbar',
  ct: 'ct-lumbar-without-contrast',
  mri: 'mri-lumbar-without-contrast',
};

/** Turn the measure's rows into the result, judging each study from the record as of its day. */
async function assemble(
  connection: DuckDBConnection,
  rows: MeasureRows,
  input: InputSummary,
  options: AuditOptions,
): Promise<AuditResult> {
  const idOfKey = new Map(rows.patients.map((p) => [String(p.patient_key), String(p.id)]));
  const imagedIds = [...new Set(rows.imaging.map((r) => idOfKey.get(String(r.patient_key)) ?? ''))].filter(Boolean);
  const progress = options.onProgress ?? (() => {});
  progress('records', 0, 1);
  const resources = await resourceTextsFor(connection, imagedIds);
  progress('judging', 0, rows.imaging.length);
  const judgements = await judgeStudies(
    resources,
    rows.imaging.map((row) => ({ patient: idOfKey.get(String(row.patient_key)) ?? '', day: String(row.study_date) })),
    { threads: options.threads, onProgress: (done, total) => progress('judging', done, total) },
  );

  const imagingByKey = new Map<string, ImagingEntry[]>();
  rows.imaging.forEach((row, index) => {
    const key = String(row.patient_key);
    const modality = modalities[String(row.modality)] ?? 'radiography';
    const code = imagingProcedureOf({ system: str(row.system), code: str(row.code) });
    const date = String(row.study_date);
    const judgement = judgements[index] as Judgement;
    const entry: ImagingEntry = {
      date,
      procedure: code?.procedure ?? plainStudy[modality],
      daysAfterIesd: Number(row.days_after_iesd),
      inWindow: Number(row.in_window) === 1,
      support: judgement.support,
      urgency: judgement.urgency,
      acrVariant: judgement.acrVariant,
      missing: judgement.missing,
      study: String(row.study_ref),
      modality,
      site: str(row.location_ref) ?? null,
      practitioner: str(row.practitioner_ref) ?? null,
      facts: judgement.facts,
    };
    imagingByKey.set(key, [...(imagingByKey.get(key) ?? []), entry]);
  });

  const exclusionsByKey = new Map<string, ExclusionReason[]>();
  for (const row of rows.exclusions) {
    const key = String(row.patient_key);
    exclusionsByKey.set(key, [...(exclusionsByKey.get(key) ?? []), row.reason as ExclusionReason]);
  }
  const patients: AuditPatient[] = rows.patients.map((p) => {
    const key = String(p.patient_key);
    return {
      patient: `Patient/${String(p.id)}`,
      ageAtYearEnd: p.age === null || p.age === undefined ? null : Number(p.age),
      stratum: (p.stratum ?? null) as AuditPatient['stratum'],
      iesd: str(p.iesd) ?? null,
      status: p.status as PatientStatus,
      reason: (p.reason ?? null) as NotEligibleReason | null,
      exclusions: exclusionsByKey.get(key) ?? [],
      imaging: imagingByKey.get(key) ?? [],
    };
  });

  const exclusions: Partial<Record<ExclusionReason, number>> = {};
  for (const row of rows.exclusions) {
    const reason = row.reason as ExclusionReason;
    exclusions[reason] = (exclusions[reason] ?? 0) + 1;
  }
  const studies = patients.flatMap((p) => p.imaging);
  const names = await displayNames(connection, studies);
  const order: Stratum[] = ['18-64', '65-75', 'total'];
  return {
    schemaVersion: 1,
    measurementYear: options.year,
    knowledgeVersion,
    valueSetsVersion: options.valueSets.version,
    input,
    strata: order.map((stratum) => {
      const row = rows.strata.find((r) => r.stratum === stratum) ?? {};
      const numerator = Number(row.numerator ?? 0);
      const denominator = Number(row.denominator ?? 0);
      return {
        stratum,
        eligible: Number(row.eligible ?? 0),
        excluded: Number(row.excluded ?? 0),
        denominator,
        numerator,
        rate: invertedRate(numerator, denominator),
      };
    }),
    exclusions,
    imaging: countSupport(studies),
    appropriateness: {
      byModality: supportBy(studies, (s) => s.modality),
      bySite: supportBy(studies, (s) => s.site),
      byPractitioner: supportBy(studies, (s) => s.practitioner),
      topMissing: topMissing(studies),
    },
    names,
    patients,
  };
}

/**
 * The names of the sites (Location.name) and ordering practitioners (Practitioner.name: its text, else
 * prefix, given and family names) the studies point to, by the reference as the studies give it;
 * references to resources the export does not hold, or that hold no name, are left out.
 */
async function displayNames(
  connection: DuckDBConnection,
  studies: readonly ImagingEntry[],
): Promise<Record<string, string>> {
  const read = async (sql: string) => {
    const byKey = new Map<string, string>();
    for (const [key, ...parts] of (await connection.runAndReadAll(sql)).getRows()) {
      const [text, ...pieces] = parts.map((p) => (typeof p === 'string' ? p.trim() : ''));
      const name = text || pieces.filter(Boolean).join(' ');
      if (typeof key === 'string' && name) byKey.set(key, name);
    }
    return byKey;
  };
  const sites = await read('SELECT key, name FROM location');
  const practitioners = await read('SELECT key, name_text, prefix, given, family FROM practitioner');
  const names: Record<string, string> = {};
  const add = (reference: string | null, byKey: ReadonlyMap<string, string>) => {
    const name = reference === null ? undefined : byKey.get(referencedId(reference) ?? '');
    if (reference !== null && name !== undefined) names[reference] = name;
  };
  for (const study of studies) {
    add(study.site, sites);
    add(study.practitioner, practitioners);
  }
  return Object.fromEntries(Object.entries(names).sort(([a], [b]) => a.localeCompare(b)));
}

function str(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}
