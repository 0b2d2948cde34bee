import { DuckDBInstance } from '@duckdb/node-api';
import { loadResources, compileView } from './src/sql-on-fhir/index.ts';
import { expandInputs } from './src/inputs.ts';
import { loadViews } from './src/views.ts';
const inst = await DuckDBInstance.create(':memory:'); const c = await inst.connect();
await loadResources(c, await expandInputs(['/tmp/audit-scratch/s100k']));
const src = `(SELECT resource FROM resource_lines WHERE resource_type = 'Encounter')`;
const enc = (await loadViews()).find(v => v.name === 'encounter')!;
const variants: Record<string, unknown> = {
  asis: enc,
  noRefKey: { ...enc, select: [{ column: (enc.select[0] as any).column.map((col: any) => col.name === 'patient_key' ? { ...col, path: 'subject.reference' } : col) }] },
  idOnly: { ...enc, select: [{ column: [{ name: 'key', path: 'id' }] }] },
};
for (const [name, v] of Object.entries(variants)) {
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    await c.run(`CREATE OR REPLACE TABLE x AS ${compileView(v as any, src)}`);
    console.log(name, ((performance.now() - t) / 1000).toFixed(2));
  }
}
let t = performance.now();
await c.run(`CREATE OR REPLACE TABLE y AS SELECT json_extract_string(resource,'$.id') id, json_extract_string(resource,'$.subject.reference') s, json_extract_string(resource,'$.status') st, json_extract_string(resource,'$.class.code') cc, json_extract_string(resource,'$.period.start') ps FROM ${src}`);
console.log('raw 5 extracts', ((performance.now() - t) / 1000).toFixed(2));
t = performance.now();
await c.run(`CREATE OR REPLACE TABLE y AS SELECT unnest(json_extract_string(resource,['$.id','$.subject.reference','$.status','$.class.code','$.period.start'])) FROM ${src}`);
console.log('raw multi-path', ((performance.now() - t) / 1000).toFixed(2));
