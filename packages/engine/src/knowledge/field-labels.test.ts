import { describe, expect, it } from 'vitest';
import { caseFields } from '../case.js';
import { fieldGroups, fieldLabels } from './field-labels.js';

describe('field labels', () => {
  it('label every case field in words, never by its id, in a known group', () => {
    expect(Object.keys(fieldLabels).sort()).toEqual([...caseFields].sort());
    for (const [field, { label, group }] of Object.entries(fieldLabels)) {
      expect(label, field).not.toBe(field);
      if (/[A-Z]/.test(field)) expect(label, field).not.toContain(field);
      expect(Object.keys(fieldGroups), field).toContain(group);
    }
  });

  it('leave no group empty', () => {
    const used = new Set(Object.values(fieldLabels).map((f) => f.group));
    for (const group of Object.keys(fieldGroups)) expect(used.has(group as never), group).toBe(true);
  });
});
