import { type AuditStudy, type Modality, namer, type Support } from '@spine-advisor/audit/browser';
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
  names,
  filter,
  setFilter,
}: {
  studies: readonly AuditStudy[];
  /** The names of sites and practitioners, by reference (a reference without one shows as it is). */
  names: Readonly<Record<string, string>>;
  filter: StudyFilter;
  setFilter: Dispatch<SetStateAction<StudyFilter>>;
}) {
  const { lang, text } = useI18n();
  const t = text.audit.studies;
  const searchId = useId();
  const shown = useMemo(() => filterStudies(studies, filter), [studies, filter]);
  const modalities = choicesOf(studies, (s) => s.modality, lang).values as Modality[];
  const sites = choicesOf(studies, (s) => s.site, lang);
  const practitioners = choicesOf(studies, (s) => s.practitioner, lang);
  const n = (value: number) => formatNumber(lang, value);
  const named = useMemo(() => namer(names), [names]);
  const nameOf = (ref: string | null) => (ref === null ? null : named(ref));
  // A name, with the reference it stands for below it; a reference without a name as it is.
  const reference = (ref: string | null) =>
    ref === null ? (
      t.noSite
    ) : names[ref] === undefined ? (
      ref
    ) : (
      <>
        {names[ref]}
        <br />
        <span className="muted">{ref}</span>
      </>
    );
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
    { id: 'site', header: t.site, cell: (s) => reference(s.site), sort: (s) => nameOf(s.site) },
    {
      id: 'practitioner',
      header: t.practitioner,
      cell: (s) => reference(s.practitioner),
      sort: (s) => nameOf(s.practitioner),
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
        <FilterSelect
          label={t.support}
          value={filter.support}
          onChange={(v) => set('support', v as StudyFilter['support'])}
          options={(['supported', 'not-supported', 'undetermined'] as const satisfies readonly Support[]).map((s) => ({
            value: s,
            label: text.audit.support.values[s],
          }))}
        />
        <FilterSelect
          label={t.modality}
          value={filter.modality}
          onChange={(v) => set('modality', v as StudyFilter['modality'])}
          options={modalities.map((m) => ({ value: m, label: modalityName(lang, m) }))}
        />
        <FilterSelect
          label={t.site}
          value={filter.site}
          onChange={(v) => set('site', v)}
          options={[
            ...sites.values.map((v) => ({ value: v, label: named(v) })),
            ...(sites.unnamed ? [{ value: 'none', label: t.noSite }] : []),
          ]}
        />
        <FilterSelect
          label={t.practitioner}
          value={filter.practitioner}
          onChange={(v) => set('practitioner', v)}
          options={[
            ...practitioners.values.map((v) => ({ value: v, label: named(v) })),
            ...(practitioners.unnamed ? [{ value: 'none', label: t.noSite }] : []),
          ]}
        />
        <p className="field">
          <label htmlFor={searchId}>{t.search}</label>
          <input id={searchId} type="search" value={filter.text} onChange={(e) => set('text', e.target.value)} />
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

/** One labelled filter: "any" first, then the given choices. */
function FilterSelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { readonly value: string; readonly label: string }[];
}) {
  const id = useId();
  const { text } = useI18n();
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="any">{text.audit.studies.any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </p>
  );
}
