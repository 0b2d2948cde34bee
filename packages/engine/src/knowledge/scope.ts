import type { CaseField } from '../case.js';
import type { Citation } from './sources.js';
import { thresholds } from './thresholds.js';

/**
 * Who the engine assesses: adults. Under 18 the assessment is out of scope (no ACR rating or imaging
 * choice), but the urgency of any red flag found still stands (contract section 3).
 */
export const scopeRule = {
  id: 'out-of-scope-under-18',
  reads: ['age'],
  minimumAge: thresholds.adultAge,
  source: { id: 'acp-2017', section: 'target population: adults' },
} as const satisfies { id: string; reads: readonly CaseField[]; minimumAge: number; source: Citation };
