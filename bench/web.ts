/**
 * Web benchmark (not a test): the initial JavaScript the app ships (gzipped; goal ≤ 150 KB) and a
 * Lighthouse run against the built app on the real server, in the Chromium the browser tests use (from npm) (goals:
 * performance ≥ 95, accessibility 100).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ConfigSchema, startServer } from '@spine-advisor/server';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumExecutable, chromiumFlags } from '../packages/web/e2e/browser.js';

const webRoot = join(import.meta.dirname, '..', 'packages', 'web', 'dist');
const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
const sizes = initial.map((file) => {
  const body = readFileSync(join(webRoot, file));
  return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
});
const gzipTotal = sizes.reduce((n, s) => n + s.gzip, 0);

const db = join(mkdtempSync(join(tmpdir(), 'spine-bench-web-')), 'audit.db');
const config = {
  ...ConfigSchema.parse({ port: 0, db, cdsAuth: 'off', rateLimit: 0, webRoot }),
  publicUrl: 'http://127.0.0.1',
};
const server = await startServer(config, () => undefined);
const url = server.url;

const scores: Record<string, Record<string, number>> = {};
try {
  // A fresh browser per page, so one run's cache and service worker do not colour the next.
  // Each page in each language: the browser's language picks the app's (Spanish loads on demand).
  // WEB_BENCH_PAGES="es /clinician,en /" measures only those pages (each as often as it is named).
  const only = process.env.WEB_BENCH_PAGES?.split(',').map((p) => p.trim());
  const runs = (
    only ??
    ['en', 'es'].flatMap((lang) => ['/', '/check', '/care', '/clinician', '/audit'].map((path) => `${lang} ${path}`))
  ).map((page) => {
    const [lang = 'en', path = '/'] = page.split(' ');
    return { lang, path, page };
  });
  for (const { lang, path, page } of runs) {
    const chrome = await chromeLauncher.launch({
      chromePath: await chromiumExecutable(),
      chromeFlags: ['--headless=new', `--lang=${lang}`, `--accept-lang=${lang}`, ...chromiumFlags],
    });
    try {
      const result = await lighthouse(`${url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (result?.lhr.runtimeError)
        process.stderr.write(`${page}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}\n`);
      if (!result) process.stderr.write(`${page}: no result\n`);
      else if (!result.lhr.categories.performance)
        process.stderr.write(
          `${page}: categories ${Object.keys(result.lhr.categories)} ${JSON.stringify(
            Object.values(result.lhr.audits)
              .filter((a) => a.errorMessage)
              .map((a) => a.errorMessage)
              .slice(0, 3),
          )}\n`,
        );
      const categories = result?.lhr.categories ?? {};
      scores[page] = {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        lcpMs: Math.round(Number(result?.lhr.audits['largest-contentful-paint']?.numericValue ?? 0)),
        fcpMs: Math.round(Number(result?.lhr.audits['first-contentful-paint']?.numericValue ?? 0)),
        tbtMs: Math.round(Number(result?.lhr.audits['total-blocking-time']?.numericValue ?? 0)),
        cls: Number(result?.lhr.audits['cumulative-layout-shift']?.numericValue ?? 0),
      };
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.close();
}

const lines = [
  `web benchmark (node ${process.version})`,
  ...sizes.map(
    (s) => `  initial JS ${s.file}: ${(s.raw / 1024).toFixed(1)} KiB raw, ${(s.gzip / 1024).toFixed(1)} KiB gzipped`,
  ),
  `  initial JS total gzipped: ${(gzipTotal / 1024).toFixed(1)} KiB (goal ≤ 150 KB: ${gzipTotal <= 150 * 1000 ? 'met' : 'NOT met'})`,
  ...Object.entries(scores).map(
    ([page, s]) =>
      `  Lighthouse ${page.padEnd(13)} performance ${s.performance} (goal ≥ 95), accessibility ${s.accessibility} (goal 100); FCP ${s.fcpMs} ms, LCP ${s.lcpMs} ms, TBT ${s.tbtMs} ms, CLS ${(s.cls ?? 0).toFixed(3)}`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
