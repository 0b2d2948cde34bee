/**
 * Server benchmark (not a test): autocannon on loopback against order-select with a full prefetch
 * (~50 KB body) and against a bare fastify route that parses the same body and returns a canned
 * response of the same size, in the same run. Then order-select at a fixed 500 req/s for latency.
 * Goals: ≥ 0.5 of the bare route's throughput; p99 under 20 ms at 500 req/s. The load generator
 * runs in its own process, so it does not take the server's event loop (2 cores: one each).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, hookRequest, searchset } from '@spine-advisor/fhir/testing';
import { ConfigSchema, openSqliteStore, startServer } from '@spine-advisor/server';
import Fastify from 'fastify';

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

// A realistic full prefetch: the fixture patient plus a long history, padded to about 50 KB.
const f = fixtures.find((x) => x.name === 'hiv-with-fever');
if (!f) throw new Error('fixture missing');
const request = hookRequest(f, 'order-select') as ReturnType<typeof hookRequest> & {
  prefetch: Record<string, unknown>;
};
const history = Array.from({ length: 140 }, (_, i) => ({
  resourceType: 'Encounter',
  id: `enc-${i}`,
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
  subject: { reference: `Patient/${f.patientId}` },
  period: { start: new Date(Date.UTC(2020, 0, 1 + i * 9)).toISOString() },
  reasonCode: [
    { coding: [{ system: 'http://snomed.info/sct', code: '185349003', display: 'Encounter for check up' }] },
  ],
}));
request.prefetch.encounters = searchset(history as never);
const body = JSON.stringify(request);

const db = join(mkdtempSync(join(tmpdir(), 'spine-bench-')), 'audit.db');
const config = { ...ConfigSchema.parse({ port: 0, db, cdsAuth: 'off', rateLimit: 0 }), publicUrl: 'http://127.0.0.1' };
const server = await startServer(config, () => undefined);
const appUrl = server.url;

// Measure one real response to size the canned one.
const sample = await (
  await fetch(`${appUrl}/cds-services/lbp-imaging`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
).text();
const canned = sample;
const bare = Fastify({ bodyLimit: 4 * 1024 * 1024 });
bare.post('/bare', async (req, reply) => {
  if (typeof req.body !== 'object' || req.body === null) throw new Error('no body');
  return reply.type('application/json').send(canned);
});
const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

const dir = mkdtempSync(join(tmpdir(), 'spine-bench-load-'));
const bodyFile = join(dir, 'body.json');
writeFileSync(bodyFile, body);
const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/** Run autocannon as a separate process against `url`; its JSON summary. */
function run(url: string, extra: string[] = []): Promise<{ rps: number; p50: number; p99: number }> {
  const args = [
    autocannonBin,
    '-j',
    '-c',
    String(connections),
    '-d',
    String(duration),
    '-m',
    'POST',
    '-H',
    'content-type=application/json',
    '-i',
    bodyFile,
    ...extra,
    url,
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const r = JSON.parse(stdout) as {
        requests: { average: number };
        latency: { p50: number; p99: number };
        non2xx: number;
        errors: number;
      };
      if (r.non2xx > 0 || r.errors > 0) return reject(new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`));
      resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 });
    });
  });
}

const bareResult = await run(`${bareUrl}/bare`);
const cds = await run(`${appUrl}/cds-services/lbp-imaging`);
const paced = await run(`${appUrl}/cds-services/lbp-imaging`, ['-R', '500']);

await server.close();
await bare.close();

// Audit size: every record the runs wrote, as the audit API returns it, and the database on disk.
const store = openSqliteStore(db);
let records = 0;
let recordBytes = 0;
for (let after = 0; ; ) {
  const page = await store.list({ after, limit: 500, kind: 'cds-call' });
  records += page.records.length;
  for (const r of page.records) recordBytes += Buffer.byteLength(JSON.stringify(r));
  if (page.next === null) break;
  after = page.next;
}
await store.close();
const fileBytes = ['', '-wal'].reduce(
  (sum, suffix) => sum + (existsSync(db + suffix) ? statSync(db + suffix).size : 0),
  0,
);

const line = (name: string, r: { rps: number; p50: number; p99: number }) =>
  `  ${name.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(5)} ms   p99 ${r.p99.toFixed(1).padStart(5)} ms`;
const ratio = cds.rps / bareResult.rps;
process.stdout.write(
  [
    `server benchmark — ${duration} s per run, ${connections} connections, request ${(body.length / 1024).toFixed(1)} KiB, response ${(canned.length / 1024).toFixed(1)} KiB (node ${process.version})`,
    line('bare fastify route (parse + canned)', bareResult),
    line('order-select (full prefetch, audit)', cds),
    line('order-select at 500 req/s', paced),
    `  audit: ${records} CDS call records, ${(recordBytes / Math.max(records, 1)).toFixed(0)} bytes per record as stored; ${(fileBytes / Math.max(records, 1)).toFixed(0)} bytes per record on disk (database file and WAL)`,
    `  throughput ratio: ${ratio.toFixed(2)} (goal ≥ 0.5: ${ratio >= 0.5 ? 'met' : 'NOT met'}); p99 at 500 req/s: ${paced.p99.toFixed(1)} ms (goal < 20 ms: ${paced.p99 < 20 ? 'met' : 'NOT met'})`,
    '',
  ].join('\n'),
);
