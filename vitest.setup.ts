import { afterEach, beforeEach, expect, vi } from 'vitest';

// console.* in code under test is a defect (STYLE §6): output goes through explicit writers.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
const spies: ReturnType<typeof vi.spyOn>[] = [];

beforeEach(() => {
  for (const m of methods) spies.push(vi.spyOn(console, m).mockImplementation(() => undefined));
});

afterEach(() => {
  const calls = spies.flatMap((s) => s.mock.calls);
  for (const s of spies.splice(0)) s.mockRestore();
  expect(calls, 'console was called during the test').toEqual([]);
});
