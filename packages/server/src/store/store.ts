import type { AuditKind } from './audit-columns.js';

export type { AuditKind } from './audit-columns.js';

/**
 * The audit trail: every assessment, every CDS Hooks call and every piece of feedback, stored
 * compactly (what an auditor needs, see README). Adapters (SQLite, PostgreSQL) share one schema and
 * one contract test suite. A record is durable when `record` resolves: the server acknowledges a
 * request only after that.
 */
export interface AuditInput {
  readonly kind: AuditKind;
  /** `api` for the REST API, else the CDS service id. */
  readonly service: string;
  readonly hookInstance?: string | undefined;
  readonly knowledgeVersion: string;
  /** Pseudonymous patient key (HMAC of the FHIR patient id), when there is a patient. */
  readonly subject?: string | undefined;
  readonly input: unknown;
  readonly output: unknown;
  /** Records with the same key are stored once (feedback may be sent more than once). */
  readonly dedupeKey?: string | undefined;
  /**
   * An identifier to replace in the stored input and output, by structure: string values equal to
   * it and references ending in it (see `replaceIdentifier`), never substrings of other values.
   */
  readonly redact?: { readonly find: string; readonly replacement: string } | undefined;
}

/** A stored record. */
export interface AuditRecord extends Omit<AuditInput, 'redact'> {
  readonly seq: number;
  readonly id: string;
  readonly recordedAt: string;
  /** Columns of an old row whose JSON could not be read (shown as null), if any. */
  readonly unreadable?: readonly string[];
}

/** One page of the audit trail, oldest first; `next` is the cursor for the following page. */
export interface AuditPage {
  readonly records: readonly AuditRecord[];
  readonly next: number | null;
}

/** Whether the write path works: the last commit's result, or a probe write when that is old or failed. */
export type StoreHealth = { readonly status: 'ok' } | { readonly status: 'degraded'; readonly reason: string };

/** Where the audit trail lives. */
export interface Store {
  /** Which database this is, for /healthz. */
  readonly kind: 'sqlite' | 'postgres';
  /** Store a record durably; returns it (an existing one if its dedupe key was seen). */
  record(input: AuditInput, id: string, at: Date): Promise<AuditRecord>;
  /** Records after `after` (a seq), oldest first, at most `limit`; optionally one kind. */
  list(query: { after?: number; limit: number; kind?: AuditKind }): Promise<AuditPage>;
  /** The record with this id, if any. */
  get(id: string): Promise<AuditRecord | undefined>;
  /** A value from the settings table, created with `init` the first time it is asked for. */
  setting(key: string, init: () => string): Promise<string>;
  /**
   * Claim a one-time key (a JWT `iss` + `jti`) until `expiresAt`: true the first time, false when it
   * is already claimed and not expired. Shared by every server on the same database; expired claims
   * are deleted, so the table stays bounded by the token lifetime.
   */
  claimOnce(key: string, expiresAt: Date, now: Date): Promise<boolean>;
  /** Delete audit records recorded before `before` (the retention setting); the number deleted. */
  prune(before: Date): Promise<number>;
  /** Whether the database answers and accepts writes, with the reason when it does not. */
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
