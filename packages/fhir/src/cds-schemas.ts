import { z } from 'zod';

/**
 * CDS Hooks 2.0 request and feedback bodies, validated at the boundary. Only what the service reads
 * is checked strictly; clients may add `extension` members and FHIR resources stay loosely typed
 * here (their fields are read defensively).
 */

/**
 * A FHIR Bundle as it arrives in prefetch or draftOrders. Entries are read one by one later: a
 * malformed entry (`null`, no resource) is skipped there, not a reason to refuse the whole call.
 */
export const BundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  entry: z.array(z.unknown()).optional(),
  link: z.array(z.looseObject({ relation: z.string(), url: z.string() })).optional(),
});

/** A CDS Hooks service request (hook call). */
export const HookRequestSchema = z.looseObject({
  hook: z.string().min(1),
  hookInstance: z.string().min(1),
  fhirServer: z.url().optional(),
  fhirAuthorization: z
    .looseObject({
      access_token: z.string().min(1),
      token_type: z.string(),
      expires_in: z.number().optional(),
      scope: z.string().optional(),
      subject: z.string().optional(),
      patient: z.string().optional(),
    })
    .optional(),
  context: z.looseObject({
    userId: z.string().optional(),
    patientId: z.string().min(1),
    encounterId: z.string().optional(),
    selections: z.array(z.string()).optional(),
    draftOrders: BundleSchema.optional(),
  }),
  prefetch: z.record(z.string(), z.unknown().nullable()).optional(),
  extension: z.record(z.string(), z.unknown()).optional(),
});

/** A hook request. */
export type HookRequest = z.infer<typeof HookRequestSchema>;

const CodingSchema = z.looseObject({ code: z.string(), system: z.string(), display: z.string().optional() });

/** A CDS Hooks feedback body. */
export const FeedbackRequestSchema = z.looseObject({
  feedback: z
    .array(
      z
        .looseObject({
          card: z.string().min(1),
          outcome: z.enum(['accepted', 'overridden']),
          acceptedSuggestions: z.array(z.looseObject({ id: z.string().min(1) })).optional(),
          overrideReason: z
            .looseObject({ reason: CodingSchema.optional(), userComment: z.string().optional() })
            .optional(),
          outcomeTimestamp: z.iso.datetime({ offset: true }),
        })
        .refine((f) => f.outcome !== 'accepted' || (f.acceptedSuggestions?.length ?? 0) > 0, {
          message: 'acceptedSuggestions is required when the outcome is accepted',
          path: ['acceptedSuggestions'],
        }),
    )
    .min(1),
});

/** A feedback body. */
export type FeedbackRequest = z.infer<typeof FeedbackRequestSchema>;
