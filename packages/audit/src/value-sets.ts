import { readFile } from 'node:fs/promises';
import { systems } from '@spine-advisor/fhir';
import { z } from 'zod';
import { codedExclusions } from './result.js';
import type { Row } from './sql-database.js';

/** One code list: ICD-10-CM prefixes, exact codes per system, medication ingredient names (and RxNorm ingredient ids). */
const ValueSetSchema = z.strictObject({
  icd10cm: z.array(z.string().min(1)).optional(),
  snomed: z.array(z.string().min(1)).optional(),
  cpt: z.array(z.string().regex(/^\d{4}[0-9A-Z]$/, 'a CPT number (no descriptor)')).optional(),
  loinc: z.array(z.string().min(1)).optional(),
  v3ActCode: z.array(z.string().min(1)).optional(),
  rxnorm: z.array(z.string().regex(/^\d+$/, 'an RxNorm concept id')).optional(),
  names: z.array(z.string().min(1)).optional(),
});

/** The value sets the measure reads; a replacement file must name each of them. */
export const valueSetIds = [
  'low-back-pain',
  'inpatient-stay',
  'imaging-radiography',
  'imaging-ct',
  'imaging-mri',
  ...codedExclusions,
  'osteoporosis-medications',
  'corticosteroids',
  'hospice',
  'palliative-care',
  'frailty',
  'advanced-illness',
  'dementia-medications',
] as const;

/** A value set id. */
export type ValueSetId = (typeof valueSetIds)[number];

/** The code lists file (`value-sets/default.json`, or `--value-sets FILE`). */
export const ValueSetsSchema = z.object({
  version: z.string(),
  valueSets: z.record(z.enum(valueSetIds), ValueSetSchema),
});

/** The code lists. */
export type ValueSets = z.infer<typeof ValueSetsSchema>;

/** Where the bundled code lists are. */
export const defaultValueSetsFile = new URL('../value-sets/default.json', import.meta.url);

/** Read and check a code lists file; throws naming the file, and each bad field by its path. */
export async function loadValueSets(file: string | URL = defaultValueSetsFile): Promise<ValueSets> {
  const name = String(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${name}: cannot read it${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: not a value sets file: not JSON (${(error as Error).message})`);
  }
  const parsed = ValueSetsSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '/'}: ${i.message}`).join('; ');
    throw new Error(`${name}: not a value sets file: ${where}`);
  }
  return parsed.data;
}

const v3ActCode = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/** Rows of the `code_set` table: codes normalised as the SQL normalises data (no dots, upper case). */
export function codeSetRows(valueSets: ValueSets): Row[] {
  const rows: Row[] = [];
  const add = (valueSet: string, system: string, codes: readonly string[] | undefined, prefix: boolean) => {
    for (const code of codes ?? []) {
      rows.push({
        value_set: valueSet,
        system,
        code: code.replace(/\./g, '').toUpperCase(),
        is_prefix: prefix ? 1 : 0,
      });
    }
  };
  for (const [id, set] of Object.entries(valueSets.valueSets)) {
    add(id, systems.icd10cm, set.icd10cm, true);
    add(id, systems.icd10, set.icd10cm, true);
    add(id, systems.snomed, set.snomed, false);
    add(id, systems.cpt, set.cpt, false);
    add(id, systems.loinc, set.loinc, false);
    add(id, v3ActCode, set.v3ActCode, false);
    add(id, systems.rxnorm, set.rxnorm, false);
    for (const name of set.names ?? [])
      rows.push({ value_set: id, system: 'name', code: name.toLowerCase(), is_prefix: 0 });
  }
  return rows;
}
