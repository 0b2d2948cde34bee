import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prevalenceAt } from '@spine-advisor/engine';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../src/text/en.js';
import { engineLabels } from '../src/text/engine-text.js';
import { es } from '../src/text/es.js';
import { prevalenceWords } from '../src/text/format.js';
import { knowledgeFor } from '../src/text/knowledge.js';
import type { Lang } from '../src/text/lang.js';
import { axeViolations, choose, defaultAnswers, harnessForFile, screenshotDir, scrollsSideways } from './harness.js';

const harness = harnessForFile();

/** The browser locale for each language: the app follows `navigator.languages`. */
const locales: Record<Lang, string> = { en: 'en-US', es: 'es-US' };
const bundles = { en, es } as const;

/** A 360 px phone whose browser prefers `lang`; page errors are collected. */
async function phone(lang: Lang): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness().browser.newContext({
    viewport: { width: 360, height: 780 },
    bypassCSP: true,
    locale: locales[lang],
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  return { context, page };
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Every browser test runs in both languages, reading its labels from the same text bundles as the app.
describe.each(['en', 'es'] as const)('in %s', (lang) => {
  const t = bundles[lang];
  const q = t.questions;
  const engine = engineLabels(lang);
  const kb = knowledgeFor(lang);
  const choice = (page: Page, label: string) => choose(page, label, t.questionnaire.next);
  const urgencyLabel = (page: Page) => page.locator('.urgency-label').first().innerText();
  const label = (u: keyof typeof t.urgency) => new RegExp(literal(t.urgency[u].label), 'i');
  const disclaimerVisible = (page: Page) => page.getByText(t.disclaimer).first().isVisible();
  const shotName = (name: string) => (lang === 'en' ? name : `${name}-${lang}`);

  /** Default answers by field: "no" or the normal value. */
  const defaults = defaultAnswers(t);

  /** Answer every question the app asks until the result shows; `answers` overrides by field. */
  async function answerAll(
    page: Page,
    age: number,
    duration: string,
    answers: Record<string, string> = {},
    asked: string[] = [],
  ) {
    await page.goto(`${harness().url}/#/check`);
    await page.getByRole('spinbutton', { name: q.age.text }).fill(String(age));
    await page.getByRole('button', { name: t.questionnaire.next }).click();
    await choice(page, duration);
    for (let i = 0; i < 40; i++) {
      // Every screen has one h1: a question, the result or the emergency interrupt.
      const h1 = page.locator('main h1').first();
      await h1.waitFor();
      const title = await h1.textContent();
      if (title === t.result.title || title?.includes(t.interrupt.title)) return;
      const field = await page.locator('input[type=radio]').first().getAttribute('name');
      if (!field) throw new Error('no question on screen');
      asked.push(field);
      await choice(page, answers[field] ?? defaults[field] ?? t.questionnaire.no);
    }
    throw new Error('the questionnaire did not end');
  }

  describe('patient questionnaire', () => {
    it('interrupts at once with what to do when an emergency sign is answered', async () => {
      const { context, page } = await phone(lang);
      await page.goto(`${harness().url}/#/check`);
      await page.getByRole('spinbutton', { name: q.age.text }).fill('50');
      await page.getByRole('button', { name: t.questionnaire.next }).click();
      await choice(page, q.durationWeeks.options[2]);
      // The first question after age and duration is an emergency sign.
      await expect.poll(() => page.locator('input[type=radio]').first().getAttribute('name')).toBe('saddleNumbness');
      await choice(page, t.questionnaire.yes);
      const heading = page.getByRole('heading', { name: t.interrupt.title, level: 1 });
      await heading.waitFor();
      await page.getByText(t.interrupt.call).waitFor();
      const route = page.getByRole('link', { name: t.result.emergencyRoute });
      expect(await route.getAttribute('href')).toBe('#/care?need=emergency');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, shotName('emergency-interrupt'));
      await page.getByRole('button', { name: t.interrupt.continue }).click();
      expect(await urgencyLabel(page)).toMatch(label('emergency'));
      expect(await disclaimerVisible(page)).toBe(true);
      await context.close();
    });

    it('no red flags and two weeks: no scan, with the findings common without pain at that age', async () => {
      const { context, page } = await phone(lang);
      await answerAll(page, 35, q.durationWeeks.options[2]);
      expect(await urgencyLabel(page)).toMatch(label('none'));
      const bulges = engine.findings['disc-bulge'];
      const atAge = prevalenceWords(lang, prevalenceAt('disc-bulge', 35));
      expect(atAge).toEqual({ perHundred: '45', atLeast: false, figureAge: '35' });
      const line = t.result.findingLine(bulges.charAt(0).toUpperCase() + bulges.slice(1), atAge);
      expect(await page.getByText(line).isVisible()).toBe(true);
      expect(await disclaimerVisible(page)).toBe(true);
      await page.getByRole('heading', { name: t.result.comeBack }).waitFor();
      expect(await page.getByRole('link', { name: t.result.findCare }).getAttribute('href')).toBe('#/care?need=none');
      expect(await axeViolations(page)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      await shot(page, shotName('result-no-imaging'));
      await context.close();
    });

    it('persistent sciatica after 6 weeks of care in a surgery candidate: routine MRI', async () => {
      const { context, page } = await phone(lang);
      await answerAll(page, 46, q.durationWeeks.options[9], {
        legPain: q.legPain.options['one-leg'],
        conservativeCareWeeks: q.conservativeCareWeeks.options[6],
        response: q.response.options.unchanged,
        interventionCandidate: t.questionnaire.yes,
      });
      expect(await urgencyLabel(page)).toMatch(label('routine'));
      await page.getByText(engine.procedures['mri-lumbar-without-contrast'].label).first().waitFor();
      await shot(page, shotName('result-routine-mri'));
      await context.close();
    });

    it('fever in someone who injects drugs: urgent, for possible infection', async () => {
      const { context, page } = await phone(lang);
      await answerAll(page, 33, q.durationWeeks.options[0.5], {
        fever: t.questionnaire.yes,
        ivDrugUse: t.questionnaire.yes,
      });
      expect(await urgencyLabel(page)).toMatch(label('urgent'));
      const infection = kb.redFlags.filter((f) => f.condition === 'infection').map((f) => kb.text.labels[f.id]);
      const shown = await page.locator('section[aria-labelledby=meaning] li').allInnerTexts();
      expect(shown.some((s) => infection.includes(s))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, shotName('result-urgent-infection'));
      await context.close();
    });

    it('age 72 with new pain: soon, with an X-ray for a possible fracture', async () => {
      const { context, page } = await phone(lang);
      await answerAll(page, 72, q.durationWeeks.options[2]);
      expect(await urgencyLabel(page)).toMatch(label('soon'));
      await page.getByText(engine.procedures['radiography-lumbar'].label).first().waitFor();
      await shot(page, shotName('result-fracture-risk'));
      await context.close();
    });

    describe('pain in both legs: the time course decides the emergency (issue 8)', () => {
      const title = (page: Page) => page.locator('main h1').first().innerText();
      const chronic = {
        legPain: q.legPain.options['both-legs'],
        legSymptomWeeks: q.legSymptomWeeks.options[16],
        legSymptomsWorsening: t.questionnaire.no,
      };

      it('long-standing, stable, with bladder, bowel and saddle normal: not an emergency', async () => {
        const { context, page } = await phone(lang);
        await answerAll(page, 60, q.durationWeeks.options[16], chronic);
        expect(await title(page)).toBe(t.result.title);
        expect(await urgencyLabel(page)).not.toMatch(label('emergency'));
        // The time-course answers are listed with the others, in the page's words.
        await page.getByText(`${q.legSymptomWeeks.short}:`).waitFor();
        await page.getByText(q.legSymptomWeeks.options[16], { exact: true }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await shot(page, shotName('result-chronic-both-legs'));
        await context.close();
      });

      it('leg pain new this week: the emergency, at once', async () => {
        const { context, page } = await phone(lang);
        await answerAll(page, 60, q.durationWeeks.options[16], {
          ...chronic,
          legSymptomWeeks: q.legSymptomWeeks.options[0.5],
        });
        await page.getByRole('heading', { name: t.interrupt.title, level: 1 }).waitFor();
        await page.getByRole('button', { name: t.interrupt.continue }).click();
        expect(await urgencyLabel(page)).toMatch(label('emergency'));
        await context.close();
      });

      it('long-standing but worse in the past 2 weeks: the emergency', async () => {
        const { context, page } = await phone(lang);
        await answerAll(page, 60, q.durationWeeks.options[16], {
          ...chronic,
          legSymptomsWorsening: t.questionnaire.yes,
        });
        await page.getByRole('heading', { name: t.interrupt.title, level: 1 }).waitFor();
        await context.close();
      });

      it('bladder, bowel and saddle "not sure": still asked, and listed as what could make it an emergency', async () => {
        const { context, page } = await phone(lang);
        const asked: string[] = [];
        await answerAll(
          page,
          60,
          q.durationWeeks.options[16],
          {
            ...chronic,
            saddleNumbness: t.questionnaire.notSure,
            bladder: t.questionnaire.notSure,
            bowelIncontinence: t.questionnaire.notSure,
          },
          asked,
        );
        expect(asked.slice(0, 3)).toEqual(['saddleNumbness', 'bladder', 'bowelIncontinence']);
        expect(await title(page)).toBe(t.result.title);
        expect(await urgencyLabel(page)).not.toMatch(label('emergency'));
        const missing = page.getByRole('region', { name: t.result.missing });
        for (const field of ['saddleNumbness', 'bladder', 'bowelIncontinence'] as const) {
          await missing.getByText(kb.text.questions[field]).waitFor();
        }
        await context.close();
      });
    });

    it('"Not sure" is unknown, never no: it is listed as something that could change the advice', async () => {
      const { context, page } = await phone(lang);
      await answerAll(page, 40, q.durationWeeks.options[2], { bowelIncontinence: t.questionnaire.notSure });
      await page.getByRole('heading', { name: t.result.missing }).waitFor();
      await page.getByText(kb.text.questions.bowelIncontinence).waitFor();
      await context.close();
    });

    it('back and forward keep the answers', async () => {
      const { context, page } = await phone(lang);
      await page.goto(`${harness().url}/#/check`);
      await page.getByRole('spinbutton', { name: q.age.text }).fill('41');
      await page.getByRole('button', { name: t.questionnaire.next }).click();
      await choice(page, q.durationWeeks.options[5]);
      await page.getByRole('button', { name: t.questionnaire.back }).click();
      expect(await page.getByRole('radio', { name: q.durationWeeks.options[5] }).isChecked()).toBe(true);
      await page.getByRole('button', { name: t.questionnaire.next }).click();
      expect(await page.locator('input[type=radio]').first().getAttribute('name')).toBe('saddleNumbness');
      await context.close();
    });

    it('works by keyboard alone', async () => {
      const { context, page } = await phone(lang);
      await page.goto(`${harness().url}/#/check`);
      await page.getByRole('spinbutton', { name: q.age.text }).focus();
      await page.keyboard.type('52');
      await page.keyboard.press('Enter');
      // The next question takes focus when it appears (the engine loads in between).
      await page.getByRole('heading', { name: q.durationWeeks.text }).waitFor();
      // Duration: Tab to the radio group, arrow to an option, Enter submits.
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await page.locator('input[type=radio]').first().getAttribute('name')).toBe('saddleNumbness');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: t.interrupt.title }).waitFor();
      await context.close();
    });

    it('prints a one-page summary with the answers and without the navigation', async () => {
      const { context, page } = await phone(lang);
      await answerAll(page, 35, q.durationWeeks.options[2]);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      await page.getByRole('heading', { name: t.result.answers }).waitFor();
      await shot(page, shotName('print-summary'));
      const pdf = await page.pdf({ format: 'A4' });
      writeFileSync(join(screenshotDir, `${shotName('print-summary')}.pdf`), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBe(1);
      await context.close();
    });
  });

  describe('report reading page', () => {
    it('explains a pasted report in the browser, urgent findings first', async () => {
      const { context, page } = await phone(lang);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${harness().url}/#/report`);
      await page
        .getByLabel(t.report.textLabel)
        .fill(
          'FINDINGS:\nL4-5: Large central disc extrusion with severe compression of the cauda equina.\nL5-S1: Mild disc bulge. No stenosis.',
        );
      await page.getByLabel(t.report.ageLabel).fill('44');
      const before = requests.length;
      await page.getByRole('button', { name: t.report.submit }).click();
      expect(await page.getByRole('heading', { name: t.report.urgentTitle }).isVisible()).toBe(true);
      await page.getByRole('heading', { name: t.findingLabels['cauda-equina-compression'] }).waitFor();
      await page.getByText(t.report.withoutPain(prevalenceWords(lang, prevalenceAt('disc-bulge', 44)))).waitFor();
      expect(requests.slice(before).filter((u) => u.includes('/api/'))).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      await shot(page, shotName('report-reading'));
      await context.close();
    });
  });

  describe('other pages', () => {
    it('the clinician view updates live and gives a copy-to-chart block', async () => {
      const context = await harness().browser.newContext({
        viewport: { width: 1280, height: 900 },
        bypassCSP: true,
        locale: locales[lang],
      });
      const page = await context.newPage();
      await page.goto(`${harness().url}/#/clinician`);
      await page.getByLabel(t.clinician.fields.age, { exact: true }).fill('64');
      await page.getByLabel(t.clinician.fields.cancerHistory, { exact: true }).selectOption('past');
      expect(await urgencyLabel(page)).toMatch(label('soon'));
      await page.getByRole('table', { name: t.clinician.ratings }).waitFor();
      // Fields are labelled in words and grouped by what they rule in or out.
      await page
        .getByRole('group', { name: t.clinician.groups['cauda-equina'] })
        .getByLabel(t.clinician.fields.bladder)
        .waitFor();
      const variant = t.clinician.chartLines.variant('7', '').split('7')[0] ?? '';
      expect(await page.locator('textarea').inputValue()).toContain(`${variant}7`);
      await page.getByLabel(t.clinician.fields.bladder, { exact: true }).selectOption('retention');
      expect(await urgencyLabel(page)).toMatch(label('emergency'));
      await page.getByLabel(t.clinician.fields.age, { exact: true }).fill('-4');
      expect(await page.getByRole('alert').innerText()).toContain(
        `${t.clinician.fields.age}: ${t.clinician.errors.atLeast('0')}`,
      );
      await page.getByLabel(t.clinician.fields.age, { exact: true }).fill('64');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, shotName('clinician-view'));
      await context.close();
    });

    it('the clinician view opens a case from a CDS Hooks card link', async () => {
      const { context, page } = await phone(lang);
      const encoded = Buffer.from(JSON.stringify({ age: 49, durationWeeks: 17.1, sex: 'female' })).toString(
        'base64url',
      );
      await page.goto(`${harness().url}/#/clinician?case=${encoded}`);
      expect(await page.getByLabel(t.clinician.fields.durationWeeks, { exact: true }).inputValue()).toBe('17.1');
      expect(await page.locator('.clinician-result').innerText()).toContain(`${t.clinician.variant}: 2`);
      expect(await scrollsSideways(page)).toBe(false);
      await context.close();
    });

    it('the provider directory filters by service', async () => {
      const { context, page } = await phone(lang);
      await page.goto(`${harness().url}/#/care`);
      await page.getByText(t.care.count(6, '6'), { exact: true }).waitFor();
      await page.getByLabel(t.care.filter).selectOption('interventions');
      await page.getByText(t.care.count(5, '5'), { exact: true }).waitFor();
      expect(await page.getByRole('heading', { name: 'NHS (UK)' }).count()).toBe(0);
      await page.getByRole('heading', { name: t.care.guideTitle }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, shotName('provider-directory'));
      await context.close();
    });

    it('every page passes axe and fits a 360 px screen', async () => {
      const { context, page } = await phone(lang);
      for (const route of ['#/', '#/check', '#/report', '#/scans', '#/care', '#/clinician', '#/nowhere']) {
        await page.goto(`${harness().url}/${route}`);
        await page.locator('main h1').first().waitFor();
        expect({ route, violations: await axeViolations(page) }).toEqual({ route, violations: [] });
        expect({ route, sideways: await scrollsSideways(page) }).toEqual({ route, sideways: false });
        expect(await disclaimerVisible(page)).toBe(true);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      }
      await shot(page, shotName('home'));
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await context.close();
    });

    it('works offline after the first visit', async () => {
      const { context, page } = await phone(lang);
      await page.goto(`${harness().url}/`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await context.setOffline(true);
      await page.reload();
      // Waits for the page: the first screen renders as a transition, after the load event.
      await page.getByRole('heading', { name: t.home.title, level: 1 }).waitFor();
      await page.goto(`${harness().url}/#/check`);
      await page.getByRole('spinbutton', { name: q.age.text }).fill('30');
      await page.getByRole('button', { name: t.questionnaire.next }).click();
      await page.getByRole('heading', { name: q.durationWeeks.text }).waitFor();
      await context.close();
    });
  });
});
