/**
 * Words on the kiosk's own patient screens (the survey brings its own). Plain, friendly, no blame.
 * Staff screens are in English only: staff set the tablet up, patients never see them.
 */
export interface KioskWords {
  welcome: string;
  tapToStart: string;
  chooseLanguage: string;
  stillThereTitle: string;
  stillThereBody: (seconds: number) => string;
  stillHere: string;
  done: string;
  returning: (seconds: number) => string;
}

const en: KioskWords = {
  welcome: 'We would love to hear about your visit today.',
  tapToStart: 'Tap to start',
  chooseLanguage: 'Language',
  stillThereTitle: 'Are you still there?',
  stillThereBody: (s) =>
    `To keep your answers private, we will clear them and start again for the next patient in ${s} ${s === 1 ? 'second' : 'seconds'}.`,
  stillHere: "I'm still here",
  done: 'Done',
  returning: (s) => `This screen goes back to the start in ${s} ${s === 1 ? 'second' : 'seconds'}.`,
};

const es: KioskWords = {
  welcome: 'Nos encantaría saber cómo fue su visita de hoy.',
  tapToStart: 'Toque para empezar',
  chooseLanguage: 'Idioma',
  stillThereTitle: '¿Sigue ahí?',
  stillThereBody: (s) =>
    `Para proteger su privacidad, borraremos sus respuestas y empezaremos de nuevo para el siguiente paciente en ${s} ${s === 1 ? 'segundo' : 'segundos'}.`,
  stillHere: 'Sigo aquí',
  done: 'Listo',
  returning: (s) => `Esta pantalla vuelve al inicio en ${s} ${s === 1 ? 'segundo' : 'segundos'}.`,
};

const words: Record<string, KioskWords> = { en, es };

export function kioskWords(lang: string): KioskWords {
  return words[lang.toLowerCase().split('-')[0] ?? 'en'] ?? en;
}

/** Each language named in itself ("English", "Español"), so a patient finds their own. */
export function languageName(lang: string): string {
  const known: Record<string, string> = { en: 'English', es: 'Español' };
  const base = lang.toLowerCase().split('-')[0] ?? lang;
  if (known[base]) return known[base];
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}
