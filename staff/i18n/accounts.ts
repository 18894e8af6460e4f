/**
 * The Accounts screen's words, English and Spanish (kept apart from en.ts / es.ts, which hold the rest of the
 * console). `{0}`-style holes are filled with `fill` (i18n/index.ts).
 */
import type { AccountRole, AccountStatus } from '../../src/core/accounts-api.js';
import type { StaffLanguage } from '../../src/core/staff-api.js';

const en = {
  intro: 'The people who can sign in, what they can do and which practices they see.',
  introScoped: 'You see the accounts of your practices only.',
  adminsOnly: 'Only an admin can manage accounts.',
  table: 'Accounts',
  email: 'Email',
  role: 'Role',
  practices: 'Practices',
  status: 'Status',
  secondFactor: 'Second factor',
  lastSignIn: 'Last sign-in',
  actions: 'Actions',
  roles: { admin: 'Admin', staff: 'Staff' } satisfies Record<AccountRole, string>,
  roleHints: {
    admin: 'Admin: also manages accounts, surveys, tablets and settings.',
    staff: 'Staff: reads and answers feedback.',
  } satisfies Record<AccountRole, string>,
  statuses: {
    active: 'Can sign in',
    waiting: 'Waiting for set-up',
    disabled: 'Disabled',
  } satisfies Record<AccountStatus, string>,
  linkUntil: 'set-up link works until {0}',
  linkExpired: 'set-up link expired: make a new one',
  on: 'On',
  off: 'Off',
  never: 'Never',
  every: 'Every practice',
  you: 'You',
  yourOwn: 'Your own sign-in',
  change: 'Change',
  disable: 'Disable',
  enable: 'Enable',
  newLink: 'New set-up link',
  factorOff: 'Turn off second factor',
  addTitle: 'Add a person',
  addHint: 'They get no password from you: you give them a set-up link, and they choose their own.',
  everyHint: 'Including practices added later.',
  choosePractices: 'Choose at least one practice.',
  add: 'Add and make the set-up link',
  adding: 'Adding…',
  linkTitle: 'Set-up link for {0}',
  linkOnce: 'This link is shown once. Copy it now.',
  linkTell:
    'Send it to {0} yourself (an e-mail or message from you, so they know it is real). They open ' +
    'it, choose a password of at least 12 characters and are signed in. It works once, until {1}.',
  linkLabel: 'Set-up link',
  copy: 'Copy the link',
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the link and copy it.',
  done: 'Done',
  changeTitle: 'Change {0}',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Saved: {0}.',
  confirm: {
    disable: {
      title: 'Disable {0}?',
      text: 'They are signed out at once and can no longer sign in. Their name stays in the audit trail. You can enable the account again.',
      button: 'Disable the account',
      done: '{0} is disabled.',
    },
    enable: {
      title: 'Enable {0}?',
      text: 'They can sign in again with their password, or with a new set-up link.',
      button: 'Enable the account',
      done: '{0} can sign in again.',
    },
    link: {
      title: 'New set-up link for {0}?',
      text:
        'Their password stops working now and they are signed out. Until they ' +
        'use the new link, nobody can sign in as them. Earlier links stop working.',
      button: 'Make a new set-up link',
      done: 'New set-up link for {0}.',
    },
    factor: {
      title: 'Turn off the second factor of {0}?',
      text:
        'For a lost or new phone: they sign in with their password alone, and can turn the second factor ' +
        'on again under Your sign-in. If every admin must use one, an admin is asked to at their next sign-in.',
      button: 'Turn it off',
      done: 'The second factor of {0} is off.',
    },
  },
  problem: 'Not done: {0}',
};

export type AccountStrings = typeof en;
export type ConfirmKind = keyof AccountStrings['confirm'];

const es: AccountStrings = {
  intro: 'Las personas que pueden iniciar sesión, lo que pueden hacer y qué consultorios ven.',
  introScoped: 'Solo ve las cuentas de sus consultorios.',
  adminsOnly: 'Solo un administrador puede gestionar las cuentas.',
  table: 'Cuentas',
  email: 'Correo electrónico',
  role: 'Función',
  practices: 'Consultorios',
  status: 'Estado',
  secondFactor: 'Segundo factor',
  lastSignIn: 'Último acceso',
  actions: 'Acciones',
  roles: { admin: 'Administrador', staff: 'Personal' },
  roleHints: {
    admin: 'Administrador: además gestiona cuentas, encuestas, tabletas y ajustes.',
    staff: 'Personal: lee y atiende las opiniones.',
  },
  statuses: { active: 'Puede iniciar sesión', waiting: 'Pendiente de configurar', disabled: 'Desactivada' },
  linkUntil: 'el enlace de configuración vale hasta {0}',
  linkExpired: 'el enlace de configuración caducó: cree uno nuevo',
  on: 'Activado',
  off: 'Desactivado',
  never: 'Nunca',
  every: 'Todos los consultorios',
  you: 'Usted',
  yourOwn: 'Su propio acceso',
  change: 'Cambiar',
  disable: 'Desactivar',
  enable: 'Activar',
  newLink: 'Nuevo enlace de configuración',
  factorOff: 'Quitar el segundo factor',
  addTitle: 'Añadir una persona',
  addHint: 'No les da una contraseña: les da un enlace de configuración y eligen la suya.',
  everyHint: 'Incluidos los consultorios que se añadan después.',
  choosePractices: 'Elija al menos un consultorio.',
  add: 'Añadir y crear el enlace de configuración',
  adding: 'Añadiendo…',
  linkTitle: 'Enlace de configuración para {0}',
  linkOnce: 'Este enlace se muestra una sola vez. Cópielo ahora.',
  linkTell:
    'Envíeselo a {0} usted mismo (un correo o mensaje suyo, para que sepa que es real). Lo ' +
    'abre, elige una contraseña de al menos 12 caracteres y queda dentro. Vale una vez, hasta {1}.',
  linkLabel: 'Enlace de configuración',
  copy: 'Copiar el enlace',
  copied: 'Copiado.',
  copyFailed: 'No se pudo copiar: seleccione el enlace y cópielo.',
  done: 'Hecho',
  changeTitle: 'Cambiar {0}',
  save: 'Guardar',
  cancel: 'Cancelar',
  saved: 'Guardado: {0}.',
  confirm: {
    disable: {
      title: '¿Desactivar {0}?',
      text: 'Se cierra su sesión enseguida y ya no puede iniciarla. Su nombre queda en el registro de auditoría. Puede volver a activar la cuenta.',
      button: 'Desactivar la cuenta',
      done: '{0} está desactivada.',
    },
    enable: {
      title: '¿Activar {0}?',
      text: 'Podrá iniciar sesión de nuevo con su contraseña o con un nuevo enlace de configuración.',
      button: 'Activar la cuenta',
      done: '{0} puede iniciar sesión de nuevo.',
    },
    link: {
      title: '¿Nuevo enlace de configuración para {0}?',
      text:
        'Su contraseña deja de valer ahora y se cierra su sesión. Hasta que use el nuevo ' +
        'enlace, nadie puede entrar con su cuenta. Los enlaces anteriores dejan de valer.',
      button: 'Crear un nuevo enlace',
      done: 'Nuevo enlace de configuración para {0}.',
    },
    factor: {
      title: '¿Quitar el segundo factor de {0}?',
      text:
        'Para un teléfono perdido o nuevo: entra solo con su contraseña y puede volver a ' +
        'activarlo en Su acceso. Si todo administrador debe usarlo, se le pedirá en su próximo acceso.',
      button: 'Quitarlo',
      done: 'El segundo factor de {0} está desactivado.',
    },
  },
  problem: 'No se hizo: {0}',
};

export function accountStrings(lang: StaffLanguage): AccountStrings {
  return lang === 'es' ? es : en;
}
