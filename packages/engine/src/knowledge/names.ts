import { type AcrVariant, acrVariants, type Category } from './acr-variants.js';
import { type AsymptomaticFinding, asymptomaticFindings } from './asymptomatic-findings.js';
import { type ConditionId, conditions } from './conditions.js';
import { modalities } from './modalities.js';
import { type ProcedureId, procedures } from './procedures.js';
import { type Urgency, urgencies } from './urgency.js';

/** The scans the patient pages explain. */
export const explainedModalities = ['radiography', 'mri', 'ct'] as const;
/** One of the scans the patient pages explain. */
export type ExplainedModality = (typeof explainedModalities)[number];

/** What one scan shows and does not show, and its radiation, without citations. */
export interface ModalityWords {
  readonly name: string;
  readonly shows: readonly string[];
  readonly doesNotShow: readonly string[];
  readonly radiation: string;
}

/**
 * The names of things in the knowledge tables, in one language: urgency levels, procedures, conditions,
 * ACR variants and categories, what each scan shows, findings common without pain. Every place that
 * shows them (web, CLI, CDS Hooks cards) reads them from here, so a language is translated once.
 */
export interface Names {
  readonly urgencies: Readonly<Record<Urgency, { readonly label: string; readonly meaning: string }>>;
  readonly procedures: Readonly<Record<ProcedureId, { readonly label: string; readonly clinicalLabel: string }>>;
  readonly conditions: Readonly<Record<ConditionId, string>>;
  /** The ACR variants' clinical scenarios. */
  readonly variants: Readonly<Record<AcrVariant, string>>;
  /** The ACR appropriateness categories, in words. */
  readonly categories: Readonly<Record<Category, string>>;
  readonly modalities: Readonly<Record<ExplainedModality, ModalityWords>>;
  readonly findings: Readonly<Record<AsymptomaticFinding, string>>;
}

function mapValues<K extends string | number, T, V>(
  record: Readonly<Record<K, T>>,
  value: (item: T) => V,
): Record<K, V> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, value(v as T)])) as Record<K, V>;
}

function explained(id: ExplainedModality): ModalityWords {
  const { name, shows, doesNotShow, radiation } = modalities[id];
  return { name, shows, doesNotShow, radiation };
}

/** The English names, read from the knowledge tables themselves. */
export const englishNames: Names = {
  urgencies: mapValues(urgencies, ({ label, meaning }) => ({ label, meaning })),
  procedures: mapValues(procedures, ({ label, clinicalLabel }) => ({ label, clinicalLabel })),
  conditions: mapValues(conditions, (c) => c.shortLabel),
  variants: mapValues(acrVariants, (v) => v.scenario),
  categories: {
    'usually-appropriate': 'usually appropriate',
    'may-be-appropriate': 'may be appropriate',
    'usually-not-appropriate': 'usually not appropriate',
  },
  modalities: { radiography: explained('radiography'), mri: explained('mri'), ct: explained('ct') },
  findings: mapValues(asymptomaticFindings, (f) => f.label),
};
