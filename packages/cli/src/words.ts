import type { Lang } from '@spine-advisor/engine';

/** The command line's own words around an assessment, per language (the assessment brings its own). */
export interface Words {
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
  /** Joins two or more procedures that are equally good first choices. */
  readonly or: string;
  readonly variant: (n: number) => string;
  readonly ratingsHeader: { readonly procedure: string; readonly category: string; readonly radiation: string };
  readonly noRadiation: string;
  readonly knowledge: string;
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
    or: ' or ',
    variant: (n) => `ACR Low Back Pain variant ${n}`,
    ratingsHeader: { procedure: 'Procedure', category: 'Category', radiation: 'Radiation' },
    noRadiation: 'none',
    knowledge: 'knowledge',
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
    or: ' o ',
    variant: (n) => `Variante ${n} de dolor lumbar del ACR`,
    ratingsHeader: { procedure: 'Prueba', category: 'Categoría', radiation: 'Radiación' },
    noRadiation: 'ninguna',
    knowledge: 'conocimientos',
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
