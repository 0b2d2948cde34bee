/**
 * The imaging procedures the ACR Low Back Pain (2021) tables rate, with their relative radiation
 * level (RRL 0–5: 0 = none, 3 = 1–10 mSv, 4 = 10–30 mSv) and what they involve. RRL is a property
 * of the procedure, the same in every variant (acr-lbp-2021).
 */
export const procedures = {
  'radiography-lumbar': {
    label: 'X-ray of the lower back',
    clinicalLabel: 'Radiography lumbar spine',
    modality: 'radiography',
    radiation: 3,
    contrast: 'none',
  },
  'mri-lumbar-without-contrast': {
    label: 'MRI of the lower back (no dye)',
    clinicalLabel: 'MRI lumbar spine without IV contrast',
    modality: 'mri',
    radiation: 0,
    contrast: 'none',
  },
  'mri-lumbar-with-contrast': {
    label: 'MRI of the lower back with dye only',
    clinicalLabel: 'MRI lumbar spine with IV contrast',
    modality: 'mri',
    radiation: 0,
    contrast: 'gadolinium',
  },
  'mri-lumbar-without-and-with-contrast': {
    label: 'MRI of the lower back, before and after dye',
    clinicalLabel: 'MRI lumbar spine without and with IV contrast',
    modality: 'mri',
    radiation: 0,
    contrast: 'gadolinium',
  },
  'ct-lumbar-without-contrast': {
    label: 'CT scan of the lower back (no dye)',
    clinicalLabel: 'CT lumbar spine without IV contrast',
    modality: 'ct',
    radiation: 3,
    contrast: 'none',
  },
  'ct-lumbar-with-contrast': {
    label: 'CT scan of the lower back with dye',
    clinicalLabel: 'CT lumbar spine with IV contrast',
    modality: 'ct',
    radiation: 3,
    contrast: 'iodinated',
  },
  'ct-lumbar-without-and-with-contrast': {
    label: 'CT scan of the lower back, before and after dye',
    clinicalLabel: 'CT lumbar spine without and with IV contrast',
    modality: 'ct',
    radiation: 4,
    contrast: 'iodinated',
  },
  'ct-myelography-lumbar': {
    label: 'CT myelogram (CT after dye is injected around the nerves)',
    clinicalLabel: 'CT myelography lumbar spine',
    modality: 'ct-myelography',
    radiation: 4,
    contrast: 'intrathecal',
  },
  'bone-scan-spect-spine': {
    label: 'Bone scan',
    clinicalLabel: 'Bone scan whole body with SPECT or SPECT/CT complete spine',
    modality: 'nuclear',
    radiation: 3,
    contrast: 'radiotracer',
  },
  'fdg-pet-ct': {
    label: 'PET-CT scan',
    clinicalLabel: 'FDG-PET/CT whole body',
    modality: 'nuclear',
    radiation: 4,
    contrast: 'radiotracer',
  },
  'discography-ct-lumbar': {
    label: 'Discogram with CT',
    clinicalLabel: 'Discography and post-discography CT lumbar spine',
    modality: 'ct',
    radiation: 3,
    contrast: 'intradiscal',
  },
} as const satisfies Record<
  string,
  {
    label: string;
    clinicalLabel: string;
    modality: 'radiography' | 'mri' | 'ct' | 'ct-myelography' | 'nuclear';
    radiation: 0 | 1 | 2 | 3 | 4 | 5;
    contrast: 'none' | 'gadolinium' | 'iodinated' | 'intrathecal' | 'radiotracer' | 'intradiscal';
  }
>;

/** A procedure id of the contract. */
export type ProcedureId = keyof typeof procedures;

/** Every procedure id, in the order the ACR tables list them. */
export const procedureIds = Object.keys(procedures) as [ProcedureId, ...ProcedureId[]];

/** Whether a procedure uses ionising radiation or a contrast agent, which pregnancy and kidney disease weigh. */
export function usesGadolinium(id: ProcedureId): boolean {
  return procedures[id].contrast === 'gadolinium';
}
