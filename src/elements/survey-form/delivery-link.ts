import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PfErrorCode } from '../events.js';
import { deliveryPart, partUnavailable } from './parts.js';
import type { BuildPort, DeliverPort } from './session-ports.js';

type Delivery = Awaited<ReturnType<typeof deliveryPart>>;

export interface DeliveryLinkHost extends ReactiveControllerHost {
  readonly localName: string;
  readonly isConnected: boolean;
}

export interface DeliveryLinkOptions {
  /** The element's endpoint, to tell its own problems from another element's. */
  endpoint: () => string | undefined;
  /** Tells the practice (`pf-error` and the console). */
  report: (code: PfErrorCode, message: string) => void;
}

let started = false;

/**
 * An element's link to delivery, which arrives after the first question is on screen (parts.ts): fetched at idle
 * time or at Submit, whichever comes first. Flushing is started once per page and never stopped by an element: a
 * single-page site may remove the element right after "Thank you" while the answer is still queued. Delivery's
 * problems for this element's endpoint are reported from the moment delivery is here, so none is missed.
 */
export class DeliveryLink implements ReactiveController {
  private stopProblems?: () => void;
  /** The storage problem last reported, so it is told once per submission however often Try again is pressed. */
  private reported = '';
  /** The thank-you screen, here once delivery is (they arrive together). */
  thankYou?: Delivery['thankYou'];

  constructor(
    private readonly host: DeliveryLinkHost,
    private readonly options: DeliveryLinkOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopProblems?.();
    this.stopProblems = undefined;
  }

  /** The session's way to make a submission; rejects (after telling the practice) when delivery cannot be had. */
  readonly build: BuildPort = async (input) => (await this.fetched()).buildSubmission(input);

  /** The session's way to send: without delivery the patient is told it was not saved, and may try again. */
  readonly deliver: DeliverPort = async (submission, endpoint) => {
    let delivery: Delivery;
    try {
      delivery = await this.fetched();
    } catch {
      return { status: 'not-saved' };
    }
    return delivery.deliver(submission, endpoint);
  };

  /** Delivery, or the practice told why it could not be fetched. */
  private async fetched(): Promise<Delivery> {
    try {
      return await this.connect();
    } catch (error) {
      const problem = partUnavailable(this.host.localName, 'the part that stores and sends answers', error);
      this.options.report(problem.code, problem.message);
      throw error;
    }
  }

  /** Fetches delivery (once), starts flushing (once per page) and listens for this element's problems. */
  async connect(): Promise<Delivery> {
    const delivery = await deliveryPart();
    this.thankYou = delivery.thankYou;
    if (!started) {
      started = true;
      delivery.startDelivery();
    }
    if (this.host.isConnected && !this.stopProblems) {
      this.stopProblems = delivery.onDeliveryProblem((p) => {
        const mine = this.options.endpoint();
        const key = p.code + p.submissionId;
        if ((p.endpoint && mine && p.endpoint !== mine) || (p.code !== 'undeliverable' && key === this.reported))
          return;
        this.reported = key;
        this.options.report(p.code, `<${this.host.localName}>: ${p.message}`);
      });
    }
    return delivery;
  }
}

/** After the first question is on screen: idle time, or half a second where the browser cannot say. */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 500);
}
