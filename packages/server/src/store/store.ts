/**
 * The audit trail: every assessment, every CDS Hooks call with its cards, and every piece of
 * feedback. Adapters (SQLite, PostgreSQL) share one schema and one contract test suite. A record
 * is durable when `record` resolves: the server acknowledges a request only after that.
 */
export type AuditKind = 'assessment' | 'cds-call' | 'feedback';

/** What is recorded. `input` is the pseudonymised input (a case, never raw FHIR); see README. */
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
  /** A string (an identifier) to replace wherever it occurs in the stored input and output. */
  readonly redact?: { readonly find: string; readonly replacement: string } | undefined;
}

/** A stored record. */
export interface AuditRecord extends Omit<AuditInput, 'redact'> {
  readonly seq: number;
  readonly id: string;
  readonly recordedAt: string;
}

/** One page of the audit trail, oldest first; `next` is the cursor for the following page. */
export interface AuditPage {
  readonly records: readonly AuditRecord[];
  readonly next: number | null;
}

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
  /** Whether the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
