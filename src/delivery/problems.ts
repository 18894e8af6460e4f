/**
 * Problems a practice must hear about. Elements turn each into a `pf-error` event and a console error naming what the
 * web person must fix; the kiosk shows them to staff. Nothing here is ever silent.
 */
import { announce, DeliveryProblemEvent } from './events.js';

export interface DeliveryProblem {
  code: 'undeliverable' | 'storage-unavailable' | 'quota-exceeded';
  /** Plain words for the site owner. Never contains the patient's answers. */
  message: string;
  submissionId?: string;
  endpoint?: string;
  httpStatus?: number;
}

export function reportProblem(problem: DeliveryProblem): void {
  announce(new DeliveryProblemEvent(problem));
}

/** The endpoint refused a submission for good (a 4xx other than 408/409/425/429). */
export function reportRefused(
  submissionId: string,
  endpoint: string,
  httpStatus: number | undefined,
  kept: boolean,
): void {
  reportProblem({
    code: 'undeliverable',
    message:
      `Your endpoint ${endpoint} refused submission ${submissionId} with HTTP ${httpStatus}` +
      (kept
        ? '; it is kept on this device as undeliverable, for staff to export.'
        : ', and this browser cannot keep it.'),
    submissionId,
    endpoint,
    httpStatus,
  });
}
