import type { AuditStudy, Modality, Support } from '@spine-advisor/audit/browser';
import { type Dispatch, type SetStateAction, useId, useMemo } from 'react';
import { engineLabels } from '../text/engine-text.js';
import { formatIsoDate, formatNumber } from '../text/format.js';
import { useI18n } from '../text/i18n.js';
import { fieldName, modalityName } from './labels.js';
import { type Column, SortableTable } from './SortableTable.js';
import { choicesOf, filterStudies, type StudyFilter, studiesPerPage } from './table-rows.js';

/** Facts "not documented" listed before the rest fold away. */
const shownMissing = 4;

/**
 * Every judged imaging study, filtered by judgement (not supported first, as in the report),
 * modality, site, practitioner and text, and sorted by any column; each row shows the facts the
 * engine read and what the record lacked.
 */
export function StudyTable({
  studies,
  filter,
  setFilter,
}: {
  studies: readonly AuditStudy[];
  filter: StudyFilter;
  setFilter: Dispatch<SetStateAction<StudyFilter>>;
}) {
  const { lang, text } = useI18n();
  const t = text.audit.studies;
  const ids = { support: useId(), modality: useId(), site: useId(), practitioner: useId(), text: useId() };
  const shown = useMemo(() => filterStudies(studies, filter), [studies, filter]);
  const modalities = choicesOf(studies, (s) => s.modality, lang).values as Modality[];
  const sites = choicesOf(studies, (s) => s.site, lang);
  const practitioners = choicesOf(studies, (s) => s.practitioner, lang);
  const n = (value: number) => formatNumber(lang, value);
  const set = <K extends keyof StudyFilter>(key: K, value: StudyFilter[K]) =>
    setFilter((f) => ({ ...f, [key]: value }));

  const columns: Column<AuditStudy>[] = [
    {
      id: 'patient',
      header: t.patient,
      cell: (s) => (
        <>
          {s.patient}
          <br />
          <span className="muted">{s.study}</span>
        </>
      ),
      sort: (s) => s.patient,
    },
    {
      id: 'date',
      header: t.date,
      cell: (s) => <time dateTime={s.date}>{formatIsoDate(lang, s.date)}</time>,
      sort: (s) => s.date,
    },
    {
      id: 'procedure',
      header: t.procedure,
      cell: (s) => engineLabels(lang).procedures[s.procedure].clinicalLabel,
      sort: (s) => engineLabels(lang).procedures[s.procedure].clinicalLabel,
    },
    { id: 'days', header: t.days, cell: (s) => n(s.daysAfterIesd), sort: (s) => s.daysAfterIesd, numeric: true },
    { id: 'support', header: t.support, cell: (s) => text.audit.support.values[s.support], sort: (s) => s.support },
    { id: 'site', header: t.site, cell: (s) => s.site ?? t.noSite, sort: (s) => s.site },
    {
      id: 'practitioner',
      header: t.practitioner,
      cell: (s) => s.practitioner ?? t.noSite,
      sort: (s) => s.practitioner,
    },
    {
      id: 'facts',
      header: t.facts,
      cell: (s) => (
        <ul className="facts" lang="en">
          {s.facts.map((f) => (
            <li key={f}>
              <code>{f}</code>
            </li>
          ))}
        </ul>
      ),
    },
    {
      id: 'missing',
      header: t.notDocumented,
      sort: (s) => s.missing.length,
      firstDirection: 'descending',
      cell: (s) =>
        s.missing.length === 0 ? (
          '—'
        ) : (
          <>
            {s.missing
              .slice(0, shownMissing)
              .map((f) => fieldName(text, f))
              .join(', ')}
            {s.missing.length > shownMissing && (
              <details>
                <summary>{t.moreMissing(s.missing.length - shownMissing)}</summary>
                {s.missing
                  .slice(shownMissing)
                  .map((f) => fieldName(text, f))
                  .join(', ')}
              </details>
            )}
          </>
        ),
    },
  ];

  return (
    <>
      <fieldset className="field-group study-filters">
        <legend>{t.filters}</legend>
        <p className="field">
          <label htmlFor={ids.support}>{t.support}</label>
          <select
            id={ids.support}
            value={filter.support}
            onChange={(e) => set('support', e.target.value as StudyFilter['support'])}
          >
            <option value="any">{t.any}</option>
            {(['supported', 'not-supported', 'undetermined'] as const satisfies readonly Support[]).map((s) => (
              <option key={s} value={s}>
                {text.audit.support.values[s]}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label htmlFor={ids.modality}>{t.modality}</label>
          <select
            id={ids.modality}
            value={filter.modality}
            onChange={(e) => set('modality', e.target.value as StudyFilter['modality'])}
          >
            <option value="any">{t.any}</option>
            {modalities.map((m) => (
              <option key={m} value={m}>
                {modalityName(lang, m)}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label htmlFor={ids.site}>{t.site}</label>
          <select id={ids.site} value={filter.site} onChange={(e) => set('site', e.target.value)}>
            <option value="any">{t.any}</option>
            {sites.values.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
            {sites.unnamed && <option value="none">{t.noSite}</option>}
          </select>
        </p>
        <p className="field">
          <label htmlFor={ids.practitioner}>{t.practitioner}</label>
          <select
            id={ids.practitioner}
            value={filter.practitioner}
            onChange={(e) => set('practitioner', e.target.value)}
          >
            <option value="any">{t.any}</option>
            {practitioners.values.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
            {practitioners.unnamed && <option value="none">{t.noSite}</option>}
          </select>
        </p>
        <p className="field">
          <label htmlFor={ids.text}>{t.search}</label>
          <input id={ids.text} type="search" value={filter.text} onChange={(e) => set('text', e.target.value)} />
        </p>
      </fieldset>
      <p role="status">{t.count(shown.length, studies.length)}</p>
      <SortableTable
        caption={t.caption}
        columns={columns}
        rows={shown}
        rowKey={(s) => `${s.patient} ${s.study} ${s.date}`}
        empty={t.noneFound}
        initialSort={{ column: 'date', direction: 'ascending' }}
        pageSize={studiesPerPage}
      />
    </>
  );
}
