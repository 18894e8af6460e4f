/**
 * The staff pages' words in English: every word the server-rendered staff pages show, and the error and notice
 * messages their routes put on them. Spanish is es.ts, of the same shape (PageWords): a word missing there fails
 * `tsc`. Plain strings are text (escaped where they are put); a function ending in `Html` returns markup, its
 * arguments already escaped by the caller. Words said elsewhere in English too (a case's status, an erasure, a
 * password rule, plain HTTP refused) are taken from there, so English says them one way.
 */
import { MIN_PASSWORD_LENGTH, passwordFaultWords, type PasswordFault } from '../../accounts/password-rules.js';
import { STATUS_WORDS } from '../../follow-up.js';
import { PLAIN_HTTP_REFUSED } from '../../http/plain-http.js';
import { erasedWords } from '../../patient-data/erasure-words.js';
import type { ErasureReason } from '../../store/index.js';
import type { StaffLanguage } from '../../../src/core/staff-api.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
  lang: 'en' as StaffLanguage,
  siteName: 'Patient feedback',

  bar: {
    signedInAsHtml: (email: string, role: string) => `Signed in as ${email} (${role})`,
    roles: { admin: 'admin', staff: 'staff' },
    navLabel: 'Staff',
    inbox: 'Inbox',
    practices: 'Practices',
    sessions: 'Who is signed in',
    audit: 'Audit trail',
    patientData: "A patient's data",
    settings: 'Settings',
    yourSignIn: 'Your sign-in',
    signOut: 'Sign out',
  },

  /** The idle warning; `{0}` is the time left, filled on the page by /staff/idle.js. */
  idle: {
    heading: 'You will be signed out soon',
    textHtml: (left: string) =>
      `To keep patients' answers private, you will be signed out in ${left} unless you choose Stay signed in. ` +
      "Patients' answers will then be hidden from this screen.",
    stay: 'Stay signed in',
    problem: 'The server could not be reached. Check the connection, then choose Stay signed in again.',
    aboutMinutes: 'about {0} minutes',
    aboutAMinute: 'about a minute',
    seconds: '{0} seconds',
    oneSecond: '1 second',
  },

  signIn: {
    title: 'Sign in',
    email: 'Email',
    password: 'Password',
    button: 'Sign in',
    noAccountHeading: 'No account yet',
    noAccountText:
      'Nobody can sign in until the first account exists. On the computer the collector runs on, in its folder, run:',
    noAccountHint: 'It asks for a password (at least 12 characters). No web page can make the first admin.',
    wrong: 'That email and password do not match an account that can sign in. Check both and try again.',
    tooManyTries: (seconds: number) =>
      `Too many wrong tries. Wait ${plural(seconds, 'second', 'seconds')}, then try again.`,
    idleEnded: (limit: { minutes: number } | { seconds: number }) =>
      `You were signed out after ${
        'minutes' in limit ? plural(limit.minutes, 'minute', 'minutes') : plural(limit.seconds, 'second', 'seconds')
      } without activity. Sign in again to go on.`,
    signedOut: 'You have signed out.',
    plainHttpRefused: PLAIN_HTTP_REFUSED,
  },

  code: {
    title: 'Sign in: code',
    heading: 'Sign in: code from your app',
    label: 'Code',
    hint: 'The 6 digits your authenticator app shows now, or one of your recovery codes.',
    button: 'Continue',
    startAgain: 'Start again',
    tooMany: (seconds: number) => `Too many wrong codes. Wait ${seconds} seconds, then try again.`,
    wrong: 'That code is not right (or was used already). Try the code your app shows now.',
  },

  account: {
    title: 'Your sign-in',
    factorHeading: 'Second factor',
    onHtml: (left: number) => `Second factor: <strong>on</strong>. Recovery codes left: ${left}.`,
    cannotTurnOff: 'Every admin must use a second factor, so it cannot be turned off here.',
    turnOff: 'Turn off the second factor',
    offHtml:
      'Second factor: <strong>off</strong>. With it on, signing in also needs a code from an authenticator app on ' +
      'your phone, so a password alone is not enough.',
    turnOn: 'Turn on the second factor',
    policyHeading: 'For every admin',
    policyLabel: 'Every admin must use a second factor',
    save: 'Save',
    mustTurnOn: 'Every admin must use a second factor: turn it on to go on to the inbox.',
    alreadyOn: 'The second factor is on already.',
    staysOn: 'Every admin must use a second factor: it stays on.',
    turnedOff: 'The second factor is off.',
    adminsNeedIt: 'Every admin must now use a second factor.',
    adminsNeedItNot: 'Admins may now sign in without a second factor.',
  },

  factorSetup: {
    title: 'Turn on the second factor',
    addKeyHtml: (key: string, link: string) =>
      'In an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or ' +
      `1Password), add an account with this key: ${key} — or, on the phone, open ${link}.`,
    thisLink: 'this link',
    typeCode: 'Type the 6-digit code the app shows.',
    label: 'Code',
    button: 'Turn on',
    wrong: 'That code is not right. The key below is new: add it to the app again, then type its code.',
  },

  recovery: {
    title: 'Recovery codes',
    heading: 'Second factor on: your recovery codes',
    text:
      "If your phone is lost, each of these codes signs you in once instead of the app's code. They are shown only " +
      'now: print them or keep them in a password manager.',
    toInbox: 'Go to the inbox',
  },

  setup: {
    title: 'Set up your account',
    spentHtml: (signIn: string) =>
      `Ask your practice manager for a new set-up link. If you have set a password already, ${signIn}.`,
    signInLink: 'sign in',
    choose: 'Choose the password you will sign in with.',
    password: 'New password',
    hint:
      `At least ${MIN_PASSWORD_LENGTH} characters. A few words you will remember make a good one; a very common ` +
      'password is refused.',
    again: 'New password again',
    button: 'Set password',
    noLink: 'This address has no set-up code in it. Open the whole link you were given (copy all of it).',
    notSame: 'The two passwords are not the same: type them again.',
    fault: (fault: PasswordFault) => passwordFaultWords(fault),
    spent: {
      unknown: 'This set-up link is not one this collector gave out, or it is incomplete.',
      used: 'This set-up link has been used already, or a newer one was made.',
      expired: 'This set-up link has expired (they work for 72 hours).',
      disabled: 'This account is disabled.',
    },
  },

  patientData: {
    title: "A patient's data",
    intro:
      'When a patient asks what the practice holds about them, or asks for it to be erased. Searches, copies and ' +
      'erasures are written to the audit trail.',
    searchLabel: 'Reference, phone number, e-mail address or words',
    find: 'Find',
    tooShort: 'Type at least three characters, a reference, a phone number or an e-mail.',
    nothingFoundHtml: (typed: string) => `Nothing found for “${typed}”.`,
    more: 'More may match: type more of it to narrow the search.',
    foundHeading: (n: number) => `Found (${n})`,
    foundStatus: (n: number) => `${n} submission(s) found. Tick the ones that are this patient's.`,
    download: 'Download a copy for the patient',
    erase: 'Erase their words and contact details…',
    kinds: { 'first-impression': 'First impression survey', 'what-went-wrong': 'What went wrong' },
    received: (name: string, when: string) => `${name}, received ${when}`,
    foundBy: {
      reference: 'Found by their reference.',
      id: 'Found by its id.',
      contact: 'Found by their contact details.',
      words: 'Found by words in their answers.',
      related: 'Found by linked to a submission above.',
    },
    bestTime: (time: string) => `best time: ${time}`,
    mayBeContacted: ' (may be contacted)',
    noAnswers: 'No answers kept.',
    erased: (erased: { at: string; reason: ErasureReason }) => erasedWords(erased),
    followUp: (status: string) => `Follow-up: ${status}`,
    note: (note: string) => `. Note: ${note}`,
    statuses: STATUS_WORDS,
    tickFirst: 'Tick the submissions that are the patient’s first.',
    nothingErased: 'Nothing was erased: no submission was named.',
    erasedCount: (erased: number, already: number) =>
      `Erased the words and contact details of ${erased} submission(s).` +
      (already ? ` ${already} had been erased before or no longer exist.` : ''),
  },

  erase: {
    title: 'Erase a patient’s words',
    heading: 'Erase a patient’s words and contact details?',
    from: (n: number) => `From these ${n} submission(s):`,
    goneHtml:
      '<strong>Erased for good:</strong> everything the patient wrote, their phone number or e-mail address and ' +
      'best time to call, and the staff notes on these cases — in the database and in the copies the collector made ' +
      'before upgrades. This cannot be undone.',
    keptHtml:
      "<strong>Kept:</strong> the answers they chose (ratings, categories, yes or no), so the practice's results " +
      "still add up; the dates, practice and location; the reference; the case's status; and the audit trail's " +
      'record of who erased it.',
    button: 'Erase for good',
    cancel: 'Cancel',
  },

  notBuilt: {
    title: 'The staff console is not built',
    whyHtml:
      'This collector has no staff console to show: it runs without a build of <code>staff/</code> (from source, ' +
      'or with a <code>STATIC_DIR</code> that has no <code>staff/</code> folder).',
    howHtml:
      'Build it with <code>npm run build</code> and reload this page, or start the collector with ' +
      '<code>npm start</code>, which builds it when the sources change. <code>npm run dev</code> serves it from ' +
      'source.',
  },
};

/** The shape every language's words have. */
export type PageWords = typeof en;
