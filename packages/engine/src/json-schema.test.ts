import { describe, expect, it } from 'vitest';
import { caseFields } from './case.js';
import { jsonSchemas } from './json-schema.js';

describe('JSON Schemas', () => {
  it('the case schema has every contract field, requires age and durationWeeks, and rejects unknown keys', () => {
    const schema = jsonSchemas.case() as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(caseFields);
    expect(schema.required.sort()).toEqual(['age', 'durationWeeks']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.bladder).toMatchObject({ enum: ['normal', 'new-dysfunction', 'retention'] });
  });

  it('the assessment schema has every contract field, all required', () => {
    const schema = jsonSchemas.assessment() as { properties: Record<string, unknown>; required: string[] };
    const contract = [
      'schemaVersion',
      'knowledgeVersion',
      'inScope',
      'urgency',
      'headline',
      'acrVariant',
      'recommended',
      'alternatives',
      'ratings',
      'redFlags',
      'suspected',
      'nextSteps',
      'reassessAfterWeeks',
      'missing',
      'questionsToAsk',
      'trace',
      'sources',
    ];
    for (const field of contract) {
      expect(schema.properties).toHaveProperty(field);
      expect(schema.required).toContain(field);
    }
    expect(schema.properties.urgency).toMatchObject({ enum: ['emergency', 'urgent', 'soon', 'routine', 'none'] });
  });
});
