import type { Lang } from '@spine-advisor/engine';

/** Numbers, rates and dates written the way a language writes them (through `Intl`). */
export interface Formats {
  readonly number: (n: number) => string;
  /** A rate as a percentage with one decimal; a dash when there is no rate. */
  readonly percent: (rate: number | null) => string;
  /** A date-only ISO string (`2025-03-10`) as the language writes it, the same day in every time zone; other text as written. */
  readonly date: (isoDate: string) => string;
}

const made = new Map<Lang, Formats>();

/** The formats of `lang`, made once per language (building an `Intl` formatter costs far more than using one). */
export function formatsFor(lang: Lang): Formats {
  let formats = made.get(lang);
  if (formats === undefined) {
    const number = new Intl.NumberFormat(lang);
    const percent = new Intl.NumberFormat(lang, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    formats = {
      number: (n) => number.format(n),
      percent: (rate) => (rate === null ? '—' : percent.format(rate)),
      date: (iso) => {
        const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : undefined;
        return day === undefined || Number.isNaN(day.getTime()) ? iso : date.format(day);
      },
    };
    made.set(lang, formats);
  }
  return formats;
}
