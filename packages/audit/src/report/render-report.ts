import { readFile } from 'node:fs/promises';
import escapeHtml from 'escape-html';
import {
  type AuditResult,
  type AuditStudy,
  exclusionsOf,
  type FunnelStep,
  funnelOf,
  type SupportCounts,
  studiesOf,
  type WeekInWindow,
  weeksOf,
} from '../result.js';
import { type ChartSpec, chartSvg, supportColours } from './charts.js';

const styles = new URL('../../assets/report.css', import.meta.url);

const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const words = { supported: 'supported', notSupported: 'not supported', undetermined: 'undetermined' } as const;
const funnelWords: Record<FunnelStep, string> = {
  'low-back-pain': '1. Low back pain diagnosis',
  eligible: '2. Eligible',
  excluded: '3. Excluded',
  denominator: '4. Denominator',
  imaged: '5. Imaged within 28 days',
};
const windowWords: Record<WeekInWindow, string> = { yes: 'yes', 'day-28': 'day 28 only', no: 'no' };

/** The self-contained HTML report of an audit result: offline, printable, charts as inline SVG. */
export async function renderReport(result: AuditResult): Promise<string> {
  const css = await readFile(styles, 'utf8');
  const total = result.strata.find((s) => s.stratum === 'total');
  const studies = studiesOf(result);
  const funnel = funnelOf(result).map((f) => ({ step: funnelWords[f.step], patients: f.patients }));
  const exclusions = exclusionsOf(result);
  const weeks = weeksOf(studies).map((w) => ({ ...w, window: windowWords[w.window] }));

  const charts = await Promise.all([
    chartSvg(
      barChart(
        'Rate per stratum (higher is better)',
        'stratum',
        'rate',
        // A stratum without a denominator has no rate: no bar, never a bar at 0%.
        result.strata.flatMap((s) => (s.rate === null ? [] : [{ stratum: s.stratum, rate: s.rate }])),
        `Share of the denominator not imaged within 28 days, per age stratum: ${result.strata
          .map((s) => `${s.stratum} ${s.rate === null ? 'no rate (nobody in the denominator)' : pct(s.rate)}`)
          .join(', ')}.`,
        '%',
      ),
    ),
    chartSvg(
      barChart(
        'From diagnosis to imaging',
        'step',
        'patients',
        funnel,
        `Funnel: ${funnel.map((f) => `${f.step} ${f.patients}`).join(', ')}.`,
      ),
    ),
    chartSvg(
      barChart(
        'Exclusion reasons',
        'reason',
        'patients',
        exclusions,
        exclusions.length
          ? `Patients per exclusion reason: ${exclusions.map((e) => `${e.reason} ${e.patients}`).join(', ')}.`
          : 'No patient was excluded.',
      ),
    ),
    chartSvg(weekChart(weeks)),
    chartSvg(supportChart('Judgement by modality', result.appropriateness.byModality)),
    chartSvg(supportChart('Judgement by site', result.appropriateness.bySite)),
  ]);
  const [rateSvg, funnelSvg, exclusionSvg, weekSvg, modalitySvg, siteSvg] = charts;
  const notSupported = studies.filter((s) => s.support === 'not-supported');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Low back pain imaging audit ${result.measurementYear} — spine-advisor</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>Low back pain imaging audit, ${result.measurementYear}</h1>
<p class="meta">Measure modelled on HEDIS “Use of Imaging Studies for Low Back Pain” (MY 2025 logic); not NCQA-certified.
Code lists ${escapeHtml(result.valueSetsVersion)}; engine knowledge ${escapeHtml(result.knowledgeVersion)}.
Read ${result.input.resources} resources from ${result.input.files} files${result.input.invalidLines ? `, ${result.input.invalidLines} bad lines skipped` : ''}.</p>
</header>
<main>
<section aria-labelledby="h-rate">
<h2 id="h-rate">The rate</h2>
<div class="key">
<div>Rate (total)<strong>${pct(total?.rate ?? null)}</strong></div>
<div>Denominator<strong>${total?.denominator ?? 0}</strong></div>
<div>Imaged within 28 days<strong>${total?.numerator ?? 0}</strong></div>
<div>Studies judged<strong>${result.imaging.total}</strong></div>
</div>
${table(
  ['Stratum', 'Eligible', 'Excluded', 'Denominator', 'Imaged ≤ 28 days', 'Rate'],
  result.strata.map((s) => [s.stratum, s.eligible, s.excluded, s.denominator, s.numerator, pct(s.rate)]),
  'Rate per stratum: 1 − imaged / denominator',
)}
${figure('Rate per stratum', rateSvg)}
</section>
${section('funnel', 'From diagnosis to imaging', [
  figure('Patients at each step', funnelSvg),
  table(
    ['Step', 'Patients'],
    funnel.map((f) => [f.step, f.patients]),
    'Funnel',
  ),
])}
${section('exclusions', 'Exclusions', [
  figure('Patients per exclusion reason (a patient counts once per reason)', exclusionSvg),
  table(
    ['Reason', 'Patients'],
    exclusions.map((e) => [e.reason, e.patients]),
    'Exclusion reasons',
  ),
])}
${section('weeks', 'When imaging happened', [
  figure('Lumbar imaging by week after the index visit', weekSvg),
  table(
    ['Week after index visit', 'Studies', 'In the 28-day window'],
    weeks.map((w) => [w.week, w.studies, w.window]),
    'Imaging by week',
  ),
])}
<section aria-labelledby="h-support">
<h2 id="h-support">Was each scan supported?</h2>
<p>For every lumbar imaging study of an eligible patient, the engine judged the case built from what the record documented by the day of the study:
<strong>supported</strong> (it rates imaging as indicated now), <strong>not supported</strong> (it rates imaging not indicated now), or
<strong>undetermined</strong> (age or onset of the pain was not documented).</p>
${table(['Studies', 'Supported', 'Not supported', 'Undetermined'], [[result.imaging.total, result.imaging.supported, result.imaging.notSupported, result.imaging.undetermined]], 'All judged studies')}
${figure('By modality', modalitySvg)}
${supportTable('By modality', 'Modality', result.appropriateness.byModality)}
${figure('By site', siteSvg)}
${supportTable('By site', 'Site', result.appropriateness.bySite)}
${supportTable('By ordering practitioner', 'Practitioner', result.appropriateness.byPractitioner)}
<h3>Facts most often missing</h3>
${table(
  ['Fact (case field)', 'Studies lacking it'],
  result.appropriateness.topMissing.map((m) => [m.field, m.studies]),
  'Facts most often missing from not-supported and undetermined studies',
)}
</section>
${section('not-supported', 'Studies not supported', [notSupported.length === 0 ? '<p>None.</p>' : notSupportedTable(notSupported)])}
<section aria-labelledby="h-notes">
<h2 id="h-notes">How to read this</h2>
<ul class="note">
<li>Rate = 1 − numerator / denominator: the share of patients not imaged within 28 days of the index visit. Higher is better.</li>
<li>FHIR data approximates the claims-based definition: a principal diagnosis is <code>Encounter.diagnosis</code> rank 1, or any reason of a visit that ranks none; continuous enrolment is replaced by presence in the export; lab claims do not exist in FHIR; prescriptions stand in for dispensings only where a patient has no dispensing recorded.</li>
<li>A judgement uses only resources dated on or before the study day; undated resources are left out.</li>
</ul>
</section>
</main>
</body>
</html>
`;
}

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[], caption: string): string {
  const cell = (v: string | number) =>
    typeof v === 'number' ? `<td class="n">${v}</td>` : `<td>${escapeHtml(v)}</td>`;
  return `<table><caption class="note">${escapeHtml(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${
    rows.length === 0
      ? `<tr><td colspan="${head.length}">None</td></tr>`
      : rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')
  }</tbody></table>`;
}

function section(id: string, title: string, parts: readonly string[]): string {
  return `<section aria-labelledby="h-${id}">\n<h2 id="h-${id}">${escapeHtml(title)}</h2>\n${parts.join('\n')}\n</section>`;
}

function figure(caption: string, svg: string | undefined): string {
  return `<figure><figcaption>${escapeHtml(caption)}</figcaption>${svg ?? ''}</figure>`;
}

function supportTable(caption: string, label: string, groups: Record<string, SupportCounts>): string {
  return table(
    [label, 'Studies', 'Supported', 'Not supported', 'Undetermined'],
    Object.entries(groups).map(([k, c]) => [k, c.total, c.supported, c.notSupported, c.undetermined]),
    caption,
  );
}

function notSupportedTable(studies: readonly AuditStudy[]): string {
  const rows = studies
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.patient)}</td><td>${escapeHtml(s.study)}</td><td>${escapeHtml(s.date)}</td><td>${escapeHtml(s.procedure)}</td><td class="n">${Number(s.daysAfterIesd)}</td><td>${escapeHtml(s.site ?? '—')}</td><td><ul class="facts">${s.facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul></td><td>${escapeHtml(s.missing.join(', ') || '—')}</td></tr>`,
    )
    .join('');
  return `<table class="studies"><caption class="note">Each study the engine rated not indicated, with the facts it read and what the record lacked</caption><thead><tr>${['Patient', 'Study', 'Date', 'Procedure', 'Days after index', 'Site', 'Facts documented', 'Not documented'].map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}

function barChart(
  title: string,
  x: string,
  y: string,
  values: readonly object[],
  description: string,
  format?: '%',
): ChartSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    description,
    width: 480,
    height: 220,
    data: { values: values as Record<string, unknown>[] },
    mark: { type: 'bar', color: '#2c5d8a' },
    encoding: {
      y: { field: x, type: 'nominal', sort: null, title: null, axis: { labelLimit: 260 } },
      x: {
        field: y,
        type: 'quantitative',
        title: y,
        ...(format ? { axis: { format: '.0%' }, scale: { domain: [0, 1] } } : {}),
      },
    },
  };
}

function weekChart(weeks: readonly { week: number; studies: number; window: string }[]): ChartSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Lumbar imaging by week after the index visit',
    description: weeks.length
      ? `Studies per week after the index visit: ${weeks.map((w) => `week ${w.week}: ${w.studies}`).join(', ')}. Weeks 0 to 3 and day 28 are in the measure's window.`
      : 'No lumbar imaging of eligible patients.',
    width: 480,
    height: 220,
    data: { values: weeks.map((w) => ({ ...w, 'in window': w.window === 'no' ? 'no' : 'yes' })) },
    mark: 'bar',
    encoding: {
      x: { field: 'week', type: 'ordinal', title: 'Week after index visit (0 = days 0–6)' },
      y: { field: 'studies', type: 'quantitative', title: 'Studies' },
      color: {
        field: 'in window',
        type: 'nominal',
        scale: { domain: ['yes', 'no'], range: ['#b2182b', '#2c5d8a'] },
        title: 'In 28-day window',
      },
    },
  };
}

function supportChart(title: string, groups: Record<string, SupportCounts>): ChartSpec {
  const values = Object.entries(groups).flatMap(([group, c]) =>
    (['supported', 'notSupported', 'undetermined'] as const).map((k) => ({
      group,
      judgement: words[k],
      studies: c[k],
    })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    description: values.length
      ? `${title}: ${Object.entries(groups)
          .map(
            ([g, c]) =>
              `${g}: ${c.supported} supported, ${c.notSupported} not supported, ${c.undetermined} undetermined`,
          )
          .join('; ')}.`
      : `${title}: no studies.`,
    width: 480,
    height: { step: 24 },
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'group', type: 'nominal', title: null, axis: { labelLimit: 260 } },
      x: { field: 'studies', type: 'quantitative', title: 'Studies', stack: 'zero' },
      color: {
        field: 'judgement',
        type: 'nominal',
        scale: { domain: Object.keys(supportColours), range: Object.values(supportColours) },
        title: 'Judgement',
      },
    },
  };
}
