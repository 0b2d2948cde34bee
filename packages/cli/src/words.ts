import type { Lang, Urgency } from '@spine-advisor/engine';

/** The command line's own words around an assessment, per language (the assessment brings its own). */
export interface Words {
  readonly urgency: Readonly<Record<Urgency, { label: string; meaning: string }>>;
  readonly outOfScope: string;
  readonly disagree: string;
  readonly why: string;
  readonly noRedFlags: string;
  readonly possibleCauses: string;
  readonly whatToDo: string;
  readonly reassess: string;
  readonly imaging: string;
  readonly firstChoice: string;
  readonly noneNow: string;
  readonly alternatives: string;
  readonly stillUnknown: string;
  readonly questionsToAsk: string;
  readonly trace: string;
  readonly sources: string;
  /** Around a report reading. */
  readonly reading: {
    readonly needsActionToday: string;
    readonly title: string;
    readonly findings: string;
    readonly noFindings: string;
    readonly absent: string;
    readonly possible: string;
    readonly urgent: string;
    readonly withoutPain: string;
    readonly footer: (knowledgeVersion: string) => string;
  };
}

/** Every language's words; the compiler rejects a missing one. */
export const words: Readonly<Record<Lang, Words>> = {
  en: {
    urgency: {
      emergency: { label: 'Emergency', meaning: 'now: emergency department, same day' },
      urgent: { label: 'Urgent', meaning: 'within 24–48 hours' },
      soon: { label: 'Soon', meaning: 'within about a week' },
      routine: { label: 'Routine', meaning: 'planned, not urgent' },
      none: { label: 'No imaging now', meaning: 'imaging is not indicated now' },
    },
    outOfScope: 'Out of scope: this tool assesses adults (18 and over).',
    disagree: 'Answers that disagree — please check',
    why: 'Why',
    noRedFlags: 'No red flags among the answers given.',
    possibleCauses: 'Possible causes to rule out',
    whatToDo: 'What to do',
    reassess: 'Re-assess in about {weeks} week(s) if it is not clearly better.',
    imaging: 'Imaging',
    firstChoice: 'First choice',
    noneNow: 'none now',
    alternatives: 'Alternatives',
    stillUnknown: 'Still unknown — answering could change this',
    questionsToAsk: 'Questions to ask your clinician',
    trace: 'Trace',
    sources: 'Sources',
    reading: {
      needsActionToday: 'NEEDS ACTION TODAY',
      title: 'REPORT READING',
      findings: 'Findings, in report order',
      noFindings: 'No specific findings recognised.',
      absent: 'ABSENT',
      possible: 'possible',
      urgent: 'URGENT',
      withoutPain: '/100 without pain',
      footer: (v) =>
        `Knowledge ${v}. This reading explains the words of a report; it does not diagnose. In an emergency, call your local emergency number.`,
    },
  },
  es: {
    urgency: {
      emergency: { label: 'Emergencia', meaning: 'ahora: sala de emergencias, el mismo día' },
      urgent: { label: 'Urgente', meaning: 'en 24 a 48 horas' },
      soon: { label: 'Pronto', meaning: 'en más o menos una semana' },
      routine: { label: 'Programado', meaning: 'planeado, sin urgencia' },
      none: { label: 'Sin pruebas de imagen ahora', meaning: 'ahora no se indica ninguna prueba de imagen' },
    },
    outOfScope: 'Fuera de alcance: esta herramienta evalúa a adultos (18 años o más).',
    disagree: 'Respuestas que no coinciden: revíselas',
    why: 'Por qué',
    noRedFlags: 'Ninguna señal de alarma en las respuestas dadas.',
    possibleCauses: 'Causas posibles que hay que descartar',
    whatToDo: 'Qué hacer',
    reassess: 'Vuelva a evaluarlo en unas {weeks} semana(s) si no ha mejorado claramente.',
    imaging: 'Pruebas de imagen',
    firstChoice: 'Primera opción',
    noneNow: 'ninguna por ahora',
    alternatives: 'Alternativas',
    stillUnknown: 'Aún se desconoce; responder podría cambiar esto',
    questionsToAsk: 'Preguntas para su médico',
    trace: 'Traza',
    sources: 'Fuentes',
    reading: {
      needsActionToday: 'HAY QUE ACTUAR HOY',
      title: 'LECTURA DEL INFORME',
      findings: 'Hallazgos, en el orden del informe',
      noFindings: 'No se reconoció ningún hallazgo concreto.',
      absent: 'AUSENTE',
      possible: 'posible',
      urgent: 'URGENTE',
      withoutPain: '/100 sin dolor',
      footer: (v) =>
        `Conocimientos ${v}. Esta lectura explica las palabras de un informe; no da un diagnóstico. En una emergencia, llame a su número local de emergencias.`,
    },
  },
};
