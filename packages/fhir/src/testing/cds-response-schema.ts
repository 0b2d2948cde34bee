/** JSON Schema (draft-07) of the CDS Hooks 2.0 response invariants (cds-hooks.md §6), for tests. */
export const cdsResponseSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:spine-advisor:test:cds-hooks-2.0-response',
  title: 'CDS Hooks 2.0 response invariants (cds-hooks.md \u00a76)',
  type: 'object',
  required: ['cards'],
  additionalProperties: false,
  properties: {
    cards: {
      type: 'array',
      items: {
        $ref: '#/definitions/card',
      },
    },
    systemActions: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/definitions/action',
      },
    },
    extension: {
      type: 'object',
      minProperties: 1,
      properties: {
        systemActions: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/definitions/action',
          },
        },
      },
    },
  },
  definitions: {
    uri: { type: 'string', format: 'uri' },
    nonEmpty: {
      type: 'string',
      minLength: 1,
    },
    uuid: {
      type: 'string',
      format: 'uuid',
    },
    coding: {
      type: 'object',
      required: ['system', 'code'],
      properties: {
        system: {
          $ref: '#/definitions/nonEmpty',
        },
        code: {
          $ref: '#/definitions/nonEmpty',
        },
        display: {
          $ref: '#/definitions/nonEmpty',
        },
      },
    },
    card: {
      type: 'object',
      required: ['uuid', 'summary', 'indicator', 'source'],
      additionalProperties: false,
      properties: {
        uuid: {
          $ref: '#/definitions/uuid',
        },
        summary: {
          type: 'string',
          minLength: 1,
          maxLength: 139,
        },
        detail: {
          $ref: '#/definitions/nonEmpty',
        },
        indicator: {
          enum: ['info', 'warning', 'critical'],
        },
        source: {
          type: 'object',
          required: ['label'],
          properties: {
            label: {
              $ref: '#/definitions/nonEmpty',
            },
            url: { $ref: '#/definitions/uri' },
            icon: { $ref: '#/definitions/uri' },
          },
        },
        suggestions: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/definitions/suggestion',
          },
        },
        selectionBehavior: {
          enum: ['at-most-one', 'any'],
        },
        overrideReasons: {
          type: 'array',
          minItems: 1,
          items: {
            allOf: [
              {
                $ref: '#/definitions/coding',
              },
              {
                required: ['display'],
              },
            ],
          },
        },
        links: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/definitions/link',
          },
        },
      },
      dependencies: {
        suggestions: ['selectionBehavior'],
        selectionBehavior: ['suggestions'],
      },
    },
    suggestion: {
      type: 'object',
      required: ['label', 'uuid'],
      properties: {
        label: {
          $ref: '#/definitions/nonEmpty',
        },
        uuid: {
          $ref: '#/definitions/uuid',
        },
        isRecommended: {
          type: 'boolean',
        },
        actions: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/definitions/action',
          },
        },
      },
    },
    action: {
      type: 'object',
      required: ['type', 'description'],
      properties: {
        type: {
          enum: ['create', 'update', 'delete'],
        },
        description: {
          $ref: '#/definitions/nonEmpty',
        },
        resource: {
          type: 'object',
          required: ['resourceType'],
        },
        resourceId: {
          type: 'string',
          pattern: '^[A-Za-z]+/[A-Za-z0-9\\-.]{1,64}$',
        },
      },
      allOf: [
        {
          if: {
            properties: {
              type: {
                const: 'delete',
              },
            },
          },
          then: {
            required: ['resourceId'],
            not: {
              required: ['resource'],
            },
          },
        },
        {
          if: {
            properties: {
              type: {
                enum: ['create', 'update'],
              },
            },
          },
          then: {
            required: ['resource'],
          },
        },
      ],
    },
    link: {
      type: 'object',
      required: ['label', 'url', 'type'],
      properties: {
        label: {
          $ref: '#/definitions/nonEmpty',
        },
        url: { $ref: '#/definitions/uri' },
        type: {
          enum: ['absolute', 'smart'],
        },
        appContext: {
          type: 'string',
        },
      },
      if: {
        properties: {
          type: {
            const: 'absolute',
          },
        },
      },
      then: {
        not: {
          required: ['appContext'],
        },
      },
    },
  },
} as const;
