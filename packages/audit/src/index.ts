export { type AuditOptions, runAudit } from './audit.js';
export { auditCommand, auditExitCodes, auditUsage, type CommandIo, synthCommand } from './cli.js';
export { evidenceCsv } from './evidence.js';
export { type Judgement, judgeStudy, type Support } from './judge.js';
export { type MeasureRows, runMeasure } from './measure.js';
export { renderReport } from './report/render-report.js';
export type { AuditPatient, AuditResult, ExclusionReason, ImagingEntry, StratumResult } from './result.js';
export * from './sql-on-fhir/index.js';
export { loadValueSets, type ValueSets } from './value-sets.js';
