// FHIRPath lowBoundary() and highBoundary(): the least and greatest value a decimal, date, dateTime
// or time given to some precision can stand for (1.5 → 1.45 / 1.55; 1970-06 → 1970-06-01 / 1970-06-30;
// an absent time zone is the widest, +14:00 low and -12:00 high).
import { ViewDefinitionError } from './errors.js';
import { sqlString } from './sql.js';
import { bind, type Names } from './values.js';

const boundaryTypes = ['decimal', 'date', 'dateTime', 'instant', 'time'] as const;
/** The FHIR types lowBoundary() and highBoundary() apply to. */
export type BoundaryType = (typeof boundaryTypes)[number];

/** True when lowBoundary() and highBoundary() apply to the FHIR type. */
export function isBoundaryType(type: string | undefined): type is BoundaryType {
  return (boundaryTypes as readonly (string | undefined)[]).includes(type);
}

function date(text: string, high: boolean): string {
  const month = high ? `strftime(last_day(CAST(${text} || '-01' AS DATE)), '%Y-%m-%d')` : `${text} || '-01'`;
  return `CASE length(${text}) WHEN 4 THEN ${text} || ${high ? "'-12-31'" : "'-01-01'"} WHEN 7 THEN ${month} ELSE ${text} END`;
}

// hh[:mm[:ss[.fff]]] from the parts of a match (empty strings where absent).
function time(parts: string, high: boolean): string {
  const fill = (part: string, low: string, top: string) =>
    `coalesce(nullif(${parts}.${part}, ''), ${sqlString(high ? top : low)})`;
  const fraction = `rpad(${parts}.f, 3, ${sqlString(high ? '9' : '0')})`;
  return `${parts}.h || ':' || ${fill('m', '00', '59')} || ':' || ${fill('s', '00', '59')} || '.' || ${fraction}`;
}

const timeParts = "['h', 'm', 's', 'f']";
const timePattern = '(\\d{2})(?::(\\d{2}))?(?::(\\d{2}))?(?:\\.(\\d+))?';

/** SQL of the boundary of one value of `type` given as its JSON text (`decimal`) or string (others). */
export function boundary(names: Names, text: string, type: BoundaryType, high: boolean): string {
  switch (type) {
    case 'decimal': {
      const digits = `greatest(CASE WHEN contains(${text}, '.') THEN length(${text}) - strpos(${text}, '.') ELSE 0 END, 1)`;
      return bind(
        names,
        digits,
        (d) => `round(CAST(${text} AS DOUBLE) ${high ? '+' : '-'} 0.5 * pow(10, -${d}), CAST(${d} + 1 AS INTEGER))`,
      );
    }
    case 'date':
      return date(text, high);
    case 'time':
      return bind(
        names,
        `regexp_extract(${text}, ${sqlString(`^${timePattern}$`)}, ${timeParts})`,
        (parts) => `CASE WHEN ${parts}.h = '' THEN NULL ELSE ${time(parts, high)} END`,
      );
    case 'dateTime':
    case 'instant': {
      const zone = sqlString(high ? '-12:00' : '+14:00');
      const pattern = sqlString(`^(\\d{4}-\\d{2}-\\d{2})T${timePattern}(Z|[+-]\\d{2}:\\d{2})?$`);
      const full = bind(
        names,
        `regexp_extract(${text}, ${pattern}, ['d', 'h', 'm', 's', 'f', 'z'])`,
        (parts) =>
          `CASE WHEN ${parts}.d = '' THEN NULL ELSE ${parts}.d || 'T' || ${time(parts, high)} || coalesce(nullif(${parts}.z, ''), ${zone}) END`,
      );
      const midnight = sqlString(high ? 'T23:59:59.999' : 'T00:00:00.000');
      return `CASE WHEN length(${text}) <= 10 THEN ${date(text, high)} || ${midnight} || ${zone} ELSE ${full} END`;
    }
    default:
      throw new ViewDefinitionError(`lowBoundary()/highBoundary() of a ${String(type)}`);
  }
}
