import type { AuditResult } from '../result.js';

/** The self-contained HTML report of an audit result. */
export function renderReport(result: AuditResult): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Audit ${result.measurementYear}</title></head><body></body></html>`;
}
