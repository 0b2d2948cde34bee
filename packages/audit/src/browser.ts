// The browser-safe part of the audit package (`@spine-advisor/audit/browser`): the result's shape,
// its schema and the figures drawn from it. The package's main entry reads files and runs DuckDB, so
// it is Node only; nothing here may import a Node built-in or DuckDB (a lint rule keeps it so).

export type { Support } from './judge.js';
export {
  type AuditPatient,
  type AuditResult,
  type AuditStudy,
  countSupport,
  type ExclusionReason,
  exclusionReasons,
  exclusionsOf,
  type FunnelStep,
  funnelOf,
  funnelSteps,
  type ImagingEntry,
  type Modality,
  type NotEligibleReason,
  namer,
  type PatientStatus,
  type Stratum,
  type StratumResult,
  type SupportCounts,
  studiesOf,
  type WeekInWindow,
  weeksOf,
} from './result.js';
export { AuditResultSchema } from './result-schema.js';
