import type { Submission } from '../core/definition.js';

/** Why an element could not do its job; the message tells the practice's web person what to fix. */
export type PfErrorCode =
  | 'missing-endpoint'
  | 'invalid-endpoint'
  | 'survey-unavailable'
  | 'bad-definition'
  | 'storage-unavailable'
  | 'quota-exceeded'
  | 'undeliverable'
  | 'part-unavailable';

export interface PfSubmittedDetail {
  readonly submission: Submission;
  /** `delivered`: the endpoint said 2xx. `queued`: kept on this device and still being sent. */
  readonly status: 'delivered' | 'queued';
}

export interface PfErrorDetail {
  readonly code: PfErrorCode;
  readonly message: string;
}

export interface PfScreenDetail {
  /** Which part of the flow is showing; the kiosk uses it to know whether a patient is mid-survey. */
  readonly phase: 'loading' | 'question' | 'sending' | 'not-saved' | 'thank-you' | 'problem';
  /** 1-based screen number while answering, otherwise 0. */
  readonly screen: number;
  readonly total: number;
  /** True while a patient has started and not yet finished. */
  readonly inProgress: boolean;
}

/** Bubbles and is composed, so the page hears it from outside the shadow root; `detail` is typed per event. */
class PfEvent<T> extends Event {
  constructor(
    type: string,
    readonly detail: T,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

/** `pf-submitted`, once per submission when it is safe: stored on the device, delivered or queued. */
export class PfSubmittedEvent extends PfEvent<PfSubmittedDetail> {
  constructor(detail: PfSubmittedDetail) {
    super('pf-submitted', detail);
  }
}

/** `pf-error`: bad configuration, storage trouble, or a submission the endpoint refused for good. */
export class PfErrorEvent extends PfEvent<PfErrorDetail> {
  constructor(detail: PfErrorDetail) {
    super('pf-error', detail);
  }
}

/** `pf-screen`, whenever the visible screen changes. */
export class PfScreenEvent extends PfEvent<PfScreenDetail> {
  constructor(detail: PfScreenDetail) {
    super('pf-screen', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pf-submitted': PfSubmittedEvent;
    'pf-error': PfErrorEvent;
    'pf-screen': PfScreenEvent;
  }
}
