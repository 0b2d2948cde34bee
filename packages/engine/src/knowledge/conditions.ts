/**
 * The serious conditions red flags point to (red-flags.md sections 2–8), each with the urgency a
 * clinician's suspicion alone calls for (contract: `clinicianSuspects` opens the pathway as if its
 * red flags had been answered yes).
 */
export const conditions = {
  'aortic-aneurysm': {
    pathway: 'vascular',
    label: 'a leaking or burst aortic aneurysm (the main blood vessel in the belly)',
    shortLabel: 'ruptured or symptomatic abdominal aortic aneurysm',
    suspectedUrgency: 'emergency',
  },
  'cauda-equina-syndrome': {
    pathway: 'neural-compression',
    label: 'cauda equina syndrome (pressure on the bundle of nerves at the bottom of the spine)',
    shortLabel: 'cauda equina syndrome',
    suspectedUrgency: 'emergency',
  },
  malignancy: {
    pathway: 'tumour-or-infection',
    label: 'cancer affecting the spine',
    shortLabel: 'spinal cancer or metastasis',
    suspectedUrgency: 'soon',
  },
  infection: {
    pathway: 'tumour-or-infection',
    label: 'an infection in the spine',
    shortLabel: 'spinal infection',
    suspectedUrgency: 'urgent',
  },
  fracture: {
    pathway: 'fracture-risk',
    label: 'a broken bone in the spine',
    shortLabel: 'vertebral fracture',
    suspectedUrgency: 'soon',
  },
  'progressive-neurologic-deficit': {
    pathway: 'progressive-deficit',
    label: 'a nerve problem that is severe or getting worse',
    shortLabel: 'severe or progressive neurological deficit',
    suspectedUrgency: 'urgent',
  },
  'epidural-hematoma': {
    pathway: 'neural-compression',
    label: 'bleeding inside the spinal canal pressing on the nerves',
    shortLabel: 'spinal epidural haematoma',
    suspectedUrgency: 'emergency',
  },
  inflammatory: {
    pathway: 'inflammatory',
    label: 'inflammatory back pain (such as axial spondyloarthritis)',
    shortLabel: 'inflammatory back pain / axial spondyloarthritis',
    suspectedUrgency: 'routine',
  },
} as const satisfies Record<
  string,
  {
    /** A pathway id (checked where a rule uses it: pathways.ts imports the case, which imports this). */
    pathway: string;
    label: string;
    shortLabel: string;
    suspectedUrgency: 'emergency' | 'urgent' | 'soon' | 'routine';
  }
>;

/** A suspected-condition id of the contract. */
export type ConditionId = keyof typeof conditions;

/** Every condition id, most time-critical first. */
export const conditionIds = Object.keys(conditions) as [ConditionId, ...ConditionId[]];
