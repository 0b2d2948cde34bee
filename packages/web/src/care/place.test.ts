import { describe, expect, it } from 'vitest';
import { findPlace } from './place.js';

describe('findPlace (offline data only)', () => {
  it('reads a US ZIP code (and ZIP+4) as the centre of that ZIP code', () => {
    const place = findPlace('55905');
    expect(place).toMatchObject({ kind: 'north-america', country: 'US', label: 'Rochester, MN 55905' });
    expect(findPlace(' 55905-0001 ')).toEqual(place);
  });

  it('reads a city with its state, in the ways people write it', () => {
    for (const q of ['Boston MA', 'Boston, MA', 'boston, massachusetts', 'Boston Massachusetts']) {
      expect({ q, place: findPlace(q) }).toMatchObject({ q, place: { kind: 'north-america', label: 'Boston, MA' } });
    }
    expect(findPlace('Salt Lake City, UT')).toMatchObject({ kind: 'north-america', label: 'Salt Lake City, UT' });
  });

  it('finds a city without a state', () => {
    expect(findPlace('Cleveland')).toMatchObject({ kind: 'north-america', country: 'US' });
  });

  it('recognises a UK postcode, full or its first half', () => {
    expect(findPlace('sw1a 1aa')).toEqual({ kind: 'uk', label: 'SW1A 1AA' });
    expect(findPlace('M1')).toMatchObject({ kind: 'uk' });
  });

  it('reads a Canadian postal code (distances then in kilometres)', () => {
    expect(findPlace('M5V 3L9')).toMatchObject({ kind: 'north-america', country: 'CA' });
  });

  it('says when it does not know the place', () => {
    expect(findPlace('')).toEqual({ kind: 'unknown' });
    expect(findPlace('00000')).toEqual({ kind: 'unknown' });
    expect(findPlace('Atlantis, ZZ')).toEqual({ kind: 'unknown' });
  });
});
