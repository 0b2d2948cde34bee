import type { Case } from '../case.js';
import { below, type Tri, yes } from '../logic.js';
import { pathways } from './pathways.js';
import { type ProcedureId, procedures, usesGadolinium } from './procedures.js';
import type { ImagingPlan, Modifier } from './rule.js';
import { thresholds } from './thresholds.js';

/**
 * Adjustments of the imaging plan to the person, applied in this order after a pathway is chosen
 * (imaging-findings.md (b): gadolinium, pregnancy, MRI safety). An MRI contraindication never cancels
 * imaging: it switches to the pathway's alternative.
 */

/** Move procedures matching `test` from first choice to alternatives, if something else remains first. */
function demote(plan: ImagingPlan, test: (p: ProcedureId) => boolean, preferred?: ProcedureId): ImagingPlan {
  if (!plan.recommended.some(test)) return plan;
  const kept = plan.recommended.filter((p) => !test(p));
  const moved = plan.recommended.filter(test);
  const pool = [...kept];
  if (pool.length === 0 && preferred !== undefined) pool.push(preferred);
  if (pool.length === 0) return plan;
  return {
    recommended: pool,
    alternatives: unique([...moved, ...plan.alternatives].filter((p) => !pool.includes(p))),
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Pregnancy as a truth value: unanswered, it is unknown for anyone but a man or someone past childbearing age. */
function pregnant(c: Case): Tri {
  if (c.pregnant !== undefined) return c.pregnant;
  if (c.sex === 'male' || c.age > thresholds.childbearingAgeMax) return false;
  return null;
}

const mriFirst: ProcedureId = 'mri-lumbar-without-contrast';

/** The modifiers, in the order they apply. */
export const modifiers = [
  {
    id: 'contrast-for-tumour-or-infection',
    reads: [],
    when: (_c, ctx) => ctx.suspected.has('malignancy') || ctx.suspected.has('infection'),
    apply: (plan) =>
      plan.recommended.includes('mri-lumbar-without-and-with-contrast')
        ? {
            recommended: [
              'mri-lumbar-without-and-with-contrast',
              ...plan.recommended.filter((p) => p !== 'mri-lumbar-without-and-with-contrast'),
            ],
            alternatives: plan.alternatives,
          }
        : plan,
    source: { id: 'acr-lbp-2021', section: 'variant 4: contrast when tumour, infection or inflammation is suspected' },
    note: 'contrast-note',
  },
  {
    id: 'pregnancy-avoid-contrast-and-radiation',
    reads: ['pregnant', 'sex', 'age'],
    when: (c) => pregnant(c),
    apply: (plan, ctx) =>
      // In pregnancy MRI without contrast is the imaging of choice where the variant rates it usually
      // appropriate; after major trauma CT is not withheld (ACOG 723).
      ctx.pathway === 'major-trauma'
        ? plan
        : demote(plan, (p) => usesGadolinium(p) || procedures[p].radiation > 0, mriFirst),
    source: { id: 'acog-723' },
    note: 'pregnancy-note',
  },
  {
    id: 'low-egfr-avoid-gadolinium',
    reads: ['egfr'],
    when: (c) => below(c.egfr, thresholds.contrastCautionEgfr),
    apply: (plan) => demote(plan, usesGadolinium, mriFirst),
    source: { id: 'acr-nkf-2021' },
    note: 'kidney-note',
  },
  {
    id: 'mri-contraindicated',
    reads: ['mriContraindicated'],
    when: (c) => yes(c.mriContraindicated),
    apply: (plan, ctx) => {
      if (!plan.recommended.some((p) => procedures[p].modality === 'mri')) return plan;
      const fallback: readonly ProcedureId[] = pathways[ctx.pathway].ifMriContraindicated;
      return {
        recommended: [...fallback],
        alternatives: unique(
          [...plan.recommended, ...plan.alternatives].filter(
            (p) => procedures[p].modality !== 'mri' && !fallback.includes(p),
          ),
        ),
      };
    },
    source: { id: 'acr-lbp-2021', section: 'CT myelography or CT when MRI is contraindicated' },
    note: 'no-mri-ct',
    also: ['no-mri-ct-limits'],
  },
] as const satisfies readonly Modifier[];

/** A modifier id. */
export type ModifierId = (typeof modifiers)[number]['id'];
