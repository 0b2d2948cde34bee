import { readFile } from 'node:fs/promises';
import { knowledgeFor, type Lang } from '@spine-advisor/engine';
import escapeHtml from 'escape-html';
import type { Support } from '../judge.js';
import {
  type AuditResult,
  type AuditStudy,
  exclusionsOf,
  funnelOf,
  namer,
  type SupportCounts,
  studiesOf,
  weeksOf,
} from '../result.js';
import { type ChartSpec, chartSvg, supportColours, vegaLocale } from './charts.js';
import { type Formats, formatsFor } from './format.js';
import { type ReportWords, reportWords } from './words.js';

const styles = new URL('../../assets/report.css', import.meta.url);

/** The support values in the order the report shows them, with the count field of each. */
const supports = [
  ['supported', 'supported'],
  ['not-supported', 'notSupported'],
  ['undetermined', 'undetermined'],
] as const satisfies readonly (readonly [Support, keyof SupportCounts])[];

/** What every part of the report needs: the words, the formats and the engine's names in one language. */
interface Context {
  readonly lang: Lang;
  readonly w: ReportWords;
  readonly f: Formats;
  /** A modality id in words (the engine's scan names); an unknown one as written. */
  readonly modality: (id: string) => string;
  readonly procedure: (id: string) => string;
  readonly field: (id: string) => string;
}

function contextFor(lang: Lang): Context {
  const names = knowledgeFor(lang).text.names;
  const w = reportWords[lang];
  return {
    lang,
    w,
    f: formatsFor(lang),
    modality: (id) => (names.modalities as Record<string, { name: string } | undefined>)[id]?.name ?? id,
    procedure: (id) =>
      (names.procedures as Record<string, { clinicalLabel: string } | undefined>)[id]?.clinicalLabel ?? id,
    field: (id) => (w.fields as Record<string, string | undefined>)[id] ?? id,
  };
}

/**
 * The self-contained HTML report of an audit result: offline, printable, charts as inline SVG, in
 * `lang` (English by default). Ids in the result are shown as their words in that language.
 */
export async function renderReport(result: AuditResult, lang: Lang = 'en'): Promise<string> {
  const c = contextFor(lang);
  const { w, f } = c;
  const css = await readFile(styles, 'utf8');
  const total = result.strata.find((s) => s.stratum === 'total');
  const studies = studiesOf(result);
  const stratumName = (id: string) => (w.strata.names as Record<string, string | undefined>)[id] ?? id;
  const named = namer(result.names);
  const funnel = funnelOf(result).map((s, i) => ({
    step: `${i + 1}. ${w.funnel.steps[s.step]}`,
    patients: s.patients,
  }));
  const exclusions = exclusionsOf(result).map((e) => ({
    reason: w.exclusions.reasons[e.reason],
    patients: e.patients,
  }));
  const weeks = weeksOf(studies);
  const rates = result.strata.map(
    (s) => `${stratumName(s.stratum)} ${s.rate === null ? w.strata.noDenominator : f.percent(s.rate)}`,
  );

  const charts = await Promise.all([
    chartSvg(
      barChart(
        c,
        w.strata.chartTitle,
        [w.strata.stratum, w.strata.rate],
        // A stratum without a denominator has no rate: no bar, never a bar at 0%.
        result.strata.flatMap((s) =>
          s.rate === null
            ? []
            : [{ x: stratumName(s.stratum), y: s.rate, label: `${stratumName(s.stratum)}: ${f.percent(s.rate)}` }],
        ),
        w.strata.chartAlt(rates.join(', ')),
        '%',
      ),
    ),
    chartSvg(
      barChart(
        c,
        w.sections.funnel,
        [w.funnel.step, w.funnel.patients],
        funnel.map((s) => ({ x: s.step, y: s.patients, label: `${s.step}: ${f.number(s.patients)}` })),
        w.funnel.chartAlt(funnel.map((s) => `${s.step} ${f.number(s.patients)}`).join(', ')),
      ),
    ),
    chartSvg(
      barChart(
        c,
        w.exclusions.chartTitle,
        [w.exclusions.reason, w.exclusions.patients],
        exclusions.map((e) => ({ x: e.reason, y: e.patients, label: `${e.reason}: ${f.number(e.patients)}` })),
        exclusions.length
          ? w.exclusions.chartAlt(exclusions.map((e) => `${e.reason} ${f.number(e.patients)}`).join(', '))
          : w.exclusions.none,
      ),
    ),
    chartSvg(weekChart(c, weeks)),
    chartSvg(
      supportChart(c, w.support.chartByModality, w.support.modality, result.appropriateness.byModality, c.modality),
    ),
    chartSvg(supportChart(c, w.support.chartBySite, w.support.site, result.appropriateness.bySite, named)),
  ]);
  const [rateSvg, funnelSvg, exclusionSvg, weekSvg, modalitySvg, siteSvg] = charts;
  const notSupported = studies.filter((s) => s.support === 'not-supported');
  const year = String(result.measurementYear);
  const invalid = result.input.invalidLines ? f.number(result.input.invalidLines) : null;

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(w.documentTitle(year))}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>${escapeHtml(w.title(year))}</h1>
<p class="meta">${escapeHtml(w.meta.measure)}
${escapeHtml(w.meta.versions(result.valueSetsVersion, result.knowledgeVersion))}
${escapeHtml(w.meta.read(f.number(result.input.resources), f.number(result.input.files), invalid))}</p>
</header>
<main>
<section aria-labelledby="h-rate">
<h2 id="h-rate">${escapeHtml(w.sections.rate)}</h2>
<div class="key">
<div>${escapeHtml(w.key.rate)}<strong>${escapeHtml(f.percent(total?.rate ?? null))}</strong></div>
<div>${escapeHtml(w.key.denominator)}<strong>${f.number(total?.denominator ?? 0)}</strong></div>
<div>${escapeHtml(w.key.numerator)}<strong>${f.number(total?.numerator ?? 0)}</strong></div>
<div>${escapeHtml(w.key.studies)}<strong>${f.number(result.imaging.total)}</strong></div>
</div>
${table(
  c,
  [w.strata.stratum, w.strata.eligible, w.strata.excluded, w.strata.denominator, w.strata.numerator, w.strata.rate],
  result.strata.map((s) => [
    stratumName(s.stratum),
    s.eligible,
    s.excluded,
    s.denominator,
    s.numerator,
    f.percent(s.rate),
  ]),
  w.strata.caption,
)}
${figure(w.strata.figure, rateSvg)}
</section>
${section('funnel', w.sections.funnel, [
  figure(w.funnel.figure, funnelSvg),
  table(
    c,
    [w.funnel.step, w.funnel.patients],
    funnel.map((s) => [s.step, s.patients]),
    w.funnel.caption,
  ),
])}
${section('exclusions', w.sections.exclusions, [
  figure(w.exclusions.figure, exclusionSvg),
  table(
    c,
    [w.exclusions.reason, w.exclusions.patients],
    exclusions.map((e) => [e.reason, e.patients]),
    w.exclusions.caption,
  ),
])}
${section('weeks', w.sections.weeks, [
  figure(w.weeks.figure, weekSvg),
  table(
    c,
    [w.weeks.week, w.weeks.studies, w.weeks.window],
    weeks.map((s) => [s.week, s.studies, w.weeks.windowValues[s.window]]),
    w.weeks.caption,
  ),
])}
<section aria-labelledby="h-support">
<h2 id="h-support">${escapeHtml(w.sections.support)}</h2>
<p>${w.support.intro(mapSupport((s) => escapeHtml(w.support.values[s].toLowerCase())))}</p>
${table(
  c,
  [w.support.studies, ...supports.map(([s]) => w.support.values[s])],
  [[result.imaging.total, result.imaging.supported, result.imaging.notSupported, result.imaging.undetermined]],
  w.support.all,
)}
${figure(w.support.byModality, modalitySvg)}
${supportTable(c, w.support.byModality, w.support.modality, result.appropriateness.byModality, c.modality)}
${figure(w.support.bySite, siteSvg)}
${supportTable(c, w.support.bySite, w.support.site, result.appropriateness.bySite, named)}
${supportTable(c, w.support.byPractitioner, w.support.practitioner, result.appropriateness.byPractitioner, named)}
<h3>${escapeHtml(w.sections.missing)}</h3>
${table(
  c,
  [w.missing.field, w.missing.studies],
  result.appropriateness.topMissing.map((m) => [c.field(m.field), m.studies]),
  w.missing.caption,
)}
</section>
${section('not-supported', w.sections.notSupported, [notSupported.length === 0 ? `<p>${escapeHtml(w.notSupported.none)}</p>` : notSupportedTable(c, notSupported, named)])}
<section aria-labelledby="h-notes">
<h2 id="h-notes">${escapeHtml(w.sections.notes)}</h2>
<ul class="note">
${w.notes.map((n) => `<li>${n}</li>`).join('\n')}
</ul>
</section>
</main>
</body>
</html>
`;
}

/** One value per support category. */
function mapSupport<V>(value: (s: Support) => V): Record<Support, V> {
  return {
    supported: value('supported'),
    'not-supported': value('not-supported'),
    undetermined: value('undetermined'),
  };
}

function table(
  c: Context,
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  caption: string,
): string {
  const cell = (v: string | number) =>
    typeof v === 'number' ? `<td class="n">${c.f.number(v)}</td>` : `<td>${escapeHtml(v)}</td>`;
  return `<table><caption class="note">${escapeHtml(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${
    rows.length === 0
      ? `<tr><td colspan="${head.length}">${escapeHtml(c.w.none)}</td></tr>`
      : rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')
  }</tbody></table>`;
}

function section(id: string, title: string, parts: readonly string[]): string {
  return `<section aria-labelledby="h-${id}">\n<h2 id="h-${id}">${escapeHtml(title)}</h2>\n${parts.join('\n')}\n</section>`;
}

function figure(caption: string, svg: string | undefined): string {
  return `<figure><figcaption>${escapeHtml(caption)}</figcaption>${svg ?? ''}</figure>`;
}

function supportTable(
  c: Context,
  caption: string,
  label: string,
  groups: Record<string, SupportCounts>,
  name: (group: string) => string = (g) => g,
): string {
  return table(
    c,
    [label, c.w.support.studies, ...supports.map(([s]) => c.w.support.values[s])],
    Object.entries(groups).map(([k, n]) => [name(k), n.total, n.supported, n.notSupported, n.undetermined]),
    caption,
  );
}

/** A study's site: its name with the reference below it, the reference alone, or a dash. */
function siteCell(site: string | null, named: (reference: string) => string): string {
  if (site === null) return '—';
  const name = named(site);
  return name === site ? escapeHtml(site) : `${escapeHtml(name)}<br><span class="ref">${escapeHtml(site)}</span>`;
}

function notSupportedTable(c: Context, studies: readonly AuditStudy[], named: (reference: string) => string): string {
  const { w, f } = c;
  const rows = studies
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.patient)}</td><td>${escapeHtml(s.study)}</td><td>${escapeHtml(f.date(s.date))}</td><td>${escapeHtml(c.procedure(s.procedure))}</td><td class="n">${f.number(Number(s.daysAfterIesd))}</td><td>${siteCell(s.site, named)}</td><td><ul class="facts"${c.lang === 'en' ? '' : ' lang="en"'}>${s.facts.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul></td><td>${escapeHtml(s.missing.map(c.field).join(', ') || '—')}</td></tr>`,
    )
    .join('');
  const t = w.notSupported;
  return `<table class="studies"><caption class="note">${escapeHtml(t.caption)}</caption><thead><tr>${[t.patient, t.study, t.date, t.procedure, t.days, t.site, t.facts, t.notDocumented].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The parts every chart shares: its title (named by the SVG itself), size and number locale. */
function base(c: Context, title: string, description: string) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // The title's text alternative is the title itself (Vega's own would be in English).
    title: { text: title, encode: { title: { update: { description: { value: title } } } } },
    description,
    width: 480,
    config: { locale: vegaLocale(c.lang) },
  } as const;
}

/** Horizontal bars: `x` the category (on the vertical axis), `y` the value, `label` each bar's text alternative. */
function barChart(
  c: Context,
  title: string,
  [category, value]: readonly [string, string],
  values: readonly { x: string; y: number; label: string }[],
  description: string,
  format?: '%',
): ChartSpec {
  return {
    ...base(c, title, description),
    height: 220,
    data: { values: values as { x: string; y: number; label: string }[] },
    mark: { type: 'bar', color: '#2c5d8a' },
    encoding: {
      y: {
        field: 'x',
        type: 'nominal',
        sort: null,
        title: null,
        axis: { labelLimit: 260, description: c.w.axis(category) },
      },
      x: {
        field: 'y',
        type: 'quantitative',
        title: value,
        // Counts are whole numbers: no tick at 0.5 patients.
        axis: { description: c.w.axis(value), ...(format ? { format: '.0%' } : { tickMinStep: 1, format: ',d' }) },
        ...(format ? { scale: { domain: [0, 1] } } : {}),
      },
      description: { field: 'label' },
    },
  };
}

function weekChart(c: Context, weeks: ReturnType<typeof weeksOf>): ChartSpec {
  const { w, f } = c;
  const inWindow = (s: (typeof weeks)[number]) => (s.window === 'no' ? w.weeks.inWindow.no : w.weeks.inWindow.yes);
  return {
    ...base(
      c,
      w.weeks.figure,
      weeks.length
        ? w.weeks.chartAlt(weeks.map((s) => `${w.weeks.weekName(f.number(s.week))}: ${f.number(s.studies)}`).join(', '))
        : w.weeks.none,
    ),
    height: 220,
    data: {
      values: weeks.map((s) => ({
        week: s.week,
        studies: s.studies,
        window: inWindow(s),
        label: `${w.weeks.weekName(f.number(s.week))}: ${f.number(s.studies)}; ${w.weeks.windowLegend}: ${inWindow(s)}`,
      })),
    },
    mark: 'bar',
    encoding: {
      x: { field: 'week', type: 'ordinal', title: w.weeks.weekAxis, axis: { description: w.axis(w.weeks.weekAxis) } },
      y: {
        field: 'studies',
        type: 'quantitative',
        title: w.weeks.studies,
        axis: { description: w.axis(w.weeks.studies), tickMinStep: 1, format: ',d' },
      },
      color: {
        field: 'window',
        type: 'nominal',
        scale: { domain: [w.weeks.inWindow.yes, w.weeks.inWindow.no], range: ['#b2182b', '#2c5d8a'] },
        title: w.weeks.windowLegend,
        legend: { description: w.legend(w.weeks.windowLegend), titleLimit: 240 },
      },
      description: { field: 'label' },
    },
  };
}

function supportChart(
  c: Context,
  title: string,
  groupLabel: string,
  groups: Record<string, SupportCounts>,
  name: (group: string) => string,
): ChartSpec {
  const { w, f } = c;
  const values = Object.entries(groups).flatMap(([group, n]) =>
    supports.map(([support, count]) => ({
      group: name(group),
      judgement: w.support.values[support],
      studies: n[count],
      label: `${name(group)}: ${w.support.values[support]} ${f.number(n[count])}`,
    })),
  );
  const counts = (n: SupportCounts) => mapSupport((s) => f.number(n[supports.find(([x]) => x === s)?.[1] ?? 'total']));
  return {
    ...base(
      c,
      title,
      values.length
        ? w.support.chartAlt(
            title,
            Object.entries(groups)
              .map(([g, n]) => w.support.groupAlt(name(g), counts(n)))
              .join('; '),
          )
        : w.support.noStudies(title),
    ),
    height: { step: 24 },
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'group', type: 'nominal', title: null, axis: { labelLimit: 260, description: w.axis(groupLabel) } },
      x: {
        field: 'studies',
        type: 'quantitative',
        title: w.support.studies,
        stack: 'zero',
        axis: { description: w.axis(w.support.studies), tickMinStep: 1, format: ',d' },
      },
      color: {
        field: 'judgement',
        type: 'nominal',
        scale: {
          domain: supports.map(([s]) => w.support.values[s]),
          range: supports.map(([s]) => supportColours[s]),
        },
        title: w.support.judgement,
        legend: { description: w.legend(w.support.judgement), titleLimit: 240 },
      },
      description: { field: 'label' },
    },
  };
}
