/**
 * The words of the widget itself, in plain, warm, blame-free English. Survey questions are not here: they live in
 * the survey definitions. Other languages copy this shape (`UiStrings`), so a missing string is a type error.
 */
export const en = {
  next: 'Next',
  back: 'Back',
  submit: 'Submit',
  sending: 'Sending your answers…',
  loading: 'Loading the survey…',
  progress: (current: number, total: number) => `Question ${current} of ${total}`,
  progressLabel: 'Survey progress',
  optional: '(optional)',
  chooseAny: 'Choose any that apply.',
  yes: 'Yes',
  no: 'No',
  counter: (count: string, max: string) => `${count} of ${max} characters`,

  // Validation: say what to do, never that the patient did something wrong.
  summary: (n: number) => (n === 1 ? 'One answer needs a look before you go on.' : `${n} answers need a look before you go on.`),
  problem: {
    required: 'Please choose or type an answer to this question.',
    'too-long': (max: string) => `Please shorten this to ${max} characters or fewer.`,
    'not-an-option': 'Please choose one of the options shown.',
    'invalid-email': 'Please check the e-mail address. It looks like name@example.com.',
    'invalid-phone': 'Please check the phone number. It needs 7 to 15 digits.',
    'missing-contact-value': 'Please add how we can reach you, or choose "Please don\'t contact me".',
  },

  contact: {
    method: 'How would you like us to contact you?',
    phone: 'Phone call',
    text: 'Text message',
    email: 'E-mail',
    none: "Please don't contact me",
    phoneValue: 'Your phone number',
    textValue: 'Your mobile number',
    emailValue: 'Your e-mail address',
    consent: 'You may contact me about this feedback',
    noConsent: "We won't contact you. Your feedback still reaches the practice.",
    consentNeeded: "Without this tick, we won't contact you.",
    bestTime: 'Best time to reach you',
    bestTimeHint: 'For example: weekday mornings',
  },

  thankYou: 'Thank you for your feedback',
  thankYouText: (practice: string) =>
    practice ? `Your answers help ${practice} look after every patient well.` : 'Your answers help us look after every patient well.',
  recoveryAsk: 'Would you tell us what went wrong?',
  recoveryWhy: 'We are sorry your visit was not what it should have been. A few words help us put it right.',
  recoveryAccept: 'Tell us what went wrong',
  recoveryDecline: 'No, thank you',
  declined: 'Thank you. We have your answers.',
  thankYouRecovery: 'Thank you for telling us',
  thankYouRecoveryText: 'We have your feedback and we take it seriously.',
  reference: 'Your reference',
  referenceHint: 'Quote this if you contact us about it.',
  emergency: 'If this is a medical emergency, call 911 or your local emergency number.',

  notSaved: 'Sorry, your answers could not be sent, and this device could not keep them.',
  notSavedHint: 'Please check the connection and try again. Nothing you wrote has been lost from this screen.',
  tryAgain: 'Try again',

  unavailable: "Sorry, this feedback form isn't working right now.",
};

export type UiStrings = typeof en;
