/**
 * Engine benchmark (not a test): evaluations per second over 10,000 generated cases on one thread,
 * and evaluate() time against JSON.stringify of its own outputs, measured in the same run.
 * Goal: evaluate() costs no more than 2× serialising its own output.
 */
import { performance } from 'node:perf_hooks';
import { type Assessment, evaluate } from '@spine-advisor/engine';
import fc from 'fast-check';
import { caseArbitrary } from '../packages/engine/src/testing/arbitraries.js';

const count = 10_000;
const rounds = 7;
const cases = fc.sample(caseArbitrary, { numRuns: count, seed: 20261201 });

function timeEvaluate(): { ms: number; outputs: Assessment[] } {
  const outputs = new Array<Assessment>(cases.length);
  const start = performance.now();
  for (let i = 0; i < cases.length; i++) outputs[i] = evaluate(cases[i] as (typeof cases)[number]);
  return { ms: performance.now() - start, outputs };
}

function timeStringify(outputs: readonly Assessment[]): { ms: number; bytes: number } {
  let bytes = 0;
  const start = performance.now();
  for (const o of outputs) bytes += JSON.stringify(o).length;
  return { ms: performance.now() - start, bytes };
}

// Warm up both paths so the JIT has compiled them before measuring.
for (let i = 0; i < 2; i++) timeStringify(timeEvaluate().outputs);

const evalTimes: number[] = [];
const jsonTimes: number[] = [];
let bytes = 0;
for (let r = 0; r < rounds; r++) {
  const e = timeEvaluate();
  const j = timeStringify(e.outputs);
  evalTimes.push(e.ms);
  jsonTimes.push(j.ms);
  bytes = j.bytes;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const evalMs = median(evalTimes);
const jsonMs = median(jsonTimes);
const ratio = evalMs / jsonMs;

const lines = [
  `engine benchmark — ${count} generated cases, ${rounds} rounds, median (node ${process.version})`,
  `  evaluate():            ${evalMs.toFixed(1)} ms  →  ${Math.round((count / evalMs) * 1000).toLocaleString('en')} evaluations/s`,
  `  JSON.stringify(output): ${jsonMs.toFixed(1)} ms  (${(bytes / count / 1024).toFixed(1)} KiB per assessment)`,
  `  ratio evaluate / stringify: ${ratio.toFixed(2)}×  (goal ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'})`,
  `  heap used: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB`,
];
process.stdout.write(`${lines.join('\n')}\n`);

// Report reading: a realistic ~3 KB report, read many times; median of rounds (the machine is shared).
const { assertionOf, readReport } = await import('@spine-advisor/engine');
const { reports } = await import('../packages/engine/src/testing/reports.js');
const { assertionCorpus } = await import('../packages/engine/src/testing/assertion-corpus.js');
let report = '';
for (const r of reports) {
  if (report.length + r.text.length > 3072) break;
  report += `${r.text}\n`;
}
const readings = 1_000;
for (let i = 0; i < 500; i++) readReport(report, 55);
const readTimes: number[] = [];
let findingsRead = 0;
for (let r = 0; r < rounds; r++) {
  const start = performance.now();
  for (let i = 0; i < readings; i++) findingsRead = readReport(report, 55).findings.length;
  readTimes.push((performance.now() - start) / readings);
}
const readMs = median(readTimes);
process.stdout.write(
  `report reading — ${(report.length / 1024).toFixed(1)} KiB report, ${findingsRead} findings each\n  ${readMs.toFixed(3)} ms per report (goal < 1 ms: ${readMs < 1 ? 'met' : 'NOT met'}), ${Math.round(1000 / readMs).toLocaleString('en')} reports/s\n`,
);

// Assertion of one phrase: every sentence of the annotated corpus (radiology and general notes).
const asked = 50_000;
const assertTimes: number[] = [];
for (let r = 0; r < rounds + 1; r++) {
  const start = performance.now();
  for (let i = 0; i < asked; i++) {
    const row = assertionCorpus[i % assertionCorpus.length];
    if (row) assertionOf(row.sentence, row.concept);
  }
  if (r > 0) assertTimes.push(((performance.now() - start) * 1000) / asked);
}
const assertUs = median(assertTimes);
process.stdout.write(
  `assertionOf — ${assertionCorpus.length} annotated sentences\n  ${assertUs.toFixed(2)} µs per sentence (goal ≤ 20 µs: ${assertUs <= 20 ? 'met' : 'NOT met'})\n`,
);
