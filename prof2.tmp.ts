import { caseFromFhir, toPatientRecord } from '@spine-advisor/fhir';
import { recordsByPatient } from './packages/fhir/src/testing/node/real-records.ts';
import { resourceSchemas } from './packages/fhir/src/resource-schemas.ts';
const now = new Date('2026-12-01T12:00:00Z');
const res = recordsByPatient('sample-bulk-10-patients').get('79a66c97-6131-3213-f3c9-4606946ab056')!;
const cpu = (f: () => void) => { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
const a: number[] = [], b: number[] = [];
for (let i = 0; i < 40; i++) {
  a.push(cpu(() => caseFromFhir(toPatientRecord(res as never), now)));
  b.push(cpu(() => { for (const r of res) { const s = (resourceSchemas as any)[r.resourceType as string]; s?.safeParse(r); } }));
}
const med = (x: number[]) => x.sort((p, q) => p - q)[Math.floor(x.length / 2)].toFixed(1);
console.log('caseFromFhir cpu median', med(a), 'zod only', med(b));
