import type { Lang } from '@spine-advisor/engine';
import escapeHtml from 'escape-html';
import type { Locale } from 'vega';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Support } from '../judge.js';

/** One chart: a Vega-Lite spec whose `description` is its text alternative. */
export type ChartSpec = TopLevelSpec & { description: string };

const font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Colours for support categories, distinguishable in grey print too (with the legend's words). */
export const supportColours = {
  supported: '#1b7837',
  'not-supported': '#b2182b',
  undetermined: '#6b6b6b',
} as const satisfies Record<Support, string>;

/**
 * Vega's number locale (d3-format) for the axis labels of `lang`, as `Intl` writes numbers there:
 * Spanish uses a decimal comma, a point between thousands and a space before the percent sign.
 */
export function vegaLocale(lang: Lang): Locale {
  return lang === 'es'
    ? { number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0€'], percent: '\u00a0%' } }
    : { number: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] } };
}

/**
 * Render a Vega-Lite spec to an accessible SVG string at report-build time (Vega's headless
 * renderer: no browser, no canvas, nothing fetched).
 */
export async function chartSvg(spec: ChartSpec): Promise<string> {
  const config = {
    font,
    background: 'white',
    axis: { labelFontSize: 12, titleFontSize: 12 },
    legend: { labelFontSize: 12 },
  };
  const compiled = compile({ ...spec, config: { ...config, ...(spec.config ?? {}) } } as TopLevelSpec).spec;
  const loader = vega.loader({ mode: 'file' });
  loader.load = () => Promise.reject(new Error('the report loads no data'));
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader });
  const svg = await view.toSVG();
  view.finalize();
  const title = typeof spec.title === 'object' && !Array.isArray(spec.title) ? spec.title.text : spec.title;
  return accessibleSvg(svg, typeof title === 'string' ? title : '', spec.description);
}

/**
 * The SVG as an image with a name and a description for assistive technology (`role="img"`,
 * `aria-label`, and `<title>` and `<desc>` for tools that read those), and without the XML namespace
 * declarations, which HTML does not need: the report names no URL at all.
 */
export function accessibleSvg(svg: string, title: string, description: string): string {
  const label = escapeHtml(title ? `${title}. ${description}` : description);
  // Only the root element declares namespaces (Vega draws no nested <svg>).
  return svg.replace(/^<svg ([^>]*)>/, (_, attributes: string) => {
    const kept = attributes.replace(/\s*xmlns(:\w+)?="[^"]*"/g, '').trim();
    return `<svg role="img" aria-label="${label}" focusable="false" ${kept}><title>${escapeHtml(title)}</title><desc>${escapeHtml(description)}</desc>`;
  });
}
