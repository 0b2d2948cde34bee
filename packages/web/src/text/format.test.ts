import { describe, expect, it } from 'vitest';
import { formatDistance, formatIsoDate, formatNumber, plural } from './format.js';

describe('formatting through Intl', () => {
  it('chooses plural forms by the language rules', () => {
    const forms = { one: 'semana', other: 'semanas' };
    expect(plural('es', 1, forms)).toBe('semana');
    expect(plural('es', 2, forms)).toBe('semanas');
    expect(plural('es', 0, forms)).toBe('semanas');
    expect(plural('en', 1, { one: 'week', other: 'weeks' })).toBe('week');
  });

  it('writes numbers the way each language does', () => {
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('es', 12345.5)).toBe('12.345,5');
  });

  it('writes dates in words, the same day in every time zone', () => {
    expect(formatIsoDate('en', '2026-12-02')).toBe('December 2, 2026');
    expect(formatIsoDate('es', '2026-12-02')).toBe('2 de diciembre de 2026');
  });

  it('writes distances with their unit, rounded to whole units', () => {
    expect(formatDistance('en', 12.4, 'mile')).toBe('12 mi');
    expect(formatDistance('es', 1234.4, 'kilometer')).toBe('1234 km');
  });
});
