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
import { hostile, hostileResult } from '../testing/hostile-result.js';
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
  it('is self-contained: no script, no external resource, no URL at all', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|src=|href=|@import|url\(/i);
    expect(html).not.toMatch(/[a-z]+:\/\//i);
  });

  it('has each chart as an SVG with a text alternative, drawn by Vega', () => {
    const svgs = html.match(/<svg [^>]*>/g) ?? [];
    expect(svgs).toHaveLength(6);
    for (const svg of svgs) expect(svg).toMatch(/role="img" aria-label="[^"]{10,}"/);
    expect(html).toContain('class="marks"'); // Vega's SVG renderer
    const titled = html.match(/<svg [^>]*><title>[^<]{5,}<\/title><desc>[^<]{10,}<\/desc>/g) ?? [];
    expect(titled).toHaveLength(6);
  });

  it('says each rate in the text alternative of the rate chart', () => {
    const label = html.match(/<svg [^>]*aria-label="(Rate per stratum[^"]*)"/)?.[1] ?? '';
    for (const s of result.strata) expect(label).toContain(`${s.stratum} ${((s.rate ?? 0) * 100).toFixed(1)}%`);
  });

  it('states the rate per stratum and lists each not-supported study with its facts', () => {
    const total = result.strata.find((s) => s.stratum === 'total');
    expect(html).toContain(`${((total?.rate ?? 0) * 100).toFixed(1)}%`);
    const notSupported = result.patients.flatMap((p) => p.imaging).filter((s) => s.support === 'not-supported');
    expect(notSupported.length).toBeGreaterThan(0);
    for (const s of notSupported) expect(html).toContain(s.study);
  });

  it('passes axe (WCAG 2.x A and AA) in a browser, and prints within the page width', async () => {
    const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: [...chromiumFlags] });
    try {
      const page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
      const file = join(dir, 'report.html');
      await writeFile(file, html);
      await page.goto(`file://${file}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(dir, 'report.png'), fullPage: true });
      // Printed, nothing runs off the side of the page (the studies table wraps inside its columns).
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe('the HTML report of a result full of hostile text', () => {
  let hostileHtml: string;
  const result = hostileResult();

  beforeAll(async () => {
    hostileHtml = await renderReport(result);
  });

  it('escapes every value taken from the data: no markup of the data reaches the page', () => {
    expect(hostileHtml).not.toContain('<script>');
    expect(hostileHtml).not.toMatch(/<img|<svg onload|<b>|<i>|<\/title><svg/i);
    expect(hostileHtml).toContain('Patient/&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(hostileHtml).toContain('&lt;i&gt;2026&lt;/i&gt;');
  });

  it('draws no bar for a stratum without a denominator, and says so', () => {
    const label = hostileHtml.match(/<svg [^>]*aria-label="(Rate per stratum[^"]*)"/)?.[1] ?? '';
    expect(label).toContain('65-75 no rate (nobody in the denominator)');
    expect(label).toContain('18-64 0.0%');
    const rateSvg = hostileHtml.slice(hostileHtml.indexOf('aria-label="Rate per stratum'));
    const bars = rateSvg.slice(0, rateSvg.indexOf('</svg>')).match(/aria-roledescription="bar"/g) ?? [];
    expect(bars).toHaveLength(2);
  });

  it('runs nothing and fetches nothing in a browser, shows the text as written, is axe-clean and prints', async () => {
    const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: [...chromiumFlags] });
    try {
      const page = await browser.newPage();
      const file = join(dir, 'hostile.html');
      await writeFile(file, hostileHtml);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`file://${file}`);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([`file://${file}`]);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain(hostile.patient);
      expect(text).toContain(hostile.site);
      expect(await page.locator('main script, main img, main iframe').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
