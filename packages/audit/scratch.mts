import { compileView } from './src/sql-on-fhir/index.ts';
import { loadViews } from './src/views.ts';
const v = (await loadViews()).find(v => v.name === process.argv[2])!;
console.log(compileView(v, 'resources'));
