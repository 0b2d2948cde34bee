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
import { en as englishWords } from './words.js';
import { es as spanishWords } from './words-es.js';

let dir: string;
let result: AuditResult;
let html: string;
let spanish: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-report-'));
  await synthesise({ patients: 1200, year: 2025, seed: 11, dir });
  result = await runAudit({ files: await expandInputs([dir]), year: 2025, valueSets: await loadValueSets() });
  html = await renderReport(result);
  spanish = await renderReport(result, 'es');
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
    const label = html.match(/<svg [^>]*aria-label="(Rate per age stratum[^"]*)"/)?.[1] ?? '';
    const names = englishWords.strata.names;
    for (const s of result.strata) expect(label).toContain(`${names[s.stratum]} ${((s.rate ?? 0) * 100).toFixed(1)}%`);
  });

  it('states the rate per stratum and lists each not-supported study with its facts', () => {
    const total = result.strata.find((s) => s.stratum === 'total');
    expect(html).toContain(`${((total?.rate ?? 0) * 100).toFixed(1)}%`);
    const notSupported = result.patients.flatMap((p) => p.imaging).filter((s) => s.support === 'not-supported');
    expect(notSupported.length).toBeGreaterThan(0);
    for (const s of notSupported) expect(html).toContain(s.study);
  });

  it.each([
    ['English', 'en'],
    ['Spanish', 'es'],
  ] as const)(
    'passes axe (WCAG 2.x A and AA) in a browser, and prints within the page width (%s)',
    async (_, lang) => {
      const report = lang === 'en' ? html : spanish;
      const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: [...chromiumFlags] });
      try {
        const page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
        const file = join(dir, `report-${lang}.html`);
        await writeFile(file, report);
        await page.goto(`file://${file}`);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await page.screenshot({ path: join(dir, `report-${lang}.png`), fullPage: true });
        // Printed, nothing runs off the side of the page (the studies table wraps inside its columns).
        await page.emulateMedia({ media: 'print' });
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.byteLength).toBeGreaterThan(10_000);
      } finally {
        await browser.close();
      }
    },
    120_000,
  );
});

/** Text people read in a page: headings, captions, table headers, chart titles and text alternatives. */
function wordsOf(page: string): string[] {
  const text = [...page.matchAll(/<(h[1-3]|th|caption|figcaption|title|desc)\b[^>]*>([^<]+)</g)].map((m) => m[2] ?? '');
  const labels = [...page.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1] ?? '');
  return [...text, ...labels];
}

describe('the HTML report in Spanish', () => {
  it('is marked lang="es" and keeps no English heading, label, table header or chart text', () => {
    expect(spanish).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    const english = new Set(wordsOf(html).map((t) => t.trim()));
    const left = wordsOf(spanish).filter((t) => english.has(t.trim()) && !/^[\d\s.,%—–-]*$/.test(t));
    // Only values of the data (references such as Location/…) and words both languages spell alike
    // (Osteoporosis) may read the same in both.
    const reasons = Object.values(englishWords.exclusions.reasons);
    const alike = Object.values(spanishWords.exclusions.reasons).filter((r) => reasons.includes(r));
    for (const t of left.filter((t) => !alike.some((a) => t.startsWith(a))))
      expect(t).toMatch(/^(Location|Practitioner|Patient|ImagingStudy)\//);
    for (const key of [
      ...Object.values(englishWords.sections),
      ...Object.values(englishWords.key),
      englishWords.strata.caption,
      englishWords.funnel.figure,
      englishWords.weeks.figure,
      englishWords.support.byModality,
      englishWords.notSupported.caption,
      ...englishWords.notes.map((n) => n.slice(0, 40)),
    ])
      expect(spanish).not.toContain(key);
    expect(spanish).toContain('<h2 id="h-support">¿Estaba justificado cada estudio?</h2>');
    expect(spanish).not.toMatch(/Title text|-axis titled|legend titled/);
  });

  it('writes numbers, rates and dates the Spanish way (Intl), and ids as their words', () => {
    const total = result.strata.find((s) => s.stratum === 'total');
    const rate = new Intl.NumberFormat('es', { style: 'percent', minimumFractionDigits: 1 }).format(total?.rate ?? 0);
    expect(rate).toMatch(/,\d\u00a0%$/);
    expect(spanish).toContain(`Tasa (total)<strong>${rate}</strong>`);
    expect(spanish).toContain('Todos, de 18 a 75 años');
    const study = result.patients.flatMap((p) => p.imaging).find((s) => s.support === 'not-supported');
    const day = new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${study?.date}T00:00:00Z`),
    );
    expect(spanish).toContain(`<td>${day}</td>`);
    expect(spanish).not.toContain(`<td>${study?.date}</td>`);
  });

  it('is self-contained like the English one, with every chart named and described', () => {
    expect(spanish).not.toMatch(/<script|<link|<img|<iframe|<object|src=|href=|@import|url\(/i);
    expect(spanish).not.toMatch(/[a-z]+:\/\//i);
    const titled = spanish.match(/<svg [^>]*><title>[^<]{5,}<\/title><desc>[^<]{10,}<\/desc>/g) ?? [];
    expect(titled).toHaveLength(6);
  });
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

  it("shows a site by its name (the export's Location.name), with its reference under it in the studies table", () => {
    const name = '&lt;img src=x onerror=&quot;window.__pwned=4&quot;&gt; West';
    expect(hostileHtml).toContain(`<td>${name}</td>`);
    expect(hostileHtml).toMatch(new RegExp(`<td>${name}<br><span class="ref">Location/&lt;/title&gt;`));
  });

  it('draws no bar for a stratum without a denominator, and says so', () => {
    const label = hostileHtml.match(/<svg [^>]*aria-label="(Rate per age stratum[^"]*)"/)?.[1] ?? '';
    expect(label).toContain('Ages 65–75 no rate (no one in the denominator)');
    expect(label).toContain('Ages 18–64 0.0%');
    const rateSvg = hostileHtml.slice(hostileHtml.indexOf('aria-label="Rate per age stratum'));
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
