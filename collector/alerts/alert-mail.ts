/**
 * An alert's e-mail and a practice's digest, in words (pure). By default an e-mail carries no patient's words or
 * contact details — what happened in a sentence, and links to the alert and the case (signing in is needed to read
 * them, and every look is audited); a rule whose practice opted in (`includeWords`) adds the patient's own words as
 * plain text. Times are in the practice's time zone.
 */
import type { Alert, AlertRule } from '../../src/core/alerts-api.js';
import type { FftFigures } from '../../src/core/results/fft-figures.js';

const ANSWER_WORDS: Record<string, string> = {
  'very-good': 'Very good',
  good: 'Good',
  neither: 'Neither good nor poor',
  poor: 'Poor',
  'very-poor': 'Very poor',
  'dont-know': 'Don’t know',
};

export function localTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

const where = (alert: Alert) => {
  const parts = [
    alert.facts.reference ? `reference ${alert.facts.reference}` : '',
    alert.facts.location ? `at ${alert.facts.location}` : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
};

/** What happened, in one sentence. */
export function alertSentence(alert: Alert, timeZone: string): string {
  const f = alert.facts;
  switch (alert.kind) {
    case 'new-case':
      return `A patient told the practice what went wrong${where(alert)}.`;
    case 'low-rating':
      return `A patient answered “${ANSWER_WORDS[f.rating ?? ''] ?? f.rating}”${where(alert)}.`;
    case 'negative-share':
      return `${f.negative} of ${f.answers} answers in the last ${f.windowMinutes} minutes were poor or very poor.`;
    case 'deadline-near':
      return `A case’s next deadline is ${localTime(f.dueAt!, timeZone)}${where(alert)}.`;
    case 'tablet-silent':
      return f.lastSeenAt
        ? `The tablet “${f.tabletName}” has not reported since ${localTime(f.lastSeenAt, timeZone)}, while the practice is open.`
        : `The tablet “${f.tabletName}” has never reported, while the practice is open.`;
  }
}

/** The patient's own words, when the practice opted in: never markup, just the text as they typed it. */
export interface PatientWords {
  details?: string;
  remedy?: string;
  comments?: string;
  contact?: string;
}

export function alertMail(
  alert: Alert,
  rule: AlertRule,
  practice: { name: string; timeZone: string },
  links: { alert: string | null; case: string | null },
  words?: PatientWords,
): { subject: string; text: string } {
  const lines = [
    alertSentence(alert, practice.timeZone),
    '',
    `Practice: ${practice.name}`,
    `Raised: ${localTime(alert.triggeredAt, practice.timeZone)}, by the alert “${rule.name}”.`,
  ];
  if (links.case) lines.push(`The case: ${links.case}`);
  if (links.alert) lines.push(`Acknowledge or close the alert: ${links.alert}`);
  if (words && rule.includeWords) {
    lines.push('', 'The patient’s words (sent because the practice chose to include them):');
    if (words.details) lines.push(`What went wrong: ${words.details}`);
    if (words.remedy) lines.push(`What would put it right: ${words.remedy}`);
    if (words.comments) lines.push(`Their comments: ${words.comments}`);
    if (words.contact) lines.push(`How to reach them: ${words.contact}`);
  } else {
    lines.push('', 'This e-mail carries no patient’s words or contact details: sign in to read them.');
  }
  if (!links.alert) lines.push('(Set PUBLIC_URL so e-mails carry links to the console.)');
  return { subject: `${practice.name}: ${rule.name}`, text: `${lines.join('\n')}\n` };
}

export interface DigestFigures {
  from: string;
  to: string;
  firstImpressions: number;
  whatWentWrong: number;
  fft: FftFigures;
  openCases: number;
  overdueCases: number;
  openAlerts: number;
}

const percent = (value: number | null) => (value === null ? 'no answers' : `${value} %`);

export function digestMail(
  practice: { name: string; timeZone: string },
  frequency: 'daily' | 'weekly',
  figures: DigestFigures,
  link: string | null,
): { subject: string; text: string } {
  const period = frequency === 'daily' ? 'the last 24 hours' : 'the last 7 days';
  const lines = [
    `${practice.name}, ${period} (${localTime(figures.from, practice.timeZone)} to ${localTime(figures.to, practice.timeZone)}):`,
    '',
    `First-impression answers: ${figures.firstImpressions}`,
    `What-went-wrong forms: ${figures.whatWentWrong}`,
    `Friends and Family Test: ${figures.fft.total} answers, ${percent(figures.fft.percentPositive)} positive, ${percent(figures.fft.percentNegative)} negative`,
    '',
    `Open cases now: ${figures.openCases}, of which overdue: ${figures.overdueCases}`,
    `Alerts not yet closed: ${figures.openAlerts}`,
  ];
  if (link) lines.push('', `The console: ${link}`);
  return {
    subject: `${practice.name}: your ${frequency} feedback digest`,
    text: `${lines.join('\n')}\n`,
  };
}
