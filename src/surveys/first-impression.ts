import type { ChoiceOption, SurveyDefinition } from '../core/definition.js';

/**
 * The built-in first-impression survey: the NHS Friends and Family Test question as the headline, then the themes
 * of the seed articles — how the patient was greeted, the front desk, the waiting area, the wait, being listened
 * to — and room for their own words. Five screens, under a minute. Only the headline is required. Its easy-read
 * words are in first-impression-easy-read.ts, fetched only for easy read (this file is in every first download).
 */

/** The FFT scale, word for word (docs/elements.md): the element names each face with these labels. */
const fft: readonly ChoiceOption[] = [
  { value: 'very-good', label: { en: 'Very good', es: 'Muy buena' } },
  { value: 'good', label: { en: 'Good', es: 'Buena' } },
  { value: 'neither', label: { en: 'Neither good nor poor', es: 'Ni buena ni mala' } },
  { value: 'poor', label: { en: 'Poor', es: 'Mala' } },
  { value: 'very-poor', label: { en: 'Very poor', es: 'Muy mala' } },
  { value: 'dont-know', label: { en: "Don't know", es: 'No lo sé' } },
];

/** The same words for the themes, without "Don't know": a theme that did not apply is simply left unanswered. */
const scale: readonly ChoiceOption[] = fft.slice(0, 5);

export const firstImpression: SurveyDefinition = {
  id: 'first-impression',
  version: '1',
  kind: 'first-impression',
  title: { en: 'Your first impression', es: 'Su primera impresión' },
  languages: ['en', 'es'],
  questions: [
    {
      id: 'overall',
      type: 'single',
      display: 'faces',
      required: true,
      title: {
        en: 'Overall, how was your experience of our service?',
        es: 'En general, ¿cómo fue su experiencia con nuestro servicio?',
      },
      options: fft,
    },
    {
      id: 'greeting',
      type: 'single',
      display: 'faces',
      page: 'arrival',
      title: {
        en: 'How were you greeted when you arrived?',
        es: '¿Cómo fue la bienvenida cuando llegó?',
      },
      options: scale,
    },
    {
      id: 'front-desk',
      type: 'single',
      display: 'faces',
      page: 'arrival',
      title: {
        en: 'How courteous and respectful was our front desk team?',
        es: '¿Qué tan amable y respetuoso fue nuestro equipo de recepción?',
      },
      options: scale,
    },
    {
      id: 'waiting-area',
      type: 'single',
      display: 'faces',
      page: 'waiting',
      title: {
        en: 'How comfortable and clean was the waiting area?',
        es: '¿Qué tan cómoda y limpia estaba la sala de espera?',
      },
      options: scale,
    },
    {
      id: 'wait',
      type: 'single',
      page: 'waiting',
      title: {
        en: 'How long did you wait to be seen?',
        es: '¿Cuánto tiempo tuvo que esperar?',
      },
      options: [
        { value: 'shorter', label: { en: 'Less time than I expected', es: 'Menos de lo que esperaba' } },
        { value: 'as-expected', label: { en: 'About what I expected', es: 'Más o menos lo que esperaba' } },
        {
          value: 'a-little-longer',
          label: { en: 'A little longer than I expected', es: 'Un poco más de lo que esperaba' },
        },
        { value: 'much-longer', label: { en: 'Much longer than I expected', es: 'Mucho más de lo que esperaba' } },
      ],
    },
    {
      id: 'listened',
      type: 'single',
      title: {
        en: 'Did you feel listened to?',
        es: '¿Sintió que se le escuchó?',
      },
      options: [
        { value: 'yes', label: { en: 'Yes, completely', es: 'Sí, completamente' } },
        { value: 'partly', label: { en: 'Yes, to some extent', es: 'Sí, en parte' } },
        { value: 'no', label: { en: 'No', es: 'No' } },
      ],
    },
    {
      id: 'comments',
      type: 'text',
      multiline: true,
      maxLength: 2000,
      title: {
        en: 'Is there anything you would like to tell us?',
        es: '¿Hay algo más que le gustaría decirnos?',
      },
      help: {
        en: 'Anything at all — what went well, or what we could do better.',
        es: 'Lo que sea: lo que salió bien o lo que podríamos mejorar.',
      },
    },
  ],
  recoveryWhen: { question: 'overall', in: ['poor', 'very-poor'] },
};
