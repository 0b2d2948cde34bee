/** Code system URIs used in FHIR `Coding.system` (codes.md §1, HL7 Terminology). */
export const systems = {
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  icd9cm: 'http://hl7.org/fhir/sid/icd-9-cm',
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  cpt: 'http://www.ama-assn.org/go/cpt',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  pamaRating: 'http://fhir.org/argonaut/CodeSystem/pama-rating',
} as const;

/** The code systems the readers match, each with the URIs that name it (HL7 OIDs as aliases). */
export const codeSystemUris = {
  snomed: [systems.snomed, 'urn:oid:2.16.840.1.113883.6.96'],
  icd10: [systems.icd10cm, systems.icd10, 'urn:oid:2.16.840.1.113883.6.90', 'urn:oid:2.16.840.1.113883.6.3'],
  icd9: [systems.icd9cm, 'http://hl7.org/fhir/sid/icd-9', 'urn:oid:2.16.840.1.113883.6.103'],
  rxnorm: [systems.rxnorm, 'urn:oid:2.16.840.1.113883.6.88'],
  loinc: [systems.loinc, 'urn:oid:2.16.840.1.113883.6.1'],
} as const;

/** A code system the readers match. */
export type CodeSystemKind = keyof typeof codeSystemUris;

const kindByUri = new Map<string, CodeSystemKind>(
  (Object.entries(codeSystemUris) as [CodeSystemKind, readonly string[]][]).flatMap(([kind, uris]) =>
    uris.map((uri) => [uri, kind] as const),
  ),
);

/** Which code system a `Coding.system` URI names, if one the readers match. */
export function codeSystemOf(uri: string | undefined): CodeSystemKind | undefined {
  return uri === undefined ? undefined : kindByUri.get(uri);
}

/** How a code system is named on a card. */
export const codeSystemLabels: Record<CodeSystemKind, string> = {
  snomed: 'SNOMED CT',
  icd10: 'ICD-10-CM',
  icd9: 'ICD-9-CM',
  rxnorm: 'RxNorm',
  loinc: 'LOINC',
};
