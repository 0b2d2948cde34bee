import { z } from 'zod';
import { type CaseField, ConditionIdSchema, caseFields } from './case.js';
import { procedureIds } from './knowledge/procedures.js';
import { type SourceId, sources } from './knowledge/sources.js';
import { urgencyIds } from './knowledge/urgency.js';

/** Procedure ids as a schema (contract section 3). */
export const ProcedureIdSchema = z.enum(procedureIds);

/** Urgency levels as a schema, most time-critical first. */
export const UrgencySchema = z.enum(urgencyIds);

/** Source ids as a schema. */
export const SourceIdSchema = z.enum(Object.keys(sources) as [SourceId, ...SourceId[]]);

/** One rule that fired, with the facts it read and its source. */
export const TraceEntrySchema = z.strictObject({
  rule: z.string().describe('Id of the rule that fired.'),
  because: z.string().describe('The facts it read, as field = value.'),
  source: SourceIdSchema.describe('Id of the source the rule cites (see `sources`).'),
  section: z.string().optional().describe('Section of the source, where useful.'),
});

/** The assessment (contract section 3). */
export const AssessmentSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    knowledgeVersion: z.string(),
    inScope: z
      .boolean()
      .describe(
        'False for under-18s: no ACR rating or imaging choice, but urgency still says how fast to get help (emergency when emergency signs are present); the headline says why.',
      ),
    urgency: UrgencySchema.describe(
      'emergency = now (same day); urgent = within 24–48 hours; soon = within about a week; routine = planned; none = imaging not indicated now.',
    ),
    headline: z.string().describe('One plain-language sentence.'),
    acrVariant: z
      .literal([1, 2, 3, 4, 5, 6, 7])
      .nullable()
      .describe('ACR Appropriateness Criteria Low Back Pain (2021) variant.'),
    recommended: z.array(ProcedureIdSchema).describe('First-choice imaging now; empty when none is indicated.'),
    alternatives: z
      .array(ProcedureIdSchema)
      .describe('Acceptable when the first choice is unavailable or contraindicated.'),
    ratings: z
      .array(
        z.strictObject({
          procedure: ProcedureIdSchema,
          category: z.enum(['usually-appropriate', 'may-be-appropriate', 'usually-not-appropriate']),
          radiation: z.int().min(0).max(5).describe('ACR relative radiation level 0–5.'),
          note: z.string().optional(),
        }),
      )
      .describe('Every procedure of the matched variant.'),
    redFlags: z.array(
      z.strictObject({
        id: z.string(),
        condition: ConditionIdSchema,
        label: z.string(),
      }),
    ),
    suspected: z.array(ConditionIdSchema),
    nextSteps: z.array(z.string()),
    reassessAfterWeeks: z.number().min(0).nullable(),
    missing: z
      .array(
        z.strictObject({
          field: z.enum(caseFields as [CaseField, ...CaseField[]]),
          question: z.string(),
          why: z.string(),
        }),
      )
      .describe('Unanswered fields whose answer could raise the urgency or change the imaging, most urgent first.'),
    questionsToAsk: z.array(z.string()),
    trace: z.array(TraceEntrySchema).describe('Every rule that fired, in order.'),
    sources: z.array(
      z.strictObject({
        id: SourceIdSchema,
        citation: z.string(),
        url: z.string(),
      }),
    ),
    conflicts: z
      .array(
        z.strictObject({
          fields: z.array(z.enum(caseFields as [CaseField, ...CaseField[]])),
          message: z.string(),
        }),
      )
      .describe('Answers that contradict each other; read the safer way and asked again through `missing`.'),
    disclaimer: z.string().describe('Informs, does not diagnose; what to do in an emergency.'),
  })
  .describe('What a case means for imaging: how fast, which scan, why, and what is still unknown.');

/** An assessment (contract section 3). */
export type Assessment = z.infer<typeof AssessmentSchema>;

/** One trace entry. */
export type TraceEntry = z.infer<typeof TraceEntrySchema>;
