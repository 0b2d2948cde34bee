import {
  fillTemplate,
  type HookRequest,
  type PrefetchResult,
  type Resource,
  readPrefetchValue,
} from '@spine-advisor/fhir';

/** How the service reaches the EHR's FHIR server: the real `fetch`, or one given in tests. */
export type Fetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

/** The resources a hook needs, and which prefetch keys could not be had. */
export interface ResolvedData {
  readonly resources: Record<string, readonly Resource[]>;
  readonly unavailable: readonly string[];
}

const maxPages = 5;

/**
 * Take each template's data from the prefetch when the client sent it, and fetch the rest from
 * `fhirServer` with the client's token, all within one time budget (CDS Hooks asks for ~500 ms; we
 * allow about a second). What is still missing when the budget runs out is named in `unavailable`.
 * The access token is used for these calls only: never logged, never stored.
 */
export async function resolveData(
  request: HookRequest,
  templates: Readonly<Record<string, string>>,
  options: { fetch: Fetch; budgetMs: number },
): Promise<ResolvedData> {
  // One deadline for all fetches, created only when something must be fetched.
  let deadline: AbortSignal | undefined;
  const budget = () => {
    deadline ??= AbortSignal.timeout(options.budgetMs);
    return deadline;
  };
  const resources: Record<string, Resource[]> = {};
  const unavailable: string[] = [];
  await Promise.all(
    Object.entries(templates).map(async ([key, template]) => {
      const sent = request.prefetch?.[key];
      let result: PrefetchResult | undefined = sent === undefined ? undefined : readPrefetchValue(sent);
      if (result === undefined || result.kind === 'error') {
        const path = fillTemplate(template, request.context);
        result =
          path === undefined
            ? { kind: 'error', reason: 'no context value' }
            : await fetchJson(request, path, options.fetch, budget());
      }
      if (result.kind === 'error') {
        unavailable.push(key);
        return;
      }
      const all = [...result.resources];
      let next = result.next;
      for (let page = 1; next && page < maxPages; page++) {
        const more = await fetchJson(request, next, options.fetch, budget());
        if (more.kind === 'error') {
          unavailable.push(`${key} (later pages)`);
          break;
        }
        all.push(...more.resources);
        next = more.next;
      }
      resources[key] = all;
    }),
  );
  return { resources, unavailable: unavailable.sort() };
}

async function fetchJson(
  request: HookRequest,
  pathOrUrl: string,
  fetch: Fetch,
  signal: AbortSignal,
): Promise<PrefetchResult> {
  if (!request.fhirServer) return { kind: 'error', reason: 'no fhirServer' };
  if (signal.aborted) return { kind: 'error', reason: 'time budget spent' };
  const url = sameOrigin(request.fhirServer, pathOrUrl);
  if (url === undefined) return { kind: 'error', reason: 'link outside fhirServer' };
  const headers: Record<string, string> = { Accept: 'application/fhir+json' };
  if (request.fhirAuthorization) headers.Authorization = `Bearer ${request.fhirAuthorization.access_token}`;
  try {
    const response = await fetch(url, { headers, signal });
    if (!response.ok) return { kind: 'error', reason: `HTTP ${response.status}` };
    return readPrefetchValue(await response.json());
  } catch (error) {
    return { kind: 'error', reason: (error as Error).name === 'TimeoutError' ? 'time budget spent' : 'fetch failed' };
  }
}

/**
 * The URL to fetch for a path or a `next` link, when its origin (scheme, host and port, parsed) is
 * exactly `fhirServer`'s: only then may the access token go with it. String prefixes are not enough:
 * `http://host:4711` is a prefix of `http://host:47110/…`.
 */
export function sameOrigin(fhirServer: string, pathOrUrl: string): string | undefined {
  let base: URL;
  let url: URL;
  try {
    base = new URL(fhirServer.endsWith('/') ? fhirServer : `${fhirServer}/`);
    url = /^[a-z][\w+.-]*:/i.test(pathOrUrl) ? new URL(pathOrUrl) : new URL(pathOrUrl.replace(/^\/+/, ''), base);
  } catch {
    return undefined;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return undefined;
  return url.origin === base.origin && url.username === '' && url.password === '' ? url.href : undefined;
}
