import { join } from 'node:path';
import { type AuditResult, funnelOf, studiesOf } from '@spine-advisor/audit/browser';
import { knowledgeVersion } from '@spine-advisor/engine';
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
// The audit's own test data: a result whose every data-derived text is hostile markup.
import { hostile, hostileResult } from '../../audit/src/testing/hostile-result.js';
import { formatRate, modalityName } from '../src/audit/labels.js';
import { filterStudies, initialStudyFilter, studiesPerPage } from '../src/audit/table-rows.js';
import { en } from '../src/text/en.js';
import { englishWords } from '../src/text/english-words.js';
import { es } from '../src/text/es.js';
import { formatNumber } from '../src/text/format.js';
import type { Lang } from '../src/text/lang.js';
import { auditResultFile } from './audit-result.js';
import { axeViolations, englishText, harnessForFile, screenshotDir, scrollsSideways } from './harness.js';

const harness = harnessForFile();
const bundles = { en, es } as const;
const locales: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

let json: string;
let result: AuditResult;

beforeAll(async () => {
  ({ json, result } = await auditResultFile());
}, 60_000);

/** A 360 px phone in `lang`, with every request the page makes recorded. */
async function phone(lang: Lang): Promise<{ page: Page; requests: Request[] }> {
  const context = await harness().browser.newContext({
    viewport: { width: 360, height: 780 },
    bypassCSP: true,
    locale: locales[lang],
  });
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return { page, requests };
}

/** Choose a file in the page's file input, as a person picking it from disk does. */
async function openFile(page: Page, lang: Lang, name: string, body: string): Promise<void> {
  const input = page.getByLabel(bundles[lang].audit.fileLabel);
  await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
}

/** The patient and the study of a row of the studies table (one cell, a line each). */
const patientAndStudy = (row: readonly string[]) => (row[0] ?? '').split('\n');
const studyOf = (row: readonly string[]) => patientAndStudy(row)[1];

/** The text of each cell of the table with this title, row by row. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const title = page.locator('.table-title').getByText(caption, { exact: true });
  const table = page.locator('.table-block', { has: title }).locator('table');
  const rows = await table.locator('tbody tr').all();
  return Promise.all(rows.map((r) => r.locator('td').allInnerTexts()));
}

describe.each(['en', 'es'] as const)('the audit page in %s', (lang) => {
  const t = bundles[lang].audit;
  const n = (value: number) => formatNumber(lang, value);

  it('opens a result from disk without sending it, and shows the rate, strata, funnel and not-supported studies', async () => {
    const { page, requests } = await phone(lang);
    await page.goto(`${harness().url}/#/audit`);
    await page.getByRole('heading', { name: t.title, level: 1 }).waitFor();
    expect(await page.getByText(t.private).isVisible()).toBe(true);
    const before = requests.length;
    await openFile(page, lang, 'audit-2025.json', json);
    await page.getByRole('heading', { name: t.sections.rate }).waitFor();
    expect(await page.getByRole('status').first().innerText()).toBe(t.shown('audit-2025.json', 2025));
    // Nothing leaves the device: only the page's own code may load after the file is chosen.
    const after = requests.slice(before);
    expect(after.filter((r) => r.method() !== 'GET' || !new URL(r.url()).pathname.startsWith('/assets/'))).toEqual([]);

    const total = result.strata.find((s) => s.stratum === 'total');
    expect(total?.rate).not.toBeNull();
    const rate = page.locator('.key-figures div', { hasText: t.key.rate }).locator('dd');
    expect(await rate.innerText()).toBe(formatRate(lang, total?.rate ?? null));

    const strata = await tableRows(page, t.strata.caption);
    const young = result.strata.find((s) => s.stratum === '18-64');
    expect(strata[0]).toEqual([
      t.strata.names['18-64'],
      n(young?.eligible ?? -1),
      n(young?.excluded ?? -1),
      n(young?.denominator ?? -1),
      n(young?.numerator ?? -1),
      formatRate(lang, young?.rate ?? null),
    ]);

    const funnel = await tableRows(page, t.funnel.caption);
    expect(funnel).toEqual(funnelOf(result).map((f, i) => [`${i + 1}. ${t.funnel.steps[f.step]}`, n(f.patients)]));
    expect(funnel.map((r) => r[1])).toEqual(
      [result.patients.length, total?.eligible, total?.excluded, total?.denominator, total?.numerator].map((v) =>
        n(v ?? -1),
      ),
    );

    const notSupported = filterStudies(studiesOf(result), initialStudyFilter);
    expect(notSupported.length).toBeGreaterThan(1);
    const studies = await tableRows(page, t.studies.caption);
    expect(studies.map(studyOf).sort()).toEqual(notSupported.map((s) => s.study).sort());
    const first = studies.find((r) => studyOf(r) === notSupported[0]?.study) ?? [];
    expect(patientAndStudy(first)[0]).toBe(notSupported[0]?.patient);
    expect(first[4]).toBe(t.support.values['not-supported']);
    for (const fact of notSupported[0]?.facts ?? []) expect(first[7]).toContain(fact);

    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    // Every word on the page is the page's own, in its language (the facts read are marked as English).
    if (lang === 'es') expect(await englishText(page, englishWords)).toEqual([]);
    await page.screenshot({
      path: join(screenshotDir, lang === 'en' ? 'audit.png' : `audit-${lang}.png`),
      fullPage: true,
    });

    // The other language at the press of the switch, the result still open.
    const other: Lang = lang === 'en' ? 'es' : 'en';
    await page.getByRole('button', { name: other === 'en' ? 'English' : 'Español' }).click();
    await page.getByRole('heading', { name: bundles[other].audit.sections.rate }).waitFor();
    const otherRate = page.locator('.key-figures div', { hasText: bundles[other].audit.key.rate }).locator('dd');
    expect(await otherRate.innerText()).toBe(formatRate(other, total?.rate ?? null));
    await page.context().close();
  });

  it('filters the studies by site and modality, and sorts them by date', async () => {
    const { page } = await phone(lang);
    await page.goto(`${harness().url}/#/audit`);
    await openFile(page, lang, 'audit-2025.json', json);
    const all = studiesOf(result);
    const site = all.find((s) => s.support === 'not-supported' && s.site !== null)?.site ?? '';
    await page.getByLabel(t.studies.site, { exact: true }).selectOption(site);
    const bySite = filterStudies(all, { ...initialStudyFilter, site });
    expect(bySite.length).toBeLessThan(filterStudies(all, initialStudyFilter).length);
    await page.getByText(t.studies.count(bySite.length, all.length)).waitFor();
    let rows = await tableRows(page, t.studies.caption);
    expect(rows.map(studyOf).sort()).toEqual(bySite.map((s) => s.study).sort());
    // The site by its name (Location.name), its reference below it.
    const siteName = result.names[site] ?? '';
    expect(siteName).not.toBe('');
    expect(new Set(rows.map((r) => r[5]?.replace(/\s+/g, ' ')))).toEqual(new Set([`${siteName} ${site}`]));

    // Every judgement and one modality: the modality filter narrows every study, not only the unsupported.
    await page.getByLabel(t.studies.site, { exact: true }).selectOption('any');
    await page.getByLabel(t.studies.support, { exact: true }).selectOption('any');
    const modality = all.find((s) => s.modality !== all[0]?.modality)?.modality ?? 'mri';
    await page.getByLabel(t.studies.modality, { exact: true }).selectOption({ label: modalityName(lang, modality) });
    const byModality = filterStudies(all, { ...initialStudyFilter, support: 'any', modality });
    await page.getByText(t.studies.count(byModality.length, all.length)).waitFor();
    rows = await tableRows(page, t.studies.caption);
    expect(rows.map(studyOf).sort()).toEqual(byModality.map((s) => s.study).sort());

    // Sorted by date, earliest first; pressing the heading again puts the latest first.
    await page.getByLabel(t.studies.modality, { exact: true }).selectOption('any');
    await page.getByText(t.studies.count(all.length, all.length)).waitFor();
    const dates = all.map((s) => s.date).sort();
    const dateHeader = page.getByRole('columnheader', { name: t.studies.date });
    expect(await dateHeader.getAttribute('aria-sort')).toBe('ascending');
    const firstDate = async () => {
      const study = studyOf((await tableRows(page, t.studies.caption))[0] ?? []);
      return all.find((s) => s.study === study)?.date;
    };
    expect(await firstDate()).toBe(dates[0]);
    await dateHeader.getByRole('button').click();
    expect(await dateHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await firstDate()).toBe(dates.at(-1));

    // From the table of judgements by site: every study of that site, whatever its judgement.
    const bySiteTable = page.getByRole('table', { name: t.support.bySite, exact: true });
    await bySiteTable.getByRole('button', { name: `${t.support.show} (${siteName})` }).click();
    const ofSite = filterStudies(all, { ...initialStudyFilter, support: 'any', site });
    await page.getByText(t.studies.count(ofSite.length, all.length)).waitFor();
    expect(await page.getByLabel(t.studies.site, { exact: true }).inputValue()).toBe(site);
    expect(await page.getByLabel(t.studies.support, { exact: true }).inputValue()).toBe('any');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('audit-studies');
    rows = await tableRows(page, t.studies.caption);
    expect(rows.map(studyOf).sort()).toEqual(ofSite.map((s) => s.study).sort());
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('says what is wrong with a file that is not a result, naming the bad field', async () => {
    const { page } = await phone(lang);
    await page.goto(`${harness().url}/#/audit`);
    const alert = page.getByRole('alert');

    await openFile(page, lang, 'broken.json', json.slice(0, json.length / 2));
    await alert.getByText(t.error.notJson('broken.json')).waitFor();
    // Focus moves to the problem, so a keyboard or screen reader user lands on it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(t.error.title);
    expect(await page.getByRole('heading', { name: t.sections.rate }).count()).toBe(0);

    const bad = JSON.parse(json) as { strata: { rate: unknown }[] };
    (bad.strata[2] as { rate: unknown }).rate = 'high';
    await openFile(page, lang, 'edited.json', JSON.stringify(bad));
    await alert.getByText(t.error.invalid('edited.json')).waitFor();
    expect(await alert.getByRole('listitem').allInnerTexts()).toEqual([
      t.error.wrongType('strata[2].rate', t.error.types.number),
    ]);

    await openFile(page, lang, 'patient.json', '{"resourceType": "Patient", "id": "p1"}');
    await alert.getByText(t.error.notResult('patient.json')).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    // A good file after a bad one replaces the message with the result.
    await openFile(page, lang, 'audit-2025.json', json);
    await page.getByRole('heading', { name: t.sections.rate }).waitFor();
    expect(await alert.count()).toBe(0);
    await page.context().close();
  });

  it('works from the keyboard alone: the file chooser, the result announced and focused, sorting', async () => {
    const { page } = await phone(lang);
    await page.goto(`${harness().url}/#/audit`);
    await page.getByRole('heading', { name: t.title, level: 1 }).waitFor();
    const focusedIsFileInput = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'file');
    for (let presses = 0; presses < 40 && !(await focusedIsFileInput()); presses++) await page.keyboard.press('Tab');
    expect(await focusedIsFileInput()).toBe(true);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles({ name: 'audit-2025.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    const rateHeading = page.getByRole('heading', { name: t.sections.rate });
    await rateHeading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('audit-rate');
    expect(await page.getByRole('status').first().innerText()).toBe(t.shown('audit-2025.json', 2025));

    // On to the date column of the studies table, and sort it with Enter.
    const dateHeader = page.getByRole('columnheader', { name: t.studies.date });
    const dateButton = dateHeader.getByRole('button');
    let reached = false;
    for (let presses = 0; presses < 200 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await dateButton.evaluate((b) => b === document.activeElement);
    }
    expect(reached).toBe(true);
    expect(await dateHeader.getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Enter');
    expect(await dateHeader.getAttribute('aria-sort')).toBe('descending');
    await page.context().close();
  });

  it('opens a file dropped on the box', async () => {
    const { page } = await phone(lang);
    await page.goto(`${harness().url}/#/audit`);
    const files = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return data;
    }, json);
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: files });
    await page.getByRole('heading', { name: t.sections.rate }).waitFor();
    expect(await page.getByRole('status').first().innerText()).toBe(t.shown('dropped.json', 2025));
    await page.context().close();
  });

  it('is reached from the footer of every page, not from the patient navigation', async () => {
    const { page } = await phone(lang);
    await page.goto(`${harness().url}/#/`);
    expect(await page.getByRole('navigation').getByRole('link', { name: t.footerLink }).count()).toBe(0);
    await page.getByRole('contentinfo').getByRole('link', { name: t.footerLink }).click();
    await page.getByRole('heading', { name: t.title, level: 1 }).waitFor();
    expect(await page.title()).toContain(t.title);
    await page.context().close();
  });
});

describe('a larger audit result', () => {
  let large: { json: string; result: AuditResult };
  beforeAll(async () => {
    large = await auditResultFile({ patients: 5000, year: 2025, seed: 3 });
  }, 120_000);

  it('draws the first studies and the rest on request, starting again when the filter changes', async () => {
    const t = en.audit;
    const notSupported = filterStudies(studiesOf(large.result), initialStudyFilter);
    expect(notSupported.length).toBeGreaterThan(studiesPerPage);
    const { page } = await phone('en');
    await page.goto(`${harness().url}/#/audit`);
    await openFile(page, 'en', 'large.json', large.json);
    await page.getByText(t.studies.count(notSupported.length, large.result.imaging.total)).waitFor();
    expect(await tableRows(page, t.studies.caption)).toHaveLength(studiesPerPage);
    await page.getByText(t.table.rowsShown(studiesPerPage, notSupported.length)).waitFor();
    const more = Math.min(studiesPerPage, notSupported.length - studiesPerPage);
    await page.getByRole('button', { name: t.table.showMore(more) }).click();
    await expect.poll(async () => (await tableRows(page, t.studies.caption)).length).toBe(studiesPerPage + more);
    await page.getByLabel(t.studies.support, { exact: true }).selectOption('any');
    await page.getByText(t.studies.count(large.result.imaging.total, large.result.imaging.total)).waitFor();
    expect(await tableRows(page, t.studies.caption)).toHaveLength(studiesPerPage);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('edge cases of a result', () => {
  it('an audit with nobody in the denominator shows no rate (a dash), never 0% or 100%', async () => {
    const empty = await auditResultFile({ patients: 5, year: 2025, seed: 1 });
    expect(empty.result.patients).toEqual([]);
    const t = en.audit;
    const { page } = await phone('en');
    await page.goto(`${harness().url}/#/audit`);
    await openFile(page, 'en', 'empty.json', empty.json);
    await page.getByRole('heading', { name: t.sections.rate }).waitFor();
    const rate = page.locator('.key-figures div', { hasText: t.key.rate }).locator('dd');
    expect(await rate.innerText()).toBe('—');
    expect((await tableRows(page, t.strata.caption)).map((r) => r.at(-1))).toEqual(['—', '—', '—']);
    expect(await page.getByRole('img', { name: new RegExp(t.strata.noDenominator) }).count()).toBe(1);
    await page.getByText(t.exclusions.none).first().waitFor();
    await page.getByText(t.weeks.none).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('opens a result holding only the fields of contract section 6', async () => {
    const bare = JSON.parse(json) as Record<string, unknown>;
    delete bare.valueSetsVersion;
    delete bare.appropriateness;
    for (const p of bare.patients as { imaging: Record<string, unknown>[] }[])
      for (const s of p.imaging) for (const k of ['study', 'modality', 'site', 'practitioner', 'facts']) delete s[k];
    const t = en.audit;
    const { page } = await phone('en');
    await page.goto(`${harness().url}/#/audit`);
    await openFile(page, 'en', 'contract.json', JSON.stringify(bare));
    await page.getByRole('heading', { name: t.sections.rate }).waitFor();
    const notSupported = studiesOf(result).filter((s) => s.support === 'not-supported');
    await page.getByText(t.studies.count(notSupported.length, result.imaging.total)).waitFor();
    expect(await tableRows(page, t.studies.caption)).toHaveLength(Math.min(notSupported.length, studiesPerPage));
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the file chosen last, even when a file chosen before it takes longer to read', async () => {
    const { page } = await phone('en');
    // The first file reads slowly, as a large file does.
    await page.addInitScript(() => {
      const text = File.prototype.text;
      File.prototype.text = async function (this: File) {
        if (this.name === 'slow.json') await new Promise((done) => setTimeout(done, 800));
        return text.call(this);
      };
    });
    await page.goto(`${harness().url}/#/audit`);
    await openFile(page, 'en', 'slow.json', '{"not": "a result"}');
    await openFile(page, 'en', 'audit-2025.json', json);
    await page.getByRole('heading', { name: en.audit.sections.rate }).waitFor();
    await page.waitForTimeout(1200);
    expect(await page.getByRole('status').first().innerText()).toBe(en.audit.shown('audit-2025.json', 2025));
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.context().close();
  });

  it('shows hostile text from the data as text: nothing runs', async () => {
    const { page } = await phone('en');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${harness().url}/#/audit`);
    await openFile(page, 'en', 'hostile.json', JSON.stringify(hostileResult()));
    await page.getByRole('heading', { name: en.audit.sections.rate }).waitFor();
    await page.getByLabel(en.audit.studies.support, { exact: true }).selectOption('any');
    await page.getByText(hostile.study).first().waitFor();
    expect(await page.getByText(hostile.patient).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('.audit-result img, .audit-result script').count()).toBe(0);
    await page.context().close();
  });

  it('says when the result was judged with other knowledge than the app has', async () => {
    const old = JSON.parse(json) as { knowledgeVersion: string };
    old.knowledgeVersion = '2020.01.01';
    const { page } = await phone('en');
    await page.goto(`${harness().url}/#/audit`);
    await openFile(page, 'en', 'old.json', JSON.stringify(old));
    await page.getByText(en.audit.knowledgeDiffers('2020.01.01', knowledgeVersion)).waitFor();
    await openFile(page, 'en', 'audit-2025.json', json);
    await page.getByRole('heading', { name: en.audit.sections.rate }).waitFor();
    expect(await page.getByText(en.audit.knowledgeDiffers(result.knowledgeVersion, knowledgeVersion)).count()).toBe(0);
    await page.context().close();
  });
});
