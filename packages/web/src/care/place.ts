import { isValid, toNormalised, validOutcode } from 'postcode';
import * as zipcodes from 'zipcodes';

/** A point on the map. */
export interface Point {
  readonly lat: number;
  readonly lon: number;
}

/** Where a search points: a US or Canadian place with its centre, a UK postcode, or nothing known. */
export type Place =
  | { readonly kind: 'north-america'; readonly country: 'US' | 'CA'; readonly label: string; readonly point: Point }
  | { readonly kind: 'uk'; readonly label: string }
  | { readonly kind: 'unknown' };

const usZip = /^(\d{5})(?:-\d{4})?$/;
const canadianPostcode = /^([A-Z]\d[A-Z])\s*(\d[A-Z]\d)?$/;

/** "Boston MA", "Boston, MA", "Rochester, Minnesota" → city and state; a lone city has no state. */
function cityAndState(query: string): { city: string; state: string | undefined } {
  const [head = '', ...tail] = query.split(',').map((s) => s.trim());
  if (tail.length > 0) return { city: head, state: zipcodes.states.normalize(tail.join(' ')) };
  const words = head.split(/\s+/);
  for (const n of [3, 2, 1]) {
    if (words.length <= n) continue;
    const state = zipcodes.states.normalize(words.slice(-n).join(' '));
    if (state && zipcodes.states.abbr[state]) return { city: words.slice(0, -n).join(' '), state };
  }
  return { city: head, state: undefined };
}

function fromZip(code: zipcodes.ZipCode | undefined, label: string): Place {
  if (!code) return { kind: 'unknown' };
  return {
    kind: 'north-america',
    country: code.country === 'US' ? 'US' : 'CA',
    label,
    point: { lat: code.latitude, lon: code.longitude },
  };
}

/**
 * What a typed place means, from offline data only (the `zipcodes` package: US ZIP codes and cities,
 * Canadian postal areas; `postcode`: UK postcode rules). Nothing leaves the device.
 */
export function findPlace(query: string): Place {
  const q = query.trim().replace(/\s+/g, ' ');
  if (q === '') return { kind: 'unknown' };
  const zip = usZip.exec(q)?.[1];
  if (zip) {
    const code = zipcodes.lookup(zip);
    return fromZip(code, code ? `${code.city}, ${code.state} ${zip}` : zip);
  }
  const upper = q.toUpperCase();
  if (isValid(upper) || validOutcode(upper.replace(/\s/g, ''))) {
    return { kind: 'uk', label: toNormalised(upper) ?? upper };
  }
  const canadian = canadianPostcode.exec(upper)?.[1];
  if (canadian) return fromZip(zipcodes.lookup(canadian), upper);
  const { city, state } = cityAndState(q);
  if (city === '') return { kind: 'unknown' };
  const states = state ? [state] : Object.keys(zipcodes.states.abbr);
  const match = states.flatMap((s) => zipcodes.lookupByName(city, s))[0];
  return fromZip(match, match ? `${match.city}, ${match.state}` : q);
}
