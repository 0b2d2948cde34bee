/**
 * Value sets the FHIR reader matches codes against: our own expansions, one per concept, each with
 * where its codes come from. Codes are those checked in ../shared/interop/codes.md (V or V2 there),
 * plus the SNOMED CT codes Synthea emits for the concepts we read (named "Synthea" below, as seen in
 * its modules and exports). ICD-10(-CM) and ICD-9-CM entries are prefixes: the classification is a
 * hierarchy by prefix, so M54.50 is under M54.5 and C34.90 under C. SNOMED CT is not hierarchical by
 * its codes: a deployment can point the service at a FHIR terminology server that replaces these
 * expansions (`$expand`) and answers what they lack (`$subsumes` under `snomedRoots`). `text` lists
 * whole-word phrases read when a concept carries no recognised code (a text-only entry).
 */

/** One concept's codes by system, with their source. */
export interface ValueSet {
  readonly title: string;
  readonly source: string;
  /** SNOMED CT concept ids (exact). */
  readonly snomed: readonly string[];
  /** ICD-10-CM or WHO ICD-10 code prefixes, dots optional. */
  readonly icd10: readonly string[];
  /** ICD-9-CM code prefixes, dots optional. */
  readonly icd9?: readonly string[];
  /** RxNorm ingredient or product codes (exact). */
  readonly rxnorm?: readonly string[];
  /** Lower-case phrases matched as whole words in `CodeableConcept.text` or a coding's display. */
  readonly text?: readonly string[];
  /** SNOMED CT concepts whose descendants belong here (asked of a terminology server, never guessed). */
  readonly snomedRoots?: readonly string[];
}

const codesMd = 'codes.md (V)';

/** Every value set, by id. */
export const fhirValueSets = {
  'low-back-pain': {
    title: 'Low back pain, sciatica and lumbar degenerative disorders',
    source: `${codesMd} §2.1–2.3, §3; ICD-9-CM 724.2 lumbago, 724.3 sciatica, 724.5 backache (CMS ICD-9-CM index)`,
    icd10: [
      'M54.5',
      'M54.3',
      'M54.4',
      'M54.16',
      'M54.17',
      'M54.89',
      'M54.9',
      'M51.06',
      'M51.16',
      'M51.17',
      'M51.26',
      'M51.27',
      'M51.36',
      'M51.37',
      'M48.06',
      'M48.07',
      'M47.26',
      'M47.27',
      'M47.816',
      'M47.817',
      'M53.86',
      'M62.830',
      'S39.012',
      'S33.5',
    ],
    icd9: ['724.2', '724.3', '724.5', '722.10', '722.52', '724.02'],
    snomed: [
      '279039007',
      '278862001',
      '278860009',
      '279040009',
      '161891005',
      '134407002',
      '300956001',
      '309710005',
      '203095000',
      '23056005',
      '128196005',
      '2415007',
      '202708005',
      '202735001',
      '20021007',
      '26538006',
      '34139004',
      '239880009',
      '274152003',
      '18347007',
      '370471003',
    ],
    text: ['low back pain', 'lower back pain', 'lumbago', 'sciatica', 'lumbar radiculopathy', 'backache'],
    snomedRoots: ['279039007'],
  },
  'radicular-leg-pain': {
    title: 'Sciatica and lumbosacral radiculopathy: back pain with leg symptoms from a nerve root',
    source: `${codesMd} §2.1–2.2 (M54.3x sciatica, M54.4x lumbago with sciatica, M54.16/M54.17 radiculopathy, M51.16/M51.17 disc disorder with radiculopathy, M47.26/M47.27 spondylosis with radiculopathy), §3 (SNOMED CT 23056005, 128196005, 2415007, 202735001); M54.18 "Radiculopathy, sacral and sacrococcygeal region" corroborated by several public ICD-10-CM tables (V2); ICD-9-CM 724.3 sciatica. Cervical, thoracic and thoracolumbar radiculopathy (M54.11–M54.15, M51.14–M51.15) and site unspecified (M54.19) are left out: they do not say the symptoms are in the legs`,
    icd10: ['M54.3', 'M54.4', 'M54.16', 'M54.17', 'M54.18', 'M51.16', 'M51.17', 'M47.26', 'M47.27'],
    icd9: ['724.3'],
    snomed: ['23056005', '128196005', '2415007', '202735001'],
    text: ['sciatica', 'lumbar radiculopathy', 'lumbosacral radiculopathy'],
    snomedRoots: ['23056005', '128196005'],
  },
  'chronic-back-pain': {
    title: 'Back pain that is chronic by definition (over 12 weeks)',
    source: `${codesMd} §3; ACP 2017: chronic is over 12 weeks`,
    icd10: [],
    snomed: ['278860009', '134407002'],
    text: ['chronic low back pain', 'chronic back pain'],
  },
  malignancy: {
    title: 'Malignant neoplasm (any site)',
    source: `${codesMd} §2.4 (ICD-10-CM chapter 2, C00–C96), §3; Synthea breast, colorectal, lung, prostate and leukaemia modules; ICD-9-CM 140–208`,
    icd10: ['C'],
    icd9: ['14', '15', '16', '17', '18', '19', '200', '201', '202', '203', '204', '205', '206', '207', '208'],
    snomed: [
      '363346000',
      '128462008',
      '94222008',
      '109989006',
      // Synthea breast cancer
      '254837009',
      '188151006',
      // Synthea colorectal cancer
      '363406005',
      '109838007',
      '93761005',
      '94260004',
      // Synthea lung cancer
      '254637007',
      '254632001',
      '424132000',
      '425048006',
      '422968005',
      '423121009',
      '67811000119102',
      '67821000119109',
      '67831000119107',
      '67841000119103',
      // Synthea prostate cancer
      '92691004',
      '314994000',
      // Synthea acute myeloid leukaemia
      '91861009',
    ],
    text: ['malignant neoplasm', 'metastatic cancer', 'carcinoma', 'lymphoma', 'myeloma', 'leukemia', 'leukaemia'],
    snomedRoots: ['363346000'],
  },
  'history-of-malignancy': {
    title: 'Personal history of malignant neoplasm',
    source: `${codesMd} §2.4 (Z85)`,
    icd10: ['Z85'],
    icd9: ['V10'],
    snomed: [],
    text: ['history of cancer', 'history of malignant neoplasm'],
  },
  'spinal-malignancy': {
    title: 'Malignancy in the spine or its bone',
    source: `${codesMd} §2.4, §3`,
    icd10: ['C79.51', 'C79.52', 'C41.2', 'C72.0', 'M84.58'],
    snomed: ['94222008', '274146004'],
  },
  osteoporosis: {
    title: 'Osteoporosis',
    source: `${codesMd} §2.4, §3; Synthea 443165006 pathological fracture due to osteoporosis`,
    icd10: ['M80', 'M81'],
    icd9: ['733.0'],
    snomed: ['64859006', '102447009', '390833005', '240198002', '443165006'],
    text: ['osteoporosis'],
  },
  immunosuppression: {
    title: 'Immunosuppressed state: HIV, transplant, immunodeficiency',
    source: `${codesMd} §2.4, §3`,
    icd10: ['B20', 'Z21', 'Z94.0', 'Z94.81', 'D84.9'],
    snomed: ['86406008', '234532001'],
  },
  'spinal-infection': {
    title: 'Vertebral osteomyelitis, discitis, spinal epidural abscess, spinal tuberculosis',
    source: `${codesMd} §2.4, §3`,
    icd10: ['M46.26', 'M46.27', 'M46.36', 'M46.37', 'M46.46', 'M46.47', 'M46.56', 'M46.57', 'G06.1', 'G06.2', 'A18.01'],
    snomed: ['203241002', '2304001', '302935008', '35984006'],
  },
  'recent-infection': {
    title: 'Infection elsewhere that can seed the spine: urinary, bloodstream, skin',
    source:
      'NICE NG59 and red-flags.md §4 (recent bacterial infection); ICD-10-CM N39.0, N10, A40–A41, R78.81, L03; Synthea 301011002, 197927001, 68566005, 91302008, 128045006',
    icd10: ['N39.0', 'N10', 'A40', 'A41', 'R78.81', 'L03'],
    snomed: ['301011002', '197927001', '68566005', '91302008', '128045006', '45816000'],
    text: ['urinary tract infection', 'sepsis', 'bacteremia', 'bacteraemia', 'cellulitis', 'pyelonephritis'],
  },
  'vertebral-fracture': {
    title: 'Vertebral fracture',
    source: `${codesMd} §2.4, §3`,
    icd10: ['S32.0', 'M48.56', 'M48.57', 'M80.08', 'M80.88', 'M84.48'],
    icd9: ['805.4', '805.5'],
    snomed: ['125608002', '207957008', '274146004', '240198002'],
  },
  'back-injury': {
    title: 'Injury of the lower back (contusion, sprain, dislocation)',
    source:
      'ICD-10-CM S30.0 contusion of lower back, S33 dislocation and sprain of lumbar spine, S39.0 injury of lower back muscle',
    icd10: ['S30.0', 'S33', 'S39.0'],
    snomed: [],
  },
  'cauda-equina-syndrome': {
    title: 'Cauda equina syndrome or spinal cord compression',
    source: `${codesMd} §2.4, §3`,
    icd10: ['G83.4', 'G95.2'],
    snomed: ['192970008', '12454008', '71286001'],
    text: ['cauda equina syndrome'],
  },
  'axial-spondyloarthritis': {
    title: 'Axial spondyloarthritis',
    source: `${codesMd} §2.4`,
    icd10: ['M45.6', 'M45.7'],
    snomed: [],
  },
  'prior-lumbar-surgery': {
    title: 'After lumbar surgery',
    source: `${codesMd} §2.3, §3`,
    icd10: ['M96.1', 'Z98.1', 'M43.26'],
    snomed: ['27151001', '202725007'],
  },
  'spinal-surgery': {
    title: 'Lumbar or spinal operation (procedure)',
    source: `${codesMd} §3`,
    icd10: [],
    snomed: ['277764006', '387731002', '392236004'],
  },
  'long-term-steroids': {
    title: 'Long-term use of systemic steroids',
    source: `${codesMd} §2.4`,
    icd10: ['Z79.52'],
    snomed: [],
  },
  anticoagulation: {
    title: 'Long-term anticoagulant use or therapy',
    source: `${codesMd} §2.4, §3`,
    icd10: ['Z79.01'],
    snomed: ['182764009'],
  },
  'abdominal-aortic-aneurysm': {
    title: 'Abdominal aortic aneurysm, ruptured or not, including thoracoabdominal',
    source:
      'ICD-10-CM I71.3 ruptured and I71.4 without rupture, subdivided from FY2023 (I71.30–I71.33, I71.40–I71.43: unspecified, pararenal, juxtarenal, infrarenal), and thoracoabdominal I71.5 ruptured / I71.6 without rupture (I71.50–I71.52 and I71.60 seen in the FY2023 list; I71.51 and I71.52 are "aneurysm of the abdominal aorta", supraceliac and paravisceral): the FY2023 new-code list and several public ICD-10-CM tables (V2); matched by prefix so both the old and the new codes count. ICD-9-CM 441.3 abdominal aneurysm, ruptured and 441.4 without mention of rupture (several public ICD-9-CM tables, V2). SNOMED CT 233985008 Abdominal aortic aneurysm (disorder), corroborated by several independent public code lists (V2); its descendants (ruptured, infrarenal…) only through a terminology server. Aneurysm of unspecified site (I71.8, I71.9) is left out: it does not say the aneurysm is abdominal',
    icd10: ['I71.3', 'I71.4', 'I71.5', 'I71.6'],
    icd9: ['441.3', '441.4'],
    snomed: ['233985008'],
    text: ['abdominal aortic aneurysm', 'aneurysm of abdominal aorta'],
    snomedRoots: ['233985008'],
  },
  'ruptured-abdominal-aortic-aneurysm': {
    title: 'Ruptured abdominal (or thoracoabdominal) aortic aneurysm',
    source:
      'ICD-10-CM I71.3 (I71.30–I71.33) and I71.5 (I71.50–I71.52), ruptured (FY2023 new-code list, V2); ICD-9-CM 441.3 (V2). No SNOMED CT code for the rupture was confirmed, so none is listed',
    icd10: ['I71.3', 'I71.5'],
    icd9: ['441.3'],
    snomed: [],
    text: ['ruptured abdominal aortic aneurysm'],
  },
  'urinary-retention': {
    title: 'Retention of urine',
    source: `${codesMd} §3`,
    icd10: ['R33'],
    snomed: ['267064002', '236648008'],
    text: ['urinary retention', 'retention of urine'],
  },
  'urinary-incontinence': {
    title: 'Urinary incontinence',
    source: `${codesMd} §3`,
    icd10: ['R32'],
    snomed: ['165232002'],
  },
  'faecal-incontinence': {
    title: 'Faecal incontinence',
    source: 'ICD-10-CM R15',
    icd10: ['R15'],
    snomed: [],
  },
  fever: {
    title: 'Fever',
    source: `${codesMd} §3; ICD-10-CM R50`,
    icd10: ['R50'],
    snomed: ['386661006'],
  },
  'weight-loss': {
    title: 'Abnormal weight loss',
    source: `${codesMd} §3; ICD-10-CM R63.4`,
    icd10: ['R63.4'],
    snomed: ['267024001'],
  },
  'difficulty-walking': {
    title: 'Difficulty in walking',
    source: 'ICD-10-CM R26.2',
    icd10: ['R26.2'],
    snomed: [],
  },
  'foot-drop': {
    title: 'Foot drop',
    source: `${codesMd} §3`,
    icd10: [],
    snomed: ['6077001'],
  },
  'leg-weakness': {
    title: 'Weakness of limb',
    source: `${codesMd} §3`,
    icd10: [],
    snomed: ['309774006'],
  },
  'leg-numbness': {
    title: 'Numbness of lower limb',
    source: `${codesMd} §3`,
    icd10: [],
    snomed: ['309537005'],
  },
  'body-temperature': {
    title: 'Body temperature (LOINC 8310-5)',
    source: 'US Core vital signs: body temperature, LOINC 8310-5',
    icd10: [],
    snomed: [],
  },
  'physical-therapy': {
    title: 'Physiotherapy, exercise and movement therapy, and referral to it',
    source:
      'SNOMED CT 91251008 physical therapy procedure, 229065009 exercise therapy, 229064008 movement therapy (Synthea chronic pain care), 308447003 referral to physiotherapist; conservative-care.md §2 (exercise therapy is first-line care)',
    icd10: [],
    snomed: ['91251008', '229065009', '229064008', '308447003'],
    text: [
      'physical therapy',
      'physiotherapy',
      'physiotherapist',
      'exercise therapy',
      'movement therapy',
      'spinal manipulation',
    ],
  },
} as const satisfies Record<string, ValueSet>;

/** A value set id. */
export type ValueSetId = keyof typeof fhirValueSets;
