/**
 * Staff exports of what this tablet collected, as files saved through the browser's download (a Blob URL: nothing
 * leaves the tablet over the network). The CSV comes from the shared writer (BOM for Excel, formula-safe cells).
 */
import type { Submission } from '../../src/core/definition.js';
import { toCsv, toJson } from '../../src/export/index.js';

export type ExportFormat = 'csv' | 'json';

export function exportFile(
  submissions: readonly Submission[],
  format: ExportFormat,
  location: string,
  now = new Date(),
): File {
  const day = now.toISOString().slice(0, 10);
  const label = location.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '') || 'kiosk';
  const name = `patient-feedback-${label}-${day}.${format}`;
  return format === 'csv'
    ? new File([toCsv(submissions)], name, { type: 'text/csv;charset=utf-8' })
    : new File([toJson(submissions)], name, { type: 'application/json' });
}

export function download(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the next task; keeping the URL would keep the patients' answers in memory.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
