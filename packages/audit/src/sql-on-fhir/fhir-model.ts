// What the compiler knows statically about FHIR R4 elements: type, cardinality, choice types. It reads
// the model tables that fhirpath.js ships (generated from the FHIR R4 StructureDefinitions), so a path
// like `code.coding.code` compiles to one JSON path instead of a runtime test of every step.
import r4 from 'fhirpath/fhir-context/r4';

/** The kind of SQL value an expression yields: JSON, or a FHIR primitive read into a SQL type. */
export type ValueType = 'json' | 'string' | 'integer' | 'decimal' | 'boolean';

/** A child element as the model describes it; `repeating` is undefined when the model cannot tell. */
export interface ElementInfo {
  /** Model path of the child's own definition, e.g. `Patient.contact` or `HumanName`. */
  path: string;
  /** FHIR type name, e.g. `HumanName`, `string`, `BackboneElement`. */
  type: string;
  repeating: boolean | undefined;
}

const path2Type = r4.path2Type as Record<string, string | undefined>;
const path2Repeating = r4.path2Repeating as Record<string, boolean | undefined>;
const choiceTypePaths = r4.choiceTypePaths as Record<string, string[] | undefined>;
const pathsDefinedElsewhere = r4.pathsDefinedElsewhere as Record<string, string | undefined>;
const type2Parent = r4.type2Parent as Record<string, string | undefined>;

const integerTypes = new Set(['integer', 'positiveInt', 'unsignedInt', 'integer64', 'System.Integer']);
const stringTypes = new Set([
  'string',
  'code',
  'id',
  'uri',
  'url',
  'canonical',
  'oid',
  'uuid',
  'markdown',
  'base64Binary',
  'date',
  'dateTime',
  'instant',
  'time',
  'xhtml',
  'System.String',
  'System.Date',
  'System.DateTime',
  'System.Time',
]);

/** SQL value kind of a FHIR type name; complex types and unknowns stay JSON. */
export function valueTypeOf(fhirType: string | undefined): ValueType {
  if (fhirType === undefined) return 'json';
  if (fhirType === 'boolean' || fhirType === 'System.Boolean') return 'boolean';
  if (fhirType === 'decimal' || fhirType === 'System.Decimal') return 'decimal';
  if (integerTypes.has(fhirType)) return 'integer';
  return stringTypes.has(fhirType) ? 'string' : 'json';
}

/** The path under which an element's children are defined (its type, or itself for backbone elements). */
function definitionOf(path: string): string {
  const type = path2Type[path];
  const own = type === undefined || type === 'BackboneElement' || type === 'Element' ? path : type;
  return pathsDefinedElsewhere[own] ?? own;
}

/** Looks `name` up on the element at model path `parent`, walking up the type hierarchy (Resource.id…). */
export function childElement(parent: string, name: string): ElementInfo | undefined {
  const base = definitionOf(parent);
  const direct = `${base}.${name}`;
  const elsewhere = pathsDefinedElsewhere[direct];
  // Elements defined elsewhere (Questionnaire.item.item) have no cardinality entry of their own.
  if (elsewhere !== undefined)
    return { path: elsewhere, type: path2Type[elsewhere] ?? elsewhere, repeating: undefined };
  for (let type: string | undefined = base; type !== undefined; type = type2Parent[type]) {
    const path = `${type}.${name}`;
    const childType = path2Type[path];
    if (childType !== undefined) return { path, type: childType, repeating: path2Repeating[path] === true };
  }
  return undefined;
}

/** The type suffixes of a choice element (`Observation.value` → Quantity, String…), if it is one. */
export function choiceTypes(parent: string, name: string): readonly string[] | undefined {
  const base = definitionOf(parent);
  for (let type: string | undefined = base; type !== undefined; type = type2Parent[type]) {
    const choices = choiceTypePaths[`${type}.${name}`];
    if (choices !== undefined) return choices;
  }
  return undefined;
}

/** True when `name` is a FHIR resource or data type the model knows. */
export function isKnownType(name: string): boolean {
  return type2Parent[name] !== undefined;
}

/** The FHIR type of the element at a model path (`Quantity.value` → decimal), if known. */
export function fhirTypeOf(path: string | undefined): string | undefined {
  return path === undefined ? undefined : path2Type[path];
}
