import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../src/text/en.js';
import { englishWords } from '../src/text/english-words.js';
import { es } from '../src/text/es.js';
import { axeViolations, choose, englishText, harnessForFile } from './harness.js';

const harness = harnessForFile();

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('language', () => {
  it('a Spanish-language browser gets the whole app in Spanish, with a visible switch', async () => {
    const context = await harness().browser.newContext({
      viewport: { width: 360, height: 780 },
      locale: 'es-MX',
      bypassCSP: true,
    });
    const page = await context.newPage();
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
    const context = await harness().browser.newContext({
      viewport: { width: 360, height: 780 },
      locale: 'es-US',
      bypassCSP: true,
    });
    const page = await context.newPage();
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

  it('the switch changes the language at once and the device remembers it', async () => {
    const context = await harness().browser.newContext({
      viewport: { width: 360, height: 780 },
      locale: 'en-US',
      bypassCSP: true,
    });
    const page = await context.newPage();
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
