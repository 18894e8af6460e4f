import type { UiStrings } from './en.js';

/** Spanish (usted, neutral Latin-American wording, as most US practices need). */
export const es: UiStrings = {
  next: 'Siguiente',
  back: 'Atrás',
  submit: 'Enviar',
  sending: 'Enviando sus respuestas…',
  loading: 'Cargando la encuesta…',
  progress: (current, total) => `Pregunta ${current} de ${total}`,
  progressLabel: 'Progreso de la encuesta',
  optional: '(opcional)',
  chooseAny: 'Elija todas las que correspondan.',
  yes: 'Sí',
  no: 'No',
  counter: (count, max) => `${count} de ${max} caracteres`,

  summary: (n) => (n === 1 ? 'Hay una respuesta que revisar antes de continuar.' : `Hay ${n} respuestas que revisar antes de continuar.`),
  problem: {
    required: 'Por favor, elija o escriba una respuesta a esta pregunta.',
    'too-long': (max) => `Por favor, acórtelo a ${max} caracteres o menos.`,
    'not-an-option': 'Por favor, elija una de las opciones.',
    'invalid-email': 'Por favor, revise el correo electrónico. Se parece a nombre@ejemplo.com.',
    'invalid-phone': 'Por favor, revise el número de teléfono. Necesita de 7 a 15 dígitos.',
    'missing-contact-value': 'Por favor, indique cómo podemos comunicarnos con usted, o elija «Prefiero que no me contacten».',
  },

  contact: {
    method: '¿Cómo prefiere que nos comuniquemos con usted?',
    phone: 'Llamada telefónica',
    text: 'Mensaje de texto',
    email: 'Correo electrónico',
    none: 'Prefiero que no me contacten',
    phoneValue: 'Su número de teléfono',
    textValue: 'Su número de celular',
    emailValue: 'Su correo electrónico',
    consent: 'Pueden contactarme sobre estos comentarios',
    noConsent: 'No nos comunicaremos con usted. Sus comentarios llegarán igualmente a la clínica.',
    consentNeeded: 'Sin esta marca, no nos comunicaremos con usted.',
    bestTime: 'Mejor momento para comunicarnos con usted',
    bestTimeHint: 'Por ejemplo: entre semana por la mañana',
  },

  thankYou: 'Gracias por sus comentarios',
  thankYouText: (practice) =>
    practice
      ? `Sus respuestas ayudan a ${practice} a cuidar bien de cada paciente.`
      : 'Sus respuestas nos ayudan a cuidar bien de cada paciente.',
  recoveryAsk: '¿Nos contaría qué salió mal?',
  recoveryWhy: 'Lamentamos que su visita no fuera como debía. Unas pocas palabras nos ayudan a corregirlo.',
  recoveryAccept: 'Contarles qué salió mal',
  recoveryDecline: 'No, gracias',
  declined: 'Gracias. Hemos recibido sus respuestas.',
  thankYouRecovery: 'Gracias por contárnoslo',
  thankYouRecoveryText: 'Hemos recibido sus comentarios y los tomamos en serio.',
  reference: 'Su número de referencia',
  referenceHint: 'Menciónelo si se comunica con nosotros sobre esto.',
  emergency: 'Si se trata de una emergencia médica, llame al 911 o al número de emergencias local.',

  notSaved: 'Lo sentimos, no se pudieron enviar sus respuestas y este dispositivo no pudo guardarlas.',
  notSavedHint: 'Revise la conexión e inténtelo de nuevo. Lo que escribió sigue en esta pantalla.',
  tryAgain: 'Intentar de nuevo',

  unavailable: 'Lo sentimos, este formulario de comentarios no funciona en este momento.',
};
