/** A ViewDefinition the runner cannot compile: invalid structure, bad FHIRPath, unsupported function. */
export class ViewDefinitionError extends Error {
  override readonly name = 'ViewDefinitionError';
}
