import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  prefetchTemplates,
  readPrefetchValue,
  toPatientRecord,
  unreadableEntryType,
} from './prefetch.js';

describe('prefetch templates', () => {
  it('stay within the CDS Hooks 2.0 token rules: only {{context.patientId}}', () => {
    for (const template of Object.values(prefetchTemplates)) {
      expect(template.match(/\{\{[^}]*\}\}/g)).toEqual(['{{context.patientId}}']);
    }
  });

  it('ask only for what the readers use', () => {
    expect(prefetchTemplates.procedures).toMatch(/&code=http:\/\/snomed\.info\/sct\|\d+,.*\|229064008/);
    expect(prefetchTemplates.encounters).toMatch(/&reason-code=.*\|279039007/);
    expect(prefetchTemplates.medicationRequests).toMatch(/status=active,on-hold,completed,stopped/);
    expect(prefetchTemplates.medicationRequests).toMatch(/_include=MedicationRequest:medication/);
  });

  it('fills the patient id, URL-encoded', () => {
    expect(fillTemplate(prefetchTemplates.conditions, { patientId: 'a b' })).toBe('Condition?patient=a%20b');
    expect(fillTemplate(prefetchTemplates.conditions, {})).toBeUndefined();
  });
});

describe('readPrefetchValue', () => {
  it('keeps a bad Bundle entry as a marker so the rest is read and the card can name it', () => {
    const read = readPrefetchValue({
      resourceType: 'Bundle',
      entry: [null, 'text', { resource: { resourceType: 'Condition', id: 'c' } }, { resource: { id: 'no-type' } }],
      link: [{ relation: 'next', url: 'https://fhir.example/next' }, null],
    });
    expect(read).toEqual({
      kind: 'resources',
      resources: [
        { resourceType: unreadableEntryType, id: 'entry 0' },
        { resourceType: unreadableEntryType, id: 'entry 1' },
        { resourceType: 'Condition', id: 'c' },
        { resourceType: unreadableEntryType, id: 'entry 3' },
      ],
      next: 'https://fhir.example/next',
    });
    if (read.kind !== 'resources') return;
    expect(toPatientRecord(read.resources).unreadable).toEqual([
      { resource: 'Bundle entry 0', reason: 'holds no readable resource' },
      { resource: 'Bundle entry 1', reason: 'holds no readable resource' },
      { resource: 'Bundle entry 3', reason: 'holds no readable resource' },
    ]);
  });

  it('reads null as nothing found, an OperationOutcome or a non-resource as an error', () => {
    expect(readPrefetchValue(null)).toEqual({ kind: 'resources', resources: [] });
    expect(readPrefetchValue({ resourceType: 'OperationOutcome' }).kind).toBe('error');
    expect(readPrefetchValue([1, 2]).kind).toBe('error');
    expect(readPrefetchValue({ resourceType: 'Bundle', entry: {} }).kind).toBe('error');
  });
});
