import { type CaseField, fieldGroups as engineGroups, type FieldGroup, fieldLabels } from '@spine-advisor/engine';

/**
 * The clinician form's groups, in the order a clinician works through them, each with the case
 * fields that rule its condition in or out: the engine's own grouping (knowledge/field-labels.ts),
 * so a field the engine adds arrives in its group. A field no group names is shown in a last group
 * of its own (`other`), so it is never hidden.
 */
export const fieldGroups: readonly { readonly id: FieldGroup; readonly fields: readonly CaseField[] }[] = (
  Object.keys(engineGroups) as FieldGroup[]
).map((id) => ({
  id,
  fields: (Object.keys(fieldLabels) as CaseField[]).filter((field) => fieldLabels[field].group === id),
}));

/** A group of the clinician form (`other` holds fields no group names). */
export type FieldGroupId = FieldGroup | 'other';

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
