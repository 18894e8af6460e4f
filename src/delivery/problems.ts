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
      // One faulty listener must not stop the others from hearing about it.
      console.error('patient-feedback: a delivery problem listener threw', error);
    }
  }
}
