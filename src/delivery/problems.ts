/**
 * Problems a practice must hear about. Elements turn each into a `pf-error` event and a console error naming what the
 * web person must fix; the kiosk shows them to staff. Nothing here is ever silent.
 */

export interface DeliveryProblem {
  code: 'undeliverable' | 'storage-unavailable' | 'quota-exceeded';
  /** Plain words for the site owner. Never contains the patient's answers. */
  message: string;
  submissionId?: string;
  endpoint?: string;
  httpStatus?: number;
}

const listeners = new Set<(problem: DeliveryProblem) => void>();

/** Returns a function that removes the listener. */
export function onDeliveryProblem(listener: (problem: DeliveryProblem) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportProblem(problem: DeliveryProblem): void {
  for (const listener of [...listeners]) {
    try {
      listener(problem);
    } catch (error) {
      // One faulty listener must not stop the others from hearing about it; its error still reaches the console.
      setTimeout(() => {
        throw error;
      });
    }
  }
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
