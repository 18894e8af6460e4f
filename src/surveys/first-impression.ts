import type { ChoiceOption, SurveyDefinition } from '../core/definition.js';
import { LANGUAGES } from '../translations/languages.js';

/**
 * The built-in first-impression survey: the NHS Friends and Family Test question as the headline, then the themes
 * of the seed articles — how the patient was greeted, the front desk, the waiting area, the wait, being listened
 * to — and room for their own words. Five screens, under a minute. Only the headline is required. Its easy-read
 * words (`easyTitle`, `easyHelp`) are the short sentences easy read shows.
 */

/** The FFT scale, word for word (docs/elements.md): the element names each face with these labels. */
const fft: readonly ChoiceOption[] = [
  { value: 'very-good', label: { en: 'Very good' } },
  { value: 'good', label: { en: 'Good' } },
  { value: 'neither', label: { en: 'Neither good nor poor' } },
  { value: 'poor', label: { en: 'Poor' } },
  { value: 'very-poor', label: { en: 'Very poor' } },
  { value: 'dont-know', label: { en: "Don't know" } },
];

/** The same words for the themes, without "Don't know": a theme that did not apply is simply left unanswered. */
const scale: readonly ChoiceOption[] = fft.slice(0, 5);

export const firstImpression: SurveyDefinition = {
  id: 'first-impression',
  version: '1',
  kind: 'first-impression',
  title: { en: 'Your first impression' },
  languages: LANGUAGES,
  questions: [
    {
      id: 'overall',
      easyTitle: { en: 'How was your visit today?' },
      type: 'single',
      display: 'faces',
      required: true,
      title: {
        en: 'Overall, how was your experience of our service?',
      },
      options: fft,
    },
    {
      id: 'greeting',
      easyTitle: { en: 'How did we welcome you?' },
      type: 'single',
      display: 'faces',
      page: 'arrival',
      title: {
        en: 'How were you greeted when you arrived?',
      },
      options: scale,
    },
    {
      id: 'front-desk',
      easyTitle: { en: 'How kind was the front desk?' },
      type: 'single',
      display: 'faces',
      page: 'arrival',
      title: {
        en: 'How courteous and respectful was our front desk team?',
      },
      options: scale,
    },
    {
      id: 'waiting-area',
      easyTitle: { en: 'How was the waiting room?' },
      type: 'single',
      display: 'faces',
      page: 'waiting',
      title: {
        en: 'How comfortable and clean was the waiting area?',
      },
      options: scale,
    },
    {
      id: 'wait',
      easyTitle: { en: 'How long did you wait?' },
      type: 'single',
      page: 'waiting',
      title: {
        en: 'How long did you wait to be seen?',
      },
      options: [
        { value: 'shorter', label: { en: 'Less time than I expected' } },
        { value: 'as-expected', label: { en: 'About what I expected' } },
        {
          value: 'a-little-longer',
          label: { en: 'A little longer than I expected' },
        },
        { value: 'much-longer', label: { en: 'Much longer than I expected' } },
      ],
    },
    {
      id: 'listened',
      easyTitle: { en: 'Did we listen to you?' },
      type: 'single',
      title: {
        en: 'Did you feel listened to?',
      },
      options: [
        { value: 'yes', label: { en: 'Yes, completely' } },
        { value: 'partly', label: { en: 'Yes, to some extent' } },
        { value: 'no', label: { en: 'No' } },
      ],
    },
    {
      id: 'comments',
      easyTitle: { en: 'Do you want to tell us more?' },
      easyHelp: { en: 'Write what was good or bad.' },
      type: 'text',
      multiline: true,
      maxLength: 2000,
      title: {
        en: 'Is there anything you would like to tell us?',
      },
      help: {
        en: 'Anything at all — what went well, or what we could do better.',
      },
    },
  ],
  recoveryWhen: { question: 'overall', in: ['poor', 'very-poor'] },
};
