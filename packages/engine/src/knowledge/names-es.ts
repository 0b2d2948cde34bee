import type { Names } from './names.js';

/**
 * The names of things in Spanish (see `Names`). Translated from the English meaning, in the words a
 * patient uses (MedlinePlus en español: "resonancia magnética", "tomografía computarizada"); usted.
 */
export const spanishNames = {
  urgencies: {
    emergency: { label: 'Emergencia', meaning: 'ahora: sala de emergencias, el mismo día' },
    urgent: { label: 'Urgente', meaning: 'en 24 a 48 horas' },
    soon: { label: 'Pronto', meaning: 'en más o menos una semana' },
    routine: { label: 'Programado', meaning: 'planeado, sin urgencia' },
    none: { label: 'Sin pruebas de imagen ahora', meaning: 'ahora no se indica ninguna prueba de imagen' },
  },
  categories: {
    'usually-appropriate': 'normalmente apropiada',
    'may-be-appropriate': 'puede ser apropiada',
    'usually-not-appropriate': 'normalmente no apropiada',
  },
  procedures: {
    'radiography-lumbar': {
      label: 'Radiografía de la parte baja de la espalda',
      clinicalLabel: 'Radiografía de columna lumbar',
    },
    'mri-lumbar-without-contrast': {
      label: 'Resonancia magnética de la parte baja de la espalda (sin contraste)',
      clinicalLabel: 'Resonancia magnética de columna lumbar sin contraste intravenoso',
    },
    'mri-lumbar-with-contrast': {
      label: 'Resonancia magnética de la parte baja de la espalda, solo con contraste',
      clinicalLabel: 'Resonancia magnética de columna lumbar con contraste intravenoso',
    },
    'mri-lumbar-without-and-with-contrast': {
      label: 'Resonancia magnética de la parte baja de la espalda, antes y después del contraste',
      clinicalLabel: 'Resonancia magnética de columna lumbar sin y con contraste intravenoso',
    },
    'ct-lumbar-without-contrast': {
      label: 'Tomografía de la parte baja de la espalda (sin contraste)',
      clinicalLabel: 'Tomografía computarizada de columna lumbar sin contraste intravenoso',
    },
    'ct-lumbar-with-contrast': {
      label: 'Tomografía de la parte baja de la espalda, con contraste',
      clinicalLabel: 'Tomografía computarizada de columna lumbar con contraste intravenoso',
    },
    'ct-lumbar-without-and-with-contrast': {
      label: 'Tomografía de la parte baja de la espalda, antes y después del contraste',
      clinicalLabel: 'Tomografía computarizada de columna lumbar sin y con contraste intravenoso',
    },
    'ct-myelography-lumbar': {
      label: 'Mielografía por tomografía (tomografía después de inyectar contraste alrededor de los nervios)',
      clinicalLabel: 'Mielotomografía de columna lumbar',
    },
    'bone-scan-spect-spine': {
      label: 'Gammagrafía ósea',
      clinicalLabel: 'Gammagrafía ósea de cuerpo entero con SPECT o SPECT/TC de toda la columna',
    },
    'fdg-pet-ct': { label: 'PET-TC', clinicalLabel: 'PET/TC con FDG de cuerpo entero' },
    'discography-ct-lumbar': {
      label: 'Discografía con tomografía',
      clinicalLabel: 'Discografía y tomografía posdiscografía de columna lumbar',
    },
  },
  modalities: {
    radiography: {
      name: 'Radiografía',
      shows: [
        'la alineación de los huesos de la columna y si uno se ha desplazado',
        'fracturas ya formadas y huesos aplastados',
        'la posición de tornillos o barras después de una cirugía',
      ],
      doesNotShow: [
        'los discos, los nervios y el canal de la columna',
        'una infección temprana o un cáncer que empieza a extenderse',
        'la causa del dolor de espalda común; no ayuda a recuperarse',
      ],
      radiation:
        'Una serie de radiografías de la parte baja de la espalda da tanta radiación como medio año de radiación natural del ambiente (unas 75 radiografías de tórax).',
    },
    mri: {
      name: 'Resonancia magnética',
      shows: [
        'los discos y los nervios que pueden apretar',
        'el estrechamiento del canal de la columna',
        'la médula espinal y el haz de nervios al final de ella (cauda equina)',
        'la hinchazón de la médula del hueso (qué tan nueva es una fractura), la mayoría de las infecciones y los tumores',
      ],
      doesNotShow: [
        'si un hallazgo es la causa del dolor: los abultamientos y el desgaste de los discos son comunes en personas sin ningún dolor',
      ],
      radiation:
        'Ninguna: la resonancia usa un imán y ondas de radio. No se puede hacer con algunos implantes y aparatos.',
    },
    ct: {
      name: 'Tomografía computarizada',
      shows: [
        'el hueso con mucho detalle, las fracturas y su forma',
        'el estrechamiento del canal por hueso cuando no se puede hacer resonancia',
      ],
      doesNotShow: ['los nervios, los discos y la médula del hueso tan bien como la resonancia'],
      radiation:
        'Entre 1 y 10 mSv para la parte baja de la columna (nivel de radiación relativa 3 del ACR), casi siempre varias veces más que una radiografía de la parte baja de la espalda.',
    },
  },
  findings: {
    'disc-degeneration': 'desgaste de los discos (degeneración)',
    'disc-signal-loss': 'discos oscuros o secos («pérdida de señal»)',
    'disc-height-loss': 'discos más delgados («pérdida de altura»)',
    'disc-bulge': 'abultamientos de disco',
    'disc-protrusion': 'protrusiones de disco (una pequeña «hernia de disco»)',
    'annular-fissure': 'pequeñas grietas en la parte de afuera del disco («fisuras anulares»)',
    'facet-arthropathy': 'desgaste de las articulaciones pequeñas de la columna («degeneración facetaria»)',
    spondylolisthesis: 'una vértebra un poco adelantada sobre otra («espondilolistesis»)',
  },
  variants: {
    1: 'Dolor lumbar agudo, con o sin radiculopatía; sin señales de alarma; sin tratamiento previo.',
    2: 'Dolor lumbar subagudo o crónico, con o sin radiculopatía; sin señales de alarma; sin tratamiento previo.',
    3: 'Dolor lumbar subagudo o crónico, con o sin radiculopatía, en candidato a cirugía o intervención, con síntomas que persisten o avanzan durante o después de 6 semanas de tratamiento médico óptimo.',
    4: 'Dolor lumbar con sospecha de síndrome de cauda equina.',
    5: 'Dolor lumbar, con o sin radiculopatía, después de cirugía lumbar previa, con síntomas o hallazgos clínicos nuevos o que avanzan.',
    6: 'Dolor lumbar, con o sin radiculopatía, con uno o más de: traumatismo de baja energía, osteoporosis, persona mayor, uso crónico de esteroides.',
    7: 'Dolor lumbar, con o sin radiculopatía, con uno o más de: sospecha de cáncer, sospecha de infección, inmunosupresión.',
  },
  conditions: {
    'aortic-aneurysm': 'aneurisma de la aorta abdominal roto o con síntomas',
    'cauda-equina-syndrome': 'síndrome de cauda equina',
    malignancy: 'cáncer o metástasis en la columna',
    infection: 'infección de la columna',
    fracture: 'fractura de vértebra',
    'progressive-neurologic-deficit': 'déficit neurológico grave o que empeora',
    'epidural-hematoma': 'hematoma epidural espinal',
    inflammatory: 'dolor lumbar inflamatorio / espondiloartritis axial',
  },
} as const satisfies Names;
