import { z } from 'zod';
import { AssessmentSchema } from './assessment.js';
import { CaseSchema } from './case.js';
import { ReadingSchema } from './report/reading.js';

/** The JSON Schemas the CLI prints and the API publishes, generated from the zod schemas. */
export const jsonSchemas = {
  case: () => z.toJSONSchema(CaseSchema, { target: 'draft-2020-12', io: 'input' }),
  assessment: () => z.toJSONSchema(AssessmentSchema, { target: 'draft-2020-12', io: 'output' }),
  reading: () => z.toJSONSchema(ReadingSchema, { target: 'draft-2020-12', io: 'output' }),
} as const;

/** A schema name the CLI accepts. */
export type SchemaName = keyof typeof jsonSchemas;
