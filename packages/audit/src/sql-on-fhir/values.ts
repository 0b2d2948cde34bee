// How a compiled FHIRPath expression is held while the compiler works on it, and the conversions
// between its shapes. A FHIRPath collection is a DuckDB LIST; a collection known to hold at most one
// item is a plain SQL value, NULL meaning empty (so SQL's three-valued logic is FHIRPath's). Member
// steps from one JSON value are kept as a JSON path until used, so `code.coding.code` becomes a single
// `json_extract_string(resource, '$."code"."coding"[*]."code"')`.

import { ViewDefinitionError } from './errors.js';
import type { ValueType } from './fhir-model.js';
import { sqlString } from './sql.js';

/** Elements reached from one JSON value (`root`) by a JSON path of member steps. */
export interface PathValue {
  kind: 'path';
  root: string;
  /** The root may be SQL NULL (inside a forEachOrNull with nothing to iterate). */
  rootNullable: boolean;
  /** JSON path after `$`, e.g. `."name"[*]."family"`; empty for the root itself. */
  jsonPath: string;
  /** Some step repeats, so the path yields a list. */
  many: boolean;
  type: ValueType;
  /** Model path of the elements (fhir-model), when known. */
  fhir: string | undefined;
}

/** A DuckDB LIST of `type`. */
export interface ListValue {
  kind: 'list';
  sql: string;
  type: ValueType;
  fhir: string | undefined;
}

/** At most one item: a SQL value of `type`, NULL when empty. */
export interface ScalarValue {
  kind: 'scalar';
  sql: string;
  type: ValueType;
  fhir: string | undefined;
}

/** A compiled FHIRPath expression. */
export type Value = PathValue | ListValue | ScalarValue;

/** SQL of the resource a view reads; paths from it are extracted together (see Names.fromRoot). */
export const rootResource = '__src.resource';
/** SQL of the list of JSON values extracted from the resource in one parse. */
export const rootExtracts = '__src.__p';

/** Per-query state: fresh names for lambda parameters, and the JSON paths read from the resource. */
export class Names {
  private count = 0;
  /** JSON paths (without wildcards) read from the resource, extracted with one parse per resource. */
  readonly rootPaths: string[] = [];

  /** A new name never returned before. */
  next(): string {
    this.count += 1;
    return `__v${this.count}`;
  }

  /** SQL of the JSON value at `path` (no wildcard) of the resource, NULL when absent. */
  fromRoot(path: string): string {
    let index = this.rootPaths.indexOf(path);
    if (index < 0) index = this.rootPaths.push(path) - 1;
    return `${rootExtracts}[${index + 1}]`;
  }
}

const sqlTypes: Record<ValueType, string> = {
  json: 'JSON',
  string: 'VARCHAR',
  integer: 'BIGINT',
  decimal: 'DOUBLE',
  boolean: 'BOOLEAN',
};

/** The DuckDB type of one item of `type`. */
export function sqlType(type: ValueType): string {
  return sqlTypes[type];
}

/** True when the value holds at most one item. */
export function isSingleton(value: Value): boolean {
  return value.kind === 'scalar' || (value.kind === 'path' && !value.many);
}

// A column, lambda parameter or one JSON read from one: cheaper to repeat than to bind (a one-item
// list_transform costs more than reading a small JSON fragment again).
const cheap = /^(json_extract(_string)?\()?[\w.]+(\[\d+\])?(, '[^']*'\))?$/;

/** Binds `sql` to a fresh lambda parameter so `body` can use it twice without evaluating it twice. */
export function bind(names: Names, sql: string, body: (name: string) => string): string {
  if (cheap.test(sql)) return body(sql);
  const name = names.next();
  return `list_transform([${sql}], lambda ${name}: ${body(name)})[1]`;
}

/** Converts one SQL item from `from` to `to`; NULL when it does not convert. */
export function convertItem(sql: string, from: ValueType, to: ValueType): string {
  if (from === to) return sql;
  if (from === 'json')
    return to === 'string' ? `json_extract_string(${sql}, '$')` : `TRY_CAST(${sql} AS ${sqlType(to)})`;
  if (to === 'json') return `to_json(${sql})`;
  if (to === 'string') return `CAST(${sql} AS VARCHAR)`;
  return `TRY_CAST(${sql} AS ${sqlType(to)})`;
}

function materializePath(names: Names, value: PathValue, as: ValueType): string {
  if (value.root === rootResource && value.jsonPath !== '') {
    // DuckDB extracts several paths in one parse only without wildcards: take the part before the
    // first [*] from the shared extraction and apply the rest to that (small) fragment.
    const wildcard = value.jsonPath.indexOf('[*]');
    const prefix = wildcard < 0 ? value.jsonPath : value.jsonPath.slice(0, wildcard);
    const fragment = names.fromRoot(`$${prefix}`);
    const rest = wildcard < 0 ? '' : value.jsonPath.slice(wildcard);
    return materializePath(names, { ...value, root: fragment, rootNullable: true, jsonPath: rest }, as);
  }
  const path = sqlString(`$${value.jsonPath}`);
  if (value.jsonPath === '') return convertItem(value.root, 'json', as);
  let sql: string;
  if (as === 'string') sql = `json_extract_string(${value.root}, ${path})`;
  else if (as === 'json') sql = `json_extract(${value.root}, ${path})`;
  else sql = `TRY_CAST(json_extract(${value.root}, ${path}) AS ${sqlType(as)}${value.many ? '[]' : ''})`;
  return value.many && value.rootNullable ? `coalesce(${sql}, [])` : sql;
}

function convertList(names: Names, sql: string, from: ValueType, to: ValueType): string {
  if (from === to) return sql;
  const item = names.next();
  return `list_transform(${sql}, lambda ${item}: ${convertItem(item, from, to)})`;
}

/** The value as a DuckDB LIST of `as` (default: its own type). */
export function toList(names: Names, value: Value, as: ValueType = value.type): string {
  if (value.kind === 'path' && value.many) return materializePath(names, value, as);
  if (value.kind === 'list') return convertList(names, value.sql, value.type, as);
  const item = value.kind === 'path' ? materializePath(names, value, as) : convertItem(value.sql, value.type, as);
  const name = names.next();
  return `list_filter([${item}], lambda ${name}: ${name} IS NOT NULL)`;
}

/** The value as one SQL item of `as`, NULL when empty; more than one item is a query error naming `what`. */
export function toScalar(names: Names, value: Value, what: string, as: ValueType = value.type): string {
  if (value.kind === 'path' && !value.many) return materializePath(names, value, as);
  if (value.kind === 'scalar') return convertItem(value.sql, value.type, as);
  const message = sqlString(`${what}: expected at most one item`);
  return bind(
    names,
    toList(names, value, as),
    (list) => `CASE WHEN len(${list}) > 1 THEN error(${message}) ELSE ${list}[1] END`,
  );
}

/** The value as a SQL BOOLEAN (NULL when empty); a non-boolean item is an error. */
export function toBoolean(names: Names, value: Value, what: string): string {
  if (value.type === 'boolean') return toScalar(names, value, what);
  if (value.type !== 'json') throw new ViewDefinitionError(`${what}: a ${value.type} is not a boolean`);
  const message = sqlString(`${what}: not a boolean`);
  return bind(
    names,
    toScalar(names, value, what),
    (item) =>
      `CASE WHEN ${item} IS NULL THEN NULL WHEN json_type(${item}) = 'BOOLEAN' THEN CAST(${item} AS BOOLEAN) ELSE error(${message}) END`,
  );
}

/** A scalar value. */
export function scalar(sql: string, type: ValueType, fhir?: string): ScalarValue {
  return { kind: 'scalar', sql, type, fhir };
}

/** A list value. */
export function list(sql: string, type: ValueType, fhir?: string): ListValue {
  return { kind: 'list', sql, type, fhir };
}

/** The type both values convert to for comparing them. */
export function commonType(a: ValueType, b: ValueType): ValueType {
  if (a === b) return a === 'json' ? 'string' : a;
  if (a === 'json') return b;
  if (b === 'json') return a;
  if ((a === 'integer' || a === 'decimal') && (b === 'integer' || b === 'decimal')) return 'decimal';
  return 'string';
}

/** The same items read as `type`: a path is read differently, a list or scalar is converted. */
export function retype(names: Names, value: Value, type: ValueType): Value {
  if (value.type === type || value.kind === 'path') return { ...value, type };
  if (value.kind === 'scalar') return scalar(convertItem(value.sql, value.type, type), type, value.fhir);
  return list(toList(names, value, type), type, value.fhir);
}
