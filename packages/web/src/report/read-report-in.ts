import { type Reading, readReport } from '@spine-advisor/engine';
import type { Lang } from '../text/lang.js';

/**
 * A scan report read with its explanations and summary in `lang`: the one place to pass the
 * language on when the engine's report reader speaks Spanish.
 */
export function readReportIn(_lang: Lang, report: string, age: number): Reading {
  return readReport(report, age);
}
