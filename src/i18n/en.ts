/**
 * The words of the widget itself, in plain, warm, blame-free English. Survey questions are not here: they live in
 * the survey definitions. Other languages copy this shape (`UiStrings`), so a missing string is a type error.
 * `{0}`, `{1}` are filled in by `fill()` (index.ts): one formatter instead of a function per sentence.
 * Keys are short on purpose: each is shipped once per language.
 */
export const en = {
  next: 'Next',
  back: 'Back',
  submit: 'Submit',
  sending: 'Sending your answers…',
  loading: 'Loading…',
  /** "Step 2 of 5" (a screen may hold two questions); it also names the progress bar. */
  progress: 'Step {0} of {1}',
  optional: '(optional)',
  chooseAny: 'Choose any that apply.',
  yes: 'Yes',
  no: 'No',
  counter: '{0} of {1} characters',

  // Validation, keyed by the core's problem codes: say what to do, never that the patient did something wrong.
  summary: 'Please look at:',
  required: 'Please answer this question.',
  'too-long': 'Please shorten this to {0} characters or fewer.',
  'not-an-option': 'Please choose one of the options.',
  'invalid-email': 'Please check the e-mail address.',
  'invalid-phone': 'Please check the phone number.',
  'missing-contact-value': 'Please add how we can reach you.',
  'consent-needed':
    "Please tick “You may contact me about this feedback” so we can contact you, or choose “Please don't contact me”.",

  // Follow-up, keyed by contact method.
  phone: 'Phone call',
  text: 'Text message',
  email: 'E-mail',
  none: "Please don't contact me",
  phoneValue: 'Your phone number',
  textValue: 'Your mobile number',
  emailValue: 'Your e-mail address',
  consent: 'You may contact me about this feedback',
  noConsent: "We won't contact you.",
  bestTime: 'Best time to reach you',

  thanks: 'Thank you for your feedback',
  /** {0}: the practice's name, or `us` when none is set. */
  thanksText: 'Your answers help {0} care for every patient.',
  us: 'us',
  ask: 'Would you tell us what went wrong?',
  askWhy: "We're sorry. A few words help us put it right.",
  accept: 'Tell us what went wrong',
  decline: 'No, thank you',
  thanksRecovery: 'Thank you for telling us',
  thanksRecoveryText: 'We have your feedback and we take it seriously.',
  reference: 'Your reference',
  referenceHint: 'Quote it if you contact us.',
  emergency: 'If this is a medical emergency, call 911 or your local emergency number.',

  notSaved: 'Sorry, your answers could not be sent or kept on this device.',
  notSavedHint: 'Please check the connection and try again.',
  tryAgain: 'Try again',

  /** Read aloud: the screen's words spoken by the device (shown only where it has a voice for the language). */
  readAloud: 'Read this to me',
  stopReading: 'Stop reading',

  unavailable: "Sorry, this feedback form isn't working right now.",
};

export type UiStrings = typeof en;
