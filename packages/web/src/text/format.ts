import type { Lang } from './lang.js';
import type { PrevalenceWords } from './shape.js';

/** Words for each plural category a language uses; `other` is always needed. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/** The word form for `n` in `lang` (Intl.PluralRules: "1 proveedor", "2 proveedores"). */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  return forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
}

/** A number written the way `lang` writes it (1,234.5 or 1234,5). */
export function formatNumber(lang: Lang, n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lang, options).format(n);
}

/** A calendar date written the way `lang` writes it (December 2, 2026; 2 de diciembre de 2026). */
export function formatDate(lang: Lang, date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** A date-only ISO string (`2026-12-02`) as `lang` writes it, the same day in every time zone. */
export function formatIsoDate(lang: Lang, isoDate: string): string {
  return formatDate(lang, new Date(`${isoDate}T00:00:00Z`), 'UTC');
}

/** A distance with its unit spelled the way `lang` does ("12 mi", "12 km"). */
export function formatDistance(lang: Lang, value: number, unit: 'mile' | 'kilometer'): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 0 }).format(
    value,
  );
}

/** A prevalence figure (the engine's `prevalenceAt`) ready for the words of `lang`. */
export function prevalenceWords(
  lang: Lang,
  p: { readonly share: number; readonly atLeast: boolean; readonly figureAge: number },
): PrevalenceWords {
  return {
    perHundred: formatNumber(lang, Math.round(p.share * 100)),
    atLeast: p.atLeast,
    figureAge: formatNumber(lang, p.figureAge),
  };
}
