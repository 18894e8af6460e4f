/**
 * The staff pages' words in Spanish (usted, neutral Latin-American wording), of the same shape as en.ts. Where the
 * console says the same thing (staff/i18n/es.ts: Iniciar sesión, Su acceso, Segundo factor, Datos de un paciente,
 * Bandeja de entrada, the idle warning, a case's status), these say it in the same words.
 */
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type PasswordFault } from '../../accounts/password-rules.js';
import type { ErasureReason } from '../../store/index.js';
import { staffTime } from '../../staff-time.js';
import type { PageWords } from './en.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const FAULTS = {
  'too-short': (length: number) =>
    `La contraseña debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres (esta tiene ${length}).`,
  'too-long': `La contraseña debe tener como máximo ${MAX_PASSWORD_LENGTH} caracteres.`,
  common: 'Esa contraseña está en la lista de las más comunes, que son las primeras que se prueban: elija otra.',
  email: 'La contraseña no puede ser la dirección de correo electrónico: elija otra.',
};

const WHY: Record<ErasureReason, string> = {
  'patient-request': 'a petición del paciente',
  retention: 'al cumplirse el plazo de conservación',
};

export const es: PageWords = {
  lang: 'es',
  siteName: 'Opiniones de pacientes',

  bar: {
    signedInAsHtml: (email, role) => `Sesión iniciada como ${email} (${role})`,
    roles: { admin: 'administrador', staff: 'personal' },
    navLabel: 'Personal',
    inbox: 'Bandeja de entrada',
    practices: 'Consultorios',
    sessions: 'Quién tiene la sesión iniciada',
    audit: 'Auditoría',
    patientData: 'Datos de un paciente',
    settings: 'Configuración',
    yourSignIn: 'Su acceso',
    signOut: 'Cerrar sesión',
  },

  idle: {
    heading: 'Su sesión se cerrará pronto',
    textHtml: (left) =>
      `Para proteger las respuestas de los pacientes, su sesión se cerrará en ${left} a menos que elija Seguir ` +
      'conectado. Las respuestas de los pacientes dejarán de verse en esta pantalla.',
    stay: 'Seguir conectado',
    problem: 'No se pudo conectar con el servidor. Revise la conexión y elija Seguir conectado otra vez.',
    aboutMinutes: 'unos {0} minutos',
    aboutAMinute: 'un minuto aproximadamente',
    seconds: '{0} segundos',
    oneSecond: '1 segundo',
  },

  signIn: {
    title: 'Iniciar sesión',
    email: 'Correo electrónico',
    password: 'Contraseña',
    button: 'Iniciar sesión',
    noAccountHeading: 'Todavía no hay ninguna cuenta',
    noAccountText:
      'Nadie puede iniciar sesión hasta que exista la primera cuenta. En la computadora donde funciona el colector, ' +
      'en su carpeta, ejecute:',
    noAccountHint:
      'Le pedirá una contraseña (de al menos 12 caracteres). Ninguna página web puede crear el primer administrador.',
    wrong:
      'Ese correo electrónico y esa contraseña no corresponden a ninguna cuenta que pueda iniciar sesión. Revise ' +
      'ambos e inténtelo de nuevo.',
    tooManyTries: (seconds) =>
      `Demasiados intentos fallidos. Espere ${plural(seconds, 'segundo', 'segundos')} e inténtelo de nuevo.`,
    idleEnded: (limit) =>
      `Se cerró su sesión tras ${
        'minutes' in limit ? plural(limit.minutes, 'minuto', 'minutos') : plural(limit.seconds, 'segundo', 'segundos')
      } sin actividad. Vuelva a iniciar sesión para continuar.`,
    signedOut: 'Ha cerrado la sesión.',
    plainHttpRefused:
      'No se permite iniciar sesión por HTTP sin cifrar desde otra computadora: la contraseña cruzaría la red sin ' +
      'cifrar. Abra esta página con https:// (el colector con TLS_CERT y TLS_KEY, o detrás de un proxy inverso) o, ' +
      'solo en una red de confianza del consultorio, pida al administrador que defina ALLOW_HTTP_SIGN_IN.',
  },

  code: {
    title: 'Iniciar sesión: código',
    heading: 'Iniciar sesión: código de su aplicación',
    label: 'Código',
    hint: 'Los 6 dígitos que muestra ahora su aplicación de autenticación, o uno de sus códigos de recuperación.',
    button: 'Continuar',
    startAgain: 'Empezar de nuevo',
    tooMany: (seconds) =>
      `Demasiados códigos incorrectos. Espere ${plural(seconds, 'segundo', 'segundos')} e inténtelo de nuevo.`,
    wrong: 'Ese código no es correcto (o ya se usó). Pruebe con el código que muestra ahora su aplicación.',
  },

  account: {
    title: 'Su acceso',
    factorHeading: 'Segundo factor',
    onHtml: (left) => `Segundo factor: <strong>activado</strong>. Códigos de recuperación restantes: ${left}.`,
    cannotTurnOff: 'Todo administrador debe usar un segundo factor, así que aquí no se puede desactivar.',
    turnOff: 'Desactivar el segundo factor',
    offHtml:
      'Segundo factor: <strong>desactivado</strong>. Si lo activa, para iniciar sesión también hará falta un código ' +
      'de una aplicación de autenticación de su teléfono, así que la contraseña sola no basta.',
    turnOn: 'Activar el segundo factor',
    policyHeading: 'Para todos los administradores',
    policyLabel: 'Todo administrador debe usar un segundo factor',
    save: 'Guardar',
    mustTurnOn: 'Todo administrador debe usar un segundo factor: actívelo para continuar a la bandeja de entrada.',
    alreadyOn: 'El segundo factor ya está activado.',
    staysOn: 'Todo administrador debe usar un segundo factor: sigue activado.',
    turnedOff: 'El segundo factor está desactivado.',
    adminsNeedIt: 'Ahora todo administrador debe usar un segundo factor.',
    adminsNeedItNot: 'Ahora los administradores pueden iniciar sesión sin segundo factor.',
  },

  factorSetup: {
    title: 'Activar el segundo factor',
    addKeyHtml: (key, link) =>
      'En una aplicación de autenticación de su teléfono (por ejemplo Google Authenticator, Microsoft Authenticator ' +
      `o 1Password), añada una cuenta con esta clave: ${key} — o, en el teléfono, abra ${link}.`,
    thisLink: 'este enlace',
    typeCode: 'Escriba el código de 6 dígitos que muestra la aplicación.',
    label: 'Código',
    button: 'Activar',
    wrong:
      'Ese código no es correcto. La clave de abajo es nueva: añádala otra vez a la aplicación y luego escriba su ' +
      'código.',
  },

  recovery: {
    title: 'Códigos de recuperación',
    heading: 'Segundo factor activado: sus códigos de recuperación',
    text:
      'Si pierde el teléfono, cada uno de estos códigos le permite iniciar sesión una vez en lugar del código de la ' +
      'aplicación. Solo se muestran ahora: imprímalos o guárdelos en un gestor de contraseñas.',
    toInbox: 'Ir a la bandeja de entrada',
  },

  setup: {
    title: 'Configurar su cuenta',
    spentHtml: (signIn) =>
      `Pida un nuevo enlace de configuración al responsable de su consultorio. Si ya eligió una contraseña, ${signIn}.`,
    signInLink: 'inicie sesión',
    choose: 'Elija la contraseña con la que iniciará sesión.',
    password: 'Contraseña nueva',
    hint:
      `Al menos ${MIN_PASSWORD_LENGTH} caracteres. Unas cuantas palabras que vaya a recordar son una buena ` +
      'contraseña; una contraseña muy común se rechaza.',
    again: 'Repita la contraseña nueva',
    button: 'Guardar la contraseña',
    noLink:
      'Esta dirección no contiene ningún código de configuración. Abra el enlace completo que recibió (cópielo entero).',
    notSame: 'Las dos contraseñas no coinciden: escríbalas de nuevo.',
    fault: (fault: PasswordFault) =>
      fault.rule === 'too-short' ? FAULTS['too-short'](fault.length) : FAULTS[fault.rule],
    spent: {
      unknown: 'Este enlace de configuración no lo dio este colector, o está incompleto.',
      used: 'Este enlace de configuración ya se usó, o se creó uno más reciente.',
      expired: 'Este enlace de configuración ha caducado (valen 72 horas).',
      disabled: 'Esta cuenta está desactivada.',
    },
  },

  patientData: {
    title: 'Datos de un paciente',
    intro:
      'Para cuando un paciente pregunta qué datos suyos tiene el consultorio, o pide que se borren. Las búsquedas, ' +
      'las copias y los borrados quedan en el registro de auditoría.',
    searchLabel: 'Referencia, número de teléfono, correo electrónico o palabras',
    find: 'Buscar',
    tooShort: 'Escriba al menos tres caracteres: una referencia, un número de teléfono o un correo electrónico.',
    nothingFoundHtml: (typed) => `No se encontró nada para «${typed}».`,
    more: 'Puede haber más coincidencias: escriba más para acotar la búsqueda.',
    foundHeading: (n) => `Encontrados (${n})`,
    foundStatus: (n) => `${plural(n, 'envío encontrado', 'envíos encontrados')}. Marque los que son de este paciente.`,
    download: 'Descargar una copia para el paciente',
    erase: 'Borrar sus palabras y datos de contacto…',
    kinds: { 'first-impression': 'Encuesta de primera impresión', 'what-went-wrong': 'Qué salió mal' },
    received: (name, when) => `${name}, recibido el ${when}`,
    foundBy: {
      reference: 'Encontrado por su referencia.',
      id: 'Encontrado por su id.',
      contact: 'Encontrado por sus datos de contacto.',
      words: 'Encontrado por palabras de sus respuestas.',
      related: 'Relacionado con un envío de arriba.',
    },
    bestTime: (time) => `mejor momento: ${time}`,
    mayBeContacted: ' (se le puede contactar)',
    noAnswers: 'No se conservan respuestas.',
    erased: (erased) => `Palabras y datos de contacto borrados el ${staffTime(erased.at)}, ${WHY[erased.reason]}.`,
    followUp: (status) => `Seguimiento: ${status}`,
    note: (note) => `. Nota: ${note}`,
    statuses: {
      new: 'Nuevo — sin seguimiento todavía',
      seen: 'Visto',
      contacted: 'Contactado',
      resolved: 'Resuelto',
      reopened: 'Reabierto',
    },
    tickFirst: 'Primero marque los envíos que son del paciente.',
    nothingErased: 'No se borró nada: no se indicó ningún envío.',
    erasedCount: (erased, already) =>
      `Se borraron las palabras y los datos de contacto de ${plural(erased, 'envío', 'envíos')}.` +
      (already === 1 ? ' 1 ya se había borrado o ya no existe.' : '') +
      (already > 1 ? ` ${already} ya se habían borrado o ya no existen.` : ''),
  },

  erase: {
    title: 'Borrar las palabras de un paciente',
    heading: '¿Borrar las palabras y los datos de contacto de un paciente?',
    from: (n) => `De ${n === 1 ? 'este envío' : `estos ${n} envíos`}:`,
    goneHtml:
      '<strong>Se borra para siempre:</strong> todo lo que escribió el paciente, su número de teléfono o correo ' +
      'electrónico y el mejor momento para llamarle, y las notas del personal sobre estos casos, en la base de datos ' +
      'y en las copias que el colector hizo antes de las actualizaciones. No se puede deshacer.',
    keptHtml:
      '<strong>Se conserva:</strong> las respuestas que eligió (valoraciones, categorías, sí o no), para que los ' +
      'resultados del consultorio sigan cuadrando; las fechas, el consultorio y la ubicación; la referencia; el ' +
      'estado del caso; y el registro de auditoría de quién lo borró.',
    button: 'Borrar para siempre',
    cancel: 'Cancelar',
  },

  notBuilt: {
    title: 'La consola del personal no está compilada',
    whyHtml:
      'Este colector no tiene ninguna consola del personal que mostrar: funciona sin una compilación de ' +
      '<code>staff/</code> (desde el código fuente, o con un <code>STATIC_DIR</code> sin carpeta <code>staff/</code>).',
    howHtml:
      'Compílela con <code>npm run build</code> y vuelva a cargar esta página, o inicie el colector con ' +
      '<code>npm start</code>, que la compila cuando cambian las fuentes. <code>npm run dev</code> la sirve desde el ' +
      'código fuente.',
  },
};
