import type { Point } from './place.js';

const earthRadiusKm = 6371.0088;
const kmPerMile = 1.609344;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Straight-line (great-circle) distance in kilometres, by the haversine formula. Written here
 * because `zipcodes.distance` only takes two ZIP codes, and a site's own coordinates are more exact
 * than its ZIP code's centre (Cleveland Clinic's 44195 centre is 13 miles from the campus).
 */
export function distanceKm(a: Point, b: Point): number {
  const h =
    Math.sin(radians(b.lat - a.lat) / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(radians(b.lon - a.lon) / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.sqrt(h));
}

/** Kilometres in miles. */
export function kmToMiles(km: number): number {
  return km / kmPerMile;
}
