import cors from '@fastify/cors';
import { knowledgeVersion, toFieldErrors } from '@spine-advisor/engine';
import {
  type CardOptions,
  type CdsResponse,
  chartPrefetchTemplates,
  FeedbackRequestSchema,
  HookRequestSchema,
  operationOutcome,
  prefetchTemplates,
  respondToChart,
  respondToOrders,
  type ServiceRequest,
  toPatientRecord,
} from '@spine-advisor/fhir';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { hookCases, hookResponseSummary } from '../audit-summary.js';
import { resolveData } from '../cds/fetch-fhir.js';
import type { Deps } from '../deps.js';
import { bodySlots } from '../http/body-slots.js';
import { HttpProblem, problems, toProblem } from '../problems.js';
import { recordOrRefuse } from './record.js';

/** The CDS services this server offers (one id may serve several hooks). */
export const cdsServices = {
  'lbp-imaging': {
    hooks: ['order-select', 'order-sign'],
    title: 'Lumbar spine imaging appropriateness (low back pain)',
    description:
      'Rates draft lumbar spine imaging orders for adults with low back pain against the ACR Appropriateness Criteria® (2021) and red-flag guidance, attaches an Argonaut PAMA rating, and suggests the better study or none.',
    prefetch: prefetchTemplates,
  },
  'lbp-imaging-chart': {
    hooks: ['patient-view'],
    title: 'Low back pain red flags and open lumbar imaging orders',
    description:
      'When a chart with a low back pain diagnosis opens, shows red flags that change imaging urgency and rates any open lumbar imaging order.',
    prefetch: chartPrefetchTemplates,
  },
} as const;

type ServiceId = keyof typeof cdsServices;

/** The time the service allows itself to fetch missing prefetch data. */
const fetchBudgetMs = 1000;

/** Largest feedback body: a few outcomes, never a record. */
const feedbackBodyLimit = 256 * 1024;

/**
 * CDS Hooks 2.0 (discovery, hook calls, feedback) as one plugin under `/cds-services`, with its
 * own error handler: every failure is an OperationOutcome whose issue type comes from the problems
 * catalogue. Open to browsers from any origin (CDS Hooks clients may be web apps), unlike the rest
 * of the API. The client JWT is checked in `onRequest`, before the body is read; then at most
 * `cdsConcurrentBodies` bodies are read and parsed at once.
 */
export async function cdsHooksPlugin(app: FastifyInstance, deps: Deps): Promise<void> {
  const { config } = deps;
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization'],
    strictPreflight: false,
  });

  app.setErrorHandler((error, req, reply) => {
    const problem = toProblem(error);
    if (problem.code === 'internal') req.log.error({ err: error }, 'unhandled error');
    const { status, title, issue } = problems[problem.code];
    const detail =
      problem.code === 'internal'
        ? title
        : problem.code === 'body-too-large'
          ? `The request body is over the ${config.cdsBodyLimitMb} MiB this service accepts: send a narrower prefetch (fewer resources, date-limited searches).`
          : (problem.detail ?? title);
    return reply
      .code(status)
      .type('application/json')
      .send(
        operationOutcome(
          issue,
          detail,
          problem.errors?.map((e) => e.path),
        ),
      );
  });
  app.setNotFoundHandler(() => {
    throw new HttpProblem('not-found', 'No such CDS Hooks endpoint');
  });

  /** The service a request names, or a 404. */
  const serviceOf = (req: FastifyRequest): ServiceId => {
    const id = (req.params as { id: string }).id;
    if (!Object.hasOwn(cdsServices, id)) throw new HttpProblem('not-found', `No CDS service ${JSON.stringify(id)}`);
    return id as ServiceId;
  };
  /** Check the client's JWT before the body is read; on failure 401 without saying why (the reason goes to the log). */
  const authorise = (suffix: string) => async (req: FastifyRequest) => {
    const id = serviceOf(req);
    // Replay memory lives in the database: when it cannot be checked, refuse clearly rather than guess.
    const verdict = await deps.auth
      .verify(req.headers.authorization, `${config.publicUrl}/cds-services/${id}${suffix}`)
      .catch((error: unknown) => {
        req.log.error({ err: error }, 'CDS client JWT could not be checked');
        throw new HttpProblem('audit-unavailable');
      });
    if (verdict.ok) return;
    req.log.warn({ reason: verdict.reason }, 'CDS client JWT rejected');
    throw new HttpProblem('unauthorized', 'Unauthorized');
  };
  const holdSlot = bodySlots(config.cdsConcurrentBodies);
  const preParsing = async (req: FastifyRequest, reply: Parameters<typeof holdSlot>[1], payload: unknown) => {
    await holdSlot(req, reply);
    return payload;
  };

  app.get('', async () => ({
    services: Object.entries(cdsServices).flatMap(([id, s]) =>
      s.hooks.map((hook) => ({
        hook,
        id,
        title: s.title,
        description: s.description,
        prefetch: s.prefetch,
        usageRequirements:
          'Adults with low back pain. Rates orders from what the record documents; undocumented red flags are listed so they can be documented.',
      })),
    ),
  }));

  app.post(
    '/:id',
    {
      bodyLimit: config.cdsBodyLimitMb * 1024 * 1024,
      onRequest: authorise(''),
      preParsing: preParsing as never,
    },
    async (req) => {
      const id = serviceOf(req);
      const request = valid(HookRequestSchema, req.body);
      const service = cdsServices[id];
      if (!(service.hooks as readonly string[]).includes(request.hook)) {
        throw new HttpProblem(
          'invalid-body',
          `Service ${id} answers ${service.hooks.join(', ')}, not ${request.hook}`,
          [{ path: '/hook', expected: service.hooks.join(' or '), message: `not ${request.hook}` }],
        );
      }
      const now = deps.now();
      const data = await resolveData(request, service.prefetch, { fetch: deps.fetch, budgetMs: fetchBudgetMs });
      const record = toPatientRecord(Object.values(data.resources).flat());
      const options: CardOptions = {
        publicUrl: config.publicUrl,
        uuid: deps.uuid,
        qcdsmId: config.qcdsmId,
        unavailable: data.unavailable,
        lang: config.cdsLanguage,
      };
      const result =
        request.hook === 'patient-view'
          ? respondToChart(record, record.serviceRequests as ServiceRequest[], now, options)
          : respondToOrders(request, record, now, options);
      const subject = deps.pseudonym(request.context.patientId);
      await recordOrRefuse(
        deps,
        req.log,
        {
          kind: 'cds-call',
          service: id,
          hookInstance: request.hookInstance,
          knowledgeVersion,
          subject,
          input: { hook: request.hook, unavailable: data.unavailable, cases: hookCases(result.outcomes) },
          output: hookResponseSummary(result.response, result.outcomes),
          // A safety net: the summary holds no record ids, and any that slipped in are replaced by structure.
          redact: { find: request.context.patientId, replacement: `pseudonym-${subject}` },
        },
        now,
      );
      return withExtensionCopy(result.response, config.cdsExtensionSystemActions);
    },
  );

  app.post(
    '/:id/feedback',
    { bodyLimit: feedbackBodyLimit, onRequest: authorise('/feedback'), preParsing: preParsing as never },
    async (req, reply) => {
      const id = serviceOf(req);
      const feedback = valid(FeedbackRequestSchema, req.body);
      for (const item of feedback.feedback) {
        await recordOrRefuse(
          deps,
          req.log,
          {
            kind: 'feedback',
            service: id,
            knowledgeVersion,
            input: item,
            output: null,
            dedupeKey: `${id}|${item.card}|${item.outcome}|${item.outcomeTimestamp}`,
          },
          deps.now(),
        );
      }
      return reply.code(204).send();
    },
  );
}

/** The body parsed by a schema, or a 400 naming every bad field. */
function valid<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const errors = toFieldErrors(parsed.error);
  throw new HttpProblem('invalid-body', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
}

/**
 * The PAMA rating goes once, as a top-level system action. Some clients read it only under
 * `extension.systemActions`: the `cdsExtensionSystemActions` setting sends that copy too.
 */
function withExtensionCopy(response: CdsResponse, copy: boolean): CdsResponse {
  const { extension: _copy, ...rest } = response;
  return copy && rest.systemActions && rest.systemActions.length > 0
    ? { ...rest, extension: { systemActions: rest.systemActions } }
    : rest;
}
