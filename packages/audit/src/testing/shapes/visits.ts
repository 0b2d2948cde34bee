import { systems } from '@spine-advisor/fhir';
import { at, day, lbpVisit, patient, type Shape, v3, visit } from './common.js';

/** Visit kinds: every non-inpatient class qualifies; inpatient classes and types do not. */
export const visitShapes: Shape[] = [
  ...['EMER', 'OBSENC', 'VR', 'HH', 'PRENC', 'SS'].map(
    (code): Shape => ({
      name: `class ${code} qualifies`,
      resources: [
        patient(`s-class-${code}`),
        lbpVisit(`s-class-${code}-v`, `s-class-${code}`, day, { class: { system: v3, code } }),
      ],
      status: 'not-imaged',
      iesd: day,
    }),
  ),
  ...['IMP', 'ACUTE', 'NONAC'].map(
    (code): Shape => ({
      name: `class ${code} does not qualify`,
      resources: [
        patient(`s-class-${code}`),
        lbpVisit(`s-class-${code}-v`, `s-class-${code}`, day, { class: { system: v3, code } }),
      ],
      status: 'not-eligible',
      reason: 'no-qualifying-visit',
    }),
  ),
  {
    name: 'class IMP without a system does not qualify',
    resources: [patient('s-imp-nosys'), lbpVisit('s-imp-nosys-v', 's-imp-nosys', day, { class: { code: 'IMP' } })],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'class IMP by the v3 ActCode OID does not qualify',
    resources: [
      patient('s-imp-oid'),
      lbpVisit('s-imp-oid-v', 's-imp-oid', day, { class: { system: 'urn:oid:2.16.840.1.113883.5.4', code: 'IMP' } }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'a visit with no class qualifies',
    resources: [patient('s-no-class'), { ...lbpVisit('s-no-class-v', 's-no-class', day), class: undefined }],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'a hospital admission by type (SNOMED) does not qualify',
    resources: [
      patient('s-admission-type'),
      {
        ...lbpVisit('s-admission-type-v', 's-admission-type', day, {
          type: [{ coding: [{ system: systems.snomed, code: '32485007' }] }],
        }),
        class: undefined,
      },
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'physical therapy evaluation (CPT type) qualifies',
    resources: [
      patient('s-pt'),
      lbpVisit('s-pt-v', 's-pt', day, { type: [{ coding: [{ system: systems.cpt, code: '97161' }] }] }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'chiropractic manipulation (CPT type) qualifies',
    resources: [
      patient('s-chiro'),
      lbpVisit('s-chiro-v', 's-chiro', day, { type: [{ coding: [{ system: systems.cpt, code: '98940' }] }] }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
  {
    name: 'observation visit the day before an admission does not qualify',
    resources: [
      patient('s-obs-admit'),
      lbpVisit('s-obs-admit-v', 's-obs-admit', day, { class: { system: v3, code: 'OBSENC' } }),
      visit('s-obs-admit-stay', 's-obs-admit', at(1), { class: { system: v3, code: 'IMP' } }),
    ],
    status: 'not-eligible',
    reason: 'no-qualifying-visit',
  },
  {
    name: 'an outpatient visit two days before an admission qualifies',
    resources: [
      patient('s-before-admit'),
      lbpVisit('s-before-admit-v', 's-before-admit', day),
      visit('s-before-admit-stay', 's-before-admit', at(2), { class: { system: v3, code: 'IMP' } }),
    ],
    status: 'not-imaged',
    iesd: day,
  },
];
