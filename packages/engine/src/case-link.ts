/**
 * A case in a link: the UTF-8 JSON of the case as base64url (RFC 4648 §5, no padding). Encode and
 * decode live together so they cannot drift; both run in browsers and Node (TextEncoder, btoa, atob
 * are globals in both), so the engine stays free of `Buffer`. A case holds no patient identifiers.
 */

// Globals of every browser and of Node ≥ 16, declared here because the engine compiles without DOM
// or Node types.
declare const btoa: (binary: string) => string;
declare const atob: (base64: string) => string;
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };

/** Bytes per `String.fromCharCode` call: far below any engine's argument limit. */
const chunk = 0x8000;

/** The base64url text of a value's JSON (UTF-8). */
export function encodeCaseLink(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The value a base64url case link holds, or undefined when it is not base64url of UTF-8 JSON. */
export function decodeCaseLink(encoded: string): unknown {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return undefined;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
