/**
 * The one citation table. Every rule, rating and piece of advice cites a key of `sources`;
 * `SourceId` derives from those keys, so citing a source that is not here fails to compile.
 * `checked` records how the fact the project relies on was confirmed: V = against the source or
 * its abstract, S = through a secondary summary that quotes it (see ./verification.ts).
 */
export const sources = {
  'acr-lbp-2021': {
    citation:
      'Hutchins TA, Peckham M, Shah LM, et al. ACR Appropriateness Criteria® Low Back Pain: 2021 Update. J Am Coll Radiol 2021;18(11S):S361–S379.',
    url: 'https://acsearch.acr.org/list/GetAppendix?PanelName=Neurologic&TopicId=141',
    checked: 'V',
  },
  'acr-radiologyinfo-lbp': {
    citation:
      'American College of Radiology and RSNA. RadiologyInfo.org: ACR Appropriateness Criteria — Low Back Pain (patient summary of the 2021 variants).',
    url: 'https://www.radiologyinfo.org/en/info/acs-low-back-pain',
    checked: 'V',
  },
  'acr-spine-trauma': {
    citation:
      'ACR Appropriateness Criteria® Suspected Spine Trauma (adult): CT thoracic and lumbar spine without contrast usually appropriate.',
    url: 'https://acsearch.acr.org/list',
    checked: 'V',
  },
  'acr-lbp-2016': {
    citation:
      'Patel ND, Broderick DF, Burns J, et al. ACR Appropriateness Criteria Low Back Pain. J Am Coll Radiol 2016;13(9):1069–1078.',
    url: 'https://doi.org/10.1016/j.jacr.2016.06.008',
    checked: 'V',
  },
  'acp-2017': {
    citation:
      'Qaseem A, Wilt TJ, McLean RM, Forciea MA. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med 2017;166:514–530.',
    url: 'https://www.acpjournals.org/doi/10.7326/M16-2367',
    checked: 'V',
  },
  'acp-2011': {
    citation:
      'Chou R, Qaseem A, Owens DK, Shekelle P. Diagnostic imaging for low back pain: advice for high-value health care from the American College of Physicians. Ann Intern Med 2011;154:181–189.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/21282698/',
    checked: 'V',
  },
  'acp-aps-2007': {
    citation:
      'Chou R, Qaseem A, Snow V, et al. Diagnosis and treatment of low back pain: a joint clinical practice guideline from the American College of Physicians and the American Pain Society. Ann Intern Med 2007;147:478–491.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/17909209/',
    checked: 'V',
  },
  'nice-ng59': {
    citation:
      'National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: assessment and management (NG59), 2016, updated 2020.',
    url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations',
    checked: 'V',
  },
  'nice-qs155': {
    citation: 'National Institute for Health and Care Excellence. Low back pain (QS155), 2017.',
    url: 'https://www.nice.org.uk/guidance/qs155',
    checked: 'V',
  },
  'nice-cg75': {
    citation:
      'National Institute for Health and Care Excellence. Metastatic spinal cord compression in adults (CG75), 2008; replaced by NG234 (2023).',
    url: 'https://www.nice.org.uk/guidance/cg75',
    checked: 'V',
  },
  'nice-ng65': {
    citation:
      'National Institute for Health and Care Excellence. Spondyloarthritis in over 16s: diagnosis and management (NG65), 2017.',
    url: 'https://www.nice.org.uk/guidance/ng65',
    checked: 'V',
  },
  'nice-ng156': {
    citation:
      'National Institute for Health and Care Excellence. Abdominal aortic aneurysm: diagnosis and management (NG156), 2020.',
    url: 'https://www.nice.org.uk/guidance/ng156/chapter/Recommendations',
    checked: 'V',
  },
  'nice-cg151': {
    citation:
      'National Institute for Health and Care Excellence. Neutropenic sepsis: prevention and management in people with cancer (CG151), 2012.',
    url: 'https://www.nice.org.uk/guidance/cg151/chapter/Recommendations',
    checked: 'V',
  },
  'bass-2018': {
    citation:
      'British Association of Spine Surgeons. Standards of care for suspected and confirmed cauda equina syndrome, 2018, as used in the Cornwall NHS adult low back pain referral guideline.',
    url: 'https://rms.cornwall.nhs.uk/primary_care_clinical_referral_criteria/spinal_neurosurgery/adult_low_back_pain_guidelines',
    checked: 'V',
  },
  'girft-2023': {
    citation:
      'Getting It Right First Time (NHS England). National suspected cauda equina syndrome pathway, 2023: MRI within 4 hours of request.',
    url: 'https://gettingitrightfirsttime.co.uk/pathway-supports-clinicians-to-diagnose-and-treat-cauda-equina-syndrome-without-delay/',
    checked: 'V',
  },
  'hsib-2021': {
    citation:
      'Healthcare Safety Investigation Branch. Timely detection and treatment of spinal nerve compression (cauda equina syndrome) in patients with back pain, 2021.',
    url: 'https://hssib.org.uk/patient-safety-investigations/timely-detection-and-treatment-of-spinal-nerve-compression-cauda-equina-syndrome-in-patients-with-back-pain/investigation-report',
    checked: 'V',
  },
  'downie-2013': {
    citation:
      'Downie A, Williams CM, Henschke N, et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/24335669/',
    checked: 'V',
  },
  'henschke-2009': {
    citation:
      'Henschke N, Maher CG, Refshauge KM, et al. Prevalence of and screening for serious spinal pathology in patients presenting to primary care settings with acute low back pain. Arthritis Rheum 2009;60:3072–3080.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/19790051/',
    checked: 'V',
  },
  'henschke-2013': {
    citation:
      'Henschke N, Maher CG, Ostelo RW, et al. Red flags to screen for malignancy in patients with low-back pain. Cochrane Database Syst Rev 2013;(2):CD008686.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/23450586/',
    checked: 'V',
  },
  'davis-2004': {
    citation:
      'Davis DP, Wold RM, Patel RJ, et al. The clinical presentation and impact of diagnostic delays on emergency department patients with spinal epidural abscess. J Emerg Med 2004;26:285–291.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/15028325/',
    checked: 'V',
  },
  'davis-2011': {
    citation:
      'Davis DP, Salazar A, Chan TC, Vilke GM. Prospective evaluation of a clinical decision guideline to diagnose spinal epidural abscess in patients who present to the emergency department with spine pain. J Neurosurg Spine 2011;14:765–770.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Davis+DP+spinal+epidural+abscess+clinical+decision+guideline+2011',
    checked: 'S',
  },
  'ahcpr-1994': {
    citation:
      'Bigos S, et al. Acute Low Back Problems in Adults. Clinical Practice Guideline No. 14. Agency for Health Care Policy and Research, 1994 (red-flag table).',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK52120/table/A34364/',
    checked: 'V',
  },
  'verhagen-2016': {
    citation:
      'Verhagen AP, Downie A, Popal N, Maher C, Koes BW. Red flags presented in current low back pain guidelines: a review. Eur Spine J 2016;25:2788–2802.',
    url: 'https://doi.org/10.1007/s00586-016-4684-0',
    checked: 'V',
  },
  'fedor-2011': {
    citation:
      'Fedor M, Kim ES, Ding K, et al. Spontaneous spinal epidural hematoma: a retrospective study on prognostic factors. Korean J Spine 2011.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/26064145/',
    checked: 'V',
  },
  'acog-723': {
    citation:
      'ACOG Committee Opinion No. 723: Guidelines for diagnostic imaging during pregnancy and lactation. Obstet Gynecol 2017;130:e210–e216.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/28937575/',
    checked: 'V',
  },
  'acr-nkf-2021': {
    citation:
      'Weinreb JC, Rodby RA, Yee J, et al. Use of intravenous gadolinium-based contrast media in patients with kidney disease: consensus statements from the ACR and the National Kidney Foundation. Radiology 2021;298:28–35.',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7873723/',
    checked: 'V',
  },
  'costa-2012': {
    citation:
      'da C Menezes Costa L, Maher CG, Hancock MJ, et al. The prognosis of acute and persistent low-back pain: a meta-analysis. CMAJ 2012;184:E613–E624.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/22586331/',
    checked: 'V',
  },
  'brinjikji-2015': {
    citation:
      'Brinjikji W, Luetmer PH, Comstock B, et al. Systematic literature review of imaging features of spinal degeneration in asymptomatic populations. AJNR Am J Neuroradiol 2015;36:811–816.',
    url: 'https://www.ajnr.org/content/36/4/811',
    checked: 'V',
  },
  'mettler-2008': {
    citation:
      'Mettler FA Jr, Huda W, Yoshizumi TT, Mahesh M. Effective doses in radiology and diagnostic nuclear medicine: a catalog. Radiology 2008;248:254–263.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/18566177/',
    checked: 'V',
  },
  'msd-radiation': {
    citation: 'MSD Manual Consumer Version. Comparing radiation doses for different tests (table).',
    url: 'https://www.msdmanuals.com/home/multimedia/table/comparing-radiation-doses-for-different-tests',
    checked: 'V',
  },
  'choosing-wisely': {
    citation:
      'ABIM Foundation, Choosing Wisely: five questions to ask your clinician; specialty recommendations on imaging for low back pain (AAFP, NASS, ACR, ACP).',
    url: 'https://www.choosingwisely.org/',
    checked: 'V',
  },
} as const satisfies Record<string, { citation: string; url: string; checked: 'V' | 'S' }>;

/** A key of the citation table. */
export type SourceId = keyof typeof sources;

/** A citation: a source and, where useful, the section of it. */
export interface Citation {
  readonly id: SourceId;
  readonly section?: string;
}
