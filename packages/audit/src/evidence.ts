import { stringify } from 'csv-stringify/sync';
import type { AuditResult } from './result.js';

/** A cell a spreadsheet would run as a formula (OWASP "CSV injection"): starts with = + - @, a tab or a carriage return. */
const formulaStart = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet: a formula-like start is kept as text by a leading `'`. */
export function spreadsheetSafe(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * The evidence CSV: one row per judged study, with the facts and missing facts behind it, and the names
 * of its site and practitioner where the export gives them. A header
 * row, RFC 4180 quoting (a field is quoted when it holds a comma, a quote or a line break, its quotes
 * doubled), a line feed after each record; every text cell is made spreadsheet-safe.
 */
export function evidenceCsv(result: AuditResult): string {
  const rows = result.patients.flatMap((p) =>
    p.imaging.map((s) => ({
      patient: p.patient,
      stratum: p.stratum ?? '',
      status: p.status,
      iesd: p.iesd ?? '',
      study: s.study,
      date: s.date,
      procedure: s.procedure,
      modality: s.modality,
      daysAfterIesd: s.daysAfterIesd,
      inWindow: s.inWindow,
      support: s.support,
      urgency: s.urgency ?? '',
      acrVariant: s.acrVariant ?? '',
      site: s.site ?? '',
      practitioner: s.practitioner ?? '',
      missing: s.missing.join('; '),
      facts: s.facts.join('; '),
      siteName: (s.site && result.names[s.site]) ?? '',
      practitionerName: (s.practitioner && result.names[s.practitioner]) ?? '',
    })),
  );
  return stringify(rows, {
    header: true,
    columns: [
      'patient',
      'stratum',
      'status',
      'iesd',
      'study',
      'date',
      'procedure',
      'modality',
      'daysAfterIesd',
      'inWindow',
      'support',
      'urgency',
      'acrVariant',
      'site',
      'practitioner',
      'missing',
      'facts',
      // Added after the first columns, so readers by position keep working.
      'siteName',
      'practitionerName',
    ],
    cast: { boolean: (b) => String(b), string: spreadsheetSafe },
  });
}
