/** Writers shared by the kiosk's staff export and the collector: spreadsheet, JSON and FHIR. */
export { csvCell, csvColumns, csvWriter, toCsv, type CsvColumns, type CsvExtraColumn } from './csv.js';
export { jsonWriter, toJson } from './json.js';
export { fhirBundleWriter, questionnaireResponseFor, toFhirBundle, type FhirBundle } from './fhir-bundle.js';
export { writeAll, writeChunks, type ExportWriter } from './writer.js';
