import { fieldErrorKinds, jsonSchemas, knowledgeVersion, languages, ReadingRequestSchema } from '@spine-advisor/engine';
import { z } from 'zod';
import { auditKinds } from './store/audit-columns.js';

type JsonSchema = Record<string, unknown>;

const problem: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details. `errors` names every bad field.',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          path: { type: 'string' },
          expected: { type: 'string' },
          message: { type: 'string', description: 'In English, for people reading logs and scripts' },
          kind: {
            enum: [...fieldErrorKinds],
            description: 'What kind of problem, for a client that words it in its own language',
          },
          limit: { type: 'number', description: 'The bound a number broke (too-large, too-small)' },
          fields: {
            type: 'array',
            items: { type: 'string' },
            description: 'An impossible combination, this field first',
          },
        },
        required: ['path', 'expected', 'message'],
      },
    },
  },
  required: ['type', 'title', 'status'],
};

function strip(schema: JsonSchema): JsonSchema {
  const { $schema: _drop, ...rest } = schema;
  return rest;
}

const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The OpenAPI 3.1 document, built once from the same zod schemas the routes validate with. */
/** The language of the words people read (contract section 7); ids, enum values and codes never change. */
const acceptLanguage = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  schema: { type: 'string', examples: ['es-MX,es;q=0.9,en;q=0.5'] },
  description: `The language of the words people read: ${languages.join(', ')} (English when none matches).`,
} as const;

/** The language the answer is in. */
const contentLanguage = { schema: { enum: [...languages] } } as const;

export function openApiDocument(publicUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'spine-advisor API',
      version: knowledgeVersion,
      description:
        'Does this back pain need imaging now, which scan, and how fast? The engine informs; it does not diagnose. In an emergency, call your local emergency number.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: publicUrl }],
    paths: {
      '/api/v1/assessments': {
        post: {
          operationId: 'createAssessment',
          summary: 'Assess a case',
          description:
            'Send a case (contract section 2); receive its assessment (section 3). Absent fields mean unknown, never no. Unknown fields are rejected. Each assessment is recorded in the audit trail before the response; `X-Audit-Id` names the record.',
          parameters: [acceptLanguage],
          requestBody: { required: true, content: json('Case') },
          responses: {
            '200': {
              description: 'The assessment',
              content: json('Assessment'),
              headers: { 'X-Audit-Id': { schema: { type: 'string' } }, 'Content-Language': contentLanguage },
            },
            '400': problemResponse('The case is not valid: every bad field is listed'),
            '413': problemResponse('The body is too large'),
            '415': problemResponse('The body is not JSON'),
            '429': problemResponse('Too many requests'),
            '503': problemResponse('The audit trail cannot be written, so no assessment was given'),
          },
        },
      },
      '/api/v1/report-readings': {
        post: {
          operationId: 'readReport',
          summary: 'Read a lumbar imaging report in context',
          description:
            'Send `{text, age, case?}`; receive each finding with level, side, severity, negation and hedging, how common it is in people of that age without back pain, and what needs action today (contract section 5). Report text is not stored.',
          parameters: [acceptLanguage],
          requestBody: { required: true, content: json('ReadingRequest') },
          responses: {
            '200': {
              description: 'The reading',
              content: json('Reading'),
              headers: { 'Content-Language': contentLanguage },
            },
            '400': problemResponse('The request is not valid: every bad field is listed'),
          },
        },
      },
      '/api/v1/audit': {
        get: {
          operationId: 'listAudit',
          summary: 'Page through the audit trail',
          description:
            'Needs `Authorization: Bearer <SPINE_ADVISOR_ADMIN_TOKEN>`. Closed when no admin token is configured.',
          parameters: [
            {
              name: 'after',
              in: 'query',
              schema: { type: 'integer', minimum: 0 },
              description: 'Cursor: the `next` of the previous page',
            },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
            { name: 'kind', in: 'query', schema: { enum: [...auditKinds] } },
          ],
          responses: {
            '200': {
              description: 'A page of records, oldest first',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            '401': problemResponse('Missing or wrong admin token'),
            '403': problemResponse('The audit API is closed'),
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness, knowledge version, and whether the audit trail can be written',
          responses: {
            '200': { description: 'Healthy' },
            '503': { description: 'Degraded: the audit trail cannot be read or written; `reason` says why' },
          },
        },
      },
      '/cds-services': {
        get: {
          operationId: 'cdsDiscovery',
          summary: 'CDS Hooks 2.0 discovery',
          responses: { '200': { description: 'The services' } },
        },
      },
      '/cds-services/{id}': {
        post: {
          operationId: 'cdsCall',
          summary: 'CDS Hooks call: order-select and order-sign (lbp-imaging), patient-view (lbp-imaging-chart)',
          description: 'Requires the CDS client JWT (ES384 or RS384) unless SPINE_ADVISOR_CDS_AUTH=off.',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { enum: ['lbp-imaging', 'lbp-imaging-chart'] } },
          ],
          responses: {
            '200': { description: 'Cards and system actions' },
            '400': { description: 'Invalid hook request, or a JSON key given twice (OperationOutcome)' },
            '401': { description: 'Unauthorized (OperationOutcome); checked before the body is read' },
            '413': { description: 'Body over SPINE_ADVISOR_CDS_BODY_LIMIT_MB (OperationOutcome, too-costly)' },
            '503': { description: 'The audit trail cannot be written, so no cards were given (OperationOutcome)' },
          },
        },
      },
      '/cds-services/{id}/feedback': {
        post: {
          operationId: 'cdsFeedback',
          summary: 'CDS Hooks feedback on cards (accepted / overridden)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '204': { description: 'Stored' },
            '400': { description: 'Invalid feedback (OperationOutcome)' },
          },
        },
      },
    },
    components: {
      schemas: {
        Case: strip(jsonSchemas.case() as JsonSchema),
        Assessment: strip(jsonSchemas.assessment() as JsonSchema),
        Reading: strip(jsonSchemas.reading() as JsonSchema),
        ReadingRequest: strip(
          z.toJSONSchema(ReadingRequestSchema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema,
        ),
        Problem: problem,
      },
    },
  };
}
