/**
 * Staff exports of everything stored, through the same writers the kiosk uses (src/export), so a spreadsheet from
 * the collector and one from a tablet have the same columns and the same protection against formula injection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Submission } from '../src/core/definition.js';
import { toCsv, toFhirBundle, toJson } from '../src/export/index.js';
import type { SubmissionStore } from './store.js';

export const EXPORT_FORMATS = ['csv', 'json', 'fhir.json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  'fhir.json': 'application/fhir+json; charset=utf-8',
};

function write(format: ExportFormat, submissions: Submission[]): string {
  if (format === 'csv') return toCsv(submissions);
  if (format === 'json') return toJson(submissions);
  return JSON.stringify(toFhirBundle(submissions), null, 2);
}

export function sendExport(
  req: IncomingMessage,
  res: ServerResponse,
  store: SubmissionStore,
  format: ExportFormat,
): void {
  const submissions = store.list().map((s) => s.body as unknown as Submission);
  const text = write(format, submissions);
  const date = new Date().toISOString().slice(0, 10);
  res.writeHead(200, {
    'Content-Type': TYPES[format],
    'Content-Length': Buffer.byteLength(text),
    'Content-Disposition': `attachment; filename="patient-feedback-${date}.${format}"`,
    // Patient data: never kept by a browser or proxy cache.
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : text);
}
