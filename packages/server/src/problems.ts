import type { FieldError } from '@spine-advisor/engine';

/**
 * The one catalogue of HTTP errors: code → status and title (fastify's FST_ERR_* style). Bodies are
 * RFC 9457 problem details; `type` is `urn:spine-advisor:problem:<code>`.
 */
export const problems = {
  'invalid-body': { status: 400, title: 'The request body is not valid' },
  'invalid-json': { status: 400, title: 'The request body is not valid JSON' },
  'invalid-query': { status: 400, title: 'The query parameters are not valid' },
  unauthorized: { status: 401, title: 'Authentication is required' },
  'audit-closed': { status: 403, title: 'The audit API is closed: no admin token is configured' },
  'not-found': { status: 404, title: 'Nothing here' },
  'body-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'Send JSON (Content-Type: application/json)' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Something went wrong on our side' },
} as const satisfies Record<string, { status: number; title: string }>;

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

/** The problem+json body for a code. */
export function problemBody(code: ProblemCode, instance: string, detail?: string, errors?: readonly FieldError[]) {
  const { status, title } = problems[code];
  return {
    type: `urn:spine-advisor:problem:${code}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    instance,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}
