// FHIRPath text to a syntax tree, by fhirpath.js's ANTLR parser (the HL7 reference grammar), so this
// package only compiles the tree and never parses FHIRPath itself.
import { parse } from 'fhirpath';
import { ViewDefinitionError } from './errors.js';

/** A node of fhirpath.js's parse tree: `type` is the grammar rule, `text` the operator or name. */
export interface PathNode {
  type: string;
  text?: string;
  children?: PathNode[];
}

function isPathNode(value: unknown): value is PathNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Parses one FHIRPath expression; a syntax error becomes a ViewDefinitionError naming `where`. */
export function parseFhirPath(expression: string, where: string): PathNode {
  let tree: unknown;
  try {
    tree = parse(expression);
  } catch (error) {
    throw new ViewDefinitionError(`${where}: cannot parse FHIRPath "${expression}": ${String(error)}`);
  }
  // The tree is EntireExpression > EntireExpression > expression.
  let node = tree;
  while (isPathNode(node) && node.type === 'EntireExpression') node = node.children?.[0];
  if (!isPathNode(node)) throw new ViewDefinitionError(`${where}: empty FHIRPath "${expression}"`);
  return node;
}

/** The i-th child of a node, which the grammar guarantees for that node type. */
export function child(node: PathNode, index: number): PathNode {
  const found = node.children?.[index];
  if (found === undefined) throw new ViewDefinitionError(`malformed FHIRPath tree at ${node.type}`);
  return found;
}

const escapes: Record<string, string> = { f: '\f', n: '\n', r: '\r', t: '\t' };

/** The value of a FHIRPath string literal or delimited identifier (quotes removed, escapes resolved). */
export function unquote(text: string): string {
  const quote = text[0];
  if (quote !== "'" && quote !== '`' && quote !== '"') return text;
  return text
    .slice(1, -1)
    .replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, code: string) =>
      code.length === 5 ? String.fromCharCode(Number.parseInt(code.slice(1), 16)) : (escapes[code] ?? code),
    );
}
