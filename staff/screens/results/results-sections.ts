/**
 * The Results screen's shares, each a `<pf-staff-share-bars>` (chart, sentence, table): how each theme question was
 * answered, what went wrong, time to first contact against the promise, and % positive per location.
 */
import { html, type TemplateResult } from 'lit';
import type { ResultsPage, ThemeResult } from '../../../src/core/results-api.js';
import { distributionSummary, firstContactSummary } from '../../../src/core/results/summaries.js';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import { countWords, percentWords, summaryWords } from '../../format/results-words.js';
import { fill, type StaffStrings } from '../../i18n/index.js';
import type { ShareBar } from './share-bars.js';
import './share-bars.js';

interface Context {
  t: StaffStrings;
  lang: StaffLanguage;
}

const shown = (p: number | null, c: Context) => (p === null ? c.t.noFigure : percentWords(p, c.lang));

function bars(name: string, summary: string, headings: string[], rows: ShareBar[], c: Context): TemplateResult {
  return html`<pf-staff-share-bars
    .lang=${c.lang}
    .name=${name}
    .summary=${summary}
    .headings=${headings}
    .bars=${rows}
  ></pf-staff-share-bars>`;
}

/** One theme question: its heading (at `level` 3, or 4 within a survey of the practice's own), bars and table. */
export function themeSection(theme: ThemeResult, c: Context, level: 3 | 4 = 3): TemplateResult {
  const { t } = c;
  const words = new Map(theme.answers.map((a) => [a.value, a.value === '' ? t.notAnswered : a.words]));
  const summary = distributionSummary(
    theme.answers.map((a) => ({ answer: a.value, count: a.count, percent: a.percent, offered: a.value !== '' })),
    (value) => words.get(value) ?? value,
    summaryWords(c.lang),
  );
  const rows = theme.answers.map((a) => ({
    label: words.get(a.value) ?? a.value,
    percent: a.percent,
    cells: [countWords(a.count, c.lang), shown(a.percent, c)],
  }));
  const heading = level === 4 ? html`<h4>${theme.title}</h4>` : html`<h3>${theme.title}</h3>`;
  return html`${heading} ${bars(theme.title, summary, [t.answer, t.answersCount, t.share], rows, c)}`;
}

/** A practice's own survey version: how many answered it, then each choice question as a theme. */
export function ownSurveySection(survey: ResultsPage['ownSurveys'][number], c: Context): TemplateResult {
  const { t } = c;
  return html`<h3>${fill(t.ownSurveyTitle, survey.title, survey.version)}</h3>
    ${survey.answered === null ? '' : html`<p>${fill(t.ownSurveyAnswered, countWords(survey.answered, c.lang))}</p>`}
    ${survey.questions.map((q) => themeSection(q, c, 4))}`;
}

export function categoriesSection(page: ResultsPage, c: Context): TemplateResult {
  const { t } = c;
  const forms = page.recoveryForms;
  const percent = (n: number) => (forms === 0 ? null : (100 * n) / forms);
  const summary = [
    fill(t.categoriesForms, countWords(forms, c.lang)),
    distributionSummary(
      page.categories.map((x) => ({ answer: x.value, count: x.count, percent: percent(x.count), offered: true })),
      (value) => page.categories.find((x) => x.value === value)?.words ?? value,
      summaryWords(c.lang),
    ),
  ].join(' ');
  const rows = page.categories.map((x) => ({
    label: x.words,
    percent: percent(x.count),
    cells: [countWords(x.count, c.lang), shown(percent(x.count), c)],
  }));
  return bars(t.categoriesTitle, summary, [t.category, t.formsCount, t.shareOfForms], rows, c);
}

export function firstContactSection(page: ResultsPage, c: Context): TemplateResult {
  const { t } = c;
  const f = page.firstContact;
  const of = (n: number) => (f.cases === 0 ? null : (100 * n) / f.cases);
  const rows: [string, number][] = [
    [t.contactWithin, f.contactedWithinPromise],
    [t.contactLate, f.contactedLate],
    [t.waitingPast, f.waitingPastPromise],
    [t.waitingWithin, f.waitingWithinPromise],
    [t.contactedNoPromise, f.contactedWithoutPromise],
    [t.waitingNoPromise, f.waitingWithoutPromise],
  ];
  return bars(
    t.firstContactTitle,
    firstContactSummary(f, summaryWords(c.lang)),
    [t.firstContactCases, t.casesCount, t.share],
    rows.map(([label, n]) => ({ label, percent: of(n), cells: [countWords(n, c.lang), shown(of(n), c)] })),
    c,
  );
}

export function locationsSection(page: ResultsPage, c: Context): TemplateResult {
  const { t } = c;
  const name = (l: ResultsPage['locations'][number]) => (l.location === '' ? t.noLocation : l.name);
  const listed = page.locations.filter((l) => l.all.percentPositive !== null);
  const summary = listed.length
    ? fill(
        t.locationsSummary,
        new Intl.ListFormat(c.lang, { type: 'conjunction' }).format(
          listed.map((l) => fill(t.locationPositive, name(l), percentWords(l.all.percentPositive!, c.lang))),
        ),
      )
    : t.locationsNobody;
  const rows = page.locations.map((l) => ({
    label: name(l),
    percent: l.all.percentPositive,
    cells: [countWords(l.all.total, c.lang), shown(l.all.percentPositive, c), shown(l.all.percentNegative, c)],
  }));
  return bars(t.locationsTitle, summary, [t.location, t.answersCount, t.percentPositive, t.percentNegative], rows, c);
}
