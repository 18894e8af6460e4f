/**
 * The Results screen's words for the API's codes and numbers: the FFT's six answers, the collection methods, a
 * month ("March 2026"), whole percentages written the language's way ("81%", "81 %"), and the words handed to
 * src/core/results/ (the text for the return, the charts' summaries), so every part says a thing one way.
 */
import type { FftMonth } from '../../src/core/results-api.js';
import type { CollectionMethod, FftAnswer, FftMonthFigures } from '../../src/core/results/fft-figures.js';
import type { HandInWords } from '../../src/core/results/fft-hand-in-text.js';
import { SUMMARY_WORDS_EN, SUMMARY_WORDS_ES, type SummaryWords } from '../../src/core/results/summary-words.js';
import type { StaffLanguage } from '../../src/core/staff-api.js';
import type { StaffStrings } from '../i18n/index.js';

export function answerWords(t: StaffStrings): Record<FftAnswer, string> {
  return {
    'very-good': t.fftVeryGood,
    good: t.fftGood,
    neither: t.fftNeither,
    poor: t.fftPoor,
    'very-poor': t.fftVeryPoor,
    'dont-know': t.fftDontKnow,
  };
}

export function methodWords(t: StaffStrings): Record<CollectionMethod, string> {
  return {
    kiosk: t.methodKiosk,
    website: t.methodWebsite,
    paper: t.methodPaper,
    sms: t.methodSms,
    telephone: t.methodTelephone,
    other: t.methodOther,
  };
}

export function handInWords(t: StaffStrings): HandInWords {
  return {
    odsCode: t.odsCode,
    practice: t.practice,
    month: t.month,
    method: t.method,
    answers: answerWords(t),
    total: t.total,
    percentPositive: t.percentPositive,
    percentNegative: t.percentNegative,
    methods: methodWords(t),
    allMethods: t.allMethods,
  };
}

export function summaryWords(lang: StaffLanguage): SummaryWords {
  return lang === 'es' ? SUMMARY_WORDS_ES : SUMMARY_WORDS_EN;
}

/** `2026-03` → "March 2026" (a month is a calendar month: no zone moves it). */
export function monthWords(month: string, lang: StaffLanguage): string {
  const date = new Date(`${month}-01T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** `2026-03-02` → "2 Mar 2026". */
export function dayWords(day: string, lang: StaffLanguage): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** A percentage given 0–100, whole: "81%". */
export function percentWords(p: number, lang: StaffLanguage): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(p / 100);
}

export function countWords(n: number, lang: StaffLanguage): string {
  return new Intl.NumberFormat(lang).format(n);
}

/** A month of the API as src/core/results/ takes it: figures as they now are, or as they were handed in. */
export function monthFigures(month: FftMonth, asHandedIn: boolean): FftMonthFigures {
  if (asHandedIn && month.handedIn) return { byMethod: month.handedIn.methods, all: month.handedIn.all };
  return { byMethod: month.methods, all: month.all };
}

/** This month in a practice's zone, `YYYY-MM`: a month can be handed in once it is over. */
export function monthNow(timeZone: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit' };
  try {
    return new Intl.DateTimeFormat('en-CA', { ...options, timeZone }).format(Date.now()).slice(0, 7);
  } catch {
    return new Intl.DateTimeFormat('en-CA', options).format(Date.now()).slice(0, 7);
  }
}
