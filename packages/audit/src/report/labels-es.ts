import type { AuditLabels } from './labels.js';

/** The labels in Spanish (the web audit page's terms). */
export const labelsEs: AuditLabels = {
  strataTable: {
    caption: 'Tasa por grupo de edad: 1 − con imagen / denominador. Más alta es mejor.',
    stratum: 'Grupo de edad',
    eligible: 'Elegibles',
    excluded: 'Excluidos',
    denominator: 'Denominador',
    numerator: 'Con imagen ≤ 28 días',
    rate: 'Tasa',
  },
  strata: { '18-64': 'De 18 a 64 años', '65-75': 'De 65 a 75 años', total: 'Todos, de 18 a 75 años' },
  funnel: {
    'low-back-pain': 'Diagnóstico de dolor lumbar',
    eligible: 'Elegibles',
    excluded: 'Excluidos',
    denominator: 'Denominador',
    imaged: 'Con imagen en 28 días',
  },
  reasons: {
    cancer: 'Cáncer',
    hiv: 'VIH',
    'organ-transplant': 'Trasplante de órgano',
    osteoporosis: 'Osteoporosis',
    spondylopathy: 'Espondilopatía',
    'lumbar-surgery': 'Cirugía lumbar',
    'iv-drug-abuse': 'Uso de drogas inyectadas',
    'neurologic-impairment': 'Daño neurológico',
    'spinal-infection': 'Infección de la columna',
    trauma: 'Traumatismo',
    'fragility-fracture': 'Fractura por fragilidad',
    corticosteroids: 'Corticoides a largo plazo',
    hospice: 'Cuidados de hospicio',
    'palliative-care': 'Cuidados paliativos',
    death: 'Falleció en el año',
    'frailty-advanced-illness': 'Fragilidad con enfermedad avanzada',
  },
  support: { supported: 'Justificado', 'not-supported': 'No justificado', undetermined: 'Sin determinar' },
};
