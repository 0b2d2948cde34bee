/**
 * The case carried in a link (`#/clinician?case=…`, for example from a CDS Hooks card): base64url of
 * the case's UTF-8 JSON. Undefined when the text is not such a link; the case itself is checked by
 * `parseCase` afterwards, like any input.
 */
export function decodeCaseLink(encoded: string): Record<string, unknown> | undefined {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const json: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? { ...json } : undefined;
  } catch {
    return undefined;
  }
}
