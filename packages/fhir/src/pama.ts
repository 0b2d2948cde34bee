import { type Assessment, type Category, categoryOf, type ProcedureId } from '@spine-advisor/engine';
import type { ServiceRequest } from './fhir-types.js';
import { systems } from './systems.js';

/**
 * The Argonaut PAMA rating of an order (Argonaut CDS Hooks for PAMA): the rating, the qCDSM
 * consulted, the consultation id and the AUC applied, as extensions on the draft ServiceRequest.
 */

/** The Argonaut PAMA rating of an order. */
export type PamaRating = 'appropriate' | 'not-appropriate' | 'no-criteria-apply';

const ratingExtension = {
  rating: 'http://fhir.org/argonaut/Extension/pama-rating',
  qcdsm: 'http://fhir.org/argonaut/Extension/pama-rating-qcdsm-consulted',
  consultId: 'http://fhir.org/argonaut/Extension/pama-rating-consult-id',
  aucApplied: 'http://fhir.org/argonaut/Extension/pama-rating-auc-applied',
} as const;

/** ACR categories in words. */
export const categoryWords: Record<Category, string> = {
  'usually-appropriate': 'usually appropriate',
  'may-be-appropriate': 'may be appropriate',
  'usually-not-appropriate': 'usually not appropriate',
};

/** The PAMA rating of a drafted procedure under an assessment, with its ACR category. */
export function rateOrder(assessment: Assessment, procedure: ProcedureId): { rating: PamaRating; category?: Category } {
  if (!assessment.inScope || assessment.acrVariant === null) return { rating: 'no-criteria-apply' };
  const { category } = categoryOf(assessment.acrVariant, procedure);
  return { rating: category === 'usually-not-appropriate' ? 'not-appropriate' : 'appropriate', category };
}

/** The four PAMA rating extensions. */
export function ratingExtensions(
  rating: PamaRating,
  category: Category | undefined,
  consultId: string,
  qcdsmId: string,
) {
  return [
    {
      url: ratingExtension.rating,
      valueCodeableConcept: {
        coding: [
          { system: systems.pamaRating, code: rating },
          ...(category
            ? [
                {
                  system: 'urn:spine-advisor:acr-appropriateness-category',
                  code: category,
                  display: categoryWords[category],
                },
              ]
            : []),
        ],
      },
    },
    { url: ratingExtension.qcdsm, valueString: qcdsmId },
    { url: ratingExtension.consultId, valueUri: consultId },
    { url: ratingExtension.aucApplied, valueUri: 'https://acsearch.acr.org/docs/69483/Narrative/' },
  ];
}

/** The order with its rating extensions (replacing any earlier rating). */
export function withRating(
  order: ServiceRequest,
  rating: PamaRating,
  category: Category | undefined,
  consultId: string,
  qcdsmId: string,
) {
  const existing: unknown[] = Array.isArray(order.extension) ? order.extension : [];
  const ours: readonly string[] = Object.values(ratingExtension);
  const others = existing.filter(
    (e) => !(typeof e === 'object' && e !== null && ours.includes(String((e as { url?: unknown }).url))),
  );
  return { ...order, extension: [...others, ...ratingExtensions(rating, category, consultId, qcdsmId)] };
}
