import type { Citation } from './sources.js';

/**
 * What each kind of scan shows and does not show, and its radiation, in plain language
 * (imaging-findings.md (b) and radiation doses). For explanations, not for rules.
 */
export const modalities = {
  radiography: {
    name: 'X-ray',
    shows: [
      'the alignment of the spine bones and whether one has slipped',
      'established fractures and bone collapse',
      'the position of screws or rods after surgery',
    ],
    doesNotShow: [
      'discs, nerves and the spinal canal',
      'early infection or early cancer spread',
      'the cause of ordinary back pain — it does not improve recovery',
    ],
    radiation:
      'A lower-back X-ray series gives about as much radiation as half a year of natural background radiation (about 75 chest X-rays).',
    sources: [{ id: 'msd-radiation' }],
  },
  mri: {
    name: 'MRI',
    shows: [
      'discs and the nerves they may press on',
      'narrowing of the spinal canal',
      'the spinal cord and the nerve bundle at its end (cauda equina)',
      'bone marrow swelling (how new a fracture is), most infections and tumours',
    ],
    doesNotShow: [
      'whether a finding is the cause of pain: disc bulges and wear are common in people with no pain at all',
    ],
    radiation: 'None: MRI uses a magnet and radio waves. It is not possible with some implants and devices.',
    sources: [{ id: 'brinjikji-2015' }, { id: 'acr-lbp-2021' }],
  },
  ct: {
    name: 'CT scan',
    shows: ['bone in fine detail, fractures and their shape', 'bony narrowing of the canal when MRI is not possible'],
    doesNotShow: ['nerves, discs and marrow as well as MRI does'],
    radiation:
      'Between 1 and 10 mSv for the lower spine (ACR relative radiation level 3), usually several times a lower-back X-ray.',
    sources: [{ id: 'mettler-2008' }, { id: 'acr-lbp-2021' }],
  },
  'ct-myelography': {
    name: 'CT myelogram',
    shows: ['which nerves are squeezed, when MRI is not possible or not clear'],
    doesNotShow: ['much beyond the canal and nerve roots; it needs a lumbar puncture to inject dye'],
    radiation: 'Higher than a plain CT (relative radiation level 10–30 mSv).',
    sources: [{ id: 'acr-lbp-2021' }],
  },
  nuclear: {
    name: 'Bone scan or PET-CT',
    shows: ['hidden or stress fractures, cancer spread to bone, and active inflammation'],
    doesNotShow: ['anatomy in detail; results are often non-specific'],
    radiation: '1–10 mSv for a bone scan; 10–30 mSv for PET-CT (ACR relative radiation levels).',
    sources: [{ id: 'mettler-2008' }, { id: 'acr-lbp-2021' }],
  },
} as const satisfies Record<
  string,
  {
    name: string;
    shows: readonly string[];
    doesNotShow: readonly string[];
    radiation: string;
    sources: readonly Citation[];
  }
>;
