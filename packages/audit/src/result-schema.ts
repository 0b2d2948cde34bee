import { caseFields, procedureIds } from '@spine-advisor/engine';
import { z } from 'zod';
import { type AuditResult, exclusionReasons } from './result.js';

// Browser-safe (the web app checks a result file with it): zod and the engine's tables only.

const count = z.int().nonnegative();
const isoDate = z.iso.date();
const reference = z.string().min(1);
const support = z.enum(['supported', 'not-supported', 'undetermined']);

const SupportCountsSchema = z.object({
  total: count,
  supported: count,
  notSupported: count,
  undetermined: count,
});

const ImagingEntrySchema = z.object({
  date: isoDate,
  procedure: z.enum(procedureIds),
  daysAfterIesd: z.int(),
  inWindow: z.boolean(),
  support,
  urgency: z.string().nullable(),
  acrVariant: z.int().positive().nullable(),
  missing: z.array(z.enum(caseFields)),
  study: reference,
  modality: z.enum(['radiography', 'ct', 'mri']),
  site: reference.nullable(),
  practitioner: reference.nullable(),
  facts: z.array(z.string()),
});

const AuditPatientSchema = z.object({
  patient: reference,
  ageAtYearEnd: z.int().nullable(),
  stratum: z.enum(['18-64', '65-75']).nullable(),
  iesd: isoDate.nullable(),
  status: z.enum(['not-eligible', 'excluded', 'imaged', 'not-imaged']),
  reason: z.enum(['age', 'no-qualifying-visit', 'prior-lbp-diagnosis', 'intake-period']).nullable(),
  exclusions: z.array(z.enum(exclusionReasons)),
  imaging: z.array(ImagingEntrySchema),
});

const StratumResultSchema = z.object({
  stratum: z.enum(['18-64', '65-75', 'total']),
  eligible: count,
  excluded: count,
  denominator: count,
  numerator: count,
  rate: z.number().min(0).max(1).nullable(),
});

/**
 * The audit result (`spine-advisor audit --json`, contract section 6) as a schema, for reading a
 * result file back. Unknown fields are ignored (later versions may add some); `schemaVersion` must
 * be 1, and each stratum must appear once.
 */
export const AuditResultSchema: z.ZodType<AuditResult> = z.object({
  schemaVersion: z.literal(1),
  measurementYear: z.int().min(1900).max(9999),
  knowledgeVersion: z.string(),
  valueSetsVersion: z.string(),
  input: z.object({
    files: count,
    resources: count,
    invalidLines: count,
    byType: z.record(z.string(), count),
  }),
  strata: z.array(StratumResultSchema).superRefine((strata, ctx) => {
    for (const stratum of ['18-64', '65-75', 'total'] as const) {
      const n = strata.filter((s) => s.stratum === stratum).length;
      if (n !== 1) ctx.addIssue({ code: 'custom', message: `stratum ${stratum} appears ${n} times, not once` });
    }
  }),
  exclusions: z.partialRecord(z.enum(exclusionReasons), count),
  imaging: SupportCountsSchema,
  appropriateness: z.object({
    byModality: z.record(z.string(), SupportCountsSchema),
    bySite: z.record(z.string(), SupportCountsSchema),
    byPractitioner: z.record(z.string(), SupportCountsSchema),
    topMissing: z.array(z.object({ field: z.enum(caseFields), studies: count })),
  }),
  patients: z.array(AuditPatientSchema),
});
