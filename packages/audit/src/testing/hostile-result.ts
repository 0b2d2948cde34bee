import { knowledgeVersion } from '@spine-advisor/engine';
import type { AuditPatient, AuditResult, ImagingEntry } from '../result.js';
import { countSupport, supportBy, topMissing } from '../result.js';

/**
 * Text an export may hold where the report, the CSV and the web page show data: markup that would
 * run, break out of an attribute or a table cell, or start a spreadsheet formula.
 */
export const hostile = {
  patient: 'Patient/<script>window.__pwned=1</script>',
  study: 'ImagingStudy/"><img src=x onerror="window.__pwned=2">',
  site: "Location/</title><svg onload=window.__pwned=3>&amp;'",
  otherSite: '=HYPERLINK("http://evil.example/","x")',
  siteName: '<img src=x onerror="window.__pwned=4"> West',
  practitioner: "@SUM(1+1)*cmd|' /C calc'!A0",
  fact: '-2+3; age: <b>40</b>, "quoted"\nsecond line',
  version: '<i>2026</i>',
} as const;

const study = (over: Partial<ImagingEntry>): ImagingEntry => ({
  date: '2025-03-10',
  procedure: 'mri-lumbar-without-contrast',
  daysAfterIesd: 9,
  inWindow: true,
  support: 'not-supported',
  urgency: 'none',
  acrVariant: 1,
  missing: ['fever', 'weightLoss'],
  study: hostile.study,
  modality: 'mri',
  site: hostile.site,
  practitioner: hostile.practitioner,
  facts: [hostile.fact, 'age: 40 (Patient: birth date)'],
  ...over,
});

/** A small audit result whose every data-derived text is hostile. */
export function hostileResult(): AuditResult {
  const patients: AuditPatient[] = [
    {
      patient: hostile.patient,
      ageAtYearEnd: 40,
      stratum: '18-64',
      iesd: '2025-03-01',
      status: 'imaged',
      reason: null,
      exclusions: [],
      imaging: [
        study({}),
        study({
          date: '2025-05-01',
          daysAfterIesd: 61,
          inWindow: false,
          support: 'supported',
          site: hostile.otherSite,
        }),
      ],
    },
    {
      patient: '+Patient/2',
      ageAtYearEnd: 70,
      stratum: '65-75',
      iesd: '2025-04-01',
      status: 'excluded',
      reason: null,
      exclusions: ['cancer'],
      imaging: [study({ study: 'ImagingStudy/2', support: 'undetermined', urgency: null, acrVariant: null })],
    },
  ];
  const studies = patients.flatMap((p) => p.imaging);
  return {
    schemaVersion: 1,
    measurementYear: 2025,
    knowledgeVersion,
    valueSetsVersion: hostile.version,
    input: { files: 1, resources: 9, invalidLines: 0, byType: { Patient: 2, '<b>Type</b>': 7 } },
    strata: [
      { stratum: '18-64', eligible: 1, excluded: 0, denominator: 1, numerator: 1, rate: 0 },
      { stratum: '65-75', eligible: 1, excluded: 1, denominator: 0, numerator: 0, rate: null },
      { stratum: 'total', eligible: 2, excluded: 1, denominator: 1, numerator: 1, rate: 0 },
    ],
    exclusions: { cancer: 1 },
    imaging: countSupport(studies),
    appropriateness: {
      byModality: supportBy(studies, (s) => s.modality),
      bySite: supportBy(studies, (s) => s.site),
      byPractitioner: supportBy(studies, (s) => s.practitioner),
      topMissing: topMissing(studies),
    },
    names: { [hostile.site]: hostile.siteName },
    patients,
  };
}
