// The official SQL on FHIR v2 test suite (testdata/sql-on-fhir-v2-tests, MIT, see its LICENSE.md), one
// `it` per case, writing the suite's standard test_report.json to test-results/sql-on-fhir/.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { compileViewWithColumns } from './compile-view.js';
import { runView } from './run-view.js';
import { useDuckDB } from './testing/duckdb.js';
import type { ViewDefinition } from './view-definition.js';

interface TestCase {
  title: string;
  tags?: string[];
  view: ViewDefinition;
  expect?: Record<string, unknown>[];
  expectColumns?: string[];
  expectError?: boolean;
  expectCount?: number;
}

interface TestFile {
  title: string;
  resources: unknown[];
  tests: TestCase[];
}

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const suiteDir = join(packageDir, 'testdata', 'sql-on-fhir-v2-tests');
const reportDir = join(packageDir, 'test-results', 'sql-on-fhir');
const files = readdirSync(suiteDir)
  .filter((f) => f.endsWith('.json') && f !== 'tests.schema.json')
  .sort();
const suites = files.map((file) => ({
  file,
  suite: JSON.parse(readFileSync(join(suiteDir, file), 'utf8')) as TestFile,
}));

// Row order is not significant in the suite: compare as multisets of rows with sorted keys.
function canonical(rows: Record<string, unknown>[]): string[] {
  return rows
    .map((row) =>
      JSON.stringify(
        Object.keys(row)
          .sort()
          .map((k) => [k, row[k]]),
      ),
    )
    .sort();
}

async function check(connection: DuckDBConnection, test: TestCase, resources: unknown[]): Promise<string | undefined> {
  let rows: Record<string, unknown>[];
  try {
    rows = await runView(connection, test.view, resources);
  } catch (error) {
    return test.expectError ? undefined : `unexpected error: ${String(error)}`;
  }
  if (test.expectError) return `expected an error, got ${rows.length} rows`;
  if (test.expectColumns !== undefined) {
    const columns = compileViewWithColumns(test.view).columns.map((c) => c.name);
    if (JSON.stringify(columns) !== JSON.stringify(test.expectColumns)) return `columns ${columns.join(', ')}`;
  }
  if (test.expectCount !== undefined && rows.length !== test.expectCount) return `${rows.length} rows`;
  if (test.expect !== undefined && JSON.stringify(canonical(rows)) !== JSON.stringify(canonical(test.expect))) {
    return `rows ${JSON.stringify(rows)}`;
  }
  return undefined;
}

const report: Record<string, { tests: { name: string; result: { passed: boolean; reason?: string } }[] }> = {};
const connectionOf = useDuckDB();

afterAll(() => {
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, 'test_report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const shareable = suites.flatMap(({ file, suite }) =>
    suite.tests
      .map((t, i) => ({ t, result: report[file]?.tests[i]?.result }))
      .filter(({ t }) => t.tags?.includes('shareable')),
  );
  const passed = shareable.filter(({ result }) => result?.passed).length;
  const all = Object.values(report).flatMap((r) => r.tests);
  const allPassed = all.filter((t) => t.result.passed).length;
  process.stdout.write(
    `SQL on FHIR v2: ${passed} / ${shareable.length} shareable passed (${allPassed} / ${all.length} with the experimental ones)\n`,
  );
});

describe.each(suites)('$file', ({ file, suite }) => {
  const results: { name: string; result: { passed: boolean; reason?: string } }[] = [];
  report[file] = { tests: results };
  for (const test of suite.tests) {
    it(test.title, async () => {
      const reason = await check(connectionOf(), test, suite.resources);
      results.push({ name: test.title, result: reason === undefined ? { passed: true } : { passed: false, reason } });
      expect(reason).toBeUndefined();
    });
  }
});
