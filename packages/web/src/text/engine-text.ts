import {
  type AcrVariant,
  type AsymptomaticFinding,
  acrVariants,
  asymptomaticFindings,
  type ConditionId,
  conditionIds,
  conditions,
  modalities,
  type ProcedureId,
  procedures,
} from '@spine-advisor/engine';
import { esEngine } from './es-engine.js';
import type { Lang } from './lang.js';
import { mapTable } from './table.js';

/** The scans the patient pages explain. */
export const explainedModalities = ['radiography', 'mri', 'ct'] as const;
/** One of the scans the patient pages explain. */
export type ExplainedModality = (typeof explainedModalities)[number];

/** Wording the web shows from engine tables (procedure names, scan explanations, finding and condition names). */
export interface EngineLabels {
  readonly procedures: Readonly<Record<ProcedureId, { readonly label: string; readonly clinicalLabel: string }>>;
  readonly modalities: Readonly<
    Record<
      ExplainedModality,
      {
        readonly name: string;
        readonly shows: readonly string[];
        readonly doesNotShow: readonly string[];
        readonly radiation: string;
      }
    >
  >;
  readonly findings: Readonly<Record<AsymptomaticFinding, string>>;
  /** The ACR variants' clinical scenarios, for the clinician view. */
  readonly variants: Readonly<Record<AcrVariant, string>>;
  /** Short condition names; a condition the translation lacks shows its English name (a test lists any). */
  readonly conditions: Readonly<Partial<Record<ConditionId, string>>>;
}

/** What the engine says about one scan, without its citations. */
function explained(id: ExplainedModality): EngineLabels['modalities'][ExplainedModality] {
  const { name, shows, doesNotShow, radiation } = modalities[id];
  return { name, shows, doesNotShow, radiation };
}

/** The engine's own English wording. */
const enLabels: EngineLabels = {
  procedures: mapTable(procedures, ({ label, clinicalLabel }) => ({ label, clinicalLabel })),
  modalities: { radiography: explained('radiography'), mri: explained('mri'), ct: explained('ct') },
  findings: mapTable(asymptomaticFindings, (f) => f.label),
  variants: mapTable(acrVariants, (v) => v.scenario),
  conditions: Object.fromEntries(conditionIds.map((id) => [id, conditions[id].shortLabel])),
};

/** Engine wording in `lang`. */
export function engineLabels(lang: Lang): EngineLabels {
  return lang === 'es' ? esEngine : enLabels;
}

/** A condition's short name in `lang` (English when the translation lacks it). */
export function conditionLabel(lang: Lang, id: ConditionId): string {
  return engineLabels(lang).conditions[id] ?? conditions[id].shortLabel;
}
