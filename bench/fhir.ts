/**
 * FHIR benchmark (not a test): order-select for the largest real record in packages/fhir/testdata
 * (Synthea patient 79a66c97…, 2,769 resources, ~3.3 MB as a CDS Hooks body), everything below HTTP:
 * parse the body text, validate the hook request, read each prefetch value, sort the record, read it
 * into a case, evaluate, and build the cards. The patient is made alive and given a back pain
 * diagnosis three weeks old, so the whole path runs. Goal: p95 under 100 ms on this machine.
 */
import { HookRequestSchema, readPrefetchValue, respondToOrders, toPatientRecord } from '@spine-advisor/fhir';
import { fixtureNow, searchset } from '@spine-advisor/fhir/testing';
import { recordsByPatient } from '../packages/fhir/src/testing/node/real-records.js';

const runs = Number(process.env.BENCH_RUNS ?? 60);
const id = '79a66c97-6131-3213-f3c9-4606946ab056';
const resources = recordsByPatient('sample-bulk-10-patients').get(id) ?? [];
const byType = (type: string) => resources.filter((r) => r.resourceType === type) as never[];
const { deceasedDateTime: _died, ...patient } = resources.find((r) => r.resourceType === 'Patient') ?? {};
const backPain = {
  resourceType: 'Condition',
  id: 'bench-lbp',
  code: { coding: [{ system: 'http://snomed.info/sct', code: '279039007' }] },
  onsetDateTime: '2026-11-10',
};
const draft = {
  resourceType: 'ServiceRequest',
  id: 'bench-mri',
  status: 'draft',
  intent: 'order',
  subject: { reference: `Patient/${id}` },
  code: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '72148' }] },
};
const body = JSON.stringify({
  hook: 'order-select',
  hookInstance: 'bench',
  context: {
    userId: 'Practitioner/u',
    patientId: id,
    selections: ['ServiceRequest/bench-mri'],
    draftOrders: searchset([draft as never]),
  },
  prefetch: {
    patient,
    conditions: searchset([...byType('Condition'), backPain as never]),
    medicationRequests: searchset(byType('MedicationRequest')),
    procedures: searchset(byType('Procedure')),
    encounters: searchset(byType('Encounter')),
  },
});
const options = { publicUrl: 'http://127.0.0.1', uuid: () => crypto.randomUUID(), qcdsmId: 'bench', unavailable: [] };

function orderSelect(): number {
  const request = HookRequestSchema.parse(JSON.parse(body));
  const all = Object.values(request.prefetch ?? {}).flatMap((v) => {
    const read = readPrefetchValue(v);
    return read.kind === 'resources' ? read.resources : [];
  });
  return respondToOrders(request, toPatientRecord(all), fixtureNow, options).response.cards.length;
}

for (let i = 0; i < 5; i++) orderSelect(); // warm-up
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const c = process.cpuUsage();
  const t = performance.now();
  if (orderSelect() !== 1) throw new Error('expected one card');
  wall.push(performance.now() - t);
  const d = process.cpuUsage(c);
  cpu.push((d.user + d.system) / 1000);
}
const at = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const line = (name: string, xs: number[]) =>
  `${name}: p50 ${at(xs, 0.5).toFixed(1)} ms, p95 ${at(xs, 0.95).toFixed(1)} ms`;
process.stdout.write(
  `order-select, ${resources.length} resources, ${(body.length / 1e6).toFixed(2)} MB body, ${runs} runs\n${line('wall', wall)}\n${line('cpu ', cpu)}\n`,
);
if (at(wall, 0.95) >= 100) process.exitCode = 1;
