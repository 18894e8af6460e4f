import type { Translation } from './translation.js';

/** Spanish (usted, neutral Latin-American wording, as most US practices need). */
export const es: Translation = {
  lang: 'es',
  source: 'unofficial — please review',
  ui: {
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

    unavailable: 'Lo sentimos, este formulario no funciona ahora.',

    readAloud: 'Léamelo en voz alta',
    stopReading: 'Dejar de leer',
  },
  kiosk: {
    welcome: 'Nos encantaría saber cómo fue su visita de hoy.',
    tapToStart: 'Toque para empezar',
    chooseLanguage: 'Idioma',
    stillThereTitle: '¿Sigue ahí?',
    stillThereBody: {
      one: 'Para proteger su privacidad, borraremos sus respuestas y empezaremos de nuevo para el siguiente paciente en {0} segundo.',
      other:
        'Para proteger su privacidad, borraremos sus respuestas y empezaremos de nuevo para el siguiente paciente en {0} segundos.',
    },
    stillHere: 'Sigo aquí',
    done: 'Listo',
    returning: {
      one: 'Esta pantalla vuelve al inicio en {0} segundo.',
      other: 'Esta pantalla vuelve al inicio en {0} segundos.',
    },
  },
  surveys: {
    'first-impression': {
      title: 'Su primera impresión',
      // The Friends and Family Test scale, shared by the overall question and the themes.
      options: {
        'very-good': 'Muy buena',
        good: 'Buena',
        neither: 'Ni buena ni mala',
        poor: 'Mala',
        'very-poor': 'Muy mala',
        'dont-know': 'No lo sé',
      },
      questions: {
        overall: {
          easyTitle: '¿Cómo fue su visita hoy?',
          title: 'En general, ¿cómo fue su experiencia con nuestro servicio?',
        },
        greeting: { easyTitle: '¿Cómo le recibimos?', title: '¿Cómo fue la bienvenida cuando llegó?' },
        'front-desk': {
          easyTitle: '¿Qué tan amable fue la recepción?',
          title: '¿Qué tan amable y respetuoso fue nuestro equipo de recepción?',
        },
        'waiting-area': {
          easyTitle: '¿Cómo estaba la sala de espera?',
          title: '¿Qué tan cómoda y limpia estaba la sala de espera?',
        },
        wait: {
          easyTitle: '¿Cuánto tiempo esperó?',
          title: '¿Cuánto tiempo tuvo que esperar?',
          options: {
            shorter: 'Menos de lo que esperaba',
            'as-expected': 'Más o menos lo que esperaba',
            'a-little-longer': 'Un poco más de lo que esperaba',
            'much-longer': 'Mucho más de lo que esperaba',
          },
        },
        listened: {
          easyTitle: '¿Le escuchamos?',
          title: '¿Sintió que se le escuchó?',
          options: { yes: 'Sí, completamente', partly: 'Sí, en parte', no: 'No' },
        },
        comments: {
          easyTitle: '¿Quiere decirnos algo más?',
          easyHelp: 'Escriba lo bueno o lo malo.',
          title: '¿Hay algo más que le gustaría decirnos?',
          help: 'Lo que sea: lo que salió bien o lo que podríamos mejorar.',
        },
      },
    },
    'what-went-wrong': {
      title: 'Cuéntenos qué salió mal',
      questions: {
        apology: {
          easyTitle: 'Lo sentimos. Gracias por decírnoslo.',
          title: 'Lamentamos que algo no haya salido bien. Gracias por decírnoslo: queremos arreglarlo.',
        },
        categories: {
          easyTitle: '¿Cuál fue el problema?',
          easyHelp: 'Puede elegir más de una.',
          title: '¿Con qué tuvo que ver?',
          help: 'Elija todas las que correspondan.',
          options: {
            'wait-time': 'Tiempo de espera',
            'front-desk': 'Bienvenida y recepción',
            'phone-scheduling': 'Teléfono y citas',
            billing: 'Facturación y seguro',
            communication: 'Comunicación',
            cleanliness: 'Limpieza y comodidad',
            'clinical-care': 'Atención clínica',
            other: 'Otra cosa',
          },
        },
        details: {
          easyTitle: '¿Qué pasó?',
          easyHelp: 'Escríbalo con sus propias palabras.',
          title: 'Con sus propias palabras, ¿qué pasó?',
          help: 'Cuéntenos tanto o tan poco como quiera. Leemos todos los mensajes.',
        },
        remedy: { easyTitle: '¿Cómo podemos arreglarlo?', title: '¿Qué podríamos hacer para arreglarlo?' },
        contact: {
          easyTitle: '¿Podemos contactarle?',
          easyHelp: 'Solo sobre esto.',
          title: '¿Cómo podemos comunicarnos con usted?',
          help: 'Solo lo usaremos para darle seguimiento a lo que nos contó.',
        },
      },
    },
  },
};
