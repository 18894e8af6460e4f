/**
 * The Settings screen's words, English and Spanish (kept apart from en.ts / es.ts). `{0}`-style holes are filled
 * with `fill` (i18n/index.ts).
 */
import type { StaffLanguage } from '../../src/core/staff-api.js';

const en = {
  intro: 'These hold for every practice of this collector.',
  keepingTitle: 'Keeping patients’ answers',
  submissionDays: 'Erase patients’ words and contact details after this many days',
  submissionHint:
    'Counted from when a submission arrived. Leave empty to keep them until a patient asks for erasure. ' +
    'The answers they chose stay, so results still add up.',
  submissionNowKept: 'Now: kept until erased on request.',
  submissionNow: 'Now: {0} days.',
  auditDays: 'Keep the audit trail for this many days',
  auditHint:
    'At least {0}. Six years (2192 days) is what HIPAA asks of audit records; check the rules your practice follows.',
  wrongDays: 'Not saved: “{0}” must be a whole number of days from {1} to {2}.',
  save: 'Save settings',
  saving: 'Saving…',
  saved: 'Settings saved.',
  forbidden: 'Only admins who see every practice can change these settings.',
};

export type SettingsStrings = typeof en;

const es: SettingsStrings = {
  intro: 'Valen para todas las consultas de este servidor.',
  keepingTitle: 'Conservación de las respuestas de los pacientes',
  submissionDays: 'Borrar las palabras y los datos de contacto de los pacientes tras estos días',
  submissionHint:
    'Contados desde que llegó la respuesta. Déjelo vacío para guardarlas hasta que un paciente pida borrarlas. ' +
    'Las opciones que eligió se quedan, así los resultados siguen cuadrando.',
  submissionNowKept: 'Ahora: se guardan hasta que se pida borrarlas.',
  submissionNow: 'Ahora: {0} días.',
  auditDays: 'Guardar el registro de auditoría estos días',
  auditHint:
    'Al menos {0}. Seis años (2192 días) es lo que HIPAA pide a los registros de auditoría; compruebe las normas que sigue su consulta.',
  wrongDays: 'No guardado: «{0}» debe ser un número entero de días entre {1} y {2}.',
  save: 'Guardar los ajustes',
  saving: 'Guardando…',
  saved: 'Ajustes guardados.',
  forbidden: 'Solo los administradores que ven todas las consultas pueden cambiar estos ajustes.',
};

export function settingsStrings(lang: StaffLanguage): SettingsStrings {
  return lang === 'es' ? es : en;
}
