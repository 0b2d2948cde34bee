import type { Lang } from './lang.js';
import type { PrevalenceWords } from './shape.js';

/**
 * One formatter per language and options, made once: building an `Intl` formatter costs far more than
 * using one, and a page such as the clinician view formats hundreds of numbers in one render.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(
  kind: string,
  lang: Lang,
  options: object | undefined,
  make: () => F,
): F {
  const key = `${kind}|${lang}|${options === undefined ? '' : JSON.stringify(options)}`;
  let f = formatters.get(key) as F | undefined;
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** Words for each plural category a language uses; `other` is always needed. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/** The word form for `n` in `lang` (Intl.PluralRules: "1 proveedor", "2 proveedores"). */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  return forms[cached('plural', lang, undefined, () => new Intl.PluralRules(lang)).select(n)] ?? forms.other;
}

/** A number written the way `lang` writes it (1,234.5 or 1234,5). */
export function formatNumber(lang: Lang, n: number, options?: Intl.NumberFormatOptions): string {
  return cached('number', lang, options, () => new Intl.NumberFormat(lang, options)).format(n);
}

/** A calendar date written the way `lang` writes it (December 2, 2026; 2 de diciembre de 2026). */
export function formatDate(lang: Lang, date: Date, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) };
  return cached('date', lang, options, () => new Intl.DateTimeFormat(lang, options)).format(date);
}

/** A date-only ISO string (`2026-12-02`) as `lang` writes it, the same day in every time zone. */
export function formatIsoDate(lang: Lang, isoDate: string): string {
  return formatDate(lang, new Date(`${isoDate}T00:00:00Z`), 'UTC');
}

/** A distance with its unit spelled the way `lang` does ("12 mi", "12 km"). */
export function formatDistance(lang: Lang, value: number, unit: 'mile' | 'kilometer'): string {
  return formatNumber(lang, value, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 0 });
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
