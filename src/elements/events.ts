import type { Submission } from '../core/definition.js';

/** Why an element could not do its job; the message tells the practice's web person what to fix. */
export type PfErrorCode =
  | 'missing-endpoint'
  | 'invalid-endpoint'
  | 'survey-unavailable'
  | 'bad-definition'
  | 'storage-unavailable'
  | 'quota-exceeded'
  | 'undeliverable';

export interface PfSubmittedDetail {
  readonly submission: Submission;
  /** `delivered`: the endpoint said 2xx. `queued`: kept on this device and still being sent. */
  readonly status: 'delivered' | 'queued';
}

/** Fired once per submission, when it is safe: stored on the device, delivered or queued. */
export class PfSubmittedEvent extends Event {
  static readonly eventName = 'pf-submitted';
  readonly detail: PfSubmittedDetail;
  constructor(detail: PfSubmittedDetail) {
    super(PfSubmittedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface PfErrorDetail {
  readonly code: PfErrorCode;
  readonly message: string;
}

/** Bad configuration, storage trouble, or a submission the endpoint refused for good. */
export class PfErrorEvent extends Event {
  static readonly eventName = 'pf-error';
  readonly detail: PfErrorDetail;
  constructor(detail: PfErrorDetail) {
    super(PfErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
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

/** Fired whenever the visible screen changes. */
export class PfScreenEvent extends Event {
  static readonly eventName = 'pf-screen';
  readonly detail: PfScreenDetail;
  constructor(detail: PfScreenDetail) {
    super(PfScreenEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pf-submitted': PfSubmittedEvent;
    'pf-error': PfErrorEvent;
    'pf-screen': PfScreenEvent;
  }
}
