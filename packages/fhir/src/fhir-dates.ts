/**
 * FHIR `date` and `dateTime` values read strictly (R4 regular expressions, plus a check that the day
 * exists in its month): `2026-13-45` or `2026-02-30` is not a date and is treated as not documented,
 * never rolled over into another day.
 */
const fhirDateTime =
  /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])(?:T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?(Z|([+-])(0\d|1[0-3]|14):([0-5]\d)))?)?)?$/;

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * A FHIR date or dateTime as a Date (partial dates take their first day); undefined when invalid.
 * Computed from the parts rather than by `new Date(text)`, which is slow and lenient.
 */
export function dateOf(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const m = fhirDateTime.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const first = Date.UTC(year, month - 1, day);
  const check = new Date(first);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  if (m[4] === undefined) return check;
  const seconds = Math.min(Number(m[6]), 59) + Number(m[7] ?? 0);
  const offset = m[8] === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  return new Date(first + (Number(m[4]) * 60 + Number(m[5]) - offset) * MINUTE + seconds * 1000);
}

/** A FHIR date or dateTime that is valid and not after `now`: a future date is not documented history. */
export function pastDateOf(value: string | undefined, now: Date): Date | undefined {
  const date = dateOf(value);
  return date && date.getTime() <= now.getTime() ? date : undefined;
}

/** Whole days from `then` to `now`. */
export function daysBetween(then: Date, now: Date): number {
  return (now.getTime() - then.getTime()) / DAY;
}

/** Weeks from `then` to `now`, one decimal. */
export function weeksBetween(then: Date, now: Date): number {
  return Math.round((daysBetween(then, now) / 7) * 10) / 10;
}

/** Age in whole years at `at`; a partial birth date is read as its earliest day (the older age). */
export function ageAt(birthDate: string, at: Date): number | undefined {
  const birth = dateOf(birthDate);
  if (!birth || birth > at) return undefined;
  let age = at.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    at.getUTCMonth() < birth.getUTCMonth() ||
    (at.getUTCMonth() === birth.getUTCMonth() && at.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age >= 0 && age <= 130 ? age : undefined;
}

/** A date as YYYY-MM-DD, for a card. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
