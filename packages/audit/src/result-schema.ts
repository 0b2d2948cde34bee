import { caseFields, type ProcedureId, procedureIds } from '@spine-advisor/engine';
import { z } from 'zod';
import { type AuditResult, exclusionReasons, type Modality, supportBy, topMissing } from './result.js';

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

const modalities = ['radiography', 'ct', 'mri'] as const satisfies readonly Modality[];

/** The modality of a lumbar study's procedure id, when its name says it. */
function modalityOf(procedure: ProcedureId): Modality | undefined {
  if (procedure === 'radiography-lumbar') return 'radiography';
  if (procedure.startsWith('mri-')) return 'mri';
  if (procedure.startsWith('ct-')) return 'ct';
  return undefined;
}

// The fields the contract adds to (study, modality, site, practitioner, facts) may be absent from a
// result another tool wrote to contract section 6: each is filled in from the contract's fields.
const ImagingEntrySchema = z.object({
  date: isoDate,
  procedure: z.enum(procedureIds),
  daysAfterIesd: z.int(),
  inWindow: z.boolean(),
  support,
  urgency: z.string().nullable(),
  acrVariant: z.int().positive().nullable(),
  missing: z.array(z.enum(caseFields)),
  study: reference.optional(),
  modality: z.enum(modalities).optional(),
  site: reference.nullable().default(null),
  practitioner: reference.nullable().default(null),
  facts: z.array(z.string()).default([]),
});

const AuditPatientSchema = z
  .object({
    patient: reference,
    ageAtYearEnd: z.int().nullable(),
    stratum: z.enum(['18-64', '65-75']).nullable(),
    iesd: isoDate.nullable(),
    status: z.enum(['not-eligible', 'excluded', 'imaged', 'not-imaged']),
    reason: z.enum(['age', 'no-qualifying-visit', 'prior-lbp-diagnosis', 'intake-period']).nullable(),
    exclusions: z.array(z.enum(exclusionReasons)),
    imaging: z.array(ImagingEntrySchema),
  })
  .transform((p, ctx) => ({
    ...p,
    imaging: p.imaging.map((s, i) => {
      const modality = s.modality ?? modalityOf(s.procedure);
      if (modality === undefined)
        ctx.addIssue({ code: 'custom', input: undefined, path: ['imaging', i, 'modality'], message: 'required' });
      return { ...s, study: s.study ?? `${p.patient}, ${s.date}, ${s.procedure}`, modality: modality ?? 'radiography' };
    }),
  }));

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
 * be 1, and each stratum must appear once. What this tool adds to the contract (`valueSetsVersion`,
 * `appropriateness`, `names`, each study's reference, modality, site, practitioner and facts) may be absent, as
 * in a result another tool wrote: it is derived from the contract's fields (empty where it cannot be).
 */
export const AuditResultSchema: z.ZodType<AuditResult> = z
  .object({
    schemaVersion: z.literal(1),
    measurementYear: z.int().min(1900).max(9999),
    knowledgeVersion: z.string(),
    valueSetsVersion: z.string().default(''),
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
    appropriateness: z
      .object({
        byModality: z.record(z.string(), SupportCountsSchema),
        bySite: z.record(z.string(), SupportCountsSchema),
        byPractitioner: z.record(z.string(), SupportCountsSchema),
        topMissing: z.array(z.object({ field: z.enum(caseFields), studies: count })),
      })
      .optional(),
    names: z.record(z.string(), z.string()).default({}),
    patients: z.array(AuditPatientSchema),
  })
  .transform(({ appropriateness, patients, ...rest }) => {
    const studies = patients.flatMap((p) => p.imaging);
    return {
      ...rest,
      // Absent from a result written to the contract alone: the same breakdowns, from the studies.
      appropriateness: appropriateness ?? {
        byModality: supportBy(studies, (s) => s.modality),
        bySite: supportBy(studies, (s) => s.site),
        byPractitioner: supportBy(studies, (s) => s.practitioner),
        topMissing: topMissing(studies),
      },
      patients,
    };
  });
