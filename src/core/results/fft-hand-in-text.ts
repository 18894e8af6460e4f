/**
 * A month's FFT figures as text to copy and paste (tab-separated: a spreadsheet or a web form's table takes it cell by
 * cell): one row per practice and collection method, then the practice's row for all methods together — the counts
 * NHS England's monthly return asks for "in each response category, and through each collection mode"
 * (https://welcome.cqrs.nhs.uk/service-information/services-that-do-not-generate-a-payment/), headed by the
 * practice's ODS code.
 *
 * The words (headings, method names) are passed in, in the reader's language. Percentages are whole numbers without
 * a `%` sign, so they paste as numbers; a percentage of nobody is an empty cell. A cell that a spreadsheet would run
 * as a formula gets a leading apostrophe (the OWASP advice, as src/export/csv.ts does); tabs and line breaks inside a
 * practice's name become spaces so they cannot shift the columns.
 */
import {
  COLLECTION_METHODS,
  FFT_ANSWERS,
  type CollectionMethod,
  type FftAnswer,
  type FftFigures,
  type FftMonthFigures,
} from './fft-figures.js';
import { normalizeOdsCode } from './ods-code.js';
import { suppressSmallNumbers, unsuppressed, type ShownFftFigures } from './fft-suppression.js';

export interface HandInWords {
  readonly odsCode: string;
  readonly practice: string;
  readonly month: string;
  readonly method: string;
  readonly answers: Readonly<Record<FftAnswer, string>>;
  readonly total: string;
  readonly percentPositive: string;
  readonly percentNegative: string;
  readonly methods: Readonly<Record<CollectionMethod, string>>;
  /** The row of every method added up. */
  readonly allMethods: string;
}

export interface PracticeMonthFigures {
  readonly odsCode: string;
  readonly practiceName: string;
  /** As the reader should see it: `2026-03`, or "March 2026" already worded. */
  readonly month: string;
  readonly figures: FftMonthFigures;
}

export interface HandInTextOptions {
  /** Hide counts under this (fft-suppression.ts) — for publishing, never for the hand-in itself. Off by default. */
  readonly suppressUnder?: number | undefined;
}

/** The heading row and one row per practice and method, tab-separated, lines ending in `\n`. */
export function handInText(
  practices: readonly PracticeMonthFigures[],
  words: HandInWords,
  options: HandInTextOptions = {},
): string {
  const heading = [
    words.odsCode,
    words.practice,
    words.month,
    words.method,
    ...FFT_ANSWERS.map((answer) => words.answers[answer]),
    words.total,
    words.percentPositive,
    words.percentNegative,
  ];
  const shown = (figures: FftFigures): ShownFftFigures =>
    options.suppressUnder === undefined ? unsuppressed(figures) : suppressSmallNumbers(figures, options.suppressUnder);
  const lines = [heading];
  for (const p of practices) {
    const start = [normalizeOdsCode(p.odsCode), p.practiceName, p.month];
    const methods = [...p.figures.byMethod].sort(
      (a, b) => COLLECTION_METHODS.indexOf(a.method) - COLLECTION_METHODS.indexOf(b.method),
    );
    for (const { method, figures } of methods) lines.push([...start, words.methods[method], ...cells(shown(figures))]);
    lines.push([...start, words.allMethods, ...cells(shown(p.figures.all))]);
  }
  return lines.map((line) => line.map(tsvCell).join('\t')).join('\n') + '\n';
}

function cells(figures: ShownFftFigures): string[] {
  return [
    ...FFT_ANSWERS.map((answer) => String(figures.counts[answer])),
    String(figures.total),
    figures.percentPositive === null ? '' : String(figures.percentPositive),
    figures.percentNegative === null ? '' : String(figures.percentNegative),
  ];
}

/** One cell: no tab or line break inside, and not something a spreadsheet would run as a formula. */
export function tsvCell(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, ' ');
  return /^[=+\-@]/.test(flat) ? `'${flat}` : flat;
}
