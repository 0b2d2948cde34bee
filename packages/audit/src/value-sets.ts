import { readFile } from 'node:fs/promises';
import { codeSystemUris, systems } from '@spine-advisor/fhir';
import { z } from 'zod';
import { codedExclusions } from './result.js';
import type { Row } from './sql-database.js';

/** One code list: ICD-10-CM prefixes, exact codes per system, medication ingredient names (and RxNorm ingredient ids). */
const ValueSetSchema = z.strictObject({
  icd10cm: z.array(z.string().min(1)).optional(),
  icd10pcs: z.array(z.string().regex(/^[0-9A-HJ-NP-Z]{1,7}$/, 'an ICD-10-PCS code or prefix')).optional(),
  snomed: z.array(z.string().min(1)).optional(),
  cpt: z.array(z.string().regex(/^\d{4}[0-9A-Z]$/, 'a CPT number (no descriptor)')).optional(),
  loinc: z.array(z.string().min(1)).optional(),
  v3ActCode: z.array(z.string().min(1)).optional(),
  dicom: z.array(z.string().min(1)).optional(),
  hcpcs: z.array(z.string().regex(/^[A-V]\d{4}$/, 'a HCPCS Level II code')).optional(),
  dischargeDisposition: z.array(z.string().min(1)).optional(),
  pos: z.array(z.string().regex(/^\d{2}$/, 'a two-digit place of service code')).optional(),
  codings: z.array(z.string().regex(/^[^|]+\|[^|]+$/, 'system|code')).optional(),
  rxnorm: z.array(z.string().regex(/^\d+$/, 'an RxNorm concept id')).optional(),
  names: z.array(z.string().min(1)).optional(),
});

/** The value sets the measure reads; a replacement file must name each of them. */
export const valueSetIds = [
  'low-back-pain',
  'inpatient-stay',
  'lab-claim',
  'imaging-radiography',
  'imaging-ct',
  'imaging-mri',
  'lumbar-spine',
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

/** The URIs that name each code system of the lists: FHIR's, its HL7 OID and older spellings seen in exports. */
export const systemUris = {
  icd10cm: codeSystemUris.icd10,
  icd10pcs: ['http://www.cms.gov/Medicare/Coding/ICD10', 'urn:oid:2.16.840.1.113883.6.4'],
  snomed: codeSystemUris.snomed,
  cpt: [systems.cpt, 'urn:oid:2.16.840.1.113883.6.12'],
  loinc: codeSystemUris.loinc,
  v3ActCode: [
    'http://terminology.hl7.org/CodeSystem/v3-ActCode',
    'urn:oid:2.16.840.1.113883.5.4',
    'http://hl7.org/fhir/v3/ActCode',
  ],
  rxnorm: codeSystemUris.rxnorm,
  dicom: ['http://dicom.nema.org/resources/ontology/DCM', 'urn:oid:1.2.840.10008.2.16.4'],
  hcpcs: [
    'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
    'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
    'urn:oid:2.16.840.1.113883.6.285',
  ],
  dischargeDisposition: ['http://terminology.hl7.org/CodeSystem/discharge-disposition'],
  pos: [
    'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set',
    'urn:oid:2.16.840.1.113883.6.50',
  ],
} as const satisfies Record<Exclude<keyof z.infer<typeof ValueSetSchema>, 'names' | 'codings'>, readonly string[]>;

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
    for (const [kind, uris] of Object.entries(systemUris) as [keyof typeof systemUris, readonly string[]][]) {
      for (const uri of uris) add(id, uri, set[kind], kind === 'icd10cm' || kind === 'icd10pcs');
    }
    for (const coding of set.codings ?? []) {
      const [system = '', code] = coding.split('|');
      add(id, system, [code ?? ''], false);
    }
    for (const name of set.names ?? [])
      rows.push({ value_set: id, system: 'name', code: name.toLowerCase(), is_prefix: 0 });
  }
  return rows;
}
