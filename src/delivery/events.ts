/**
 * What delivery tells the rest of the page, as events on one target (in a page or a service worker): the outcome of
 * each send — deliver() waits for its own submission's first one — and the problems a practice must hear about,
 * which the elements turn into `pf-error`. A listener that throws is reported by the browser and does not stop the
 * others from hearing.
 */
import type { DeliveryProblem } from './problems.js';

/** One POST of one submission has ended: `delivered` when the endpoint said 2xx/409. */
export class SendOutcomeEvent extends Event {
  constructor(
    readonly submissionId: string,
    readonly delivered: boolean,
  ) {
    super('send-outcome');
  }
}

export class DeliveryProblemEvent extends Event {
  constructor(readonly problem: DeliveryProblem) {
    super('problem');
  }
}

const target = new EventTarget();

export function announce(event: SendOutcomeEvent | DeliveryProblemEvent): void {
  target.dispatchEvent(event);
}

function listen<E extends Event>(type: string, listener: (event: E) => void): () => void {
  const handler = (event: Event) => listener(event as E);
  target.addEventListener(type, handler);
  return () => target.removeEventListener(type, handler);
}

/** Returns a function that removes the listener. */
export const onSendOutcome = (listener: (event: SendOutcomeEvent) => void): (() => void) =>
  listen('send-outcome', listener);

/** Returns a function that removes the listener. */
export const onDeliveryProblem = (listener: (problem: DeliveryProblem) => void): (() => void) =>
  listen<DeliveryProblemEvent>('problem', (event) => listener(event.problem));
