/**
 * Staff exports through the same writers the kiosk uses (src/export), so a spreadsheet from the collector and one
 * from a tablet have the same columns and the same protection against formula injection.
 *
 * An export streams: rows are read from the store a chunk at a time (`store.iterate`) and written as chunks of text,
 * so memory does not grow with the number of submissions. It reads the rows that had arrived when it began; a
 * submission arriving meanwhile is in the next export. The spreadsheet reads those rows twice: first to learn which
 * answer columns it needs, then to write them.
 */
import type { Submission } from '../src/core/definition.js';
import {
  csvColumns,
  csvWriter,
  fhirBundleWriter,
  jsonWriter,
  writeChunks,
  type ExportWriter,
} from '../src/export/index.js';
import { matchesDates, type ExportFilter } from './export-filter.js';
import type { SubmissionStore } from './store/index.js';

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
  /** The file, a chunk of text at a time; nothing is read from the store until the first chunk is asked for. */
  chunks: AsyncGenerator<string>;
}

/** Which submissions an export holds, read in arrival order up to one moment. */
type Rows = () => AsyncGenerator<Submission>;

function rowsOf(store: SubmissionStore, filter: ExportFilter, through: number): Rows {
  return async function* rows() {
    for await (const stored of store.iterate({ kind: filter.kind, through })) {
      const submission = stored.body as unknown as Submission;
      if (matchesDates(submission, filter)) yield submission;
    }
  };
}

async function writerFor(format: ExportFormat, rows: Rows, now: Date): Promise<ExportWriter> {
  if (format === 'json') return jsonWriter();
  if (format === 'fhir.json') return fhirBundleWriter(undefined, now);
  const columns = csvColumns();
  for await (const s of rows()) columns.see(s);
  return csvWriter(columns);
}

async function* write(
  store: SubmissionStore,
  format: ExportFormat,
  filter: ExportFilter,
  now: Date,
): AsyncGenerator<string> {
  const rows = rowsOf(store, filter, await store.lastArrival());
  yield* writeChunks(await writerFor(format, rows, now), rows());
}

export function exportFile(
  store: SubmissionStore,
  format: ExportFormat,
  filter: ExportFilter = {},
  now = new Date(),
): ExportFile {
  return {
    contentType: TYPES[format],
    fileName: `patient-feedback-${now.toISOString().slice(0, 10)}.${format}`,
    chunks: write(store, format, filter, now),
  };
}
