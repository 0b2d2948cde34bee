import type { CaseField } from '../case.js';
import type { FieldGroup } from './field-labels.js';

/**
 * The case fields and their groups in Spanish (usted, plain words), the same as `field-labels.ts` in
 * English: for the web clinician view and the audit report. The compiler checks every field and group.
 */
export const fieldGroupLabelsEs = {
  'pain-and-person': 'La persona y el dolor',
  'cauda-equina': 'Síndrome de cauda equina',
  nerves: 'Síntomas de los nervios y su evolución',
  vascular: 'Sangrado y la aorta',
  cancer: 'Cáncer',
  infection: 'Infección',
  fracture: 'Fractura',
  history: 'Antecedentes y tratamiento hasta ahora',
  'imaging-limits': 'Límites para los estudios de imagen',
} as const satisfies Record<FieldGroup, string>;

/** Every case field in Spanish words. */
export const fieldLabelsEs = {
  age: 'Edad (años)',
  sex: 'Sexo',
  durationWeeks: 'Duración del dolor de espalda (semanas)',
  saddleNumbness: 'Adormecimiento en silla de montar',
  bladder: 'Vejiga',
  bowelIncontinence: 'Pérdida nueva del control intestinal',
  sexualDysfunction: 'Disfunción sexual nueva',
  legPain: 'Dolor en la pierna por debajo de la rodilla',
  legSymptomWeeks: 'Síntomas de la pierna como ahora desde hace (semanas)',
  legSymptomsWorsening: 'Síntomas de la pierna nuevos o que empeoran (últimas 2 semanas)',
  weakness: 'Debilidad en la pierna',
  weaknessWorsening: 'La debilidad empeora',
  numbness: 'Adormecimiento u hormigueo en la pierna',
  reflexLoss: 'Reflejo disminuido o ausente',
  gaitDisturbance: 'Dificultad nueva para caminar',
  anticoagulant: 'Toma un anticoagulante',
  suddenSeverePain: 'Dolor fuerte y repentino (últimos días)',
  collapse: 'Se desmayó o se desplomó con el dolor',
  aorticAneurysm: 'Aneurisma aórtico conocido o masa que late',
  cancerHistory: 'Antecedentes de cáncer',
  weightLoss: 'Pérdida de peso sin explicación',
  nightPain: 'Dolor en reposo o de noche',
  fever: 'Fiebre (38 °C o más)',
  ivDrugUse: 'Se inyecta drogas',
  immunosuppressed: 'Defensas bajas (inmunodepresión)',
  recentInfection: 'Infección en los últimos 3 meses',
  recentSpinalProcedure: 'Procedimiento de columna en los últimos 3 meses',
  trauma: 'Lesión antes del dolor',
  osteoporosis: 'Osteoporosis',
  steroidUse: 'Esteroides por vía general durante 3 meses o más',
  priorLumbarSurgery: 'Cirugía lumbar previa',
  conservativeCareWeeks: 'Tratamiento sin cirugía hasta ahora (semanas)',
  response: 'Respuesta a ese tratamiento',
  interventionCandidate: 'Candidato a inyección o cirugía',
  inflammatoryPattern: 'Patrón inflamatorio (NICE NG65)',
  clinicianSuspects: 'Sospecha clínica',
  pregnant: 'Embarazo',
  mriContraindicated: 'No puede hacerse resonancia',
  egfr: 'Función renal, TFGe (mL/min/1,73 m²)',
} as const satisfies Record<CaseField, string>;
