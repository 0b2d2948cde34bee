export { formatAssessment, formatReading, type Style } from './format.js';
export { exitCodes, type Io, run } from './run.js';
