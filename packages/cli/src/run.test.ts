import { describe, expect, it } from 'vitest';
import { exitCodes, type Io, run } from './run.js';

/** An in-memory terminal for what a spawned process cannot simulate (a TTY, colour). */
function terminal(stdin: string | null, color = false) {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: (s) => {
      out.stdout += s;
    },
    stderr: (s) => {
      out.stderr += s;
    },
    readStdin: async () => stdin ?? '',
    readFile: async () => {
      throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    },
    stdinIsTTY: stdin === null,
    color,
    env: {},
    untilStopped: async () => undefined,
  };
  return { io, out };
}

describe('run', () => {
  it('asks for a file when stdin is a terminal and none was given', async () => {
    const { io, out } = terminal(null);
    expect(await run(['evaluate'], io)).toBe(exitCodes.failure);
    expect(out.stderr).toMatch(/give a case FILE, or pipe a case on stdin/);
  });

  it('colours the urgency banner on a colour terminal, and only there', async () => {
    const input = JSON.stringify({ age: 40, durationWeeks: 1, bowelIncontinence: true });
    const colour = terminal(input, true);
    expect(await run(['evaluate', '-'], colour.io)).toBe(0);
    expect(colour.out.stdout.startsWith('\u001b[1;97;41m !!! EMERGENCY')).toBe(true);
    const plain = terminal(input, false);
    await run(['evaluate', '-'], plain.io);
    expect(plain.out.stdout).not.toContain('\u001b[');
    expect(plain.out.stdout.startsWith('=== !!! EMERGENCY')).toBe(true);
  });

  it('prints help and the version', async () => {
    const help = terminal('');
    expect(await run(['--help'], help.io)).toBe(0);
    expect(help.out.stdout).toMatch(/spine-advisor evaluate \[FILE\|-\] \[--json\]/);
    const version = terminal('');
    expect(await run(['--version'], version.io)).toBe(0);
    expect(version.out.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
