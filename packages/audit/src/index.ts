export * from './sql-on-fhir/index.js';
