import { spanishNames } from './names-es.js';
import type { TextBundle } from './text.js';

/**
 * Las palabras en español (usted, lenguaje sencillo; términos de MedlinePlus en español). Misma forma
 * que el paquete inglés: el compilador rechaza una frase que falte. Los identificadores no se traducen.
 * Cada frase de emergencia se comprobó línea por línea frente a la inglesa (text-es.test.ts).
 */
export const spanish = {
  headlines: {
    emergency: 'Vaya ahora a una sala de emergencias o llame al número local de emergencias. {Because}.',
    urgent: 'Consulte a un médico en 24 a 48 horas: {because}.',
    soon: 'Pida una cita con un médico en más o menos una semana: {because}.',
    routine: 'Conviene una cita programada, sin prisa: {because}.',
    none: 'Es poco probable que una prueba de imagen ayude ahora: {because}.',
  },
  emergencyHeadlines: {
    'major-trauma': 'Llame ahora al número local de emergencias y no se mueva: {because}.',
    vascular: 'Llame ahora al número local de emergencias: {because}.',
  },
  outOfScopeHeadlines: {
    emergency:
      'Algunas respuestas pueden ser graves a cualquier edad: vaya ahora a una sala de emergencias o llame al número local de emergencias. Esta herramienta es para adultos (18 años o más).',
    urgent:
      'Algunas respuestas pueden ser graves a cualquier edad: consulte a un médico hoy. Esta herramienta es para adultos (18 años o más).',
    other:
      'Esta herramienta es para adultos (18 años o más). Un niño o adolescente con dolor de espalda debe ver a un médico, que decidirá qué pruebas hacer.',
  },
  advice: {
    'go-now':
      'Vaya ahora a una sala de emergencias o llame al número local de emergencias. No espere a una cita normal.',
    'bring-summary': 'Lleve este resumen y una lista de sus medicamentos. Diga qué síntomas son nuevos.',
    'call-today': 'Llame hoy a su médico o a un servicio de atención urgente. Pida que lo vean en 24 a 48 horas.',
    'escalate-if-worse': 'Si no lo pueden ver en ese tiempo, o algo empeora, vaya a una sala de emergencias.',
    'book-this-week': 'Pida una cita con su médico para la próxima semana y cuéntele estas respuestas.',
    'book-routine':
      'Pida una cita normal con su médico o especialista para planear el siguiente paso. No hace falta que sea pronto.',
    'most-improve':
      'La mayoría de los dolores de espalda mejoran mucho en unas 6 semanas. El dolor suele bajar a menos de la mitad en ese tiempo.',
    unanswered: 'Faltan algunas respuestas. Sus respuestas podrían cambiar este consejo (vea lo que falta).',
    'stay-active':
      'Manténgase tan activo como pueda y siga con sus actividades de siempre. Evite el reposo en cama: retrasa la recuperación.',
    heat: 'Pruebe con una almohadilla o compresa de calor durante ratos cortos.',
    exercise: 'Si el dolor continúa, un programa de ejercicio o la fisioterapia pueden ayudar.',
    'anti-inflammatory':
      'Un analgésico antiinflamatorio, como el ibuprofeno, puede ayudar por poco tiempo. Pregunte antes a un farmacéutico o a un médico, sobre todo si tiene problemas de estómago, riñón o corazón.',
    'scan-after-care':
      'Una prueba de imagen solo ayuda después de unas 6 semanas de buen tratamiento, y solo si se piensa en una inyección o una operación.',
    'planned-mri':
      'Una resonancia magnética programada puede ayudar a un especialista a decidir si una inyección o una operación podrían ayudar.',
    'keep-exercising': 'Mientras espera, siga con el ejercicio y la actividad que le ayudan.',
    'legs-examined':
      'Pida que un médico le examine las piernas en uno o dos días. La prueba de imagen se suele hacer sin esperar las 6 semanas de costumbre.',
    'nerve-pressure-hours':
      'La presión sobre estos nervios necesita una prueba de imagen en pocas horas y, a veces, una operación el mismo día.',
    'emergency-mri': 'La prueba es una resonancia magnética, mejor en menos de 4 horas.',
    'after-surgery-scan': 'Cuente los síntomas nuevos al equipo que le operó la espalda.',
    'after-surgery-mri':
      'Una resonancia magnética con medio de contraste distingue la cicatriz de un problema nuevo de disco. Las radiografías muestran los tornillos y la alineación.',
    'fracture-x-ray':
      'Una radiografía suele ser la primera prueba si puede haber un hueso roto en la columna. Si es normal pero la fractura sigue siendo probable, se hace después una resonancia magnética o una tomografía.',
    'bone-density':
      'Si se encuentra una fractura por huesos débiles, pregunte por una prueba de densidad ósea y un tratamiento para evitar más fracturas.',
    'mri-rules-out':
      'La resonancia magnética es la prueba que puede encontrar o descartar un cáncer o una infección en la columna. Una radiografía no los puede descartar.',
    'blood-tests':
      'Con la prueba de imagen se suelen hacer análisis de sangre, como la VSG y la PCR, y hemocultivos si hay fiebre.',
    'trauma-keep-still':
      'Llame ahora al número local de emergencias y no se mueva hasta que llegue la ayuda. No vaya por su cuenta.',
    'trauma-ct': 'Después de un golpe fuerte, la primera prueba suele ser una tomografía computarizada de la columna.',
    'vascular-call-now':
      'Llame ahora al número local de emergencias. Diga que tiene dolor de espalda y que puede tener un problema en la arteria principal del abdomen.',
    'vascular-review':
      'Cuente el dolor de espalda nuevo a su médico o a su equipo vascular. Llame enseguida al número local de emergencias si el dolor se vuelve repentino e intenso, o si se siente desmayar.',
    'vascular-not-spine':
      'La primera prueba no es una imagen de la columna. El equipo del hospital revisa la arteria, casi siempre con una ecografía o una tomografía.',
    rheumatology: 'Pida que lo envíen a un reumatólogo. El dolor de espalda inflamatorio se trata de otra forma.',
    'rheumatology-x-ray':
      'Suelen empezar con radiografías de las articulaciones de la pelvis (sacroilíacas), no con una imagen de la espalda baja.',
    'contrast-note':
      'Como también puede haber un tumor o una infección, la resonancia magnética se hace antes y después de un medio de contraste.',
    'pregnancy-note':
      'En el embarazo se prefiere la resonancia magnética sin medio de contraste: no usa radiación. El contraste solo se da si ayuda de verdad. Diga al equipo de la prueba que está embarazada.',
    'kidney-note':
      'Su función de los riñones es baja (TFGe menor de 30), así que primero se hace una prueba sin medio de contraste. Un radiólogo decide si vale la pena dar algún contraste.',
    'no-mri-ct':
      'Usted no se puede hacer una resonancia magnética, así que la prueba es una tomografía computarizada o una mielografía por tomografía (con contraste alrededor de los nervios). No poder hacerse una resonancia nunca significa quedarse sin prueba.',
    'no-mri-ct-limits':
      'La tomografía muestra bien los huesos, pero muestra los nervios, los discos y los tejidos blandos peor que la resonancia. Si la tomografía no explica sus síntomas, pregunte qué prueba sigue.',
    'safety-net':
      'Vaya enseguida a una sala de emergencias si nota entumecimiento alrededor del trasero o los genitales. Haga lo mismo si tiene problemas nuevos para orinar o defecar, o para aguantarlos. Haga lo mismo si tiene debilidad o dolor que se extiende a las dos piernas, fiebre con malestar, o un dolor fuerte que no para, ni siquiera de noche.',
    'under-18-doctor':
      'Lleve al médico a cualquier persona menor de 18 años con dolor de espalda. Las guías que se usan aquí son para adultos.',
  },
  questions: {
    sex: '¿Cuál es su sexo?',
    pregnant: '¿Está embarazada o podría estarlo?',
    trauma:
      '¿Empezó el dolor después de un golpe o lesión? ¿Fue leve, como una caída estando de pie o al levantar peso? ¿O fue fuerte, como un accidente de tráfico o una caída desde altura?',
    legPain: '¿El dolor baja por debajo de la rodilla, a una pierna o a las dos?',
    legSymptomWeeks: '¿Cuántas semanas llevan los síntomas de las piernas tal como están ahora?',
    legSymptomsWorsening:
      'En las últimas 2 semanas, ¿los síntomas de las piernas empezaron, se extendieron o empeoraron?',
    suddenSeverePain: 'En los últimos días, ¿el dolor empezó o empeoró mucho de forma repentina e intensa?',
    collapse: '¿Se ha desmayado, se ha desplomado o casi se ha desmayado con este dolor?',
    aorticAneurysm:
      '¿Le han dicho que tiene un ensanchamiento en la arteria principal del abdomen (aneurisma aórtico)?',
    weakness: '¿Tiene débil alguna pierna? Por ejemplo, ¿arrastra el pie o se le dobla la rodilla? ¿Es leve o fuerte?',
    weaknessWorsening: '¿La debilidad de la pierna empeora en horas o días?',
    numbness: '¿Tiene entumecimiento u hormigueo en una pierna?',
    reflexLoss: '¿Un médico le encontró un reflejo de rodilla o de tobillo débil o ausente?',
    gaitDisturbance: '¿Tiene dificultad nueva para caminar?',
    saddleNumbness:
      '¿Tiene entumecimiento o siente distinto alrededor del trasero, los genitales o la parte interna de los muslos (donde se sentaría en una silla de montar)?',
    bladder: '¿Ha tenido algún problema nuevo para orinar, para aguantar la orina o para sentir que sale?',
    bowelIncontinence: '¿Ha perdido hace poco el control de los intestinos?',
    sexualDysfunction:
      '¿Ha notado pérdida nueva de sensibilidad en los genitales o un problema nuevo en la función sexual?',
    fever: '¿Tiene fiebre (38 °C o más) o se siente con fiebre y escalofríos?',
    weightLoss: '¿Ha bajado de peso hace poco sin intentarlo?',
    nightPain: '¿Tiene el dolor en reposo o de noche, sin que se alivie al acostarse?',
    cancerHistory: '¿Ha tenido cáncer alguna vez? ¿Lo están tratando ahora?',
    ivDrugUse: '¿Se inyecta drogas?',
    immunosuppressed:
      '¿Tiene las defensas (sistema inmunitario) bajas? Por ejemplo por VIH, un trasplante, quimioterapia o medicamentos que bajan las defensas.',
    steroidUse: '¿Ha tomado pastillas o inyecciones de corticoides (como la prednisona) durante 3 meses o más?',
    osteoporosis: '¿Le han dicho que tiene osteoporosis (huesos débiles o frágiles)?',
    recentInfection:
      '¿Ha tenido una infección en los últimos 3 meses, en la sangre, la orina, la piel o en otro lugar?',
    recentSpinalProcedure:
      '¿Le han hecho en los últimos 3 meses una operación de columna, una inyección en la columna o una epidural?',
    priorLumbarSurgery: '¿Alguna vez le han operado de la espalda baja?',
    anticoagulant: '¿Toma un medicamento para diluir la sangre (anticoagulante), como warfarina o apixabán?',
    conservativeCareWeeks:
      '¿Cuántas semanas ha seguido un plan de tratamiento (ejercicio, fisioterapia, medicamentos)?',
    response: 'Desde que empezó el tratamiento, ¿el dolor mejora, sigue igual o empeora?',
    interventionCandidate: '¿Se está pensando en una inyección o una operación? ¿Querría una si pudiera ayudar?',
    mriContraindicated:
      '¿Hay algún motivo por el que no pueda hacerse una resonancia magnética? Por ejemplo un marcapasos u otro implante, restos de metal o mucho miedo a los lugares cerrados.',
    egfr: '¿Cuál es su último resultado de función de los riñones (TFGe)?',
    inflammatoryPattern:
      '¿El dolor y la rigidez empeoran con el reposo y mejoran al moverse? ¿Le despiertan en la segunda mitad de la noche, o pasan de una nalga a la otra?',
  },
  whyAsked: {
    sex: 'el sexo cambia los riesgos de fractura y las precauciones de la prueba',
    pregnant: 'en el embarazo se prefiere una prueba sin radiación ni medio de contraste',
    trauma: 'un golpe puede romper un hueso de la columna',
    legPain:
      'el dolor de nervio en las dos piernas puede ser una señal temprana de presión sobre los nervios del final de la columna',
    legSymptomWeeks: 'los síntomas nuevos en las piernas preocupan más que los que siguen igual desde hace tiempo',
    legSymptomsWorsening: 'si los síntomas de las piernas se extienden o empeoran, un nervio puede estar más apretado',
    suddenSeverePain:
      'un dolor repentino e intenso puede venir de un sangrado junto a la columna o de la arteria principal',
    collapse: 'desmayarse con dolor de espalda puede ser un sangrado de la arteria principal del abdomen',
    aorticAneurysm: 'el dolor de espalda con un aneurisma aórtico conocido puede indicar que sangra',
    weakness: 'la debilidad en una pierna puede indicar que un nervio está apretado',
    weaknessWorsening: 'la debilidad que empeora indica que un nervio está cada vez más apretado',
    numbness: 'el entumecimiento en una pierna muestra que un nervio está afectado',
    reflexLoss: 'la pérdida de un reflejo muestra que un nervio está afectado',
    gaitDisturbance: 'la dificultad nueva para caminar puede venir de presión sobre los nervios',
    saddleNumbness:
      'el entumecimiento en la zona de la silla de montar puede indicar que los nervios del final de la columna están apretados',
    bladder: 'un problema nuevo de la vejiga puede indicar que los nervios de la vejiga están apretados',
    bowelIncontinence:
      'perder el control de los intestinos puede indicar que los nervios del final de la columna están apretados',
    sexualDysfunction: 'perder la sensibilidad de los genitales puede ser una señal de presión sobre los nervios',
    fever: 'la fiebre con dolor de espalda puede indicar una infección en la columna',
    weightLoss: 'bajar de peso sin motivo puede ser una señal de una enfermedad grave',
    nightPain: 'el dolor que no se alivia con el reposo es menos típico del dolor de espalda común',
    cancerHistory: 'después de un cáncer, un dolor de espalda nuevo se revisa por si se ha extendido a la columna',
    ivDrugUse: 'inyectarse drogas aumenta el riesgo de una infección en la columna',
    immunosuppressed: 'tener las defensas bajas aumenta el riesgo de una infección en la columna',
    steroidUse: 'los corticoides por mucho tiempo debilitan los huesos',
    osteoporosis: 'los huesos frágiles se pueden romper con poca fuerza',
    recentInfection: 'una infección reciente puede llegar a la columna por la sangre',
    recentSpinalProcedure: 'un procedimiento reciente en la columna puede causar una infección o un sangrado',
    priorLumbarSurgery: 'el dolor nuevo después de una operación de espalda se revisa con otra prueba',
    anticoagulant: 'con un anticoagulante, un sangrado junto a la columna puede apretar los nervios',
    conservativeCareWeeks: 'una prueba de imagen solo ayuda después de unas 6 semanas de buen tratamiento',
    response: 'el dolor que no mejora con el tratamiento puede necesitar una prueba programada',
    interventionCandidate: 'la prueba vale la pena cuando se piensa en una inyección o una operación',
    mriContraindicated: 'si no se puede hacer una resonancia, se usa una tomografía',
    egfr: 'una función baja de los riñones cambia si el medio de contraste es seguro',
    inflammatoryPattern:
      'este patrón puede indicar inflamación de las articulaciones de la columna, que trata un reumatólogo',
  },
  missingWhy: {
    raise: 'Podría volver esto {level}: {why}.',
    scan: 'Podría cambiar cuál es la mejor prueba: {why}.',
    assumed: 'Hasta que lo responda, el consejo supone la respuesta más grave: {why}.',
  },
  raisedTo: {
    emergency: 'una emergencia (el mismo día)',
    urgent: 'urgente (en 24 a 48 horas)',
    soon: 'un motivo para consultar en una semana',
    routine: 'un motivo para una prueba programada',
    none: 'sin cambio',
  },
  reasons: {
    'saddle-numbness':
      'el entumecimiento nuevo en la zona de la silla de montar puede indicar que los nervios del final de la columna están apretados',
    'bladder-dysfunction':
      'un problema nuevo para orinar o aguantar la orina puede indicar que los nervios de la vejiga están apretados',
    'bowel-incontinence':
      'perder hace poco el control de los intestinos puede indicar que los nervios del final de la columna están apretados',
    'sexual-dysfunction':
      'perder hace poco la sensibilidad de los genitales o la función sexual puede ser una señal de presión sobre los nervios',
    'bilateral-leg-pain':
      'el dolor de nervio nuevo o que empeora en las dos piernas puede ser una señal temprana de presión sobre los nervios del final de la columna',
    'anticoagulant-with-neurological-deficit':
      'con un anticoagulante, la debilidad o el entumecimiento nuevos o que empeoran pueden indicar un sangrado que aprieta los nervios',
    'anticoagulant-with-sudden-severe-pain':
      'con un anticoagulante, un dolor de espalda repentino e intenso puede indicar un sangrado dentro de la columna',
    'recent-spinal-procedure-with-deficit':
      'la debilidad nueva después de una inyección u operación de columna puede indicar un sangrado o un absceso que aprieta los nervios',
    'collapse-with-back-pain':
      'desmayarse con dolor de espalda puede indicar un sangrado de la arteria principal del abdomen',
    'aortic-aneurysm-with-sudden-severe-pain':
      'un dolor de espalda repentino e intenso con un aneurisma aórtico puede indicar que el aneurisma sangra',
    'aortic-aneurysm-with-back-pain':
      'un dolor de espalda nuevo con un aneurisma aórtico necesita revisar que el aneurisma no esté creciendo',
    'cancer-with-neurological-signs':
      'después de un cáncer, el dolor de espalda con síntomas de nervios puede indicar que la médula o los nervios están apretados',
    'infection-risk-with-motor-deficit':
      'con fiebre o riesgo de infección, la debilidad nueva puede indicar un absceso que aprieta los nervios',
    'high-energy-trauma': 'un golpe fuerte puede romper la columna',
    'trauma-with-motor-deficit': 'la debilidad después de un golpe puede indicar un hueso roto que aprieta los nervios',
    'fever-on-cancer-treatment':
      'la fiebre durante el tratamiento del cáncer puede ser una infección grave que se trata el mismo día',
    'fever-with-infection-risk': 'la fiebre con riesgo de infección puede indicar una infección en la columna',
    fever: 'la fiebre con dolor de espalda se revisa por si hay una infección en la columna',
    'progressive-weakness': 'la debilidad que empeora indica que un nervio está cada vez más apretado',
    'severe-weakness': 'la debilidad fuerte indica que un nervio puede estar muy apretado',
    'new-gait-disturbance': 'la dificultad nueva para caminar puede venir de presión sobre los nervios o la médula',
    'cancer-history': 'un dolor de espalda nuevo después de un cáncer se revisa por si se ha extendido a la columna',
    'unexplained-weight-loss': 'bajar de peso sin motivo, junto con dolor de espalda, se debe revisar',
    'injection-drug-use': 'inyectarse drogas aumenta el riesgo de una infección en la columna',
    immunosuppression: 'tener las defensas bajas aumenta el riesgo de infección en la columna',
    'recent-infection': 'una infección reciente puede llegar a la columna por la sangre',
    'recent-spinal-procedure':
      'el dolor nuevo después de un procedimiento reciente en la columna se revisa por si hay infección',
    'low-energy-trauma-fragile-bone':
      'hasta una caída o un esfuerzo pequeños pueden romper un hueso de la columna si los huesos son frágiles',
    osteoporosis: 'con osteoporosis, un dolor de espalda nuevo puede venir de una pequeña fractura en la columna',
    'prolonged-steroid-use':
      'los corticoides por mucho tiempo debilitan los huesos, así que un dolor nuevo puede venir de una fractura',
    'older-age': 'a mayor edad, un dolor de espalda nuevo se debe más a menudo a una fractura',
    'night-pain':
      'el dolor que no se alivia con el reposo es menos típico del dolor de espalda común y se debe revisar',
    'inflammatory-pattern':
      'este patrón de dolor y rigidez puede venir de inflamación de las articulaciones de la columna',
    'clinician-suspects-aortic-aneurysm':
      'un médico sospecha un aneurisma aórtico que sangra o se ha roto (la arteria principal del abdomen)',
    'clinician-suspects-cauda-equina-syndrome':
      'un médico sospecha un síndrome de cola de caballo (presión sobre el conjunto de nervios del final de la columna)',
    'clinician-suspects-malignancy': 'un médico sospecha un cáncer que afecta a la columna',
    'clinician-suspects-infection': 'un médico sospecha una infección en la columna',
    'clinician-suspects-fracture': 'un médico sospecha un hueso roto en la columna',
    'clinician-suspects-progressive-neurologic-deficit':
      'un médico sospecha un problema de nervios grave o que empeora',
    'clinician-suspects-epidural-hematoma':
      'un médico sospecha un sangrado dentro del canal de la columna que aprieta los nervios',
    'clinician-suspects-inflammatory':
      'un médico sospecha un dolor de espalda inflamatorio (como la espondiloartritis axial)',
    'prior-lumbar-surgery':
      'el dolor de espalda nuevo o que cambia después de una operación de espalda merece una prueba programada',
    'persistent-despite-care':
      'el dolor no ha mejorado tras al menos 6 semanas de buen tratamiento y se piensa en una inyección o una operación',
    'subacute-or-chronic-no-red-flags':
      'el dolor de espalda sin señales de alarma rara vez necesita una prueba de imagen, y el buen tratamiento y el tiempo ayudan a la mayoría',
    'acute-no-red-flags': 'el dolor de espalda nuevo sin señales de alarma suele mejorar mucho en pocas semanas',
  },
  labels: {
    'saddle-numbness': 'Entumecimiento alrededor de los genitales, el ano, las nalgas o la parte interna de los muslos',
    'bladder-dysfunction': 'Problema nuevo para orinar o aguantar la orina',
    'bowel-incontinence': 'Pérdida nueva del control de los intestinos',
    'sexual-dysfunction': 'Pérdida nueva de sensibilidad en los genitales o de la función sexual',
    'bilateral-leg-pain': 'Dolor de nervio nuevo o que empeora en las dos piernas',
    'anticoagulant-with-neurological-deficit':
      'Toma un anticoagulante y tiene debilidad, entumecimiento o dificultad para caminar nuevos o que empeoran',
    'anticoagulant-with-sudden-severe-pain': 'Toma un anticoagulante y el dolor empezó de forma repentina e intensa',
    'recent-spinal-procedure-with-deficit':
      'Procedimiento en la columna en los últimos 3 meses y debilidad o dificultad para caminar nuevas',
    'collapse-with-back-pain': 'Se desmayó o se desplomó con el dolor',
    'aortic-aneurysm-with-sudden-severe-pain': 'Aneurisma aórtico conocido y dolor repentino e intenso',
    'aortic-aneurysm-with-back-pain': 'Aneurisma aórtico conocido',
    'cancer-with-neurological-signs':
      'Antecedente de cáncer con síntomas de nervios (dolor en la pierna, debilidad, entumecimiento o dificultad para caminar)',
    'infection-risk-with-motor-deficit': 'Fiebre o riesgo de infección con debilidad o dificultad para caminar nuevas',
    'high-energy-trauma': 'Golpe fuerte (accidente de tráfico, caída desde altura)',
    'trauma-with-motor-deficit': 'Golpe seguido de debilidad o dificultad para caminar nuevas',
    'fever-on-cancer-treatment': 'Fiebre durante el tratamiento del cáncer',
    'fever-with-infection-risk':
      'Fiebre junto con un riesgo de infección (drogas inyectadas, defensas bajas, infección o procedimiento reciente en la columna)',
    fever: 'Fiebre con dolor de espalda',
    'progressive-weakness': 'Debilidad en la pierna que empeora',
    'severe-weakness': 'Debilidad fuerte en la pierna',
    'new-gait-disturbance': 'Dificultad nueva para caminar',
    'cancer-history': 'Antecedente de cáncer',
    'unexplained-weight-loss': 'Pérdida de peso sin motivo',
    'injection-drug-use': 'Se inyecta drogas',
    immunosuppression: 'Defensas bajas',
    'recent-infection': 'Infección en otra parte en los últimos 3 meses',
    'recent-spinal-procedure': 'Operación, inyección o epidural en la columna en los últimos 3 meses',
    'low-energy-trauma-fragile-bone': 'Golpe leve a una edad o con una enfermedad que hace frágiles los huesos',
    osteoporosis: 'Osteoporosis',
    'prolonged-steroid-use': 'Pastillas o inyecciones de corticoides durante 3 meses o más',
    'older-age': 'Edad avanzada (más de 70 años, o un hombre de más de 65)',
    'night-pain': 'Dolor en reposo o de noche que no se alivia al acostarse',
    'inflammatory-pattern': 'Patrón inflamatorio del dolor de espalda',
    'clinician-suspects-aortic-aneurysm': 'Un médico sospecha un aneurisma aórtico abdominal roto o con síntomas',
    'clinician-suspects-cauda-equina-syndrome': 'Un médico sospecha un síndrome de cola de caballo',
    'clinician-suspects-malignancy': 'Un médico sospecha un cáncer o una metástasis en la columna',
    'clinician-suspects-infection': 'Un médico sospecha una infección en la columna',
    'clinician-suspects-fracture': 'Un médico sospecha una fractura vertebral',
    'clinician-suspects-progressive-neurologic-deficit':
      'Un médico sospecha un problema de nervios grave o que empeora',
    'clinician-suspects-epidural-hematoma': 'Un médico sospecha un hematoma epidural en la columna',
    'clinician-suspects-inflammatory':
      'Un médico sospecha un dolor de espalda inflamatorio o una espondiloartritis axial',
  },
  conflicts: {
    'worsening-weakness-without-weakness': {
      message: () =>
        'Las respuestas dicen que no hay debilidad en las piernas, pero también que la debilidad empeora. Se leen como una debilidad que puede estar empeorando.',
      why: 'Sus respuestas sobre la debilidad de las piernas no coinciden. Revise si tiene débil alguna pierna.',
    },
    'inflammatory-pattern-out-of-range': {
      message: (c) =>
        `El patrón inflamatorio se respondió que sí, pero exige un dolor que empezó antes de los 45 años y dura más de 3 meses (aquí: ${c.age} años, ${c.durationWeeks} semanas de dolor). Se sigue leyendo como sí.`,
      why: 'Este patrón solo vale para un dolor que empezó antes de los 45 años y dura más de 3 meses. Revise la respuesta.',
    },
  },
  questionsToAsk: {
    imaging: [
      '¿Qué prueba es, radiografía, tomografía o resonancia magnética, y por qué esa?',
      '¿Usa radiación o medio de contraste?',
      '¿Cómo cambiará el resultado mi tratamiento?',
      '¿Es segura la resonancia con mis implantes o aparatos, mi embarazo o mis riñones?',
      '¿Quién me explicará el resultado, y cuándo?',
      '¿Qué síntomas nuevos significan que no debo esperar a la cita?',
      '¿Ya me hice alguna prueba que responda a esta pregunta?',
    ],
    noImaging: [
      '¿Qué señal de alarma haría útil una prueba ahora y no más tarde?',
      '¿Qué es probable que pase si seguimos con el tratamiento 4 a 6 semanas?',
      'Una prueba podría decir más adelante "degeneración" o "disco abultado". ¿Qué tan común es eso en personas de mi edad sin dolor?',
      '¿Qué síntomas nuevos significan que debo volver enseguida?',
      '¿Qué puedo hacer yo para que el dolor se calme?',
    ],
  },
  unlistedRatingNote: 'No aparece para esta variante en el resumen del ACR; se trata como normalmente no apropiada.',
  disclaimer:
    'Esta información le ayuda a decidir qué hacer; no es un diagnóstico. En una emergencia, llame al número local de emergencias.',
  names: spanishNames,
} as const satisfies TextBundle;
