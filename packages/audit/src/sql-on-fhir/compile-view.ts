// A ViewDefinition compiled to one DuckDB SELECT. Each resource's rows are built as a LIST of STRUCTs
// by list functions (forEach = list_transform + flatten, nested selects = cross product, unionAll =
// list_concat) and unnested once, so the whole view is a single vectorised projection over the
// resources that DuckDB runs in parallel, streaming from NDJSON. `repeat` is unrolled to a fixed depth
// (repeatDepth): SQL has no recursion inside an expression, and a deeper tree is a query error rather
// than silently cut.
import { ViewDefinitionError } from './errors.js';
import { type ValueType, valueTypeOf } from './fhir-model.js';
import { parseFhirPath } from './fhirpath-ast.js';
import { compile, itemValue, jsonItem, type Scope } from './fhirpath-sql.js';
import { jsonMember, sqlIdent, sqlString } from './sql.js';
import { Names, rootResource, scalar, sqlType, toBoolean, toList, toScalar, type Value } from './values.js';
import {
  type Column,
  type Constant,
  type Select,
  type ViewDefinition,
  ViewDefinitionSchema,
} from './view-definition.js';

/** How deep `repeat` follows its paths; a deeper tree makes the query fail with a clear message. */
export const repeatDepth = 16;

/** One output column: its name and DuckDB type. */
export interface OutputColumn {
  name: string;
  sqlType: string;
}

interface Field {
  name: string;
  sql: string;
}

/** A select's rows for one item: either exactly one row given by its fields, or a LIST of STRUCTs. */
interface Rows {
  columns: OutputColumn[];
  /** Exactly one row: its column expressions (no list built). */
  fields?: Field[];
  /** Otherwise: SQL of a LIST of STRUCTs, one per row. */
  sql?: string;
}

const integerColumnTypes = new Set(['integer', 'positiveInt', 'unsignedInt', 'integer64']);

function columnValueType(column: Column, value: Value): ValueType {
  if (column.type === undefined) return value.type;
  if (column.type === 'boolean' || column.type === 'decimal') return column.type;
  return integerColumnTypes.has(column.type) ? 'integer' : 'string';
}

function constantValue(constant: Constant): Value {
  const key = Object.keys(constant).find((k) => k.startsWith('value'));
  const value = key === undefined ? undefined : constant[key];
  const fhirType = key === undefined ? '' : `${key.charAt(5).toLowerCase()}${key.slice(6)}`;
  const type = valueTypeOf(fhirType);
  if (type === 'boolean' && typeof value === 'boolean') return scalar(String(value), 'boolean');
  if ((type === 'integer' || type === 'decimal') && typeof value === 'number' && Number.isFinite(value)) {
    return scalar(`CAST(${value} AS ${sqlType(type)})`, type);
  }
  if (type === 'string' && typeof value === 'string') return scalar(sqlString(value), 'string');
  throw new ViewDefinitionError(`constant %${constant.name}: unsupported or invalid ${key ?? 'value'}`);
}

function struct(fields: { name: string; sql: string }[]): string {
  return `{${fields.map((f) => `${sqlString(f.name)}: ${f.sql}`).join(', ')}}`;
}

function listOf(rows: Rows): string {
  return rows.fields !== undefined ? `[${struct(rows.fields)}]` : (rows.sql ?? '[]');
}

class ViewCompiler {
  readonly names = new Names();

  private readonly constants: ReadonlyMap<string, Value>;

  constructor(constants: ReadonlyMap<string, Value>) {
    this.constants = constants;
  }

  expression(path: string, focus: Value, resource: Value, rowIndex: string, what: string): Value {
    const scope: Scope = { names: this.names, focus, resource, rowIndex, constants: this.constants, what };
    return compile(parseFhirPath(path, what), scope);
  }

  columns(columns: Column[], focus: Value, resource: Value, rowIndex: string): Rows {
    const out = columns.map((column) => {
      const what = `column "${column.name}"`;
      const value = this.expression(column.path, focus, resource, rowIndex, what);
      const type = columnValueType(column, value);
      const sql = column.collection
        ? toList(this.names, value, type)
        : toScalar(this.names, value, `${what} (set collection: true for several values)`, type);
      return { name: column.name, sql, sqlType: `${sqlType(type)}${column.collection ? '[]' : ''}` };
    });
    return {
      fields: out.map(({ name, sql }) => ({ name, sql })),
      columns: out.map(({ name, sqlType }) => ({ name, sqlType })),
    };
  }

  // The product of two row sets, each row of `a` with each row of `b`; single rows need no lambda.
  cross(a: Rows, b: Rows): Rows {
    const columns = [...a.columns, ...b.columns];
    if (a.fields !== undefined && b.fields !== undefined) return { columns, fields: [...a.fields, ...b.fields] };
    const [x, y] = [this.names.next(), this.names.next()];
    const of = (row: string, rows: Rows) =>
      rows.columns.map((c) => ({ name: c.name, sql: `${row}.${sqlIdent(c.name)}` }));
    if (a.fields !== undefined)
      return { columns, sql: `list_transform(${b.sql}, lambda ${y}: ${struct([...a.fields, ...of(y, b)])})` };
    if (b.fields !== undefined)
      return { columns, sql: `list_transform(${a.sql}, lambda ${x}: ${struct([...of(x, a), ...b.fields])})` };
    const pairs = `list_transform(${b.sql}, lambda ${y}: ${struct([...of(x, a), ...of(y, b)])})`;
    return { columns, sql: `flatten(list_transform(${a.sql}, lambda ${x}: ${pairs}))` };
  }

  union(branches: Rows[], where: string): Rows {
    const [head, ...rest] = branches;
    if (head === undefined) throw new ViewDefinitionError(`${where}: empty unionAll`);
    const names = head.columns.map((c) => c.name).join(', ');
    for (const branch of rest) {
      if (branch.columns.map((c) => c.name).join(', ') !== names) {
        const other = branch.columns.map((c) => c.name).join(', ');
        throw new ViewDefinitionError(`${where}: unionAll branches have different columns (${names} / ${other})`);
      }
    }
    // Branches may infer different types for a column: read them all as the first branch's, or text.
    const columns = head.columns.map((c, i) => {
      const same = rest.every((b) => b.columns[i]?.sqlType === c.sqlType);
      return { name: c.name, sqlType: same ? c.sqlType : 'VARCHAR' };
    });
    const structType = `STRUCT(${columns.map((c) => `${sqlIdent(c.name)} ${c.sqlType}`).join(', ')})[]`;
    const parts = branches.map((b) => `CAST(${listOf(b)} AS ${structType})`);
    return { sql: parts.length === 1 ? (parts[0] ?? '') : `list_concat(${parts.join(', ')})`, columns };
  }

  /** The row sets of a select's column, select and unionAll, to be crossed. */
  parts(select: Select, focus: Value, resource: Value, rowIndex: string, where: string): Rows[] {
    const parts: Rows[] = [];
    if (select.column !== undefined && select.column.length > 0) {
      parts.push(this.columns(select.column, focus, resource, rowIndex));
    }
    for (const [i, nested] of (select.select ?? []).entries()) {
      parts.push(this.rows(nested, focus, resource, rowIndex, `${where}.select[${i}]`));
    }
    if (select.unionAll !== undefined) {
      const branches = select.unionAll.map((b, i) =>
        this.rows(b, focus, resource, rowIndex, `${where}.unionAll[${i}]`),
      );
      parts.push(this.union(branches, where));
    }
    if (parts.length === 0) throw new ViewDefinitionError(`${where}: a select needs column, select or unionAll`);
    return parts;
  }

  body(select: Select, focus: Value, resource: Value, rowIndex: string, where: string): Rows {
    const [first, ...others] = this.parts(select, focus, resource, rowIndex, where);
    return others.reduce((rows, next) => this.cross(rows, next), first as Rows);
  }

  // The items `repeat` visits, depth first: each item, then its descendants along any of `paths`.
  // Level by level (each item keyed by its position path, e.g. [2, 1]), then sorted by key, which is
  // depth-first order. Each level is an argument of the next, not nested in its lambdas: DuckDB binds
  // nested lambdas in time exponential in their depth.
  repeat(paths: string[], focus: Value, resource: Value, where: string): string {
    const children = (from: Value) => {
      const lists = paths.map((p) =>
        toList(this.names, this.expression(p, from, resource, '0', `${where}.repeat`), 'json'),
      );
      return lists.length === 1 ? (lists[0] ?? '') : `list_concat(${lists.join(', ')})`;
    };
    const [c, i] = [this.names.next(), this.names.next()];
    const l = this.names.next();
    const first = `list_transform(${children(focus)}, lambda ${c}, ${i}: {'k': [${i}], 'n': ${c}})`;
    let state = `list_transform([${first}], lambda ${l}: {'all': ${l}, 'front': ${l}})[1]`;
    for (let depth = 2; depth <= repeatDepth; depth += 1) {
      const [s, p, c2, i2, f] = [1, 2, 3, 4, 5].map(() => this.names.next());
      const next = `flatten(list_transform(${s}.front, lambda ${p}: list_transform(${children(jsonItem(`${p}.n`, undefined))}, lambda ${c2}, ${i2}: {'k': list_append(${p}.k, ${i2}), 'n': ${c2}})))`;
      state = `list_transform([${state}], lambda ${s}: list_transform([${next}], lambda ${f}: {'all': list_concat(${s}.all, ${f}), 'front': ${f}})[1])[1]`;
    }
    const [s, n, e] = [this.names.next(), this.names.next(), this.names.next()];
    const message = sqlString(`${where}.repeat: deeper than ${repeatDepth} levels`);
    const deeper = `len(flatten(list_transform(${s}.front, lambda ${n}: ${children(jsonItem(`${n}.n`, undefined))}))) > 0`;
    return `list_transform([${state}], lambda ${s}: CASE WHEN ${deeper} THEN error(${message}) ELSE list_transform(list_sort(${s}.all), lambda ${e}: ${e}.n) END)[1]`;
  }

  rows(select: Select, focus: Value, resource: Value, rowIndex: string, where: string): Rows {
    const path = select.forEach ?? select.forEachOrNull;
    if (path === undefined && select.repeat === undefined) return this.body(select, focus, resource, rowIndex, where);
    let items: Value;
    if (select.repeat !== undefined) {
      items = { kind: 'list', sql: this.repeat(select.repeat, focus, resource, where), type: 'json', fhir: undefined };
    } else {
      items = this.expression(path ?? '', focus, resource, rowIndex, `${where}.forEach`);
    }
    const orNull = select.forEachOrNull !== undefined;
    const [item, index] = [this.names.next(), this.names.next()];
    const inner = this.body(select, itemValue(item, items.type, items.fhir, orNull), resource, `(${index} - 1)`, where);
    const list = toList(this.names, items);
    // forEachOrNull over nothing evaluates the body once on an empty item: its columns come out null.
    const source = orNull ? `coalesce(nullif(${list}, []), [NULL])` : list;
    if (inner.fields !== undefined) {
      return {
        sql: `list_transform(${source}, lambda ${item}, ${index}: ${struct(inner.fields)})`,
        columns: inner.columns,
      };
    }
    return {
      sql: `flatten(list_transform(${source}, lambda ${item}, ${index}: ${inner.sql}))`,
      columns: inner.columns,
    };
  }
}

/** Reads a ViewDefinition, throwing a ViewDefinitionError that names every problem. */
export function parseViewDefinition(view: unknown): ViewDefinition {
  const parsed = ViewDefinitionSchema.safeParse(view);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(view)'}: ${i.message}`);
    throw new ViewDefinitionError(`invalid ViewDefinition: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The compiled view: its SQL and output columns in order. */
export interface CompiledView {
  sql: string;
  columns: OutputColumn[];
}

/** Compiles `view` to one SELECT over `source` (a relation or parenthesised query with a JSON column `resource`). */
export function compileViewWithColumns(view: ViewDefinition, source = 'resources'): CompiledView {
  const definition = parseViewDefinition(view);
  const constants = new Map<string, Value>();
  for (const constant of definition.constant ?? []) constants.set(constant.name, constantValue(constant));
  const compiler = new ViewCompiler(constants);
  const resource = jsonItem(rootResource, definition.resource);
  const parts = compiler.parts({ select: definition.select }, resource, resource, '0', 'select');
  const columns = parts.flatMap((p) => p.columns);
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.name)) throw new ViewDefinitionError(`column "${column.name}" is defined twice`);
    seen.add(column.name);
  }
  const type = { ...resource, jsonPath: jsonMember('resourceType'), type: 'string' as const };
  const filters = [`${toScalar(compiler.names, type, 'resourceType')} = ${sqlString(definition.resource)}`];
  for (const [i, where] of (definition.where ?? []).entries()) {
    const what = `where[${i}]`;
    const value = compiler.expression(where.path, resource, resource, '0', what);
    filters.push(`coalesce(${toBoolean(compiler.names, value, what)}, false)`);
  }
  // Single-row parts are computed once per resource, outside the unnest of the iterated ones.
  const lists = parts.filter((p) => p.fields === undefined);
  const [firstList, ...otherLists] = lists;
  const iterated = firstList === undefined ? undefined : otherLists.reduce((a, b) => compiler.cross(a, b), firstList);
  const select = parts
    .flatMap((p) => p.fields ?? p.columns.map((c) => ({ name: c.name, sql: `__row.${sqlIdent(c.name)}` })))
    .map((f) => `${f.sql} AS ${sqlIdent(f.name)}`)
    .join(', ');
  // The text test is a cheap pre-filter (no JSON parse) that every resource of the type passes; the
  // resourceType member decides. All paths read from the resource come from one json_extract.
  const paths = `[${compiler.names.rootPaths.map(sqlString).join(', ')}]`;
  const resources = `(SELECT __src0.resource, json_extract(__src0.resource, ${paths}) AS __p FROM ${source} AS __src0 WHERE contains(CAST(__src0.resource AS VARCHAR), ${sqlString(`"${definition.resource}"`)}))`;
  const from = `${resources} AS __src WHERE ${filters.join(' AND ')}`;
  const sql =
    iterated === undefined
      ? `SELECT ${select} FROM ${from}`
      : `SELECT ${select} FROM (SELECT __src.resource, __src.__p, unnest(${iterated.sql}) AS __row FROM ${from}) AS __src`;
  return { sql, columns };
}

/** DuckDB SQL SELECT for `view` over `source`, a relation with one JSON column named `resource`. */
export function compileView(view: ViewDefinition, source = 'resources'): string {
  return compileViewWithColumns(view, source).sql;
}
