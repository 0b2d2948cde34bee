import type { FieldError } from '@spine-advisor/engine';
import type { IssueType } from '@spine-advisor/fhir';
import type { FastifyError } from 'fastify';

/**
 * The one catalogue of HTTP errors: code → status, title, and the FHIR OperationOutcome issue type
 * CDS Hooks clients receive for it (fastify's FST_ERR_* style). REST bodies are RFC 9457 problem
 * details with `type` `urn:spine-advisor:problem:<code>`; CDS Hooks bodies are OperationOutcomes.
 */
export const problems = {
  'invalid-body': { status: 400, title: 'The request body is not valid', issue: 'invalid' },
  'invalid-json': { status: 400, title: 'The request body is not valid JSON', issue: 'structure' },
  'invalid-query': { status: 400, title: 'The query parameters are not valid', issue: 'invalid' },
  'bad-request': { status: 400, title: 'The request is malformed', issue: 'structure' },
  unauthorized: { status: 401, title: 'Authentication is required', issue: 'security' },
  'audit-closed': {
    status: 403,
    title: 'The audit API is closed: no admin token is configured',
    issue: 'forbidden',
  },
  'not-found': { status: 404, title: 'Nothing here', issue: 'not-found' },
  'request-timeout': { status: 408, title: 'The request took too long to arrive', issue: 'timeout' },
  'body-too-large': { status: 413, title: 'The request body is too large', issue: 'too-costly' },
  'unsupported-media-type': {
    status: 415,
    title: 'Send JSON (Content-Type: application/json)',
    issue: 'not-supported',
  },
  'rate-limited': { status: 429, title: 'Too many requests', issue: 'throttled' },
  internal: { status: 500, title: 'Something went wrong on our side', issue: 'exception' },
  'audit-unavailable': {
    status: 503,
    title: 'The audit trail cannot be written, so no advice was given; retry later',
    issue: 'transient',
  },
} as const satisfies Record<string, { status: number; title: string; issue: IssueType }>;

/** An error code of the catalogue. */
export type ProblemCode = keyof typeof problems;

/** An error with a catalogue code, thrown by routes and turned into a response by the one handler. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  readonly code: ProblemCode;
  readonly detail: string | undefined;
  readonly errors: readonly FieldError[] | undefined;
  constructor(code: ProblemCode, detail?: string, errors?: readonly FieldError[]) {
    super(detail ?? problems[code].title);
    this.code = code;
    this.detail = detail;
    this.errors = errors;
  }
}

/** The path of a request URL without its query: query strings (which may carry tokens) are never echoed. */
export const pathOf = (url: string): string => url.split('?', 1)[0] ?? '/';

/** The problem+json body for a code; `instance` is the path only (none when the request could not be read). */
export function problemBody(
  code: ProblemCode,
  url: string | undefined,
  detail?: string,
  errors?: readonly FieldError[],
) {
  const { status, title } = problems[code];
  return {
    type: `urn:spine-advisor:problem:${code}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    ...(url === undefined ? {} : { instance: pathOf(url) }),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** Fastify's own error codes, by catalogue code. */
const fastifyCodes: Readonly<Record<string, ProblemCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad-request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid-json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid-json',
  FST_ERR_BAD_URL: 'bad-request',
  FST_ERR_MAX_PARAM_LENGTH: 'not-found',
};

/** Statuses of errors from fastify and its plugins, by catalogue code. */
const statusCodes: Readonly<Record<number, ProblemCode>> = {
  400: 'bad-request',
  404: 'not-found',
  408: 'request-timeout',
  413: 'body-too-large',
  415: 'unsupported-media-type',
  429: 'rate-limited',
};

/**
 * Any error as a catalogue problem: ours as thrown, fastify's by code then status, everything else
 * `internal` (its message is not shown: it may name paths or internals).
 */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const e = (error ?? {}) as Partial<FastifyError>;
  const code = fastifyCodes[e.code ?? ''] ?? statusCodes[e.statusCode ?? 500];
  return code === undefined ? new HttpProblem('internal') : new HttpProblem(code, e.message);
}
