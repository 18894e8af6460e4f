/**
 * The Practices screen's words, English and Spanish (kept apart from en.ts / es.ts). `{0}`-style holes are filled
 * with `fill` (i18n/index.ts).
 */
import type { StaffLanguage } from '../../src/core/staff-api.js';

const en = {
  intro: 'Each practice of this collector: the address its website and tablets send to, its details and locations.',
  rollupCaption: 'What came in, by practice',
  practice: 'Practice',
  firstImpressions: 'First impressions',
  whatWentWrong: 'What went wrong',
  openCases: 'Open cases',
  unknownLocation: 'Unlisted location',
  looksAutomated: 'Looks automated',
  endpoint: 'Endpoint',
  id: 'Id',
  name: 'Name',
  timeZone: 'Time zone',
  timeZoneHint: 'Such as Europe/London or America/New_York: dates in exports and results are this practice’s days.',
  promise: 'Follow-up promise',
  promiseHint:
    'What a patient who asks to be contacted is told, e.g. “We will call you within one working day”. Empty: no promise.',
  origins: 'Websites allowed to send from the browser',
  originsHint: 'One per line, such as https://smiledental.example.',
  sharedOrigins: 'Also allowed for every practice, set by the environment: {0}.',
  save: 'Save {0}',
  saved: 'Saved {0}.',
  locations: 'Locations',
  noLocations: 'No locations listed: every location a submission names is accepted without a flag.',
  newLocation: 'New location, as the tablet or page sends it',
  addLocation: 'Add location to {0}',
  locationAdded: 'Added the location {0} to {1}.',
  addTitle: 'Add a practice',
  newId: 'New practice’s id (part of its address)',
  newIdHint: 'Lower-case letters, digits and hyphens, such as north-clinic. Its endpoint is /api/feedback/p/<id>.',
  newName: 'New practice’s name',
  newTimeZone: 'New practice’s time zone',
  add: 'Add practice',
  added: 'Added {0}. Its endpoint is {1}.',
  saving: 'Saving…',
  wrongId: 'Not saved: an id is 1 to 40 lower-case letters, digits and inner hyphens, such as north-clinic.',
  takenId: 'Not saved: there is already a practice with the id “{0}”.',
  wrongName: 'Not saved: a name is 1 to 120 characters.',
  wrongTimeZone: 'Not saved: “{0}” is not a time zone. Use a name such as Europe/London or America/New_York.',
  wrongPromise: 'Not saved: the promise has at most 300 characters.',
  wrongOrigin:
    'Not saved: “{0}” is not a website. Use scheme, host and port only, such as https://smiledental.example.',
  wrongLocation: 'Not saved: a location’s id is 1 to 100 characters, as the tablet sends it.',
  takenLocation: 'Not saved: {0} already has the location “{1}”.',
  forbidden: 'Only admins who see every practice can look after the practices.',
};

export type PracticesStrings = typeof en;

const es: PracticesStrings = {
  intro:
    'Cada consultorio de este servidor: la dirección a la que envían su web y sus tabletas, sus datos y sus lugares.',
  rollupCaption: 'Lo que llegó, por consultorio',
  practice: 'Consultorio',
  firstImpressions: 'Primeras impresiones',
  whatWentWrong: 'Qué salió mal',
  openCases: 'Casos abiertos',
  unknownLocation: 'Lugar no registrado',
  looksAutomated: 'Parece automático',
  endpoint: 'Dirección de envío',
  id: 'Identificador',
  name: 'Nombre',
  timeZone: 'Zona horaria',
  timeZoneHint:
    'Como Europe/London o America/New_York: las fechas de las exportaciones y los resultados son días de este consultorio.',
  promise: 'Compromiso de respuesta',
  promiseHint:
    'Lo que se dice al paciente que pide que lo contacten, p. ej. «Le llamaremos en un día laborable». Vacío: ninguno.',
  origins: 'Sitios web que pueden enviar desde el navegador',
  originsHint: 'Uno por línea, como https://smiledental.example.',
  sharedOrigins: 'También permitidos para todos los consultorios, fijados por el entorno: {0}.',
  save: 'Guardar {0}',
  saved: '{0} guardado.',
  locations: 'Lugares',
  noLocations: 'Ningún lugar registrado: se acepta sin aviso cualquier lugar que indique una respuesta.',
  newLocation: 'Lugar nuevo, tal como lo envía la tableta o la página',
  addLocation: 'Añadir un lugar a {0}',
  locationAdded: 'Lugar {0} añadido a {1}.',
  addTitle: 'Añadir un consultorio',
  newId: 'Identificador del consultorio nuevo (parte de su dirección)',
  newIdHint:
    'Minúsculas, cifras y guiones, como north-clinic. Su dirección de envío es /api/feedback/p/<identificador>.',
  newName: 'Nombre del consultorio nuevo',
  newTimeZone: 'Zona horaria del consultorio nuevo',
  add: 'Añadir el consultorio',
  added: '{0} añadido. Su dirección de envío es {1}.',
  saving: 'Guardando…',
  wrongId: 'No guardado: un identificador tiene de 1 a 40 minúsculas, cifras y guiones interiores, como north-clinic.',
  takenId: 'No guardado: ya hay un consultorio con el identificador «{0}».',
  wrongName: 'No guardado: un nombre tiene de 1 a 120 caracteres.',
  wrongTimeZone: 'No guardado: «{0}» no es una zona horaria. Use un nombre como Europe/London o America/New_York.',
  wrongPromise: 'No guardado: el compromiso tiene como mucho 300 caracteres.',
  wrongOrigin:
    'No guardado: «{0}» no es un sitio web. Use solo esquema, servidor y puerto, como https://smiledental.example.',
  wrongLocation: 'No guardado: el identificador de un lugar tiene de 1 a 100 caracteres, tal como lo envía la tableta.',
  takenLocation: 'No guardado: {0} ya tiene el lugar «{1}».',
  forbidden: 'Solo los administradores que ven todos los consultorios pueden ocuparse de los consultorios.',
};

export function practicesStrings(lang: StaffLanguage): PracticesStrings {
  return lang === 'es' ? es : en;
}
