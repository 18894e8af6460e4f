import type { SurveyDefinition } from '../core/definition.js';
import { LANGUAGES } from '../translations/languages.js';

/**
 * "Tell us what went wrong", in the order of seed 003's recovery steps: apologise first (no blame), listen (what it
 * was about, then the patient's own words), ask what would make it right, then how — and whether — to follow up.
 * The element adds the practice's promise and the reference code on the confirmation.
 */
export const whatWentWrong: SurveyDefinition = {
  id: 'what-went-wrong',
  version: '1',
  kind: 'what-went-wrong',
  title: { en: 'Tell us what went wrong' },
  languages: LANGUAGES,
  questions: [
    {
      id: 'apology',
      type: 'statement',
      page: 'listen',
      title: {
        en: "We're sorry something wasn't right. Thank you for telling us — we want to put it right.",
      },
      easyTitle: { en: 'We are sorry. Thank you for telling us.' },
    },
    {
      id: 'categories',
      type: 'multiple',
      page: 'listen',
      title: { en: 'What was it about?' },
      help: { en: 'Choose any that apply.' },
      easyTitle: { en: 'What was the problem?' },
      easyHelp: { en: 'You can pick more than one.' },
      options: [
        { value: 'wait-time', label: { en: 'Wait time' } },
        { value: 'front-desk', label: { en: 'Greeting and front desk' } },
        { value: 'phone-scheduling', label: { en: 'Phone and scheduling' } },
        { value: 'billing', label: { en: 'Billing and insurance' } },
        { value: 'communication', label: { en: 'Communication' } },
        { value: 'cleanliness', label: { en: 'Cleanliness and comfort' } },
        { value: 'clinical-care', label: { en: 'Clinical care' } },
        { value: 'other', label: { en: 'Something else' } },
      ],
    },
    {
      id: 'details',
      type: 'text',
      required: true,
      multiline: true,
      maxLength: 2000,
      title: { en: 'In your own words, what happened?' },
      help: {
        en: 'Tell us as much or as little as you like. We read every message.',
      },
      easyTitle: { en: 'What happened?' },
      easyHelp: { en: 'Write it in your own words.' },
    },
    {
      id: 'remedy',
      type: 'text',
      multiline: true,
      maxLength: 2000,
      title: { en: 'What would make this right for you?' },
      easyTitle: { en: 'How can we make it right?' },
    },
    {
      id: 'contact',
      type: 'contact',
      title: { en: 'How can we reach you?' },
      help: {
        en: 'We will only use this to follow up on what you told us.',
      },
      easyTitle: { en: 'Can we contact you?' },
      easyHelp: { en: 'Only about this.' },
    },
  ],
};
