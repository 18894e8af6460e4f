/**
 * What the collector says once it listens: where each part is served and where the data lives, so whoever started
 * it (a person, a service log) knows what to open and what to back up. The first line is the one scripts wait for.
 */
export function startMessage(origin: string, dataLocation: string): string {
  return [
    `patient-feedback collector on ${origin} (demo /demo/, kiosk /kiosk/, endpoint /api/feedback)`,
    `  demo      ${origin}/demo/`,
    `  kiosk     ${origin}/kiosk/?endpoint=/api/feedback  (add &practice=…&location=… for each tablet)`,
    `  staff     ${origin}/staff/`,
    `  endpoint  POST ${origin}/api/feedback`,
    `  data      ${dataLocation}`,
  ].join('\n');
}
