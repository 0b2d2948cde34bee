import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../src/text/en.js';
import { englishWords } from '../src/text/english-words.js';
import { es } from '../src/text/es.js';
import { axeViolations, choose, defaultAnswers, englishText, harnessForFile } from './harness.js';

const harness = harnessForFile();

/** A page in a browser whose language is `locale` (a 360 px phone unless told). */
async function browserPage(locale: string, viewport = { width: 360, height: 780 }) {
  const context = await harness().browser.newContext({ viewport, locale, bypassCSP: true });
  return { context, page: await context.newPage() };
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const q = es.questions;

/** Answers every question the app asks in Spanish until the result shows: "no" or the normal answer unless given. */
async function answerAll(page: Page, age: number, duration: string, answers: Record<string, string> = {}) {
  const defaults = defaultAnswers(es);
  // Through the home page, so a questionnaire already on screen starts again.
  await page.goto(`${harness().url}/#/`);
  await page.goto(`${harness().url}/#/check`);
  await page.getByRole('spinbutton', { name: q.age.text }).fill(String(age));
  await page.getByRole('button', { name: es.questionnaire.next }).click();
  await choose(page, duration, es.questionnaire.next);
  for (let i = 0; i < 50; i++) {
    const h1 = page.locator('main h1').first();
    await h1.waitFor();
    const title = await h1.textContent();
    if (title === es.result.title) return;
    if (title?.includes(es.interrupt.title)) throw new Error('unexpected emergency');
    // Each question is checked for English before it is answered.
    expect({ title, english: await englishText(page, englishWords) }).toEqual({ title, english: [] });
    const field = await page.locator('input[type=radio]').first().getAttribute('name');
    if (!field) throw new Error('no question on screen');
    await choose(page, answers[field] ?? defaults[field] ?? es.questionnaire.no, es.questionnaire.next);
  }
  throw new Error('the questionnaire did not end');
}

describe('language', () => {
  it('a Spanish-language browser gets the whole app in Spanish, with a visible switch', async () => {
    const { context, page } = await browserPage('es-MX');
    await page.goto(`${harness().url}/`);
    await page.getByRole('heading', { name: es.home.title, level: 1 }).waitFor();
    expect(await htmlLang(page)).toBe('es');
    expect(await page.title()).toContain(es.nav.home);
    expect(await page.getByRole('button', { name: 'English' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
    // Pages whose every word the web app owns: not one English word may show.
    for (const route of ['#/', '#/check', '#/report', '#/scans', '#/care', '#/nowhere']) {
      await page.goto(`${harness().url}/${route}`);
      await page.locator('main h1').first().waitFor();
      await page.locator('main [role=status]').filter({ hasText: es.care.loading }).waitFor({ state: 'detached' });
      expect({ route, english: await englishText(page, englishWords) }).toEqual({ route, english: [] });
      expect({ route, violations: await axeViolations(page) }).toEqual({ route, violations: [] });
    }
    // The check can fail: one English sentence on a Spanish page is found.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Go to an emergency department now';
      document.querySelector('main')?.append(p);
    });
    expect(await englishText(page, englishWords)).toEqual(['Go to an emergency department now']);
    await context.close();
  });

  it('a "sí" to saddle numbness leads at once to emergency advice in Spanish', async () => {
    const { context, page } = await browserPage('es-US');
    await page.goto(`${harness().url}/#/check`);
    await page.getByRole('spinbutton', { name: es.questions.age.text }).fill('50');
    await page.getByRole('button', { name: es.questionnaire.next }).click();
    await choose(page, es.questions.durationWeeks.options[2], es.questionnaire.next);
    await choose(page, es.questionnaire.yes, es.questionnaire.next);
    await page.getByRole('heading', { name: es.interrupt.title, level: 1 }).waitFor();
    for (const line of [es.interrupt.call, es.interrupt.tell]) await page.getByText(line).waitFor();
    await page
      .getByText(/síndrome de cauda equina/)
      .first()
      .waitFor();
    expect(await englishText(page, englishWords)).toEqual([]);
    expect(await page.getByRole('button', { name: es.interrupt.continue }).isVisible()).toBe(true);
    expect(await htmlLang(page)).toBe('es');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a Spanish result page shows no English: an emergency and a no-scan result', async () => {
    const { context, page } = await browserPage('es-US');
    // An emergency: saddle numbness, then the full result.
    await page.goto(`${harness().url}/#/check`);
    await page.getByRole('spinbutton', { name: q.age.text }).fill('50');
    await page.getByRole('button', { name: es.questionnaire.next }).click();
    await choose(page, q.durationWeeks.options[2], es.questionnaire.next);
    await choose(page, es.questionnaire.yes, es.questionnaire.next);
    await page.getByRole('button', { name: es.interrupt.continue }).click();
    await page.getByRole('heading', { name: es.result.title, level: 1 }).waitFor();
    expect(await page.locator('.urgency-label').first().innerText()).toMatch(
      new RegExp(es.urgency.emergency.label, 'i'),
    );
    expect({ page: 'emergency', english: await englishText(page, englishWords) }).toEqual({
      page: 'emergency',
      english: [],
    });
    // No scan: a 35-year-old with two weeks of pain and no warning sign, every answer given.
    await answerAll(page, 35, q.durationWeeks.options[2]);
    expect(await page.locator('.urgency-label').first().innerText()).toMatch(new RegExp(es.urgency.none.label, 'i'));
    expect({ page: 'no scan', english: await englishText(page, englishWords) }).toEqual({
      page: 'no scan',
      english: [],
    });
    // Pain in both legs for months, stable: the time-course questions and the result in Spanish.
    await answerAll(page, 60, q.durationWeeks.options[16], {
      legPain: q.legPain.options['both-legs'],
      saddleNumbness: es.questionnaire.notSure,
    });
    expect({ page: 'both legs', english: await englishText(page, englishWords) }).toEqual({
      page: 'both legs',
      english: [],
    });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('the clinician view in Spanish labels fields and groups in Spanish, with no English', async () => {
    const { context, page } = await browserPage('es-US', { width: 1280, height: 900 });
    await page.goto(`${harness().url}/#/clinician`);
    // An impossible age is named in Spanish, with no English error text.
    await page.getByLabel(es.clinician.fields.age, { exact: true }).fill('200');
    await page.getByText(`${es.clinician.fields.age}: ${es.clinician.errors.atMost('130')}`).waitFor();
    expect(await englishText(page, englishWords)).toEqual([]);
    // Without an age, the form asks for it rather than listing errors.
    await page.getByLabel(es.clinician.fields.age, { exact: true }).fill('');
    await page.getByText(es.clinician.needAgeAndDuration).waitFor();
    await page.getByLabel(es.clinician.fields.age, { exact: true }).fill('64');
    await page.getByRole('group', { name: es.clinician.groups['cauda-equina'] }).waitFor();
    await page.getByRole('group', { name: es.clinician.groups.vascular }).waitFor();
    for (const field of ['legSymptomWeeks', 'legSymptomsWorsening', 'collapse', 'aorticAneurysm'] as const) {
      await page.getByLabel(es.clinician.fields[field], { exact: true }).waitFor();
    }
    expect({ case: 'age only', english: await englishText(page, englishWords) }).toEqual({
      case: 'age only',
      english: [],
    });
    // A case with a red flag, a scan and a chart text.
    await page.getByLabel(es.clinician.fields.cancerHistory, { exact: true }).selectOption('past');
    await page.getByLabel(es.clinician.fields.legPain, { exact: true }).selectOption('both-legs');
    await page.locator('.clinician-result').getByText(es.urgency.emergency.label).first().waitFor();
    // The text for the chart is read on its own below: its rule ids are codes, the same in every language.
    const chart = (await page.locator('textarea').inputValue()).trim();
    const english = (await englishText(page, englishWords)).filter((s) => s !== chart);
    expect({ case: 'both legs', english }).toEqual({ case: 'both legs', english: [] });
    const rulesPrefix = es.clinician.chartLines.rules('\u0000').split('\u0000')[0] ?? '';
    const lines = chart.split('\n');
    const rules = lines.find((l) => l.startsWith(rulesPrefix));
    expect(lines.filter((l) => l !== rules && englishWords.test(l))).toEqual([]);
    for (const id of rules?.slice(rulesPrefix.length, -1).split('; ') ?? [])
      expect(id).toMatch(/^[a-z0-9-]+ \[[a-z0-9-]+\]$/);
    // The rules applied say their facts in words: no field id, no "unknown".
    const result = await page.locator('.clinician-result ul').allInnerTexts();
    expect(result.join('\n')).not.toMatch(/\b(unknown|legPain|durationWeeks|legSymptomWeeks)\b/);
    // Field values in words: the select shows Spanish, the value sent to the engine is the case's own.
    expect(await page.getByLabel(es.clinician.fields.legPain, { exact: true }).inputValue()).toBe('both-legs');
    const shown = await page
      .getByLabel(es.clinician.fields.legPain, { exact: true })
      .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
    expect(shown).toBe(es.clinician.values.legPain['both-legs']);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('the switch changes the language at once and the device remembers it', async () => {
    const { context, page } = await browserPage('en-US');
    await page.goto(`${harness().url}/#/check`);
    await page.getByRole('heading', { name: en.questions.age.text }).waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { name: es.questions.age.text }).waitFor();
    expect(await htmlLang(page)).toBe('es');
    await page.reload();
    await page.getByRole('heading', { name: es.questions.age.text }).waitFor();
    expect(await htmlLang(page)).toBe('es');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: en.questions.age.text }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    await context.close();
  });
});
