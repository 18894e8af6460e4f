/** The Sessions screen's words ("Who is signed in"), English and Spanish; `{0}` holes filled with `fill`. */
import type { StaffLanguage } from '../../src/core/staff-api.js';

const en = {
  title: 'Who is signed in',
  intro: 'Every open session, newest first. Ending one signs that person out at once.',
  caption: 'Open sessions ({0})',
  who: 'Who',
  since: 'Signed in',
  lastActivity: 'Last activity',
  from: 'From',
  browser: 'Browser',
  end: 'End',
  endNamed: 'End the session of {0} since {1}',
  codeNotGiven: '(code not yet given)',
  yours: '(this one: yours)',
  ended: 'That session has ended.',
  endedBefore: 'That session had already ended.',
  forbidden: 'Only admins who see every practice can see who is signed in.',
};

export type SessionsStrings = typeof en;

const es: SessionsStrings = {
  title: 'Quién tiene la sesión iniciada',
  intro: 'Cada sesión abierta, la más reciente primero. Cerrar una cierra la sesión de esa persona al instante.',
  caption: 'Sesiones abiertas ({0})',
  who: 'Quién',
  since: 'Inició sesión',
  lastActivity: 'Última actividad',
  from: 'Desde',
  browser: 'Navegador',
  end: 'Cerrar',
  endNamed: 'Cerrar la sesión de {0} desde {1}',
  codeNotGiven: '(aún sin código)',
  yours: '(esta: la suya)',
  ended: 'La sesión se ha cerrado.',
  endedBefore: 'Esa sesión ya estaba cerrada.',
  forbidden: 'Solo los administradores que ven todas las consultas pueden ver quién tiene la sesión iniciada.',
};

export function sessionsStrings(lang: StaffLanguage): SessionsStrings {
  return lang === 'es' ? es : en;
}
