import { stringify } from 'csv-stringify/sync';
import type { AuditResult } from './result.js';

/** The evidence CSV: one row per judged study, with the facts and missing facts behind it. */
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
    ],
    cast: { boolean: (b) => String(b) },
  });
}
