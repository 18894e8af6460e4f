/**
 * Staff exports of everything stored, through the same writers the kiosk uses (src/export), so a spreadsheet from
 * the collector and one from a tablet have the same columns and the same protection against formula injection.
 */
import type { Submission } from '../src/core/definition.js';
import { toCsv, toFhirBundle, toJson } from '../src/export/index.js';
import type { StoredSubmission } from './store/index.js';

export const EXPORT_FORMATS = ['csv', 'json', 'fhir.json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  'fhir.json': 'application/fhir+json; charset=utf-8',
};

export interface ExportFile {
  contentType: string;
  /** Dated, so a folder of exports sorts by day: patient-feedback-2026-11-22.csv. */
  fileName: string;
  text: string;
}

function write(format: ExportFormat, submissions: Submission[]): string {
  if (format === 'csv') return toCsv(submissions);
  if (format === 'json') return toJson(submissions);
  return JSON.stringify(toFhirBundle(submissions), null, 2);
}

export function exportFile(stored: StoredSubmission[], format: ExportFormat, now: Date): ExportFile {
  const submissions = stored.map((s) => s.body as unknown as Submission);
  return {
    contentType: TYPES[format],
    fileName: `patient-feedback-${now.toISOString().slice(0, 10)}.${format}`,
    text: write(format, submissions),
  };
}
