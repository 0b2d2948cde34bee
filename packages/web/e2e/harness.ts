import { mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSchema, startServer } from '@spine-advisor/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';
import type { Text } from '../src/text/en.js';
import { chromiumExecutable, chromiumFlags } from './browser.js';

/** The built web app (npm test builds it first). */
export const webRoot = join(import.meta.dirname, '..', 'dist');
/** Where screenshots of the key screens are kept as test artefacts. */
export const screenshotDir = join(import.meta.dirname, '..', 'test-results', 'screenshots');

/** The real server serving the built web app on loopback, and a headless Chromium. */
export async function startHarness(): Promise<{ url: string; browser: Browser; close: () => Promise<void> }> {
  mkdirSync(screenshotDir, { recursive: true });
  const db = join(mkdtempSync(join(tmpdir(), 'spine-web-')), 'audit.db');
  const config = {
    ...ConfigSchema.parse({ port: 0, db, cdsAuth: 'off', rateLimit: 0, webRoot }),
    publicUrl: 'http://127.0.0.1',
  };
  const server = await startServer(config, () => undefined);
  const browser = await chromium.launch({
    executablePath: await chromiumExecutable(),
    args: [...chromiumFlags],
  });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A started harness. */
export type Harness = Awaited<ReturnType<typeof startHarness>>;

/**
 * Starts the harness before a test file's tests and closes it after them; tests read it through the
 * returned function. A browser on a shared machine can be slow, so each test may take a minute.
 */
export function harnessForFile(): () => Harness {
  let harness: Harness | undefined;
  vi.setConfig({ testTimeout: 60_000 });
  beforeAll(async () => {
    harness = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('the harness has not started');
    return harness;
  };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core WCAG 2.x A/AA violations on the page as it is now (ids and targets, for readable failures). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether the page scrolls sideways at its current width. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Answer the current choice question by its visible label, then press the "next" button (named in the page's language). */
export async function choose(page: Page, label: string, next = 'Next'): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: next }).click();
}

/**
 * Visible text on the page that contains English words, outside elements marked as another
 * language (`lang="en"` on the language switch) and code. Empty on a page fully in Spanish.
 */
export async function englishText(page: Page, words: RegExp): Promise<string[]> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, 'i');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!element || text === '' || element.closest('code, script, style, noscript, [lang="en"]')) continue;
      if (!element.checkVisibility() || !pattern.test(text)) continue;
      found.push(text);
    }
    return found;
  }, words.source);
}

/** The answer to give each question unless a test says otherwise: "no" or the normal value, in `t`'s words. */
export function defaultAnswers(t: Text): Record<string, string> {
  const q = t.questions;
  return {
    bladder: q.bladder.options.normal,
    legPain: q.legPain.options.none,
    weakness: q.weakness.options.none,
    trauma: q.trauma.options.none,
    cancerHistory: q.cancerHistory.options.none,
    sex: q.sex.options.female,
    conservativeCareWeeks: q.conservativeCareWeeks.options[0],
    response: q.response.options.unchanged,
    legSymptomWeeks: q.legSymptomWeeks.options[16],
  };
}
