import { fieldLabelsEs } from '@spine-advisor/engine';
import { labelsEs } from './labels-es.js';
import type { ReportWords } from './words.js';

/**
 * Spanish (usted, plain words), in the terms of the web app's audit page in Spanish
 * (packages/web/src/text/es.ts, section `audit`, and the clinician view's field labels).
 */
export const es: ReportWords = {
  title: (year) => `Auditoría de imágenes por dolor lumbar, ${year}`,
  documentTitle: (year) => `Auditoría de imágenes por dolor lumbar ${year} — spine-advisor`,
  meta: {
    measure:
      'La medida sigue el modelo de la medida HEDIS sobre el uso de estudios de imagen para el dolor lumbar (lógica de 2025); no está certificada por el NCQA.',
    versions: (valueSets, knowledge) => `Listas de códigos ${valueSets}; conocimiento del motor ${knowledge}.`,
    read: (resources, files, invalid) =>
      `Recursos leídos: ${resources}, de archivos: ${files}.${invalid === null ? '' : ` Líneas no válidas omitidas: ${invalid}.`}`,
  },
  sections: {
    rate: 'La tasa',
    funnel: 'Del diagnóstico al estudio de imagen',
    exclusions: 'Exclusiones',
    weeks: 'Cuándo se hicieron los estudios',
    support: '¿Estaba justificado cada estudio?',
    missing: 'Datos que faltan más a menudo',
    notSupported: 'Estudios no justificados',
    notes: 'Cómo leer esto',
  },
  key: {
    rate: 'Tasa (total)',
    denominator: 'Denominador',
    numerator: 'Con imagen en 28 días',
    studies: 'Estudios valorados',
  },
  none: 'Ninguno',
  strata: {
    ...labelsEs.strataTable,
    names: labelsEs.strata,
    figure: 'Tasa por grupo de edad',
    chartTitle: 'Tasa por grupo de edad (más alta es mejor)',
    chartAlt: (rates) =>
      `Parte del denominador sin estudio de imagen en los 28 días siguientes, por grupo de edad: ${rates}.`,
    noDenominator: 'sin tasa (nadie en el denominador)',
  },
  funnel: {
    figure: 'Pacientes en cada paso',
    caption: 'Embudo',
    step: 'Paso',
    patients: 'Pacientes',
    steps: labelsEs.funnel,
    chartAlt: (steps) => `Embudo: ${steps}.`,
  },
  exclusions: {
    figure: 'Pacientes por motivo de exclusión (cada paciente cuenta una vez por motivo)',
    caption: 'Motivos de exclusión',
    chartTitle: 'Motivos de exclusión',
    reason: 'Motivo',
    patients: 'Pacientes',
    none: 'No se excluyó a ningún paciente.',
    reasons: labelsEs.reasons,
    chartAlt: (reasons) => `Pacientes por motivo de exclusión: ${reasons}.`,
  },
  weeks: {
    figure: 'Estudios lumbares por semana después de la visita índice',
    caption: 'Estudios por semana',
    week: 'Semana después de la visita índice',
    weekAxis: 'Semana después de la visita índice (0 = días 0 a 6)',
    studies: 'Estudios',
    window: 'Dentro del plazo de 28 días',
    windowLegend: 'Dentro del plazo de 28 días',
    windowValues: { yes: 'sí', 'day-28': 'solo el día 28', no: 'no' },
    inWindow: { yes: 'sí', no: 'no' },
    weekName: (week) => `Semana ${week}`,
    chartAlt: (weeks) =>
      `Estudios por semana después de la visita índice: ${weeks}. Las semanas 0 a 3 y el día 28 están dentro del plazo de la medida.`,
    none: 'Ningún paciente elegible tuvo estudios lumbares.',
  },
  support: {
    intro: (v) =>
      `Para cada estudio lumbar de un paciente elegible, el motor valoró el caso armado con lo que el expediente documentaba hasta el día del estudio: <strong>${v.supported}</strong> (el motor considera que la imagen está indicada ahora), <strong>${v['not-supported']}</strong> (considera que la imagen no está indicada ahora) o <strong>${v.undetermined}</strong> (no puede valorar: no se documentó la edad o el inicio del dolor).`,
    values: labelsEs.support,
    studies: 'Estudios',
    all: 'Todos los estudios valorados',
    byModality: 'Por tipo de estudio',
    bySite: 'Por centro',
    byPractitioner: 'Por profesional que lo pidió',
    modality: 'Tipo de estudio',
    site: 'Centro',
    practitioner: 'Profesional',
    judgement: 'Valoración',
    chartByModality: 'Valoración por tipo de estudio',
    chartBySite: 'Valoración por centro',
    chartAlt: (title, groups) => `${title}: ${groups}.`,
    groupAlt: (group, c) =>
      `${group}: justificados ${c.supported}, no justificados ${c['not-supported']}, sin determinar ${c.undetermined}`,
    noStudies: (title) => `${title}: no hay estudios.`,
  },
  missing: {
    caption: 'Datos que más faltan en los estudios no justificados o sin determinar',
    field: 'Dato',
    studies: 'Estudios sin este dato',
  },
  notSupported: {
    caption:
      'Cada estudio que el motor consideró no indicado, con los datos que leyó y lo que faltaba en el expediente',
    patient: 'Paciente',
    study: 'Estudio',
    date: 'Fecha',
    procedure: 'Procedimiento',
    days: 'Días después de la visita índice',
    site: 'Centro',
    facts: 'Datos documentados',
    notDocumented: 'Sin documentar',
    none: 'Ninguno.',
  },
  axis: (title) => `Eje: ${title}`,
  legend: (title) => `Leyenda: ${title}`,
  notes: [
    'Tasa = 1 − numerador / denominador: la parte de los pacientes sin estudio de imagen en los 28 días siguientes a la visita índice. Más alta es mejor.',
    'Los datos FHIR se acercan a la definición basada en facturación: el diagnóstico principal es el de <code>Encounter.diagnosis</code> con rango 1, o cualquier motivo de una visita que no ordena ninguno; la afiliación continua se sustituye por la presencia en la exportación; las facturas de laboratorio no existen en FHIR; las recetas sustituyen a las dispensaciones solo si el paciente no tiene ninguna dispensación registrada.',
    'Una valoración usa solo recursos con fecha del día del estudio o anterior; los recursos sin fecha se dejan fuera.',
  ],
  fields: fieldLabelsEs,
  summary: {
    title: (year) =>
      `Auditoría de imágenes por dolor lumbar, ${year} (según el modelo HEDIS LBP; sin certificación del NCQA)`,
    read: (resources, files, invalid) =>
      `Recursos leídos: ${resources}, de ${files} ${files === 1 ? 'archivo' : 'archivos'}${invalid === null ? '' : `; líneas no válidas omitidas: ${invalid}`}`,
    patients: (n) => `Pacientes con un diagnóstico de dolor lumbar: ${n}`,
    columns: {
      stratum: 'grupo',
      eligible: 'elegibles',
      excluded: 'excluidos',
      denominator: 'denominador',
      numerator: 'imagen ≤28 d',
      rate: 'tasa (más alta es mejor)',
    },
    imaging: (total, c) =>
      `Estudios lumbares de pacientes elegibles: ${total}. Justificados: ${c.supported}; no justificados: ${c['not-supported']}; sin determinar: ${c.undetermined}`,
    report: 'Informe',
    evidence: 'Evidencia',
  },
};
