// FHIRPath (the SQL on FHIR v2 subset) compiled to DuckDB SQL over JSON. Supported: member paths,
// indexers, literals, %constants and %rowIndex, $this, = != < <= > >= + - * / div mod &, and or xor
// implies, | in contains, and the functions where exists empty count first last not join ofType as
// extension getResourceKey getReferenceKey lowBoundary highBoundary. Anything else is a ViewDefinitionError at compile time.

import { boundary, isBoundaryType } from './boundary.js';
import { ViewDefinitionError } from './errors.js';
import { childElement, choiceTypes, fhirTypeOf, isKnownType, type ValueType, valueTypeOf } from './fhir-model.js';
import { child, type PathNode, unquote } from './fhirpath-ast.js';
import { jsonMember, sqlString } from './sql.js';
import {
  bind,
  commonType,
  isSingleton,
  list,
  type Names,
  type PathValue,
  retype,
  scalar,
  toBoolean,
  toList,
  toScalar,
  type Value,
} from './values.js';

/** What an expression is evaluated against. */
export interface Scope {
  names: Names;
  /** The current item: the resource, a forEach item, or `$this` inside where(). */
  focus: Value;
  resource: Value;
  /** SQL of `%rowIndex` here. */
  rowIndex: string;
  constants: ReadonlyMap<string, Value>;
  /** Names the expression in error messages. */
  what: string;
}

/** A JSON value as a path with no steps yet. */
export function jsonItem(sql: string, fhir: string | undefined, nullable = false): PathValue {
  return { kind: 'path', root: sql, rootNullable: nullable, jsonPath: '', many: false, type: 'json', fhir };
}

/** A single item of any type, as the focus of a nested scope. */
export function itemValue(sql: string, type: ValueType, fhir: string | undefined, nullable = false): Value {
  return type === 'json' ? jsonItem(sql, fhir, nullable) : scalar(sql, type, fhir);
}

function unsupported(scope: Scope, what: string): never {
  throw new ViewDefinitionError(`${scope.what}: ${what} is not supported`);
}

// A member step whose cardinality is unknown: test at run time whether it holds an array.
function dynamicMember(scope: Scope, input: Value, name: string, fhir: string | undefined): Value {
  const step = (item: string) => {
    const path = sqlString(`$${jsonMember(name)}`);
    const e = scope.names.next();
    return `CASE json_type(${item}, ${path}) WHEN 'ARRAY' THEN json_extract(${item}, ${sqlString(`$${jsonMember(name)}[*]`)}) ELSE list_filter([json_extract(${item}, ${path})], lambda ${e}: ${e} IS NOT NULL) END`;
  };
  if (isSingleton(input)) return list(step(toScalar(scope.names, input, scope.what)), 'json', fhir);
  const v = scope.names.next();
  return list(`flatten(list_transform(${toList(scope.names, input)}, lambda ${v}: ${step(v)}))`, 'json', fhir);
}

// A choice element read without ofType(): every `name<Type>` key of each item.
function choiceMember(scope: Scope, input: Value, name: string, suffixes: readonly string[]): Value {
  const keys = `[${suffixes.map((s) => sqlString(`${name}${s}`)).join(', ')}]`;
  const [v, k] = [scope.names.next(), scope.names.next()];
  const values = `list_transform(list_filter(json_keys(${v}), lambda ${k}: list_contains(${keys}, ${k})), lambda ${k}: json_extract(${v}, '$."' || ${k} || '"'))`;
  return list(`flatten(list_transform(${toList(scope.names, input)}, lambda ${v}: ${values}))`, 'json', undefined);
}

/** The member `name` of every item of `input`. */
export function member(scope: Scope, input: Value, name: string): Value {
  if (input.type !== 'json') throw new ViewDefinitionError(`${scope.what}: cannot read "${name}" of a ${input.type}`);
  const info = input.fhir === undefined ? undefined : childElement(input.fhir, name);
  if (info === undefined) {
    const choices = input.fhir === undefined ? undefined : choiceTypes(input.fhir, name);
    if (choices !== undefined) return choiceMember(scope, input, name, choices);
    return dynamicMember(scope, input, name, undefined);
  }
  const type = valueTypeOf(info.type);
  if (info.repeating === undefined) {
    const found = dynamicMember(scope, input, name, info.path);
    return { ...found, type: 'json' };
  }
  if (input.kind === 'path') {
    return {
      ...input,
      jsonPath: `${input.jsonPath}${jsonMember(name)}${info.repeating ? '[*]' : ''}`,
      many: input.many || info.repeating,
      type,
      fhir: info.path,
    };
  }
  if (input.kind === 'scalar') return member(scope, jsonItem(input.sql, input.fhir, true), name);
  const v = scope.names.next();
  const step = member(scope, jsonItem(v, input.fhir), name);
  return list(`flatten(list_transform(${input.sql}, lambda ${v}: ${toList(scope.names, step)}))`, step.type, step.fhir);
}

function literal(node: PathNode): Value {
  const text = node.text ?? '';
  switch (node.type) {
    case 'StringLiteral':
      return scalar(sqlString(unquote(text)), 'string');
    case 'NumberLiteral':
      return /[.eE]/.test(text)
        ? scalar(`CAST(${text} AS DOUBLE)`, 'decimal')
        : scalar(`CAST(${text} AS BIGINT)`, 'integer');
    case 'BooleanLiteral':
      return scalar(text === 'true' ? 'true' : 'false', 'boolean');
    case 'NullLiteral':
      return list('[]::JSON[]', 'json');
    case 'DateLiteral':
    case 'DateTimeLiteral':
    case 'TimeLiteral':
      return scalar(sqlString(text.replace(/^@T?/, '')), 'string');
    default:
      throw new ViewDefinitionError(`FHIRPath literal ${node.type} (${text}) is not supported`);
  }
}

function constant(scope: Scope, node: PathNode): Value {
  const name = unquote(node.text ?? child(child(node, 0), 0).text ?? '');
  if (name === 'rowIndex') return scalar(scope.rowIndex, 'integer');
  if (name === 'resource' || name === 'rootResource') return scope.resource;
  const found = scope.constants.get(name);
  if (found === undefined) throw new ViewDefinitionError(`${scope.what}: undefined constant %${name}`);
  return found;
}

/** The dotted type name given to ofType(), as(), is: `Quantity`, `FHIR.string`, `System.String`. */
function typeName(node: PathNode): string {
  const text = (n: PathNode): string =>
    n.type === 'Identifier' || n.type === 'MemberInvocation'
      ? unquote(n.text ?? '')
      : (n.children ?? [])
          .map(text)
          .filter((t) => t !== '')
          .join('.');
  return text(node).replace(/^(FHIR|System)\./, '');
}

function capitalize(name: string): string {
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

const jsonTypesOf: Partial<Record<ValueType, string>> = {
  string: "'VARCHAR'",
  boolean: "'BOOLEAN'",
  integer: "'BIGINT', 'UBIGINT'",
  decimal: "'DOUBLE', 'BIGINT', 'UBIGINT'",
};

// ofType(T) where the input is not a choice element: keep the items of type T.
function filterType(scope: Scope, input: Value, type: string): Value {
  const wanted = valueTypeOf(type);
  if (isKnownType(type) && capitalize(type) === type && wanted === 'json') {
    const v = scope.names.next();
    const test = `json_extract_string(${v}, '$.resourceType') = ${sqlString(type)}`;
    return list(`list_filter(${toList(scope.names, input)}, lambda ${v}: ${test})`, 'json', type);
  }
  if (input.type !== 'json')
    return input.type === wanted ? input : list(`[]::${wanted === 'json' ? 'JSON' : 'VARCHAR'}[]`, wanted);
  const jsonTypes = jsonTypesOf[wanted];
  if (jsonTypes === undefined) return list('[]::JSON[]', 'json');
  const v = scope.names.next();
  const kept = list(
    `list_filter(${toList(scope.names, input)}, lambda ${v}: json_type(${v}) IN (${jsonTypes}))`,
    'json',
  );
  return list(toList(scope.names, kept, wanted), wanted, type);
}

// ofType(T) / as(T): `value.ofType(Quantity)` reads `valueQuantity`; otherwise a filter by type.
function ofType(scope: Scope, receiver: PathNode | undefined, input: () => Value, type: string): Value {
  const last = receiver === undefined ? undefined : lastMember(receiver);
  if (last !== undefined) {
    const base = last.base === undefined ? scope.focus : compile(last.base, scope);
    const known = base.fhir === undefined ? undefined : childElement(base.fhir, last.name);
    if (known === undefined) return member(scope, base, `${last.name}${capitalize(type)}`);
    return known.type === type ? member(scope, base, last.name) : list('[]::JSON[]', 'json');
  }
  return filterType(scope, input(), type);
}

// If `node` ends with a member step, that step's name and what it is read from (undefined: the focus).
function lastMember(node: PathNode): { base: PathNode | undefined; name: string } | undefined {
  if (node.type === 'TermExpression') {
    const term = child(node, 0);
    const invocation = term.type === 'InvocationTerm' ? child(term, 0) : undefined;
    return invocation?.type === 'MemberInvocation'
      ? { base: undefined, name: unquote(invocation.text ?? '') }
      : undefined;
  }
  if (node.type === 'InvocationExpression') {
    const invocation = child(node, 1);
    return invocation.type === 'MemberInvocation'
      ? { base: child(node, 0), name: unquote(invocation.text ?? '') }
      : undefined;
  }
  return undefined;
}

// A Reference's key, the same as getResourceKey() of the resource it points to (its id). A typed call
// (getReferenceKey(Patient)) needs the type in the reference: urn:uuid references have no key then.
// The common relative `Type/id` is read with string functions; other forms need a regular expression.
// The id is everything up to the next `/`, even where it breaks FHIR's id rules (`pt_1`, over 64
// characters): getResourceKey() gives such an id as it is, so the two keys still meet, and a
// patient with such an id is not silently cut off from every resource that points to it.
function referenceKey(reference: string, type: string | undefined): string {
  const relative = `regexp_full_match(${reference}, '[A-Z][A-Za-z]+/[^/?#]+')`;
  const relativeKey =
    type === undefined
      ? `substr(${reference}, strpos(${reference}, '/') + 1)`
      : `CASE WHEN starts_with(${reference}, ${sqlString(`${type}/`)}) THEN substr(${reference}, ${type.length + 2}) END`;
  const pattern = sqlString(`^(?:.*/)?${type ?? '[A-Z][A-Za-z]+'}/([^/?#]+)(?:/_history/[^/]*)?$`);
  const uuid = type === undefined ? `substr(${reference}, 10)` : 'NULL';
  return `CASE WHEN ${relative} THEN ${relativeKey} WHEN contains(${reference}, '?') THEN NULL WHEN starts_with(${reference}, 'urn:uuid:') THEN ${uuid} ELSE nullif(regexp_extract(${reference}, ${pattern}, 1), '') END`;
}

function mapItems(scope: Scope, input: Value, type: ValueType, body: (item: string) => string): Value {
  if (isSingleton(input)) return scalar(bind(scope.names, toScalar(scope.names, input, scope.what), body), type);
  const [v, k] = [scope.names.next(), scope.names.next()];
  return list(
    `list_filter(list_transform(${toList(scope.names, input)}, lambda ${v}: ${body(v)}), lambda ${k}: ${k} IS NOT NULL)`,
    type,
  );
}

function where(scope: Scope, input: Value, criteria: PathNode): Value {
  const criterion = (focus: Value) =>
    toBoolean(scope.names, compile(criteria, { ...scope, focus }), `${scope.what} where()`);
  if (isSingleton(input)) {
    const item = toScalar(scope.names, input, scope.what);
    const focus = itemValue(item, input.type, input.fhir, true);
    return scalar(`CASE WHEN ${criterion(focus)} THEN ${item} END`, input.type, input.fhir);
  }
  const v = scope.names.next();
  const focus = itemValue(v, input.type, input.fhir);
  return list(`list_filter(${toList(scope.names, input)}, lambda ${v}: ${criterion(focus)})`, input.type, input.fhir);
}

function exists(scope: Scope, input: Value): string {
  return isSingleton(input)
    ? `(${toScalar(scope.names, input, scope.what)} IS NOT NULL)`
    : `(len(${toList(scope.names, input)}) > 0)`;
}

function first(scope: Scope, input: Value): Value {
  if (isSingleton(input)) return input;
  // `name.first()` reads `$.name[0]` when only the last step repeats.
  if (
    input.kind === 'path' &&
    input.jsonPath.endsWith('[*]') &&
    input.jsonPath.indexOf('[*]') === input.jsonPath.length - 3
  ) {
    return { ...input, jsonPath: `${input.jsonPath.slice(0, -3)}[0]`, many: false };
  }
  return scalar(`(${toList(scope.names, input)})[1]`, input.type, input.fhir);
}

function functionCall(scope: Scope, node: PathNode, receiver: PathNode | undefined, input: () => Value): Value {
  const functn = child(node, 0);
  const name = unquote(child(functn, 0).text ?? '');
  const params = functn.children?.[1]?.children ?? [];
  const param = (i: number) => {
    const p = params[i];
    if (p === undefined) throw new ViewDefinitionError(`${scope.what}: ${name}() needs ${i + 1} argument(s)`);
    return p;
  };
  switch (name) {
    case 'where':
      return where(scope, input(), param(0));
    case 'exists':
      return scalar(exists(scope, params.length > 0 ? where(scope, input(), param(0)) : input()), 'boolean');
    case 'empty':
      return scalar(`(NOT ${exists(scope, input())})`, 'boolean');
    case 'count':
      return scalar(`len(${toList(scope.names, input())})`, 'integer');
    case 'first':
      return first(scope, input());
    case 'last': {
      const value = input();
      return isSingleton(value) ? value : scalar(`(${toList(scope.names, value)})[-1]`, value.type, value.fhir);
    }
    case 'not':
      return scalar(`(NOT ${toBoolean(scope.names, input(), scope.what)})`, 'boolean');
    case 'join': {
      const separator =
        params.length > 0 ? toScalar(scope.names, compile(param(0), scope), scope.what, 'string') : "''";
      return scalar(`array_to_string(${toList(scope.names, input(), 'string')}, ${separator})`, 'string');
    }
    case 'ofType':
    case 'as':
      return ofType(scope, receiver, input, typeName(param(0)));
    case 'extension': {
      const url = toScalar(scope.names, compile(param(0), scope), scope.what, 'string');
      const extensions = member(scope, input(), 'extension');
      const v = scope.names.next();
      const test = `json_extract_string(${v}, '$.url') = ${url}`;
      return list(`list_filter(${toList(scope.names, extensions)}, lambda ${v}: ${test})`, 'json', extensions.fhir);
    }
    case 'getResourceKey':
      return retype(scope.names, member(scope, input(), 'id'), 'string');
    case 'getReferenceKey': {
      const type = params.length > 0 ? typeName(param(0)) : undefined;
      if (type !== undefined && !/^[A-Z][A-Za-z]+$/.test(type)) unsupported(scope, `getReferenceKey(${type})`);
      const references = member(scope, input(), 'reference');
      return mapItems(scope, retype(scope.names, references, 'string'), 'string', (r) => referenceKey(r, type));
    }
    case 'lowBoundary':
    case 'highBoundary': {
      const value = input();
      const type = fhirTypeOf(value.fhir);
      if (!isBoundaryType(type)) return unsupported(scope, `${name}() of a ${type ?? 'value of unknown type'}`);
      const text =
        type === 'decimal'
          ? `CAST(${toScalar(scope.names, value, scope.what, 'json')} AS VARCHAR)`
          : toScalar(scope.names, value, scope.what, 'string');
      return scalar(
        boundary(scope.names, text, type, name === 'highBoundary'),
        type === 'decimal' ? 'decimal' : 'string',
      );
    }
    default:
      return unsupported(scope, `the function ${name}()`);
  }
}

function invoke(scope: Scope, node: PathNode, receiver: PathNode | undefined, input: () => Value): Value {
  switch (node.type) {
    case 'MemberInvocation': {
      const name = unquote(node.text ?? '');
      const value = input();
      // `Patient.name` on a Patient: the leading type name is the resource itself.
      if (receiver === undefined && value.fhir === name) return value;
      return member(scope, value, name);
    }
    case 'FunctionInvocation':
      return functionCall(scope, node, receiver, input);
    case 'ThisInvocation':
      return scope.focus;
    default:
      return unsupported(scope, node.type);
  }
}

function arithmetic(scope: Scope, operator: string, a: Value, b: Value): Value {
  if (operator === '&') {
    const [x, y] = [toScalar(scope.names, a, scope.what, 'string'), toScalar(scope.names, b, scope.what, 'string')];
    return scalar(`(coalesce(${x}, '') || coalesce(${y}, ''))`, 'string');
  }
  if (operator === '+' && (a.type === 'string' || b.type === 'string')) {
    const [x, y] = [toScalar(scope.names, a, scope.what, 'string'), toScalar(scope.names, b, scope.what, 'string')];
    return scalar(`(${x} || ${y})`, 'string');
  }
  const integer = a.type === 'integer' && b.type === 'integer' && operator !== '/';
  const type: ValueType = integer ? 'integer' : 'decimal';
  const [x, y] = [toScalar(scope.names, a, scope.what, type), toScalar(scope.names, b, scope.what, type)];
  const sql: Record<string, string> = {
    '+': `(${x} + ${y})`,
    '-': `(${x} - ${y})`,
    '*': `(${x} * ${y})`,
    '/': `(${x} / nullif(${y}, 0))`,
    div: `CAST(trunc(${x} / nullif(${y}, 0)) AS BIGINT)`,
    mod: `(${x} % nullif(${y}, 0))`,
  };
  const found = sql[operator];
  if (found === undefined) return unsupported(scope, `the operator ${operator}`);
  return scalar(found, operator === 'div' ? 'integer' : type);
}

// < <= > >=: singletons; two JSON items of unknown type compare as numbers when both are numbers.
function inequality(scope: Scope, operator: string, a: Value, b: Value): Value {
  if (a.type === 'json' && b.type === 'json') {
    const [x, y] = [toScalar(scope.names, a, scope.what), toScalar(scope.names, b, scope.what)];
    const numeric = "IN ('BIGINT', 'UBIGINT', 'DOUBLE')";
    return scalar(
      `CASE WHEN json_type(${x}) ${numeric} AND json_type(${y}) ${numeric} THEN CAST(${x} AS DOUBLE) ${operator} CAST(${y} AS DOUBLE) ELSE json_extract_string(${x}, '$') ${operator} json_extract_string(${y}, '$') END`,
      'boolean',
    );
  }
  const type = commonType(a.type, b.type);
  const [x, y] = [toScalar(scope.names, a, scope.what, type), toScalar(scope.names, b, scope.what, type)];
  return scalar(`(${x} ${operator} ${y})`, 'boolean');
}

// = and !=: FHIRPath compares whole collections, item by item; empty on either side gives empty.
function equality(scope: Scope, operator: string, a: Value, b: Value): Value {
  const type = commonType(a.type, b.type);
  const negate = operator === '!=' || operator === '!~';
  if (isSingleton(a) && isSingleton(b)) {
    const [x, y] = [toScalar(scope.names, a, scope.what, type), toScalar(scope.names, b, scope.what, type)];
    return scalar(`(${x} ${negate ? '<>' : '='} ${y})`, 'boolean');
  }
  const pair = `{'a': ${toList(scope.names, a, type)}, 'b': ${toList(scope.names, b, type)}}`;
  const compare = (p: string) =>
    `CASE WHEN len(${p}.a) = 0 OR len(${p}.b) = 0 THEN NULL ELSE ${negate ? 'NOT ' : ''}(${p}.a = ${p}.b) END`;
  return scalar(bind(scope.names, pair, compare), 'boolean');
}

function logic(scope: Scope, operator: string, a: Value, b: Value): Value {
  const [x, y] = [toBoolean(scope.names, a, scope.what), toBoolean(scope.names, b, scope.what)];
  const sql: Record<string, string> = {
    and: `(${x} AND ${y})`,
    or: `(${x} OR ${y})`,
    xor: `(${x} <> ${y})`,
    implies: `((NOT ${x}) OR ${y})`,
  };
  const found = sql[operator];
  if (found === undefined) return unsupported(scope, `the operator ${operator}`);
  return scalar(found, 'boolean');
}

function binary(scope: Scope, node: PathNode): Value {
  const operator = node.text ?? '';
  const a = compile(child(node, 0), scope);
  const b = compile(child(node, 1), scope);
  switch (node.type) {
    case 'MultiplicativeExpression':
    case 'AdditiveExpression':
      return arithmetic(scope, operator, a, b);
    case 'InequalityExpression':
      return inequality(scope, operator, a, b);
    case 'EqualityExpression':
      return equality(scope, operator, a, b);
    case 'UnionExpression': {
      const type = a.type === b.type ? a.type : 'json';
      const sql = `list_distinct(list_concat(${toList(scope.names, a, type)}, ${toList(scope.names, b, type)}))`;
      return list(sql, type, a.fhir === b.fhir ? a.fhir : undefined);
    }
    case 'MembershipExpression': {
      const [item, collection] = operator === 'in' ? [a, b] : [b, a];
      const type = commonType(item.type, collection.type);
      const x = toScalar(scope.names, item, scope.what, type);
      return scalar(`list_contains(${toList(scope.names, collection, type)}, ${x})`, 'boolean');
    }
    default:
      return logic(scope, operator, a, b);
  }
}

/** Compiles one FHIRPath syntax tree in `scope`. */
export function compile(node: PathNode, scope: Scope): Value {
  switch (node.type) {
    case 'TermExpression':
    case 'ParenthesizedTerm':
      return compile(child(node, 0), scope);
    case 'InvocationTerm':
      return invoke(scope, child(node, 0), undefined, () => scope.focus);
    case 'LiteralTerm':
      return literal(child(node, 0));
    case 'ExternalConstantTerm':
      return constant(scope, node);
    case 'InvocationExpression': {
      const receiver = child(node, 0);
      return invoke(scope, child(node, 1), receiver, () => compile(receiver, scope));
    }
    case 'IndexerExpression': {
      const input = compile(child(node, 0), scope);
      const index = toScalar(scope.names, compile(child(node, 1), scope), scope.what, 'integer');
      return scalar(`(${toList(scope.names, input)})[${index} + 1]`, input.type, input.fhir);
    }
    case 'PolarityExpression': {
      const value = compile(child(node, 0), scope);
      const type = value.type === 'integer' ? 'integer' : 'decimal';
      const x = toScalar(scope.names, value, scope.what, type);
      return scalar(node.text === '-' ? `(- ${x})` : x, type);
    }
    case 'TypeExpression': {
      if (node.text !== 'as') return unsupported(scope, `the operator ${node.text}`);
      const receiver = child(node, 0);
      return ofType(scope, receiver, () => compile(receiver, scope), typeName(child(node, 1)));
    }
    case 'MultiplicativeExpression':
    case 'AdditiveExpression':
    case 'InequalityExpression':
    case 'EqualityExpression':
    case 'UnionExpression':
    case 'MembershipExpression':
    case 'AndExpression':
    case 'OrExpression':
    case 'ImpliesExpression':
      return binary(scope, node);
    default:
      return unsupported(scope, `the FHIRPath construct ${node.type}`);
  }
}
