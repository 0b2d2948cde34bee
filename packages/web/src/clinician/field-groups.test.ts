import { caseFields } from '@spine-advisor/engine';
import { describe, expect, it } from 'vitest';
import { en } from '../text/en.js';
import { es } from '../text/es.js';
import { fieldGroups, groupFields } from './field-groups.js';

describe('clinician field groups', () => {
  it('put every case field in exactly one group', () => {
    const named = fieldGroups.flatMap((g) => g.fields);
    expect([...named].sort()).toEqual([...caseFields].sort());
  });

  it('label every field and group in words, in both languages', () => {
    for (const text of [en, es]) {
      const fields: Partial<Record<string, string>> = text.clinician.fields;
      expect(caseFields.filter((f) => !fields[f])).toEqual([]);
      expect(Object.values(fields).filter((label) => /^[a-z]+[A-Z]/.test(label ?? ''))).toEqual([]);
      for (const g of fieldGroups) expect(text.clinician.groups[g.id]).toBeTruthy();
    }
  });

  it('keeps group order and puts a field no group names last, never hiding it', () => {
    const groups = groupFields([{ field: 'egfr' }, { field: 'age' }, { field: 'unheardOf' as 'age' }]);
    expect(groups.map((g) => [g.id, g.specs.map((s) => s.field)])).toEqual([
      ['pain-and-person', ['age']],
      ['imaging-limits', ['egfr']],
      ['other', ['unheardOf']],
    ]);
  });
});
