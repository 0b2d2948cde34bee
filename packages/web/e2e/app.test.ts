import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, choose, screenshotDir, scrollsSideways, startHarness } from './harness.js';

let harness: Awaited<ReturnType<typeof startHarness>>;
let browser: Browser;

beforeAll(async () => {
  harness = await startHarness();
  browser = harness.browser;
}, 60_000);
afterAll(async () => {
  await harness?.close();
});

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, bypassCSP: true });
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

/** Default answers by field: "no" or the normal value. */
const defaults: Record<string, string> = {
  bladder: 'No, it is normal',
  legPain: 'No',
  weakness: 'No',
  trauma: 'No',
  cancerHistory: 'No',
  sex: 'Female',
  conservativeCareWeeks: 'I have not started',
  response: 'About the same',
};

/** Answer every question the app asks until the result shows; `answers` overrides by field. */
async function answerAll(page: Page, age: number, duration: string, answers: Record<string, string> = {}) {
  await page.goto(`${harness.url}/#/check`);
  await page.getByRole('spinbutton', { name: 'How old are you?' }).fill(String(age));
  await page.getByRole('button', { name: 'Next' }).click();
  await choose(page, duration);
  for (let i = 0; i < 40; i++) {
    // Every screen has one h1: a question, the result or the emergency interrupt.
    const h1 = page.locator('main h1').first();
    await h1.waitFor();
    const title = await h1.textContent();
    if (title === 'Your result' || /Go to an emergency department now/.test(title ?? '')) return;
    const field = await page.locator('input[type=radio]').first().getAttribute('name');
    if (!field) throw new Error('no question on screen');
    await choose(page, answers[field] ?? defaults[field] ?? 'No');
  }
  throw new Error('the questionnaire did not end');
}

describe('patient questionnaire', () => {
  it('interrupts at once with what to do when an emergency sign is answered', async () => {
    const { context, page } = await phone();
    await page.goto(`${harness.url}/#/check`);
    await page.getByRole('spinbutton', { name: 'How old are you?' }).fill('50');
    await page.getByRole('button', { name: 'Next' }).click();
    await choose(page, '1 to 4 weeks');
    // The first question after age and duration is an emergency sign.
    await expect.poll(() => page.locator('input[type=radio]').first().getAttribute('name')).toBe('saddleNumbness');
    await choose(page, 'Yes');
    const heading = page.getByRole('heading', { name: /Go to an emergency department now/, level: 1 });
    await heading.waitFor();
    await page.getByText('Or call your local emergency number.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'emergency-interrupt');
    await page.getByRole('button', { name: 'Show my full result' }).click();
    expect(await page.locator('.urgency-label').first().innerText()).toMatch(/EMERGENCY/);
    expect(
      await page
        .getByText(/does not diagnose/)
        .first()
        .isVisible(),
    ).toBe(true);
    await context.close();
  });

  it('no red flags and two weeks: no scan, with the findings common without pain at that age', async () => {
    const { context, page } = await phone();
    await answerAll(page, 35, '1 to 4 weeks');
    expect(await page.locator('.urgency-label').first().innerText()).toMatch(/NO SCAN NEEDED NOW/);
    expect(await page.getByText(/Disc bulges: about 45 in 100 people your age without back pain/).isVisible()).toBe(
      true,
    );
    expect(
      await page
        .getByText(/does not diagnose/)
        .first()
        .isVisible(),
    ).toBe(true);
    await page.getByRole('heading', { name: 'When to check again' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await shot(page, 'result-no-imaging');
    await context.close();
  });

  it('persistent sciatica after 6 weeks of care in a surgery candidate: routine MRI', async () => {
    const { context, page } = await phone();
    await answerAll(page, 46, '6 to 12 weeks', {
      legPain: 'Yes, in one leg',
      conservativeCareWeeks: '6 weeks or more',
      response: 'About the same',
      interventionCandidate: 'Yes',
    });
    expect(await page.locator('.urgency-label').first().innerText()).toMatch(/ROUTINE/);
    await page.getByText('MRI of the lower back (no dye)').first().waitFor();
    await shot(page, 'result-routine-mri');
    await context.close();
  });

  it('fever in someone who injects drugs: urgent, for possible infection', async () => {
    const { context, page } = await phone();
    await answerAll(page, 33, 'Less than a week', { fever: 'Yes', ivDrugUse: 'Yes' });
    expect(await page.locator('.urgency-label').first().innerText()).toMatch(/URGENT/);
    expect(
      await page
        .getByText(/infection in the spine/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'result-urgent-infection');
    await context.close();
  });

  it('age 72 with new pain: soon, with an X-ray for a possible fracture', async () => {
    const { context, page } = await phone();
    await answerAll(page, 72, '1 to 4 weeks');
    expect(await page.locator('.urgency-label').first().innerText()).toMatch(/SOON/);
    await page.getByText('X-ray of the lower back').first().waitFor();
    await shot(page, 'result-fracture-risk');
    await context.close();
  });

  it('"Not sure" is unknown, never no: it is listed as something that could change the advice', async () => {
    const { context, page } = await phone();
    await answerAll(page, 40, '1 to 4 weeks', { bowelIncontinence: 'Not sure' });
    await page.getByRole('heading', { name: /not sure about that could change/ }).waitFor();
    await page.getByText(/new loss of control of your bowels/).waitFor();
    await context.close();
  });

  it('back and forward keep the answers', async () => {
    const { context, page } = await phone();
    await page.goto(`${harness.url}/#/check`);
    await page.getByRole('spinbutton', { name: 'How old are you?' }).fill('41');
    await page.getByRole('button', { name: 'Next' }).click();
    await choose(page, '4 to 6 weeks');
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.getByRole('radio', { name: '4 to 6 weeks' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.locator('input[type=radio]').first().getAttribute('name')).toBe('saddleNumbness');
    await context.close();
  });

  it('works by keyboard alone', async () => {
    const { context, page } = await phone();
    await page.goto(`${harness.url}/#/check`);
    await page.getByRole('spinbutton', { name: 'How old are you?' }).focus();
    await page.keyboard.type('52');
    await page.keyboard.press('Enter');
    // Duration: Tab to the radio group, arrow to an option, Enter submits.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.locator('input[type=radio]').first().getAttribute('name')).toBe('saddleNumbness');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Go to an emergency department now/ }).waitFor();
    await context.close();
  });

  it('prints a one-page summary with the answers and without the navigation', async () => {
    const { context, page } = await phone();
    await answerAll(page, 35, '1 to 4 weeks');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.getByRole('heading', { name: 'Your answers' }).waitFor();
    await shot(page, 'print-summary');
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(screenshotDir, 'print-summary.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await context.close();
  });
});

describe('report reading page', () => {
  it('explains a pasted report in the browser, urgent findings first', async () => {
    const { context, page } = await phone();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${harness.url}/#/report`);
    await page
      .getByLabel('Your scan report')
      .fill(
        'FINDINGS:\nL4-5: Large central disc extrusion with severe compression of the cauda equina.\nL5-S1: Mild disc bulge. No stenosis.',
      );
    await page.getByLabel('Your age (years)').fill('44');
    const before = requests.length;
    await page.getByRole('button', { name: 'Explain my report' }).click();
    expect(await page.getByRole('heading', { name: 'Something in this report needs action today' }).isVisible()).toBe(
      true,
    );
    await page.getByRole('heading', { name: /Pressure on the nerve bundle/ }).waitFor();
    await page.getByText(/about 54 in 100 people your age without back pain have this/).waitFor();
    expect(requests.slice(before).filter((u) => u.includes('/api/'))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await shot(page, 'report-reading');
    await context.close();
  });
});

describe('other pages', () => {
  it('the clinician view updates live and gives a copy-to-chart block', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${harness.url}/#/clinician`);
    await page.getByLabel(/^age/).fill('64');
    await page.getByLabel(/^cancerHistory/).selectOption('past');
    expect(await page.locator('.urgency-label').first().innerText()).toMatch(/SOON/);
    await page.getByRole('table', { name: 'ACR ratings' }).waitFor();
    expect(await page.locator('textarea').inputValue()).toMatch(/ACR LBP 2021 variant: 7/);
    await page.getByLabel(/^bladder/).selectOption('retention');
    expect(await page.locator('.urgency-label').first().innerText()).toMatch(/EMERGENCY/);
    await page.getByLabel(/^age/).fill('-4');
    expect(await page.getByRole('alert').innerText()).toMatch(/\/age/);
    await page.getByLabel(/^age/).fill('64');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'clinician-view');
    await context.close();
  });

  it('the clinician view opens a case from a CDS Hooks card link', async () => {
    const { context, page } = await phone();
    const encoded = Buffer.from(JSON.stringify({ age: 49, durationWeeks: 17.1, sex: 'female' })).toString('base64url');
    await page.goto(`${harness.url}/#/clinician?case=${encoded}`);
    expect(await page.getByLabel(/^durationWeeks/).inputValue()).toBe('17.1');
    expect(await page.locator('.clinician-result').innerText()).toMatch(/ACR variant: 2/);
    expect(await scrollsSideways(page)).toBe(false);
    await context.close();
  });

  it('the provider directory filters by service', async () => {
    const { context, page } = await phone();
    await page.goto(`${harness.url}/#/care`);
    await page.getByText('6 providers').waitFor();
    await page.getByLabel('Show providers that offer').selectOption('interventions');
    await page.getByText('5 providers').waitFor();
    expect(await page.getByRole('heading', { name: 'NHS (UK)' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'What makes a good back pain service' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'provider-directory');
    await context.close();
  });

  it('every page passes axe and fits a 360 px screen', async () => {
    const { context, page } = await phone();
    for (const route of ['#/', '#/check', '#/report', '#/scans', '#/care', '#/clinician', '#/nowhere']) {
      await page.goto(`${harness.url}/${route}`);
      await page.locator('main h1').first().waitFor();
      expect({ route, violations: await axeViolations(page) }).toEqual({ route, violations: [] });
      expect({ route, sideways: await scrollsSideways(page) }).toEqual({ route, sideways: false });
      expect(
        await page
          .getByText(/does not diagnose/)
          .first()
          .isVisible(),
      ).toBe(true);
    }
    await shot(page, 'home');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await context.close();
  });

  it('works offline after the first visit', async () => {
    const { context, page } = await phone();
    await page.goto(`${harness.url}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    expect(await page.getByRole('heading', { name: 'Does my back pain need a scan?', level: 1 }).isVisible()).toBe(
      true,
    );
    await page.goto(`${harness.url}/#/check`);
    await page.getByRole('spinbutton', { name: 'How old are you?' }).fill('30');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'How long have you had this back pain?' }).waitFor();
    await context.close();
  });
});
