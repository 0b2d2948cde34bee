import { type Case, type CaseField, CaseSchema, type ConditionId } from '@spine-advisor/engine';

/** Where a fact came from, for the card's detail and the audit trail. */
export interface Evidence {
  readonly field: CaseField;
  readonly value: string;
  readonly from: string;
}

/** A resource that was not used, and why: it could not be read, or it must not be read as plain evidence. */
export interface Skipped {
  readonly resource: string;
  readonly reason: string;
}

/**
 * Answers in rising seriousness, read from the case schema (whose enums for these fields are
 * declared from normal to most serious).
 */
const severity: Partial<Record<CaseField, readonly unknown[]>> = Object.fromEntries(
  (['cancerHistory', 'bladder', 'weakness', 'legPain', 'trauma'] as const).map((field) => [
    field,
    CaseSchema.shape[field].unwrap().options,
  ]),
);

/** Two sources for one field: keep the more serious answer (yes beats no; retention beats dysfunction). */
function strongest(field: CaseField, current: unknown, next: unknown): unknown {
  if (current === undefined) return next;
  if (typeof current === 'boolean') return current || next === true;
  const order = severity[field];
  if (order) return order.indexOf(next) > order.indexOf(current) ? next : current;
  if (typeof current === 'number' && typeof next === 'number') return Math.max(current, next);
  return current;
}

/** Collects facts from every reader: the most serious answer per field, each evidence line once. */
export class EvidenceCollector {
  readonly facts: Partial<Record<CaseField, unknown>> = {};
  readonly evidence: Evidence[] = [];
  readonly skipped: Skipped[] = [];
  private readonly suspects = new Set<ConditionId>();
  private readonly lines = new Set<string>();
  private readonly skippedKeys = new Set<string>();

  /** Record facts read from `from`. */
  set(patch: Partial<Case>, from: string): void {
    for (const [field, value] of Object.entries(patch) as [CaseField, unknown][]) {
      this.facts[field] = strongest(field, this.facts[field], value);
      this.line({ field, value: String(value), from });
    }
  }

  /** Record conditions a clinician suspects, read from `from`. */
  suspect(conditions: readonly ConditionId[] | undefined, from: string): void {
    for (const c of conditions ?? []) {
      this.suspects.add(c);
      this.line({ field: 'clinicianSuspects', value: c, from });
    }
  }

  /** Name a resource that was not used. */
  skip(resource: string, reason: string): void {
    const key = `${resource}\n${reason}`;
    if (this.skippedKeys.has(key)) return;
    this.skippedKeys.add(key);
    this.skipped.push({ resource, reason });
  }

  /** The facts, with what clinicians suspect. */
  result(): Partial<Case> {
    const facts = { ...this.facts };
    if (this.suspects.size > 0) facts.clinicianSuspects = [...this.suspects];
    return facts as Partial<Case>;
  }

  private line(e: Evidence): void {
    const key = `${e.field}\n${e.value}\n${e.from}`;
    if (this.lines.has(key)) return;
    this.lines.add(key);
    this.evidence.push(e);
  }
}
