export type { ViewDefinition } from './sql-on-fhir/index.js';
export { compileView, runView } from './sql-on-fhir/index.js';
