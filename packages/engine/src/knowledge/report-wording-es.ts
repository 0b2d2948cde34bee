import type { FindingType } from './report-vocabulary.js';
import type { FindingText, ReportWording } from './report-wording.js';

const percent = (share: number) => Math.round(share * 100);

/** The finding types in Spanish: every type of the vocabulary, or the compiler says which is missing. */
const findingsEs: Record<FindingType, FindingText> = {
  'cauda-equina-compression': {
    label: 'compresión de la cola de caballo',
    explanation:
      'El grupo de nervios de la parte baja de la columna está apretado. Si tiene síntomas en la vejiga, el intestino o la zona de la silla de montar, es una emergencia; comuníquese hoy con su médico.',
  },
  'cord-compression': {
    label: 'compresión de la médula espinal',
    explanation: 'La médula espinal (o su extremo, el cono) está apretada. Esto necesita contacto médico el mismo día.',
  },
  'epidural-abscess': {
    label: 'absceso (infección) junto a los nervios de la columna',
    explanation: 'Una acumulación de infección junto a los nervios. Esto necesita contacto médico el mismo día.',
  },
  'epidural-hematoma': {
    label: 'sangrado junto a los nervios de la columna (hematoma epidural)',
    explanation:
      'Sangrado junto a los nervios, dentro del canal de la columna. Esto necesita contacto médico el mismo día.',
  },
  'discitis-osteomyelitis': {
    label: 'infección de un disco o de una vértebra',
    explanation:
      'Señales de infección de un disco o de los huesos que lo rodean. Esto necesita contacto médico el mismo día.',
  },
  mass: {
    label: 'una masa o posible tumor',
    explanation: 'Algo que podría ser un crecimiento. Necesita una revisión médica pronto para saber qué es.',
  },
  'compression-fracture': {
    label: 'fractura de una vértebra',
    explanation:
      'Una vértebra (un hueso de la columna) está rota o aplastada. Si es nueva o no tiene explicación, necesita contacto médico pronto; una antigua y ya curada normalmente no.',
  },
  'disc-sequestration': {
    label: 'secuestro de disco (fragmento libre)',
    explanation:
      'Un trozo de disco se ha soltado. Puede apretar un nervio; muchos se reducen en unas semanas. Hable de esto con su médico.',
  },
  'disc-extrusion': {
    label: 'extrusión de disco',
    explanation:
      'Material del disco ha salido más que en una protrusión. Se relaciona más a menudo con dolor en la pierna, y muchas se reducen en semanas o meses.',
  },
  'disc-protrusion': {
    label: 'protrusión de disco',
    explanation:
      'Un abultamiento pequeño y ancho de una parte de un disco. Es frecuente en personas sin dolor y solo importa si aprieta un nervio que corresponde a sus síntomas.',
  },
  'disc-bulge': {
    label: 'abombamiento de disco',
    explanation:
      'El disco sobresale un poco del borde de los huesos, todo alrededor. Es muy frecuente con la edad y normalmente no causa síntomas.',
  },
  'annular-fissure': {
    label: 'fisura anular',
    explanation:
      'Una pequeña grieta en el anillo exterior del disco. Aunque antes se llamaba "desgarro", no es una lesión y es frecuente en personas sin dolor.',
  },
  'disc-signal-loss': {
    label: 'pérdida de señal del disco',
    explanation:
      'El disco tiene menos agua ("disco oscuro"). Es parte normal del envejecimiento y muy frecuente en personas sin dolor.',
  },
  'disc-height-loss': {
    label: 'pérdida de altura del disco',
    explanation:
      'El disco es más delgado que antes. Es frecuente con la edad y, por sí solo, normalmente no es motivo de preocupación.',
  },
  'disc-degeneration': {
    label: 'degeneración de disco',
    explanation:
      'Desgaste de los discos que llega con la edad, como las canas. La mayoría de las personas de su edad lo tienen, con o sin dolor.',
  },
  'facet-arthropathy': {
    label: 'desgaste de las articulaciones facetarias',
    explanation:
      'Desgaste de las pequeñas articulaciones de la parte de atrás de la columna. Es frecuente con la edad y a menudo no causa dolor.',
  },
  spondylolisthesis: {
    label: 'espondilolistesis (vértebra desplazada)',
    explanation:
      'Una vértebra está un poco adelantada o atrasada sobre la de abajo. Un desplazamiento leve es frecuente con la edad.',
  },
  spondylolysis: {
    label: 'defecto de la pars (espondilólisis)',
    explanation:
      'Una pequeña grieta en una parte delgada de la parte de atrás de una vértebra, a menudo antigua. Hable de esto con su médico si corresponde a sus síntomas.',
  },
  'lateral-recess-stenosis': {
    label: 'estrechamiento del receso lateral',
    explanation:
      'El canal lateral de la columna, por donde pasa un nervio, está más estrecho. Importa si corresponde a síntomas en la pierna de ese lado.',
  },
  'foraminal-stenosis': {
    label: 'estrechamiento foraminal',
    explanation:
      'La abertura por donde un nervio sale de la columna está más estrecha. Importa si corresponde a síntomas en la pierna de ese lado.',
  },
  'central-stenosis': {
    label: 'estrechamiento del canal espinal',
    explanation:
      'El canal principal de los nervios está más estrecho. Un estrechamiento leve es frecuente con la edad; uno grave puede causar dolor en las piernas al caminar.',
  },
  'nerve-root-compression': {
    label: 'compresión de una raíz nerviosa',
    explanation:
      'Algo toca o aprieta una raíz nerviosa. Importa si corresponde a dolor, adormecimiento o debilidad en la pierna de ese lado.',
  },
  'modic-change': {
    label: 'cambio de Modic',
    explanation:
      'Cambios en el hueso junto a un disco. El tipo 1 (hinchazón) se relaciona más a menudo con dolor de espalda; los tipos 2 y 3 son frecuentes y estables. Rara vez el tipo 1 se confunde con una infección, por eso la fiebre es importante.',
  },
  'schmorl-node': {
    label: 'nódulo de Schmorl',
    explanation: 'Una pequeña hendidura del material del disco en el hueso. Normalmente es inofensivo y frecuente.',
  },
  hemangioma: {
    label: 'hemangioma',
    explanation: 'Un grupo inofensivo de vasos sanguíneos dentro de una vértebra, que tienen muchas personas.',
  },
  'synovial-cyst': {
    label: 'quiste sinovial',
    explanation:
      'Un saco de líquido que sale de una articulación facetaria. Si es grande puede apretar un nervio; hable de esto con su médico.',
  },
  'tarlov-cyst': {
    label: 'quiste de Tarlov',
    explanation:
      'Un saco de líquido alrededor de una raíz nerviosa, normalmente inofensivo y encontrado por casualidad.',
  },
  'postoperative-change': {
    label: 'cambios después de una cirugía',
    explanation: 'Cambios por una operación anterior. Su cirujano puede decirle si son los esperados.',
  },
};

/** Spanish (usted), plain words as MedlinePlus en español uses them. */
export const reportWordingEs: ReportWording = {
  findings: findingsEs,
  negated: 'El informe dice que esto no está presente.',
  probablyNot: 'El informe dice que probablemente esto no está presente.',
  resolved: 'El informe dice que esto se vio antes y ya desapareció (se resolvió): ahora no está presente.',
  uncertain: 'El informe no está seguro de esto.',
  prevalence: (p) =>
    p.atLeast
      ? `Al menos ${percent(p.share)} de cada 100 personas de ${p.figureAge} años sin ningún dolor de espalda tienen esto en una imagen, y más a edades mayores.`
      : `Unas ${percent(p.share)} de cada 100 personas de ${p.figureAge} años sin ningún dolor de espalda tienen esto en una imagen.`,
  prevalenceShort: (p) =>
    p.atLeast
      ? `al menos ${percent(p.share)} de cada 100 a los ${p.figureAge} años, y más a edades mayores`
      : `unas ${percent(p.share)} de cada 100 a los ${p.figureAge} años`,
  named: (label, level, possible) => `${label}${level ? ` en ${level}` : ''}${possible ? ' (posible)' : ''}`,
  urgent: (names) =>
    `Este informe menciona algo que necesita atención hoy: ${names.join('; ')}. Comuníquese hoy con el profesional que pidió la prueba. Si tiene problemas nuevos para controlar la orina o las heces, adormecimiento alrededor del ano o de los genitales, o debilidad en las piernas, vaya ahora a un servicio de urgencias.`,
  nothingUrgent: 'Nada en este informe necesita atención urgente.',
  common: (examples) =>
    `Varios hallazgos son frecuentes en personas de su edad que no tienen ningún dolor de espalda: ${examples.join(', ')}. Por sí solos no explican el dolor ni cambian el tratamiento.`,
  mayFit: (names) =>
    `Algunos hallazgos podrían corresponder a sus síntomas en las piernas: ${names.join('; ')}. Solo un examen médico puede decir si son la causa.`,
  nothingRecognised:
    'No se reconocieron hallazgos concretos en el texto; pida al profesional que pidió la prueba que lo revise con usted.',
  closing: 'Esta lectura explica las palabras del informe; no reemplaza al profesional que conoce sus síntomas.',
};
