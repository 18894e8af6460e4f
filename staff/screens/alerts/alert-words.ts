/** An alert in the console's words (pure): its sentence, from its kind and facts — never a patient's words. */
import type { Alert } from '../../../src/core/alerts-api.js';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import { answerWords } from '../../format/results-words.js';
import { staffTime } from '../../format/time.js';
import type { AlertStrings } from '../../i18n/alerts.js';
import { fill, staffStrings } from '../../i18n/index.js';

export function alertSentence(alert: Alert, a: AlertStrings, lang: StaffLanguage, timeZone?: string): string {
  const f = alert.facts;
  const answers = answerWords(staffStrings(lang)) as Record<string, string>;
  switch (alert.kind) {
    case 'new-case':
      return a.sentence['new-case'];
    case 'low-rating':
      return fill(a.sentence['low-rating'], answers[f.rating ?? ''] ?? f.rating ?? '');
    case 'negative-share':
      return fill(a.sentence['negative-share'], f.negative, f.answers, f.windowMinutes);
    case 'deadline-near':
      return fill(a.sentence['deadline-near'], staffTime(f.dueAt ?? '', lang, timeZone));
    case 'tablet-silent':
      return fill(
        a.sentence['tablet-silent'],
        f.tabletName,
        f.lastSeenAt ? staffTime(f.lastSeenAt, lang, timeZone) : a.never,
      );
  }
}

/** Reference and place, when the alert has them: "Reference RC-7KQ2-9F · At front-desk". */
export function alertWhere(alert: Alert, a: AlertStrings): string {
  return [
    alert.facts.reference ? fill(a.reference, alert.facts.reference) : '',
    alert.facts.location ? fill(a.at, alert.facts.location) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
