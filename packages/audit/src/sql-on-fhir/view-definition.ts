// The SQL on FHIR v2 ViewDefinition resource, as far as a runner reads it
// (https://sql-on-fhir.org/ig/latest/StructureDefinition-ViewDefinition.html).
import { z } from 'zod';

const NameSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a name starts with a letter: letters, digits, _');
/** FHIR elements every backbone element may carry; the runner ignores them. */
const elementFields = { id: z.string().optional(), extension: z.array(z.unknown()).optional() };

/** One output column: a FHIRPath expression evaluated in the current select's context. */
export const ColumnSchema = z.strictObject({
  ...elementFields,
  name: NameSchema,
  path: z.string().min(1),
  description: z.string().optional(),
  collection: z.boolean().optional(),
  type: z.string().optional(),
  tag: z.array(z.strictObject({ name: z.string(), value: z.string() })).optional(),
});
/** One output column of a ViewDefinition. */
export type Column = z.infer<typeof ColumnSchema>;

/** A select: columns, nested selects and a union of selects, optionally iterating a collection. */
export interface Select {
  column?: Column[] | undefined;
  select?: Select[] | undefined;
  unionAll?: Select[] | undefined;
  forEach?: string | undefined;
  forEachOrNull?: string | undefined;
  repeat?: string[] | undefined;
}

/** Schema of a select, recursive through `select` and `unionAll`. */
export const SelectSchema: z.ZodType<Select> = z.lazy(() =>
  z
    .strictObject({
      ...elementFields,
      column: z.array(ColumnSchema).optional(),
      select: z.array(SelectSchema).optional(),
      unionAll: z.array(SelectSchema).min(1).optional(),
      forEach: z.string().min(1).optional(),
      forEachOrNull: z.string().min(1).optional(),
      repeat: z.array(z.string().min(1)).min(1).optional(),
    })
    .refine((s) => [s.forEach, s.forEachOrNull, s.repeat].filter((x) => x !== undefined).length <= 1, {
      message: 'at most one of forEach, forEachOrNull and repeat',
    }),
);

/** A named constant, `%name` in FHIRPath, with exactly one `value[x]`. */
export const ConstantSchema = z
  .looseObject({ name: NameSchema })
  .refine((c) => Object.keys(c).filter((k) => k.startsWith('value')).length === 1, {
    message: 'a constant has exactly one value[x]',
  });
/** A named constant: `{name, valueString: 'x'}` and so on. */
export type Constant = z.infer<typeof ConstantSchema>;

/** The ViewDefinition resource; other FHIR metadata (url, meta, text…) is allowed and ignored. */
export const ViewDefinitionSchema = z.looseObject({
  resourceType: z.literal('ViewDefinition').optional(),
  name: z.string().optional(),
  status: z.string().optional(),
  resource: z.string().regex(/^[A-Z][A-Za-z]+$/, 'a FHIR resource type'),
  constant: z.array(ConstantSchema).optional(),
  select: z.array(SelectSchema).min(1),
  where: z
    .array(z.strictObject({ ...elementFields, path: z.string().min(1), description: z.string().optional() }))
    .optional(),
});
/** A SQL on FHIR v2 ViewDefinition. */
export type ViewDefinition = z.infer<typeof ViewDefinitionSchema>;
