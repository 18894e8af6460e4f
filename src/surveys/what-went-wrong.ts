import type { SurveyDefinition } from '../core/definition.js';

/**
 * "Tell us what went wrong", in the order of seed 003's recovery steps: apologise first (no blame), listen (what it
 * was about, then the patient's own words), ask what would make it right, then how — and whether — to follow up.
 * The element adds the practice's promise and the reference code on the confirmation.
 */
export const whatWentWrong: SurveyDefinition = {
  id: 'what-went-wrong',
  version: '1',
  kind: 'what-went-wrong',
  title: { en: 'Tell us what went wrong', es: 'Cuéntenos qué salió mal' },
  languages: ['en', 'es'],
  questions: [
    {
      id: 'apology',
      type: 'statement',
      page: 'listen',
      title: {
        en: "We're sorry something wasn't right. Thank you for telling us — we want to put it right.",
        es: 'Lamentamos que algo no haya salido bien. Gracias por decírnoslo: queremos arreglarlo.',
      },
      easyTitle: { en: 'We are sorry. Thank you for telling us.', es: 'Lo sentimos. Gracias por decírnoslo.' },
    },
    {
      id: 'categories',
      type: 'multiple',
      page: 'listen',
      title: { en: 'What was it about?', es: '¿Con qué tuvo que ver?' },
      help: { en: 'Choose any that apply.', es: 'Elija todas las que correspondan.' },
      easyTitle: { en: 'What was the problem?', es: '¿Cuál fue el problema?' },
      easyHelp: { en: 'You can pick more than one.', es: 'Puede elegir más de una.' },
      options: [
        { value: 'wait-time', label: { en: 'Wait time', es: 'Tiempo de espera' } },
        { value: 'front-desk', label: { en: 'Greeting and front desk', es: 'Bienvenida y recepción' } },
        { value: 'phone-scheduling', label: { en: 'Phone and scheduling', es: 'Teléfono y citas' } },
        { value: 'billing', label: { en: 'Billing and insurance', es: 'Facturación y seguro' } },
        { value: 'communication', label: { en: 'Communication', es: 'Comunicación' } },
        { value: 'cleanliness', label: { en: 'Cleanliness and comfort', es: 'Limpieza y comodidad' } },
        { value: 'clinical-care', label: { en: 'Clinical care', es: 'Atención clínica' } },
        { value: 'other', label: { en: 'Something else', es: 'Otra cosa' } },
      ],
    },
    {
      id: 'details',
      type: 'text',
      required: true,
      multiline: true,
      maxLength: 2000,
      title: { en: 'In your own words, what happened?', es: 'Con sus propias palabras, ¿qué pasó?' },
      help: {
        en: 'Tell us as much or as little as you like. We read every message.',
        es: 'Cuéntenos tanto o tan poco como quiera. Leemos todos los mensajes.',
      },
      easyTitle: { en: 'What happened?', es: '¿Qué pasó?' },
      easyHelp: { en: 'Write it in your own words.', es: 'Escríbalo con sus propias palabras.' },
    },
    {
      id: 'remedy',
      type: 'text',
      multiline: true,
      maxLength: 2000,
      title: { en: 'What would make this right for you?', es: '¿Qué podríamos hacer para arreglarlo?' },
      easyTitle: { en: 'How can we make it right?', es: '¿Cómo podemos arreglarlo?' },
    },
    {
      id: 'contact',
      type: 'contact',
      title: { en: 'How can we reach you?', es: '¿Cómo podemos comunicarnos con usted?' },
      help: {
        en: 'We will only use this to follow up on what you told us.',
        es: 'Solo lo usaremos para darle seguimiento a lo que nos contó.',
      },
      easyTitle: { en: 'Can we contact you?', es: '¿Podemos contactarle?' },
      easyHelp: { en: 'Only about this.', es: 'Solo sobre esto.' },
    },
  ],
};
