/**
 * SQL on FHIR view benchmark (not a test): resources per second for the audit's kind of views,
 * compiled to DuckDB SQL, against DuckDB merely scanning the same NDJSON, and against evaluating the
 * same FHIRPath row by row in JavaScript (fhirpath.js).
 * Data: the Synthea sample in packages/fhir/testdata replicated with fresh ids (`--patients N`, default 2000).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { compileView, loadResources, type Select, type ViewDefinition } from '@spine-advisor/audit';
import { compile as compileFhirPath } from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';

const patientsArg = process.argv.indexOf('--patients');
const patients = patientsArg > 0 ? Number(process.argv[patientsArg + 1]) : 2000;
const sampleDir = new URL('../packages/fhir/testdata/synthea-chronic-lbp/', import.meta.url);
const sample = readdirSync(sampleDir)
  .filter((f) => f.endsWith('.ndjson'))
  .map((f) => ({ name: f, lines: readFileSync(new URL(f, sampleDir), 'utf8').trim().split('\n') }));
const samplePatients = 2;
const copies = Math.max(1, Math.round(patients / samplePatients));

// Every UUID gets the copy number in its last 12 hex digits, so copies are distinct patients.
const uuid = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-)[0-9a-f]{12}/g;
const dir = mkdtempSync(join(tmpdir(), 'audit-views-bench-'));
const files: string[] = [];
let bytes = 0;
for (const { name, lines } of sample) {
  const out: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const tag = copy.toString(16).padStart(12, '0');
    for (const line of lines) out.push(line.replace(uuid, `$1${tag}`));
  }
  const text = `${out.join('\n')}\n`;
  bytes += text.length;
  const file = join(dir, name);
  writeFileSync(file, text);
  files.push(file);
}

// [name, FHIRPath, type]; each view starts with its resource's key.
type ColumnSpec = [name: string, path: string, type: string];
const column = ([name, path, type]: ColumnSpec) => ({ name, path, type });
const ref = (name: string, path: string): ColumnSpec => [name, `${path}.getReferenceKey()`, 'string'];
function view(resource: string, key: string, columns: ColumnSpec[], iterated: Select[] = []): ViewDefinition {
  const own = [column([key, 'getResourceKey()', 'string']), ...columns.map(column)];
  return { resource, select: [{ column: own }, ...iterated] };
}
const views: ViewDefinition[] = [
  view('Patient', 'patient_id', [
    ['gender', 'gender', 'code'],
    ['birth_date', 'birthDate', 'date'],
    ['deceased', 'deceased.exists()', 'boolean'],
  ]),
  view(
    'Encounter',
    'encounter_id',
    [
      ref('patient_id', 'subject'),
      ['class', 'class.code', 'code'],
      ['start', 'period.start', 'dateTime'],
      ['end', 'period.end', 'dateTime'],
    ],
    [{ forEachOrNull: 'reasonCode.coding', column: [column(['reason', 'code', 'code'])] }],
  ),
  view(
    'Condition',
    'condition_id',
    [
      ref('patient_id', 'subject'),
      ref('encounter_id', 'encounter'),
      ['onset', 'onset.ofType(dateTime)', 'dateTime'],
      ['category', 'category.coding.code.first()', 'code'],
    ],
    [{ forEach: 'code.coding', column: [column(['system', 'system', 'uri']), column(['code', 'code', 'code'])] }],
  ),
  view(
    'Procedure',
    'procedure_id',
    [ref('patient_id', 'subject'), ['performed', 'performed.ofType(Period).start', 'dateTime']],
    [{ forEach: "code.coding.where(system = 'http://snomed.info/sct')", column: [column(['code', 'code', 'code'])] }],
  ),
  view('MedicationRequest', 'request_id', [
    ref('patient_id', 'subject'),
    ['authored', 'authoredOn', 'dateTime'],
    ['medication', 'medication.ofType(CodeableConcept).coding.code.first()', 'code'],
  ]),
];

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const threads = (await connection.runAndReadAll("SELECT current_setting('threads')")).getRows()[0]?.[0];
const fileList = `[${files.map((f) => `'${f}'`).join(', ')}]`;

// CPU time of this process (DuckDB's threads included) is the figure that holds on a shared machine;
// wall time is printed beside it.
async function time<T>(run: () => Promise<T>): Promise<{ ms: number; wall: number; value: T }> {
  const [start, cpu] = [performance.now(), process.cpuUsage()];
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { ms: (used.user + used.system) / 1000, wall: performance.now() - start, value };
}
async function count(sql: string): Promise<number> {
  return Number((await connection.runAndReadAll(`SELECT count(*) FROM (${sql})`)).getRows()[0]?.[0]);
}

await count(`SELECT json FROM read_ndjson_objects(${fileList})`); // file cache warm for every measure
const scan = await time(() => count(`SELECT json FROM read_ndjson_objects(${fileList})`));
const parse = await time(() =>
  count(`SELECT json_extract_string(json, '$.resourceType') FROM read_ndjson_objects(${fileList})`),
);
const load = await time(() => loadResources(connection, files));
const resources = load.value.resources;

let viewRows = 0;
const loaded = await time(async () => {
  for (const view of views) viewRows += await count(compileView(view));
});
const direct = await time(async () => {
  for (const view of views)
    await count(compileView(view, `(SELECT json AS resource FROM read_ndjson_objects(${fileList}))`));
});

// The same views evaluated in JavaScript: JSON.parse each line, fhirpath.js per column (a slice of the data).
const jsLimit = 20_000;
const jsLines = sample.flatMap((s) => s.lines).slice(0, jsLimit);
const jsResources = Array.from({ length: Math.ceil(jsLimit / jsLines.length) }, () => jsLines)
  .flat()
  .slice(0, jsLimit);
const compiledViews = views.map((v) => ({
  resource: v.resource,
  // fhirpath.js has no SQL on FHIR key functions: read the id and the reference instead (no cheaper).
  paths: v.select.flatMap((s) =>
    (s.column ?? []).map((c) =>
      compileFhirPath(c.path.replace('getResourceKey()', 'id').replace('getReferenceKey()', 'reference'), r4),
    ),
  ),
}));
const js = await time(async () => {
  let values = 0;
  for (const line of jsResources) {
    const resource = JSON.parse(line) as { resourceType: string };
    for (const view of compiledViews) {
      if (view.resource !== resource.resourceType) continue;
      for (const path of view.paths) values += (path(resource) as unknown[]).length;
    }
  }
  return values;
});

rmSync(dir, { recursive: true, force: true });
connection.closeSync();
instance.closeSync();

const perSecond = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en')}/s`;
const mb = (bytes / 1024 / 1024).toFixed(0);
const row = (label: string, t: { ms: number; wall: number }, rate: string) =>
  `  ${label.padEnd(46)} ${t.ms.toFixed(0).padStart(7)} ms CPU ${t.wall.toFixed(0).padStart(7)} ms wall  ${rate}`;
const lines = [
  `SQL on FHIR views — ${copies * samplePatients} patients, ${resources.toLocaleString('en')} resources, ${mb} MiB NDJSON, DuckDB ${threads} threads (node ${process.version})`,
  row('DuckDB scan only (read_ndjson_objects)', scan, `${perSecond(scan.value, scan.ms)} resources per CPU-second`),
  row('DuckDB scan + resourceType of each line', parse, `${perSecond(parse.value, parse.ms)} resources`),
  row('loadResources (validate, type, line numbers)', load, `${perSecond(resources, load.ms)} resources`),
  row(
    `${views.length} views on the loaded table`,
    loaded,
    `${perSecond(resources * views.length, loaded.ms)} resource-views, ${viewRows.toLocaleString('en')} rows`,
  ),
  row(
    `${views.length} views straight on the NDJSON files`,
    direct,
    `${perSecond(resources * views.length, direct.ms)} resource-views`,
  ),
  row(
    `same views in JavaScript, ${jsLimit.toLocaleString('en')} resources`,
    js,
    `${perSecond(jsLimit * views.length, js.ms)} resource-views (fhirpath.js)`,
  ),
  `  per view, CPU: scan ${((scan.ms / resources) * 1e3).toFixed(1)} µs/resource; compiled view ${((loaded.ms / views.length / resources) * 1e3).toFixed(1)} µs; load once ${((load.ms / resources) * 1e3).toFixed(1)} µs; JavaScript ${((js.ms / jsLimit) * 1e3).toFixed(1)} µs (all ${views.length} views)`,
  `  peak resident memory of the process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (the loaded table is in memory)`,
  `  compiled SQL runs the views at ${(resources / loaded.ms / (jsLimit / js.ms)).toFixed(1)}× JavaScript's rate per CPU-second; one view costs ${(loaded.ms / views.length / scan.ms).toFixed(2)}× a bare scan`,
];
process.stdout.write(`${lines.join('\n')}\n`);
