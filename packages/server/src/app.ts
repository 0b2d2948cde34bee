import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import { createCdsAuth } from './cds/auth.js';
import type { Config } from './config.js';
import type { Deps } from './deps.js';
import { clientErrorHandler } from './http/client-error.js';
import { limitConnectionsPerAddress } from './http/connections.js';
import { registerJsonParser } from './http/json-body.js';
import { securityHeaders } from './http/security-headers.js';
import { HttpProblem, problemBody, problems, toProblem } from './problems.js';
import { assessmentRoutes } from './routes/assessments.js';
import { auditRoutes } from './routes/audit.js';
import { cdsHooksPlugin } from './routes/cds-hooks.js';
import { docsRoutes } from './routes/docs.js';
import { healthRoutes } from './routes/health.js';
import { reportReadingRoutes } from './routes/report-readings.js';
import { webRoutes } from './routes/web.js';
import { scheduleRetention } from './store/retention.js';
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
    auth: createCdsAuth({
      mode: config.cdsAuth,
      issuers: config.cdsIssuers,
      now,
      maxLifetimeSeconds: config.jwtMaxLifetimeSeconds,
      claimOnce: (k, expiresAt, at) => store.claimOnce(k, expiresAt, at),
    }),
    pseudonym: (patientId) => createHmac('sha256', key).update(patientId).digest('hex').slice(0, 32),
    ...overrides,
  };
}

/** Time limits of a connection: slow senders are cut off instead of holding a socket for minutes. */
export const connectionTimeouts = {
  /** The request line and headers must arrive within this. */
  headersMs: 10_000,
  /** The whole request (a 16 MB body on a slow link included) must arrive within this. */
  requestMs: 60_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: 5_000,
  /** How often Node checks the two limits above. */
  checkEveryMs: 1_000,
} as const;

/** Build the HTTP app (not listening): REST API, CDS Hooks, docs and the web app slot. */
export async function buildApp(
  deps: Deps,
  options: {
    logger?: FastifyServerOptions['logger'];
    timeouts?: Partial<Record<keyof typeof connectionTimeouts, number>>;
  } = {},
): Promise<FastifyInstance> {
  const { config } = deps;
  const timeouts = { ...connectionTimeouts, ...options.timeouts };
  const security = securityHeaders(config.publicUrl);
  const app = Fastify({
    // Request logs are at info level; the server runs at warn, so bodies and headers (tokens,
    // health data) are never logged.
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: { headersTimeout: timeouts.headersMs, connectionsCheckingInterval: timeouts.checkEveryMs },
    clientErrorHandler: clientErrorHandler(security),
    // Fastify's own errors (a URL that cannot be decoded) in our format, with the security headers.
    frameworkErrors: (error, req, res) => {
      const problem = toProblem(error);
      return (res as FastifyReply)
        .code(problems[problem.code].status)
        .headers({ ...security, 'cache-control': 'no-store' })
        .type('application/problem+json')
        .send(problemBody(problem.code, req.raw.url));
    },
  });
  limitConnectionsPerAddress(app.server, config.maxConnectionsPerAddress);
  registerJsonParser(app);

  app.addHook('onRequest', async (_req, reply) => {
    reply.headers(security);
  });
  // Answers carry health data unless a route says otherwise (the web app's files set their own).
  app.addHook('onSend', async (_req, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
  if (config.rateLimit > 0) {
    await app.register(rateLimit, {
      max: config.rateLimit,
      timeWindow: 60_000,
      errorResponseBuilder: () =>
        new HttpProblem('rate-limited', 'Slow down and retry after the Retry-After interval.'),
    });
  }

  app.setErrorHandler((error, req, reply) => {
    const problem = toProblem(error);
    if (problem.code === 'internal') req.log.error({ err: error }, 'unhandled error');
    return reply
      .code(problems[problem.code].status)
      .type('application/problem+json')
      .send(problemBody(problem.code, req.url, problem.detail, problem.errors));
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).type('application/problem+json').send(problemBody('not-found', req.url)),
  );

  await app.register(async (scope) => {
    await healthRoutes(scope, deps);
    await auditRoutes(scope, deps);
    await docsRoutes(scope, deps);
    await webRoutes(scope, deps);
  });
  // The REST API: cross-origin only for the origins a deployment lists (a web app served elsewhere).
  await app.register(async (scope) => {
    if (config.corsOrigins.length > 0) {
      await scope.register(cors, {
        origin: config.corsOrigins,
        methods: ['POST', 'OPTIONS'],
        allowedHeaders: ['Content-Type'],
        exposedHeaders: ['X-Audit-Id'],
      });
    }
    await assessmentRoutes(scope, deps);
    await reportReadingRoutes(scope, deps);
  });
  await app.register(cdsHooksPlugin, { ...deps, prefix: '/cds-services' });
  scheduleRetention(app, deps);
  return app;
}
