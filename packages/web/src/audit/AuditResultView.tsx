import {
  type AuditResult,
  type AuditStudy,
  exclusionsOf,
  funnelOf,
  type Modality,
  namer,
  type Stratum,
  type StratumResult,
  type SupportCounts,
  studiesOf,
  weeksOf,
} from '@spine-advisor/audit/browser';
import { knowledgeVersion } from '@spine-advisor/engine';
import { type ReactNode, type RefObject, useMemo, useRef, useState } from 'react';
import type { Text } from '../text/en.js';
import { formatNumber } from '../text/format.js';
import { useI18n } from '../text/i18n.js';
import type { Lang } from '../text/lang.js';
import { BarChart, type Tone } from './BarChart.js';
import { fieldName, formatRate, modalityName } from './labels.js';
import { type Column, SortableTable } from './SortableTable.js';
import { StudyTable } from './StudyTable.js';
import { initialStudyFilter, type StudyFilter } from './table-rows.js';

const supportParts = ['supported', 'notSupported', 'undetermined'] as const;
const supportTone = { supported: 'supported', notSupported: 'not-supported', undetermined: 'undetermined' } as const;

/** Every figure of an audit result: the same sections as the audit's HTML report, with tables to sort and filter. */
export function AuditResultView({
  result,
  heading,
}: {
  result: AuditResult;
  heading: RefObject<HTMLHeadingElement | null>;
}) {
  const { lang, text } = useI18n();
  const t = text.audit;
  const n = (value: number) => formatNumber(lang, value);
  const studies = useMemo(() => studiesOf(result), [result]);
  const [filter, setFilter] = useState<StudyFilter>(initialStudyFilter);
  const studiesHeading = useRef<HTMLHeadingElement>(null);
  /** A site's or practitioner's name where the export gave one, else its reference. */
  const named = useMemo(() => namer(result.names), [result.names]);
  /** Show the studies of one modality, site or practitioner (any judgement), and move there. */
  const showStudies = (group: Partial<Pick<StudyFilter, 'modality' | 'site' | 'practitioner'>>) => {
    setFilter({ ...initialStudyFilter, support: 'any', ...group });
    requestAnimationFrame(() => {
      studiesHeading.current?.scrollIntoView();
      studiesHeading.current?.focus();
    });
  };
  const total = result.strata.find((s) => s.stratum === 'total');

  return (
    <div className="audit-result">
      <section aria-labelledby="audit-rate">
        <h2 id="audit-rate" tabIndex={-1} ref={heading}>
          {t.sections.rate}
        </h2>
        <p className="muted">
          {t.meta(n(result.input.resources), n(result.input.files), n(result.input.invalidLines))}{' '}
          {t.versions(result.knowledgeVersion, result.valueSetsVersion)}
        </p>
        {result.knowledgeVersion !== knowledgeVersion && (
          <p className="note">{t.knowledgeDiffers(result.knowledgeVersion, knowledgeVersion)}</p>
        )}
        <dl className="key-figures">
          <div>
            <dt>{t.key.rate}</dt>
            <dd>{formatRate(lang, total?.rate ?? null)}</dd>
          </div>
          <div>
            <dt>{t.key.denominator}</dt>
            <dd>{n(total?.denominator ?? 0)}</dd>
          </div>
          <div>
            <dt>{t.key.numerator}</dt>
            <dd>{n(total?.numerator ?? 0)}</dd>
          </div>
          <div>
            <dt>{t.key.studies}</dt>
            <dd>{n(result.imaging.total)}</dd>
          </div>
        </dl>
        <BarChart
          title={t.strata.chart}
          max={1}
          empty={t.strata.noDenominator}
          bars={result.strata.map((s) => ({
            key: s.stratum,
            label: t.strata.names[s.stratum],
            parts: [{ tone: 'plain', value: s.rate ?? 0 }],
            shown: formatRate(lang, s.rate),
            spoken: s.rate === null ? t.strata.noDenominator : formatRate(lang, s.rate),
          }))}
        />
        <StrataTable strata={result.strata} text={text} lang={lang} />
        <p className="muted">{t.measureNote}</p>
      </section>

      <Funnel result={result} />
      <Exclusions result={result} />
      <Weeks studies={studies} />

      <section aria-labelledby="audit-support">
        <h2 id="audit-support">{t.sections.support}</h2>
        <p>{t.support.intro}</p>
        <ul className="compact">
          {(['supported', 'not-supported', 'undetermined'] as const).map((s) => (
            <li key={s}>
              <strong>{t.support.values[s]}</strong>: {t.support.meaning[s]}
            </li>
          ))}
        </ul>
        <SupportGroups
          caption={t.support.all}
          label={t.support.studies}
          groups={{ [t.support.all]: result.imaging }}
          chart={false}
        />
        <SupportGroups
          caption={t.support.byModality}
          label={t.support.modality}
          groups={result.appropriateness.byModality}
          name={(m) => modalityName(lang, m)}
          show={(m) => showStudies({ modality: m as Modality })}
        />
        <SupportGroups
          caption={t.support.bySite}
          label={t.support.site}
          groups={result.appropriateness.bySite}
          name={named}
          show={(site) => showStudies({ site })}
        />
        {Object.keys(result.appropriateness.byPractitioner).length > 0 && (
          <SupportGroups
            caption={t.support.byPractitioner}
            label={t.support.practitioner}
            groups={result.appropriateness.byPractitioner}
            name={named}
            chart={false}
            show={(practitioner) => showStudies({ practitioner })}
          />
        )}
      </section>

      <section aria-labelledby="audit-missing">
        <h2 id="audit-missing">{t.sections.missing}</h2>
        <SortableTable
          caption={t.missing.caption}
          rows={result.appropriateness.topMissing}
          rowKey={(m) => m.field}
          empty={t.missing.none}
          initialSort={{ column: 'studies', direction: 'descending' }}
          columns={[
            {
              id: 'field',
              header: t.missing.field,
              cell: (m) => fieldName(text, m.field),
              sort: (m) => fieldName(text, m.field),
            },
            {
              id: 'studies',
              header: t.missing.studies,
              cell: (m) => n(m.studies),
              sort: (m) => m.studies,
              numeric: true,
            },
          ]}
        />
      </section>

      <section aria-labelledby="audit-studies">
        <h2 id="audit-studies" tabIndex={-1} ref={studiesHeading}>
          {t.sections.studies}
        </h2>
        <p>{t.studies.intro}</p>
        <StudyTable studies={studies} names={result.names} filter={filter} setFilter={setFilter} />
      </section>

      <section aria-labelledby="audit-notes">
        <h2 id="audit-notes">{t.sections.notes}</h2>
        <ul className="compact">
          {t.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function StrataTable({ strata, text, lang }: { strata: readonly StratumResult[]; text: Text; lang: Lang }) {
  const t = text.audit.strata;
  const n = (value: number) => formatNumber(lang, value);
  const order: Record<Stratum, number> = { '18-64': 0, '65-75': 1, total: 2 };
  const columns: Column<StratumResult>[] = [
    { id: 'stratum', header: t.stratum, cell: (s) => t.names[s.stratum], sort: (s) => order[s.stratum] },
    { id: 'eligible', header: t.eligible, cell: (s) => n(s.eligible), sort: (s) => s.eligible, numeric: true },
    { id: 'excluded', header: t.excluded, cell: (s) => n(s.excluded), sort: (s) => s.excluded, numeric: true },
    {
      id: 'denominator',
      header: t.denominator,
      cell: (s) => n(s.denominator),
      sort: (s) => s.denominator,
      numeric: true,
    },
    { id: 'numerator', header: t.numerator, cell: (s) => n(s.numerator), sort: (s) => s.numerator, numeric: true },
    { id: 'rate', header: t.rate, cell: (s) => formatRate(lang, s.rate), sort: (s) => s.rate, numeric: true },
  ];
  return <SortableTable caption={t.caption} columns={columns} rows={strata} rowKey={(s) => s.stratum} empty="—" />;
}

function Funnel({ result }: { result: AuditResult }) {
  const { lang, text } = useI18n();
  const t = text.audit.funnel;
  const funnel = funnelOf(result);
  const n = (value: number) => formatNumber(lang, value);
  return (
    <section aria-labelledby="audit-funnel">
      <h2 id="audit-funnel">{text.audit.sections.funnel}</h2>
      <BarChart
        title={t.caption}
        empty="—"
        bars={funnel.map((f, i) => ({
          key: f.step,
          label: `${i + 1}. ${t.steps[f.step]}`,
          parts: [{ tone: 'plain', value: f.patients }],
          shown: n(f.patients),
          spoken: n(f.patients),
        }))}
      />
      <SimpleTable
        caption={t.caption}
        head={[t.step, t.patients]}
        rows={funnel.map((f, i) => [`${i + 1}. ${t.steps[f.step]}`, n(f.patients)])}
      />
    </section>
  );
}

function Exclusions({ result }: { result: AuditResult }) {
  const { lang, text } = useI18n();
  const t = text.audit.exclusions;
  const rows = exclusionsOf(result);
  const n = (value: number) => formatNumber(lang, value);
  return (
    <section aria-labelledby="audit-exclusions">
      <h2 id="audit-exclusions">{text.audit.sections.exclusions}</h2>
      <BarChart
        title={t.caption}
        empty={t.none}
        bars={rows.map((e) => ({
          key: e.reason,
          label: t.reasons[e.reason],
          parts: [{ tone: 'plain', value: e.patients }],
          shown: n(e.patients),
          spoken: n(e.patients),
        }))}
      />
      <SortableTable
        caption={t.caption}
        rows={rows}
        rowKey={(e) => e.reason}
        empty={t.none}
        initialSort={{ column: 'patients', direction: 'descending' }}
        columns={[
          { id: 'reason', header: t.reason, cell: (e) => t.reasons[e.reason], sort: (e) => t.reasons[e.reason] },
          { id: 'patients', header: t.patients, cell: (e) => n(e.patients), sort: (e) => e.patients, numeric: true },
        ]}
      />
    </section>
  );
}

function Weeks({ studies }: { studies: readonly AuditStudy[] }) {
  const { lang, text } = useI18n();
  const t = text.audit.weeks;
  const weeks = weeksOf(studies);
  const n = (value: number) => formatNumber(lang, value);
  const tone = (window: string): Tone => (window === 'no' ? 'after-window' : 'in-window');
  return (
    <section aria-labelledby="audit-weeks">
      <h2 id="audit-weeks">{text.audit.sections.weeks}</h2>
      <BarChart
        title={t.caption}
        empty={t.none}
        legend={[
          { tone: 'in-window', label: `${t.window}: ${t.windowValues.yes}` },
          { tone: 'after-window', label: `${t.window}: ${t.windowValues.no}` },
        ]}
        bars={weeks.map((w) => ({
          key: String(w.week),
          label: t.weekName(n(w.week)),
          parts: [{ tone: tone(w.window), value: w.studies }],
          shown: n(w.studies),
          spoken: `${n(w.studies)} (${t.window}: ${t.windowValues[w.window]})`,
        }))}
      />
      <SimpleTable
        caption={t.caption}
        head={[t.week, t.studies, t.window]}
        rows={weeks.map((w) => [n(w.week), n(w.studies), t.windowValues[w.window]])}
        numeric={[true, true, false]}
      />
    </section>
  );
}

/** Supported / not supported / undetermined per group: a stacked bar chart and a sortable table. */
function SupportGroups({
  caption,
  label,
  groups,
  name = (g) => g,
  chart = true,
  show,
}: {
  caption: string;
  label: string;
  groups: Record<string, SupportCounts>;
  name?: (group: string) => string;
  chart?: boolean;
  /** Show this group's studies in the studies table (a button per row). */
  show?: (group: string) => void;
}) {
  const { lang, text } = useI18n();
  const t = text.audit.support;
  const n = (value: number) => formatNumber(lang, value);
  const rows = Object.entries(groups).map(([group, counts]) => ({ group, ...counts }));
  const words = { supported: 'supported', notSupported: 'not-supported', undetermined: 'undetermined' } as const;
  return (
    <>
      <h3>{caption}</h3>
      {chart && (
        <BarChart
          title={caption}
          titleHidden
          empty={t.none}
          legend={supportParts.map((p) => ({ tone: supportTone[p], label: t.values[words[p]] }))}
          bars={rows.map((r) => ({
            key: r.group,
            label: name(r.group),
            parts: supportParts.map((p) => ({ tone: supportTone[p], value: r[p] })),
            shown: n(r.total),
            spoken: supportParts.map((p) => `${t.values[words[p]]} ${n(r[p])}`).join(', '),
          }))}
        />
      )}
      <SortableTable
        caption={caption}
        titleHidden
        rows={rows}
        rowKey={(r) => r.group}
        empty={t.none}
        columns={[
          { id: 'group', header: label, cell: (r) => name(r.group), sort: (r) => name(r.group) },
          { id: 'total', header: t.studies, cell: (r) => n(r.total), sort: (r) => r.total, numeric: true },
          ...supportParts.map(
            (p): Column<(typeof rows)[number]> => ({
              id: p,
              header: t.values[words[p]],
              cell: (r) => n(r[p]),
              sort: (r) => r[p],
              numeric: true,
            }),
          ),
          ...(show
            ? [
                {
                  id: 'show',
                  header: t.studiesColumn,
                  cell: (r: (typeof rows)[number]) => (
                    <button type="button" className="link-button" onClick={() => show(r.group)}>
                      {t.show}
                      <span className="visually-hidden"> ({name(r.group)})</span>
                    </button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

/** A small table that needs no sorting (a fixed order that means something, like the funnel's). */
function SimpleTable({
  caption,
  head,
  rows,
  numeric = [false, true],
}: {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  numeric?: readonly boolean[];
}) {
  const columns = head.map(
    (header, i): Column<{ key: string; cells: readonly ReactNode[] }> => ({
      id: String(i),
      header,
      cell: (r) => r.cells[i],
      numeric: numeric[i] ?? false,
    }),
  );
  return (
    <SortableTable
      caption={caption}
      columns={columns}
      rows={rows.map((cells, i) => ({ key: String(i), cells }))}
      rowKey={(r) => r.key}
      empty="—"
    />
  );
}
