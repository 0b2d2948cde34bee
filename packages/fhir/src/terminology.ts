import { fhirValueSets, type ValueSet, type ValueSetId } from '@spine-advisor/engine';
import { z } from 'zod';
import { indexValueSets, type ValueSetIndex } from './codes.js';
import type { PatientRecord } from './to-case.js';

/**
 * An optional FHIR terminology server that replaces the shipped SNOMED CT expansions: each value set
 * with `snomedRoots` is expanded by `ValueSet/$expand` of the implicit value set
 * `http://snomed.info/sct?fhir_vs=isa/ROOT` (all descendants of the root), and a SNOMED CT code in a
 * record that no expansion holds is asked of `CodeSystem/$subsumes` against each root, once per code.
 * When the server cannot answer, the shipped expansion stays: a terminology outage never drops a code.
 */

const snomed = 'http://snomed.info/sct';

/** The HTTP client the terminology server is reached with (the caller's `fetch`, with its time limit). */
export type TerminologyFetch = (
  url: string,
  init: { readonly headers: Readonly<Record<string, string>> },
) => Promise<{ readonly ok: boolean; json(): Promise<unknown> }>;

/** Where the terminology server is and how to reach it (setting: its base URL). */
export interface TerminologyServer {
  readonly url: string;
  readonly fetch: TerminologyFetch;
}

interface Contains {
  readonly system?: string | undefined;
  readonly code?: string | undefined;
  readonly contains?: readonly Contains[] | undefined;
}
const ContainsSchema: z.ZodType<Contains> = z.lazy(() =>
  z.object({
    system: z.string().optional(),
    code: z.string().optional(),
    contains: z.array(ContainsSchema).optional(),
  }),
);
const ExpansionSchema = z.object({
  resourceType: z.literal('ValueSet'),
  expansion: z.object({ contains: z.array(ContainsSchema).optional() }),
});
const ParametersSchema = z.object({
  resourceType: z.literal('Parameters'),
  parameter: z.array(z.object({ name: z.string(), valueCode: z.string().optional() })),
});

function codesOf(contains: readonly Contains[] | undefined): string[] {
  return (contains ?? []).flatMap((c) => [...(c.system === snomed && c.code ? [c.code] : []), ...codesOf(c.contains)]);
}

/** Value sets from a terminology server, with a cache of `$subsumes` answers. */
export class Terminology {
  private sets: Record<ValueSetId, ValueSet>;
  private index: ValueSetIndex;
  private readonly subsumed = new Map<string, boolean>();
  private readonly server: TerminologyServer;

  constructor(server: TerminologyServer, shipped: Readonly<Record<ValueSetId, ValueSet>> = fhirValueSets) {
    this.server = server;
    this.sets = { ...shipped };
    this.index = indexValueSets(this.sets);
  }

  /** The value sets now in use. */
  get valueSets(): ValueSetIndex {
    return this.index;
  }

  /** Replace each SNOMED CT expansion that has roots by the server's `$expand`; returns the ids replaced. */
  async expand(): Promise<ValueSetId[]> {
    const replaced: ValueSetId[] = [];
    const next = { ...this.sets };
    for (const id of Object.keys(next) as ValueSetId[]) {
      const set = next[id];
      const roots = set.snomedRoots ?? [];
      if (roots.length === 0) continue;
      const expanded = await Promise.all(roots.map((root) => this.expandRoot(root)));
      if (expanded.some((codes) => codes === undefined)) continue;
      next[id] = { ...set, snomed: [...new Set(expanded.flatMap((codes) => codes ?? []))] };
      replaced.push(id);
    }
    this.sets = next;
    this.index = indexValueSets(next);
    return replaced;
  }

  /**
   * The value sets for one record: every SNOMED CT code of its Conditions that no expansion holds is
   * asked of `$subsumes` under each root (answers cached); codes found are added to their value sets.
   */
  async valueSetsFor(record: PatientRecord): Promise<ValueSetIndex> {
    const known = new Set(Object.values(this.sets).flatMap((s) => s.snomed));
    const codes = new Set(
      conditionCodings(record.conditions)
        .filter((c) => c.system === snomed && c.code !== undefined && !known.has(c.code))
        .map((c) => c.code as string),
    );
    if (codes.size === 0) return this.index;
    let changed = false;
    const next = { ...this.sets };
    for (const id of Object.keys(next) as ValueSetId[]) {
      const set = next[id];
      const found: string[] = [];
      for (const code of codes) {
        for (const root of set.snomedRoots ?? []) {
          if (await this.subsumes(root, code)) found.push(code);
        }
      }
      if (found.length === 0) continue;
      next[id] = { ...set, snomed: [...set.snomed, ...found] };
      changed = true;
    }
    if (!changed) return this.index;
    this.sets = next;
    this.index = indexValueSets(next);
    return this.index;
  }

  private async expandRoot(root: string): Promise<string[] | undefined> {
    const url = `${this.base()}/ValueSet/$expand?url=${encodeURIComponent(`${snomed}?fhir_vs=isa/${root}`)}`;
    const parsed = ExpansionSchema.safeParse(await this.get(url));
    return parsed.success ? codesOf(parsed.data.expansion.contains) : undefined;
  }

  private async subsumes(root: string, code: string): Promise<boolean> {
    const key = `${root}|${code}`;
    const cached = this.subsumed.get(key);
    if (cached !== undefined) return cached;
    const url = `${this.base()}/CodeSystem/$subsumes?system=${encodeURIComponent(snomed)}&codeA=${encodeURIComponent(root)}&codeB=${encodeURIComponent(code)}`;
    const parsed = ParametersSchema.safeParse(await this.get(url));
    if (!parsed.success) return false; // not cached: ask again next time
    const outcome = parsed.data.parameter.find((p) => p.name === 'outcome')?.valueCode;
    const answer = outcome === 'subsumes' || outcome === 'equivalent';
    this.subsumed.set(key, answer);
    return answer;
  }

  private async get(url: string): Promise<unknown> {
    try {
      const response = await this.server.fetch(url, { headers: { Accept: 'application/fhir+json' } });
      return response.ok ? await response.json() : undefined;
    } catch {
      return undefined;
    }
  }

  private base(): string {
    return this.server.url.replace(/\/$/, '');
  }
}

const CodingsSchema = z.object({
  code: z.object({ coding: z.array(z.object({ system: z.string().optional(), code: z.string().optional() })) }),
});

function conditionCodings(conditions: readonly unknown[] | undefined) {
  return (conditions ?? []).flatMap((c) => {
    const parsed = CodingsSchema.safeParse(c);
    return parsed.success ? parsed.data.code.coding : [];
  });
}
