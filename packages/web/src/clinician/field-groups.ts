import type { CaseField } from '@spine-advisor/engine';

/**
 * The clinician form's groups, in the order a clinician works through them, each with the case
 * fields that rule its condition in or out. A field the engine adds later and no group names is
 * shown in a last group of its own (`other`), so it is never hidden.
 */
export const fieldGroups = [
  { id: 'pain-and-person', fields: ['age', 'sex', 'durationWeeks'] },
  { id: 'cauda-equina', fields: ['saddleNumbness', 'bladder', 'bowelIncontinence', 'sexualDysfunction'] },
  { id: 'nerves', fields: ['legPain', 'weakness', 'weaknessWorsening', 'numbness', 'reflexLoss', 'gaitDisturbance'] },
  { id: 'vascular', fields: ['anticoagulant'] },
  { id: 'cancer', fields: ['cancerHistory', 'weightLoss', 'nightPain'] },
  { id: 'infection', fields: ['fever', 'ivDrugUse', 'immunosuppressed', 'recentInfection', 'recentSpinalProcedure'] },
  { id: 'fracture', fields: ['trauma', 'osteoporosis', 'steroidUse'] },
  {
    id: 'history',
    fields: [
      'priorLumbarSurgery',
      'conservativeCareWeeks',
      'response',
      'interventionCandidate',
      'inflammatoryPattern',
      'clinicianSuspects',
    ],
  },
  { id: 'imaging-limits', fields: ['pregnant', 'mriContraindicated', 'egfr'] },
] as const satisfies readonly { id: string; fields: readonly CaseField[] }[];

/** A group of the clinician form (`other` holds fields no group names). */
export type FieldGroupId = (typeof fieldGroups)[number]['id'] | 'other';

/** The given fields arranged by group, in group order; unknown fields go to `other`, last. */
export function groupFields<T extends { readonly field: CaseField }>(
  specs: readonly T[],
): { id: FieldGroupId; specs: T[] }[] {
  const grouped: { id: FieldGroupId; specs: T[] }[] = fieldGroups.map((g) => ({
    id: g.id,
    specs: g.fields.flatMap((f) => specs.filter((s) => s.field === f)),
  }));
  const named = new Set<CaseField>(fieldGroups.flatMap((g) => g.fields));
  grouped.push({ id: 'other', specs: specs.filter((s) => !named.has(s.field)) });
  return grouped.filter((g) => g.specs.length > 0);
}
