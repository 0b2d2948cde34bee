import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAt, dateOf, pastDateOf } from './fhir-dates.js';
import { fixtureNow } from './testing/patients.js';

describe('FHIR dates', () => {
  it('reads every valid dateTime as the instant JavaScript reads it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offsetMinutes) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(dateOf(text)?.getTime()).toBe(new Date(text).getTime());
        },
      ),
    );
  });

  it('reads partial dates as their first day, and refuses impossible ones', () => {
    expect(dateOf('2024')?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(dateOf('2024-02')?.toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(dateOf('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    for (const bad of ['2026-13-45', '2025-02-29', '2026-00-10', '2026-1-5', 'yesterday', '2026-11-10T25:00:00Z']) {
      expect(dateOf(bad)).toBeUndefined();
    }
  });

  it('a future date is not a past date', () => {
    expect(pastDateOf('2027-01-01', fixtureNow)).toBeUndefined();
    expect(pastDateOf('2026-11-30', fixtureNow)).toBeDefined();
  });

  it('ages count whole years, and a partial birth date is its earliest day', () => {
    expect(ageAt('1970', fixtureNow)).toBe(56);
    expect(ageAt('1970-12-15', fixtureNow)).toBe(55);
    expect(ageAt('2030-01-01', fixtureNow)).toBeUndefined();
  });
});
