import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { operationOutcome } from '@spine-advisor/fhir';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { createCdsAuth } from './cds/auth.js';
import type { Config } from './config.js';
import type { Deps } from './deps.js';
import { HttpProblem, type ProblemCode, problemBody, problems } from './problems.js';
import { assessmentRoutes } from './routes/assessments.js';
import { auditRoutes } from './routes/audit.js';
import { cdsHooksRoutes } from './routes/cds-hooks.js';
import { docsRoutes } from './routes/docs.js';
import { healthRoutes } from './routes/health.js';
import { reportReadingRoutes } from './routes/report-readings.js';
import { webRoutes } from './routes/web.js';
import type { Store } from './store/store.js';

/** Defaults for what a deployment does not override: real clock, UUIDs, fetch, JWT checks. */
export async function createDeps(config: Config, store: Store, overrides: Partial<Deps> = {}): Promise<Deps> {
  const now = overrides.now ?? (() => new Date());
  const key = await store.setting('pseudonym-key', () => randomBytes(32).toString('hex'));
  return {
    config,
    store,
    now,
    uuid: randomUUID,
    fetch: (url, init) => fetch(url, init),
    auth: createCdsAuth({ mode: config.cdsAuth, issuers: config.cdsIssuers, now }),
    pseudonym: (patientId) => createHmac('sha256', key).update(patientId).digest('hex').slice(0, 32),
    ...overrides,
  };
}

/** Build the HTTP app (not listening): REST API, CDS Hooks, docs and the web app slot. */
export async function buildApp(
  deps: Deps,
  options: { logger?: FastifyServerOptions['logger'] } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    // Request logs are at info level; the server runs at warn, so bodies and headers (tokens,
    // health data) are never logged.
  });
  app.addContentTypeParser(['application/fhir+json'], { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, JSON.parse(String(body)));
    } catch (error) {
      Object.assign(error as Error, { statusCode: 400 });
      done(error as Error, undefined);
    }
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
      },
    },
  });
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization'],
  });
  if (deps.config.rateLimit > 0) {
    await app.register(rateLimit, {
      max: deps.config.rateLimit,
      timeWindow: 60_000,
      errorResponseBuilder: () =>
        new HttpProblem('rate-limited', 'Slow down and retry after the Retry-After interval.'),
    });
  }

  app.setErrorHandler((error: FastifyError | HttpProblem, req, reply) => {
    const code = problemCode(error);
    if (code === 'internal') req.log.error({ err: error }, 'unhandled error');
    const status = problems[code].status;
    if (req.url.startsWith('/cds-services')) {
      return reply
        .code(status)
        .type('application/json')
        .send(
          operationOutcome(
            status >= 500 ? 'exception' : status === 429 ? 'throttled' : 'invalid',
            problems[code].title,
          ),
        );
    }
    const detail = error instanceof HttpProblem ? error.detail : code === 'internal' ? undefined : error.message;
    const errors = error instanceof HttpProblem ? error.errors : undefined;
    return reply
      .code(status)
      .type('application/problem+json')
      .send(problemBody(code, req.url, detail, errors));
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/cds-services')) {
      return reply.code(404).type('application/json').send(operationOutcome('not-found', 'No such CDS Hooks endpoint'));
    }
    return reply.code(404).type('application/problem+json').send(problemBody('not-found', req.url));
  });

  await app.register(async (scope) => {
    await healthRoutes(scope, deps);
    await assessmentRoutes(scope, deps);
    await reportReadingRoutes(scope, deps);
    await auditRoutes(scope, deps);
    await cdsHooksRoutes(scope, deps);
    await docsRoutes(scope, deps);
    await webRoutes(scope, deps);
  });
  return app;
}

/** Map any error to a catalogue code: ours by code, fastify's by status, everything else 500. */
function problemCode(error: FastifyError | HttpProblem): ProblemCode {
  if (error instanceof HttpProblem) return error.code;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'body-too-large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'unsupported-media-type';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'invalid-json';
  }
  if (error instanceof SyntaxError || error.statusCode === 400) return 'invalid-json';
  if (error.statusCode === 413) return 'body-too-large';
  if (error.statusCode === 415) return 'unsupported-media-type';
  if (error.statusCode === 429) return 'rate-limited';
  if (error.statusCode === 404) return 'not-found';
  return 'internal';
}
