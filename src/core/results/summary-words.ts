/**
 * The words of the results' text summaries (summaries.ts), in English and Spanish: the summaries are a chart's text
 * alternative, read by screen readers and by anyone who would rather read a sentence than a chart. Kept apart from the
 * logic so a language is one more object of this shape (`SummaryWords`: a missing sentence is a type error).
 *
 * `{0}`, `{1}` are filled in by summaries.ts (the project's convention, src/i18n/index.ts), so each language keeps
 * its own word order. A `Plural` is chosen by the count with Intl.PluralRules: `one`, else `other`.
 */

export interface Plural {
  readonly one: string;
  readonly other: string;
}

export interface SummaryWords {
  /** BCP 47: numbers, percentages, lists and plurals are written as this language writes them. */
  readonly lang: string;
  /** A value in quotation marks, as the language quotes: an answer's words. */
  readonly quoted: string;

  /** "{0} week(s)". */
  readonly weeks: Plural;
  /** Two clauses of the weekly chart's sentence. */
  readonly clauses: string;
  /** {0} the measure ("% positive"), {1} lowest, {2} highest, {3} the weeks. */
  readonly spcRange: string;
  /** {0} the measure, {1} its value. */
  readonly spcOnlyWeek: string;
  readonly spcNoWeeks: string;
  /** {0} weeks so far, {1} weeks needed. */
  readonly spcTooFew: string;
  readonly spcCommonCause: string;
  /** {0} the weeks of the run. */
  readonly spcShift: { readonly high: Plural; readonly low: Plural };
  readonly spcTrend: { readonly high: Plural; readonly low: Plural };
  readonly spcOutside: { readonly high: string; readonly low: string };
  readonly spcTwoOfThree: { readonly high: string; readonly low: string };
  /** {0} the signal. */
  readonly spcImprovement: string;
  readonly spcConcern: string;

  /** {0} patients, {1} the month, {2} % positive, {3} % negative. */
  readonly fftMonth: Plural;
  /** {0} the month. */
  readonly fftNobody: string;

  /** {0} the answers (a list), {1} their share. */
  readonly mostChosen: string;
  /** {0} the share. */
  readonly notAnswered: string;
  readonly nobodyAsked: string;

  /** {0} the hours. */
  readonly contactMedian: string;
  /** {0} contacted in time, {1} cases with a verdict, {2} the share. */
  readonly contactWithinPromise: string;
  /** {0} patients. */
  readonly contactOverdue: Plural;
  readonly contactNobody: string;

  /** {0} answers. */
  readonly handInLater: Plural;
  readonly handInFewer: Plural;
  readonly handInUnchanged: string;
}

export const SUMMARY_WORDS_EN: SummaryWords = {
  lang: 'en',
  quoted: '“{0}”',
  weeks: { one: '{0} week', other: '{0} weeks' },
  clauses: '{0}; {1}.',
  spcRange: '{0} has been between {1} and {2} for {3}',
  spcOnlyWeek: '{0} was {1} in the only week with answers so far.',
  spcNoWeeks: 'No week has answers yet.',
  spcTooFew: 'too few weeks to tell a change from the usual ups and downs ({0} of the {1} needed)',
  spcCommonCause: 'the latest week shows no sign of a change (common cause variation)',
  spcShift: {
    high: { one: 'the last week is above the mean (a shift)', other: 'the last {0} are above the mean (a shift)' },
    low: { one: 'the last week is below the mean (a shift)', other: 'the last {0} are below the mean (a shift)' },
  },
  spcTrend: {
    high: { one: 'the last week went up (a trend)', other: 'the last {0} have each gone up (a trend)' },
    low: { one: 'the last week went down (a trend)', other: 'the last {0} have each gone down (a trend)' },
  },
  spcOutside: {
    high: 'the latest week is above the upper process limit',
    low: 'the latest week is below the lower process limit',
  },
  spcTwoOfThree: {
    high: 'two of the last three weeks are close to the upper process limit',
    low: 'two of the last three weeks are close to the lower process limit',
  },
  spcImprovement: '{0}: an improvement',
  spcConcern: '{0}: a concern',
  fftMonth: {
    one: 'In {1}, {0} patient answered the Friends and Family Test: {2} positive, {3} negative.',
    other: 'In {1}, {0} patients answered the Friends and Family Test: {2} positive, {3} negative.',
  },
  fftNobody: 'Nobody answered the Friends and Family Test in {0}.',
  mostChosen: 'Most often chosen: {0} ({1}).',
  notAnswered: '{0} did not answer.',
  nobodyAsked: 'Nobody has been asked this question yet.',
  contactMedian: 'Half of the patients heard from the practice within {0}.',
  contactWithinPromise: '{0} of {1} were contacted within the time promised ({2}).',
  contactOverdue: {
    one: '{0} patient is still waiting past the time promised.',
    other: '{0} patients are still waiting past the time promised.',
  },
  contactNobody: 'No patient has asked to be contacted.',
  handInLater: {
    one: '{0} answer arrived after the figures were handed in.',
    other: '{0} answers arrived after the figures were handed in.',
  },
  handInFewer: {
    one: '{0} answer counted in the figures handed in is no longer counted.',
    other: '{0} answers counted in the figures handed in are no longer counted.',
  },
  handInUnchanged: 'Nothing has changed since the figures were handed in.',
};

export const SUMMARY_WORDS_ES: SummaryWords = {
  lang: 'es',
  quoted: '«{0}»',
  weeks: { one: '{0} semana', other: '{0} semanas' },
  clauses: '{0}; {1}.',
  spcRange: '{0} ha estado entre {1} y {2} durante {3}',
  spcOnlyWeek: '{0} fue {1} en la única semana con respuestas hasta ahora.',
  spcNoWeeks: 'Todavía no hay ninguna semana con respuestas.',
  spcTooFew: 'aún hay pocas semanas para distinguir un cambio de los altibajos habituales ({0} de las {1} necesarias)',
  spcCommonCause: 'la última semana no muestra señales de cambio (variación por causas comunes)',
  spcShift: {
    high: {
      one: 'la última semana está por encima de la media (un desplazamiento)',
      other: 'las últimas {0} están por encima de la media (un desplazamiento)',
    },
    low: {
      one: 'la última semana está por debajo de la media (un desplazamiento)',
      other: 'las últimas {0} están por debajo de la media (un desplazamiento)',
    },
  },
  spcTrend: {
    high: {
      one: 'la última semana subió (una tendencia)',
      other: 'las últimas {0} han subido una tras otra (una tendencia)',
    },
    low: {
      one: 'la última semana bajó (una tendencia)',
      other: 'las últimas {0} han bajado una tras otra (una tendencia)',
    },
  },
  spcOutside: {
    high: 'la última semana está por encima del límite superior del proceso',
    low: 'la última semana está por debajo del límite inferior del proceso',
  },
  spcTwoOfThree: {
    high: 'dos de las últimas tres semanas están cerca del límite superior del proceso',
    low: 'dos de las últimas tres semanas están cerca del límite inferior del proceso',
  },
  spcImprovement: '{0}: una mejora',
  spcConcern: '{0}: un motivo de preocupación',
  fftMonth: {
    one: 'En {1}, {0} paciente respondió la prueba Friends and Family: {2} de respuestas positivas y {3} negativas.',
    other:
      'En {1}, {0} pacientes respondieron la prueba Friends and Family: {2} de respuestas positivas y {3} negativas.',
  },
  fftNobody: 'Nadie respondió la prueba Friends and Family en {0}.',
  mostChosen: 'La respuesta más elegida: {0} ({1}).',
  notAnswered: 'El {0} no respondió.',
  nobodyAsked: 'Todavía no se ha hecho esta pregunta a nadie.',
  contactMedian: 'La mitad de los pacientes tuvo noticias del consultorio en {0} o menos.',
  contactWithinPromise: 'Se contactó a {0} de {1} dentro del plazo prometido ({2}).',
  contactOverdue: {
    one: '{0} paciente sigue esperando después del plazo prometido.',
    other: '{0} pacientes siguen esperando después del plazo prometido.',
  },
  contactNobody: 'Ningún paciente ha pedido que lo contacten.',
  handInLater: {
    one: '{0} respuesta llegó después de entregar las cifras.',
    other: '{0} respuestas llegaron después de entregar las cifras.',
  },
  handInFewer: {
    one: '{0} respuesta contada en las cifras entregadas ya no se cuenta.',
    other: '{0} respuestas contadas en las cifras entregadas ya no se cuentan.',
  },
  handInUnchanged: 'Nada ha cambiado desde que se entregaron las cifras.',
};
