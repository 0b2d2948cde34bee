import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../src/text/en.js';
import { es } from '../src/text/es.js';
import { axeViolations, harnessForFile, screenshotDir, scrollsSideways } from './harness.js';

const harness = harnessForFile();

async function phone(locale = 'en-US'): Promise<Page> {
  const context = await harness().browser.newContext({
    viewport: { width: 360, height: 780 },
    locale,
    bypassCSP: true,
  });
  return context.newPage();
}

async function search(page: Page, query: string, text = en): Promise<void> {
  await page.getByRole('searchbox', { name: text.care.searchLabel }).fill(query);
  await page.getByRole('searchbox', { name: text.care.searchLabel }).press('Enter');
}

describe('care near you', () => {
  it('a ZIP code next to each provider’s flagship site puts that provider first, with the distance', async () => {
    const page = await phone();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${harness().url}/#/care`);
    const flagships = {
      '55902': 'Mayo Clinic',
      '44106': 'Cleveland Clinic',
      '21205': 'Johns Hopkins Medicine',
      '02114': 'Mass General Brigham',
      '94609': 'Kaiser Permanente',
    };
    for (const [zip, provider] of Object.entries(flagships)) {
      await search(page, zip);
      await page.getByRole('status').filter({ hasText: zip }).waitFor();
      const first = page.locator('.sites > li').first();
      expect(await first.getByRole('heading').innerText()).toMatch(new RegExp(`^${provider} — \\d+ mi away`));
    }
    expect(requests.filter((u) => Object.keys(flagships).some((zip) => u.includes(zip)))).toEqual([]);
    expect(await page.getByText(en.care.searchPrivate).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(screenshotDir, 'care-near-you.png'), fullPage: true });
    await page.context().close();
  });

  it('finds a city by name, and answers a UK postcode with the NHS route', async () => {
    const page = await phone();
    await page.goto(`${harness().url}/#/care`);
    await search(page, 'Scottsdale, AZ');
    await page.getByRole('status').filter({ hasText: 'Scottsdale, AZ' }).waitFor();
    expect(await page.locator('.sites > li h3').first().innerText()).toMatch(/^Mayo Clinic — \d+ mi away/);
    await search(page, 'SW1A 1AA');
    await page.getByRole('status').filter({ hasText: en.care.ukTitle }).waitFor();
    await page
      .getByText(/NHS 111/)
      .first()
      .waitFor();
    expect(await page.locator('.sites').count()).toBe(0);
    await search(page, 'Atlantis');
    await page
      .getByRole('status')
      .filter({ hasText: en.care.notFound('Atlantis') })
      .waitFor();
    await page.context().close();
  });

  it('works in Spanish, with distances in words of the language', async () => {
    const page = await phone('es-US');
    await page.goto(`${harness().url}/#/care`);
    await search(page, '55905', es);
    await page.getByRole('status').filter({ hasText: '55905' }).waitFor();
    expect(await page.locator('.sites > li h3').first().innerText()).toMatch(
      /^Mayo Clinic — a \d+ mi \(en línea recta\)/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('an emergency result links to the emergency route, never a clinic list', async () => {
    const page = await phone();
    await page.goto(`${harness().url}/#/care?need=emergency`);
    await page.getByRole('heading', { name: en.care.emergencyTitle }).waitFor();
    expect(await page.getByText(/Call 911/).isVisible()).toBe(true);
    expect(await page.getByRole('searchbox').count()).toBe(0);
    expect(await page.locator('.providers, .sites').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${harness().url}/#/care?need=routine`);
    await page.getByText(/Showing places that offer/).waitFor();
    await page.context().close();
  });
});
