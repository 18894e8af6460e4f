/** Writers shared by the kiosk's staff export and the collector: spreadsheet, JSON and FHIR. */
export { toCsv } from './csv.js';
export { toJson } from './json.js';
export { toFhirBundle, type FhirBundle } from './fhir-bundle.js';
