import type { UiStrings } from './en.js';

/** Spanish (usted, neutral Latin-American wording, as most US practices need). */
export const es: UiStrings = {
  next: 'Siguiente',
  back: 'Atrás',
  submit: 'Enviar',
  sending: 'Enviando sus respuestas…',
  loading: 'Cargando…',
  progress: 'Paso {0} de {1}',
  optional: '(opcional)',
  chooseAny: 'Elija todas las que correspondan.',
  yes: 'Sí',
  no: 'No',
  counter: '{0} de {1} caracteres',

  summary: 'Por favor, revise:',
  required: 'Por favor, responda a esta pregunta.',
  'too-long': 'Por favor, acórtelo a {0} caracteres o menos.',
  'not-an-option': 'Por favor, elija una de las opciones.',
  'invalid-email': 'Por favor, revise el correo.',
  'invalid-phone': 'Por favor, revise el teléfono.',
  'missing-contact-value': 'Por favor, indique cómo contactarle.',
  'consent-needed':
    'Por favor, marque “Pueden contactarme sobre estos comentarios” para que podamos contactarle, o elija “Prefiero que no me contacten”.',

  phone: 'Llamada telefónica',
  text: 'Mensaje de texto',
  email: 'Correo electrónico',
  none: 'Prefiero que no me contacten',
  phoneValue: 'Su número de teléfono',
  textValue: 'Su número de celular',
  emailValue: 'Su correo electrónico',
  consent: 'Pueden contactarme sobre estos comentarios',
  noConsent: 'No le contactaremos.',
  bestTime: 'Mejor momento para contactarle',

  thanks: 'Gracias por sus comentarios',
  thanksText: 'Sus respuestas ayudan a {0} a cuidar de cada paciente.',
  us: 'nuestro equipo',
  ask: '¿Nos contaría qué salió mal?',
  askWhy: 'Lo sentimos. Unas palabras nos ayudan a corregirlo.',
  accept: 'Contarles qué salió mal',
  decline: 'No, gracias',
  thanksRecovery: 'Gracias por contárnoslo',
  thanksRecoveryText: 'Hemos recibido sus comentarios y los tomamos en serio.',
  reference: 'Su referencia',
  referenceHint: 'Menciónela si nos contacta.',
  emergency: 'Si es una emergencia médica, llame al 911 o a su número de emergencias local.',

  notSaved: 'Lo sentimos, no se pudieron enviar ni guardar sus respuestas.',
  notSavedHint: 'Revise la conexión e inténtelo de nuevo.',
  tryAgain: 'Intentar de nuevo',

  readAloud: 'Léamelo en voz alta',
  stopReading: 'Dejar de leer',

  unavailable: 'Lo sentimos, este formulario no funciona ahora.',
};
