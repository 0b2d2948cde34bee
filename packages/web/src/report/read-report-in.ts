import { type Reading, readReport } from '@spine-advisor/engine';
import type { Lang } from '../text/lang.js';

/** A scan report read with its explanations and summary in `lang` (the engine's report wording). */
export function readReportIn(lang: Lang, report: string, age: number): Reading {
  return readReport(report, age, undefined, { lang });
}
