import type { Question, SurveyDefinition } from '../core/definition.js';
import { firstImpression } from './first-impression.js';

/**
 * The built-in first-impression survey in easy read: the same questions, answers and values, with `easyTitle` and
 * `easyHelp` in short, plain sentences. A file of its own because first-impression.ts is in every patient's first
 * download and these words are needed only with easy read (the element fetches them with easy read's part); the
 * recovery form, fetched later anyway, carries its easy words inline.
 */
const easyWords: Readonly<Record<string, Pick<Question, 'easyTitle' | 'easyHelp'>>> = {
  overall: { easyTitle: { en: 'How was your visit today?', es: '¿Cómo fue su visita hoy?' } },
  greeting: { easyTitle: { en: 'How did we welcome you?', es: '¿Cómo le recibimos?' } },
  'front-desk': { easyTitle: { en: 'How kind was the front desk?', es: '¿Qué tan amable fue la recepción?' } },
  'waiting-area': { easyTitle: { en: 'How was the waiting room?', es: '¿Cómo estaba la sala de espera?' } },
  wait: { easyTitle: { en: 'How long did you wait?', es: '¿Cuánto tiempo esperó?' } },
  listened: { easyTitle: { en: 'Did we listen to you?', es: '¿Le escuchamos?' } },
  comments: {
    easyTitle: { en: 'Do you want to tell us more?', es: '¿Quiere decirnos algo más?' },
    easyHelp: { en: 'Write what was good or bad.', es: 'Escriba lo bueno o lo malo.' },
  },
};

export const firstImpressionEasyRead: SurveyDefinition = {
  ...firstImpression,
  questions: firstImpression.questions.map((q) => ({ ...q, ...easyWords[q.id] })),
};
