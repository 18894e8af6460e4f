import type { KioskWords } from './translation.js';

/** The kiosk's own patient screens in English (kiosk/strings.ts); other languages' are in their files. */
export const kioskEnglish: KioskWords = {
  welcome: 'We would love to hear about your visit today.',
  tapToStart: 'Tap to start',
  chooseLanguage: 'Language',
  stillThereTitle: 'Are you still there?',
  stillThereBody: {
    one: 'To keep your answers private, we will clear them and start again for the next patient in {0} second.',
    other: 'To keep your answers private, we will clear them and start again for the next patient in {0} seconds.',
  },
  stillHere: "I'm still here",
  done: 'Done',
  returning: {
    one: 'This screen goes back to the start in {0} second.',
    other: 'This screen goes back to the start in {0} seconds.',
  },
};
