import type { CaseField } from '@spine-advisor/engine';
import type { Text } from '../text/en.js';
import { type ExplainedModality, engineLabels } from '../text/engine-text.js';
import { formatNumber } from '../text/format.js';
import type { Lang } from '../text/lang.js';

/** A rate as a percentage with one decimal, the way `lang` writes it; a dash when there is no rate. */
export function formatRate(lang: Lang, rate: number | null): string {
  return rate === null
    ? '—'
    : formatNumber(lang, rate, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A modality in the page's words (the engine's scan names); an unknown one as written in the file. */
export function modalityName(lang: Lang, modality: string): string {
  return engineLabels(lang).modalities[modality as ExplainedModality]?.name ?? modality;
}

/** A case field in the page's words (the clinician view's labels). */
export function fieldName(text: Text, field: CaseField): string {
  return text.clinician.fields[field] ?? field;
}
