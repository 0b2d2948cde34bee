import { z } from 'zod';
import { findingTypeIds } from '../knowledge/report-vocabulary.js';
import { discLevels, vertebrae } from './levels.js';

/** Finding types as a schema (contract section 5). */
export const FindingTypeSchema = z.enum(findingTypeIds);

/** One finding read from a report (contract section 5). */
export const FindingSchema = z.strictObject({
  type: FindingTypeSchema,
  level: z.enum([...discLevels, ...vertebrae]).nullable(),
  side: z.enum(['left', 'right', 'bilateral', 'central']).nullable(),
  severity: z.enum(['mild', 'moderate', 'severe']).nullable(),
  negated: z.boolean().describe('The report says it is absent.'),
  uncertain: z.boolean().describe('The report hedges it ("possible", "cannot be excluded").'),
  text: z.string().describe('The exact words of the report it was read from.'),
  urgent: z.boolean().describe('Needs same-day clinical contact (never for a negated finding).'),
  prevalenceWithoutPain: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe('Share of people of that age without back pain who show it (Brinjikji 2015), or null.'),
  explanation: z.string(),
  fit: z
    .enum(['needs-action', 'may-fit-symptoms', 'likely-incidental'])
    .nullable()
    .describe('With a case: whether the finding could fit the symptoms, honestly hedged; null without a case.'),
});

/** A report reading (contract section 5). */
export const ReadingSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    knowledgeVersion: z.string(),
    findings: z.array(FindingSchema).describe('Every finding mentioned, in report order, negated ones included.'),
    urgent: z.array(FindingTypeSchema).describe('The non-negated finding types that need same-day clinical contact.'),
    summary: z.string(),
  })
  .describe('What a lumbar spine imaging report says, in context.');

/** A report reading. */
export type Reading = z.infer<typeof ReadingSchema>;
/** A finding. */
export type Finding = z.infer<typeof FindingSchema>;

/** The input of a reading: the report text, the person's age, and optionally their case. */
export const ReadingRequestSchema = z.strictObject({
  text: z.string().min(1).max(100_000).describe('The report, as plain text.'),
  age: z.int().min(0).max(130).describe('Age in years, for how common each finding is without pain.'),
  case: z.unknown().optional().describe('Optionally, the case (contract section 2), to relate findings to symptoms.'),
});
