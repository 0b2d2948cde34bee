import type { AuditStudy, Modality, Support } from '@spine-advisor/audit/browser';

/** A sortable cell value; empty values sort last either way. */
export type SortValue = string | number | null;

/** Which way a column is sorted (the `aria-sort` values). */
export type SortDirection = 'ascending' | 'descending';

/**
 * Rows sorted by `value`: numbers as numbers, text in `lang`'s order with numbers inside it read as
 * numbers ("pr-2" before "pr-10"), empty values last, ties kept in their order.
 */
export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => SortValue,
  direction: SortDirection,
  lang: string,
): T[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((r) => r.row);
}

/** `any` matches every study; `none` matches a study whose site or practitioner is not named. */
export type Choice<T extends string> = T | 'any';

/** What the studies table shows. */
export interface StudyFilter {
  readonly support: Choice<Support>;
  readonly modality: Choice<Modality>;
  readonly site: Choice<string> | 'none';
  readonly practitioner: Choice<string> | 'none';
  /** Text the patient or study reference contains (any case). */
  readonly text: string;
}

/** Studies drawn at first and per "show more": a large audit has thousands, too many to draw at once. */
export const studiesPerPage = 50;

/** The filter the page starts with: the studies the engine did not support, as in the report. */
export const initialStudyFilter: StudyFilter = {
  support: 'not-supported',
  modality: 'any',
  site: 'any',
  practitioner: 'any',
  text: '',
};

const matches = (wanted: string, value: string | null) =>
  wanted === 'any' || (wanted === 'none' ? value === null : value === wanted);

/** The studies that pass `filter`. */
export function filterStudies(studies: readonly AuditStudy[], filter: StudyFilter): AuditStudy[] {
  const text = filter.text.trim().toLowerCase();
  return studies.filter(
    (s) =>
      matches(filter.support, s.support) &&
      matches(filter.modality, s.modality) &&
      matches(filter.site, s.site) &&
      matches(filter.practitioner, s.practitioner) &&
      (text === '' || s.patient.toLowerCase().includes(text) || s.study.toLowerCase().includes(text)),
  );
}

/** The distinct named values of `key` among the studies, in `lang`'s order, and whether any study names none. */
export function choicesOf(
  studies: readonly AuditStudy[],
  key: (s: AuditStudy) => string | null,
  lang: string,
): { values: string[]; unnamed: boolean } {
  const all = studies.map(key);
  const values = [...new Set(all.filter((v): v is string => v !== null))];
  return { values: sortRows(values, (v) => v, 'ascending', lang), unnamed: all.includes(null) };
}
