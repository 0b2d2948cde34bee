import { beforeAll, describe, expect, it } from 'vitest';
import { auditResultFile } from '../../e2e/audit-result.js';
import { readAuditResult } from './read-result.js';

let json: string;

beforeAll(async () => {
  ({ json } = await auditResultFile());
}, 60_000);

/** The result file's JSON, changed by `edit`. */
function edited(edit: (r: Record<string, unknown>) => void): string {
  const r = JSON.parse(json) as Record<string, unknown>;
  edit(r);
  return JSON.stringify(r);
}

describe('reading an audit result file', () => {
  it('reads what spine-advisor audit --json prints', () => {
    const read = readAuditResult(json);
    expect(read.ok).toBe(true);
    expect(read.ok && read.result).toEqual(JSON.parse(json));
  });

  it('tells text that is not JSON from JSON that is not a result', () => {
    expect(readAuditResult('{"schemaVersion": 1,')).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(readAuditResult('')).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(readAuditResult('{"resourceType": "Patient"}')).toEqual({ ok: false, problem: { kind: 'not-result' } });
    expect(readAuditResult('[1, 2]')).toEqual({ ok: false, problem: { kind: 'not-result' } });
  });

  it('reads a file saved with a byte order mark', () => {
    const read = readAuditResult(`\uFEFF${json}`);
    expect(read.ok && read.result).toEqual(JSON.parse(json));
  });

  it('reads a result holding only the fields of contract section 6', () => {
    const read = readAuditResult(
      edited((r) => {
        delete r.valueSetsVersion;
        delete r.appropriateness;
        for (const p of r.patients as { imaging: Record<string, unknown>[] }[])
          for (const s of p.imaging)
            for (const k of ['study', 'modality', 'site', 'practitioner', 'facts']) delete s[k];
      }),
    );
    expect(read.ok).toBe(true);
    const full = JSON.parse(json) as { appropriateness: { byModality: unknown } };
    expect(read.ok && read.result.appropriateness.byModality).toEqual(full.appropriateness.byModality);
  });

  it('names another schema version', () => {
    expect(readAuditResult(edited((r) => Object.assign(r, { schemaVersion: 2 })))).toEqual({
      ok: false,
      problem: { kind: 'version', version: '2' },
    });
  });

  it('names each bad field by its path: missing, of the wrong type, or a value not allowed', () => {
    const read = readAuditResult(
      edited((r) => {
        delete (r.imaging as Record<string, unknown>).total;
        (r.strata as Record<string, unknown>[])[0] = { ...(r.strata as object[])[0], eligible: 2.5 };
        r.measurementYear = 'last year';
        (r.patients as Record<string, unknown>[])[2] = { ...(r.patients as object[])[2], status: 'lost' };
      }),
    );
    expect(read).toEqual({
      ok: false,
      problem: {
        kind: 'invalid',
        issues: [
          { path: 'measurementYear', kind: 'type', expected: 'number' },
          { path: 'strata[0].eligible', kind: 'type', expected: 'integer' },
          { path: 'imaging.total', kind: 'missing' },
          { path: 'patients[2].status', kind: 'value' },
        ],
      },
    });
  });
});
