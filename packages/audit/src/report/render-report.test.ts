import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The browser the web app's tests drive (Chromium from the npm registry, nothing downloaded).
import { chromiumExecutable, chromiumFlags } from '../../../web/e2e/browser.js';
import { axeViolations } from '../../../web/e2e/harness.js';
import { runAudit } from '../audit.js';
import { expandInputs } from '../inputs.js';
import type { AuditResult } from '../result.js';
import { synthesise } from '../synth/synth.js';
import { loadValueSets } from '../value-sets.js';
import { renderReport } from './render-report.js';

let dir: string;
let result: AuditResult;
let html: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-report-'));
  await synthesise({ patients: 1200, year: 2025, seed: 11, dir });
  result = await runAudit({ files: await expandInputs([dir]), year: 2025, valueSets: await loadValueSets() });
  html = await renderReport(result);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the HTML report', () => {
  it('is self-contained: no script, no external resource', () => {
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(html).not.toMatch(/href="http/);
  });

  it('has each chart as an SVG with a text alternative, drawn by Vega', () => {
    const svgs = html.match(/<svg [^>]*>/g) ?? [];
    expect(svgs).toHaveLength(6);
    for (const svg of svgs) expect(svg).toMatch(/role="img" aria-label="[^"]{10,}"/);
    expect(html).toContain('class="marks"'); // Vega's SVG renderer
  });

  it('states the rate per stratum and lists each not-supported study with its facts', () => {
    const total = result.strata.find((s) => s.stratum === 'total');
    expect(html).toContain(`${((total?.rate ?? 0) * 100).toFixed(1)}%`);
    const notSupported = result.patients.flatMap((p) => p.imaging).filter((s) => s.support === 'not-supported');
    expect(notSupported.length).toBeGreaterThan(0);
    for (const s of notSupported) expect(html).toContain(s.study);
  });

  it('passes axe (WCAG 2.x A and AA) in a browser, on screen', async () => {
    const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: [...chromiumFlags] });
    try {
      const page = await browser.newPage();
      const file = join(dir, 'report.html');
      await writeFile(file, html);
      await page.goto(`file://${file}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(dir, 'report.png'), fullPage: true });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
