/**
 * The spreadsheet's own words, in the languages staff read exports in: the headers of the columns that are no
 * survey's question (when it was sent, the reference, the practice…), the parts of a contact answer, and the names
 * of the sheets that are no survey version's. A survey's questions and answers are worded by its definition
 * (collector/surveys/staff-words.ts); yes and no come from the widget's strings, as there.
 */
import { en } from '../../src/i18n/en.js';
import { uiWordsIn } from '../../src/translations/index.js';
import type { StaffLanguage } from '../surveys/staff-words.js';

const es = uiWordsIn('es');

/** The columns around the answers, by the names the CSV gives them (the id row of each sheet). */
export type MetaColumn =
  | 'submittedAt'
  | 'receivedAt'
  | 'timeZone'
  | 'reference'
  | 'practice'
  | 'location'
  | 'lang'
  | 'channel'
  | 'id'
  | 'relatedTo'
  | 'kind'
  | 'survey'
  | 'version'
  | 'practiceId'
  | 'unknownLocation'
  | 'looksAutomated'
  | 'erasedAt'
  | 'moreAnswers';

export type ContactPart = 'method' | 'value' | 'consent' | 'bestTime';

export interface SheetWords {
  readonly columns: Readonly<Record<MetaColumn, string>>;
  /** "How can we reach you? (how)": the parts of a contact answer, after its question. */
  readonly contact: Readonly<Record<ContactPart, string>>;
  /** A date column's zone when every row of the sheet is of one practice's zone: "Sent (Europe/London)". */
  inZone(header: string, timeZone: string): string;
  /** …and when the sheet mixes practices of several zones (a time zone column says which). */
  inEachZone(header: string): string;
  readonly yes: string;
  readonly no: string;
  /** The sheet of submissions naming a survey version the collector does not know. */
  readonly otherSurveys: string;
  /** The one sheet of an export that holds no submission. */
  readonly noSubmissions: string;
}

export const SHEET_WORDS: Readonly<Record<StaffLanguage, SheetWords>> = {
  en: {
    columns: {
      submittedAt: 'Sent',
      receivedAt: 'Received',
      timeZone: 'Time zone',
      reference: 'Reference',
      practice: 'Practice',
      location: 'Location',
      lang: 'Language',
      channel: 'Sent from',
      id: 'Submission id',
      relatedTo: 'Follows submission',
      kind: 'Kind',
      survey: 'Survey',
      version: 'Version',
      practiceId: 'Practice id',
      unknownLocation: 'Location not listed',
      looksAutomated: 'Looks automated',
      erasedAt: 'Words erased',
      moreAnswers: 'More answers',
    },
    contact: { method: 'how', value: 'number or address', consent: 'may we contact', bestTime: 'best time' },
    inZone: (header, zone) => `${header} (${zone})`,
    inEachZone: (header) => `${header} (each practice's time)`,
    yes: en.yes,
    no: en.no,
    otherSurveys: 'Other surveys',
    noSubmissions: 'No submissions',
  },
  es: {
    columns: {
      submittedAt: 'Enviado',
      receivedAt: 'Recibido',
      timeZone: 'Zona horaria',
      reference: 'Referencia',
      practice: 'Consulta',
      location: 'Ubicación',
      lang: 'Idioma',
      channel: 'Enviado desde',
      id: 'Id. del envío',
      relatedTo: 'Sigue al envío',
      kind: 'Tipo',
      survey: 'Encuesta',
      version: 'Versión',
      practiceId: 'Id. de la consulta',
      unknownLocation: 'Ubicación no registrada',
      looksAutomated: 'Parece automático',
      erasedAt: 'Palabras borradas',
      moreAnswers: 'Más respuestas',
    },
    contact: { method: 'cómo', value: 'número o dirección', consent: 'se puede contactar', bestTime: 'mejor momento' },
    inZone: (header, zone) => `${header} (${zone})`,
    inEachZone: (header) => `${header} (hora de cada consulta)`,
    yes: es.yes,
    no: es.no,
    otherSurveys: 'Otras encuestas',
    noSubmissions: 'Sin envíos',
  },
};
