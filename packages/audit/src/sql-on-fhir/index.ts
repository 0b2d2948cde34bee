export {
  type CompiledView,
  compileView,
  compileViewWithColumns,
  type OutputColumn,
  parseViewDefinition,
  repeatDepth,
} from './compile-view.js';
export { ViewDefinitionError } from './errors.js';
export { type LoadResult, linesTable, loadResources } from './load.js';
export { plainRows, runView } from './run-view.js';
export {
  type Column,
  ColumnSchema,
  type Constant,
  ConstantSchema,
  type Select,
  SelectSchema,
  type ViewDefinition,
  ViewDefinitionSchema,
} from './view-definition.js';
