import type { CdsAuth } from './cds/auth.js';
import type { Fetch } from './cds/fetch-fhir.js';
import type { Config } from './config.js';
import type { Store } from './store/store.js';

/** Everything a route needs, passed explicitly (no globals, no hidden clock). */
export interface Deps {
  readonly config: Config;
  readonly store: Store;
  readonly now: () => Date;
  readonly uuid: () => string;
  readonly fetch: Fetch;
  readonly auth: CdsAuth;
  /** Pseudonymise a patient id for the audit trail (HMAC with a per-deployment key). */
  readonly pseudonym: (patientId: string) => string;
}
