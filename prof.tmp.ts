import { caseFromFhir, toPatientRecord } from '@spine-advisor/fhir';
import { recordsByPatient } from './packages/fhir/src/testing/node/real-records.ts';
const now = new Date('2026-12-01T12:00:00Z');
const res = recordsByPatient('sample-bulk-10-patients').get('79a66c97-6131-3213-f3c9-4606946ab056')!;
const times: number[] = [];
for (let i = 0; i < 30; i++) { const t = performance.now(); caseFromFhir(toPatientRecord(res as never), now); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log('median', times[15].toFixed(1), 'p95', times[28].toFixed(1), 'first', times);
