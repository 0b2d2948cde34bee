import { readReport } from '@spine-advisor/engine';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { en } from '../text/en.js';
import { ReadingView } from './ReportReader.js';

const report =
  'FINDINGS:\nL4-5: Left foraminal disc protrusion contacting the exiting left L4 nerve root.\nL5-S1: Mild disc bulge. Facet arthropathy.';

/** The reading as the page shows it, as HTML text (English, the default language). */
const shown = (reading: ReturnType<typeof readReport>, age: number) =>
  renderToStaticMarkup(createElement(ReadingView, { reading, age }));

describe('report reading view', () => {
  it('shows a reading without a case (every fit null): no fit words, no empty section', () => {
    const reading = readReport(report, 60);
    expect(reading.findings.length).toBeGreaterThan(0);
    expect(reading.findings.every((f) => f.fit === null)).toBe(true);
    const html = shown(reading, 60);
    for (const words of Object.values(en.report.fit)) expect(html).not.toContain(words);
    expect(html).not.toMatch(/<p class="tags"><\/p>/);
    expect(html).not.toMatch(/<p><\/p>/);
    // Facet wear past the last confirmed age is a floor, said as one.
    expect(html).toContain('at least 32 in 100 people aged 50 without back pain have this');
    expect(html).not.toMatch(/about at least/i);
  });

  it('shows how a finding may fit the symptoms when the reading had a case', () => {
    const reading = readReport(report, 60, { age: 60, durationWeeks: 8, legPain: 'one-leg', numbness: true });
    const fits = reading.findings.map((f) => f.fit).filter((f) => f !== null && f !== 'needs-action');
    expect(fits.length).toBeGreaterThan(0);
    const html = shown(reading, 60);
    for (const fit of new Set(fits)) expect(html).toContain(en.report.fit[fit]);
  });

  it('shows a reading with nothing recognised and no summary without an empty box', () => {
    const html = shown({ schemaVersion: 1, knowledgeVersion: 'x', findings: [], urgent: [], summary: '' }, 40);
    expect(html).toContain(en.report.none);
    expect(html).not.toContain('role="status"');
  });
});
