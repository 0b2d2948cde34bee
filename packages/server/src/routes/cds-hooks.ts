import { knowledgeVersion, toFieldErrors } from '@spine-advisor/engine';
import {
  type CardOptions,
  chartPrefetchTemplates,
  FeedbackRequestSchema,
  type HookOutcome,
  HookRequestSchema,
  operationOutcome,
  prefetchTemplates,
  respondToChart,
  respondToOrders,
  type ServiceRequest,
  toPatientRecord,
} from '@spine-advisor/fhir';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { resolveData } from '../cds/fetch-fhir.js';
import type { Deps } from '../deps.js';

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

/** CDS Hooks 2.0: discovery, hook calls and feedback. */
export async function cdsHooksRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  app.get('/cds-services', async () => ({
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

  app.post<{ Params: { id: string } }>('/cds-services/:id', { bodyLimit: 4 * 1024 * 1024 }, async (req, reply) => {
    const id = serviceId(req.params.id);
    if (!id) return outcome(reply, 404, 'not-found', `No CDS service ${JSON.stringify(req.params.id)}`);
    if (!(await authorised(req, reply, deps, `/cds-services/${id}`))) return reply;

    const parsed = HookRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      return invalidBody(reply, parsed.error);
    }
    const request = parsed.data;
    const service = cdsServices[id];
    if (!(service.hooks as readonly string[]).includes(request.hook)) {
      return outcome(reply, 400, 'invalid', `Service ${id} answers ${service.hooks.join(', ')}, not ${request.hook}`, [
        '/hook',
      ]);
    }

    const now = deps.now();
    const data = await resolveData(request, service.prefetch, { fetch: deps.fetch, budgetMs: fetchBudgetMs });
    const record = toPatientRecord(Object.values(data.resources).flat());
    const options: CardOptions = {
      publicUrl: deps.config.publicUrl,
      uuid: deps.uuid,
      qcdsmId: deps.config.qcdsmId,
      unavailable: data.unavailable,
    };
    const result =
      request.hook === 'patient-view'
        ? respondToChart(record, record.serviceRequests as ServiceRequest[], now, options)
        : respondToOrders(request, record, now, options);

    const subject = deps.pseudonym(request.context.patientId);
    await deps.store.record(
      {
        kind: 'cds-call',
        service: id,
        hookInstance: request.hookInstance,
        knowledgeVersion,
        subject,
        input: { hook: request.hook, unavailable: data.unavailable, assessed: result.outcomes.map(auditOutcome) },
        // The response as sent, with the patient id replaced by its pseudonym wherever it occurs.
        output: result.response,
        redact: { find: request.context.patientId, replacement: `pseudonym-${subject}` },
      },
      deps.uuid(),
      now,
    );
    return result.response;
  });

  app.post<{ Params: { id: string } }>('/cds-services/:id/feedback', { bodyLimit: 256 * 1024 }, async (req, reply) => {
    const id = serviceId(req.params.id);
    if (!id) return outcome(reply, 404, 'not-found', `No CDS service ${JSON.stringify(req.params.id)}`);
    if (!(await authorised(req, reply, deps, `/cds-services/${id}/feedback`))) return reply;
    const parsed = FeedbackRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      return invalidBody(reply, parsed.error);
    }
    for (const item of parsed.data.feedback) {
      await deps.store.record(
        {
          kind: 'feedback',
          service: id,
          knowledgeVersion,
          input: item,
          output: null,
          dedupeKey: `${id}|${item.card}|${item.outcome}|${item.outcomeTimestamp}`,
        },
        deps.uuid(),
        deps.now(),
      );
    }
    return reply.code(204).send();
  });
}

function serviceId(id: string): ServiceId | undefined {
  return Object.hasOwn(cdsServices, id) ? (id as ServiceId) : undefined;
}

/** Check the client's JWT; on failure answer 401 without saying why (the reason goes to the log). */
async function authorised(req: FastifyRequest, reply: FastifyReply, deps: Deps, path: string): Promise<boolean> {
  const verdict = await deps.auth.verify(req.headers.authorization, `${deps.config.publicUrl}${path}`);
  if (verdict.ok) return true;
  req.log.warn({ reason: verdict.reason }, 'CDS client JWT rejected');
  outcome(reply, 401, 'security', 'Unauthorized');
  return false;
}

/** 400 with an OperationOutcome naming every bad field. */
function invalidBody(reply: FastifyReply, error: z.ZodError) {
  const errors = toFieldErrors(error);
  return outcome(
    reply,
    400,
    'invalid',
    errors.map((e) => `${e.path}: ${e.message}`).join('; '),
    errors.map((e) => e.path),
  );
}

function outcome(
  reply: FastifyReply,
  status: number,
  code: Parameters<typeof operationOutcome>[0],
  text: string,
  expression?: string[],
) {
  return reply
    .code(status)
    .type('application/json')
    .send(operationOutcome(code, text, expression));
}

/** What the audit keeps of an assessed order: the case and the result, no record identifiers. */
function auditOutcome(o: HookOutcome) {
  return {
    case: o.fhirCase.case ?? o.fhirCase.facts,
    undocumented: o.fhirCase.undocumented,
    facts: o.fhirCase.evidence.map((e) => `${e.field} = ${e.value}`),
    ...(o.assessment ? { urgency: o.assessment.urgency, acrVariant: o.assessment.acrVariant } : {}),
    ...(o.rating ? { rating: o.rating } : {}),
  };
}
