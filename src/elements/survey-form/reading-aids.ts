import type { LitElement, ReactiveController, TemplateResult } from 'lit';
import type { Question } from '../../core/definition.js';
import { whenIdle } from './delivery-link.js';
import { readingPart } from './parts.js';
import type { ReadAloud } from './read-aloud.js';

/**
 * Help with reading, in a part of its own (reading-part.ts): fetched the first time `easy-read` is set, or at idle
 * for reading aloud (the part makes the button only where the browser can speak). Until it is here, or when it cannot be fetched, the survey works without it:
 * easy read's screens in the definition's words without pictures, and no read-aloud button.
 */
const READ_ALOUD_AFTER_MS = 1_000;
/** How long a screen waits for easy read's part before it is shown without it. */
const HOLD_MS = 1_500;

export class ReadingAids implements ReactiveController {
  /** Easy read's version of a question (its short sentences). */
  easy?: (q: Question) => Question;
  /** Easy read's picture for an answer value, where it has one. */
  picture?: (value: string) => TemplateResult | undefined;
  readAloud?: ReadAloud;
  private asked?: Promise<void>;
  private holdUntil = 0;

  constructor(private readonly host: LitElement & { readonly easyRead: boolean }) {
    host.addController(this);
  }

  hostConnected(): void {
    // Whether the device can speak is the part's question: every browser a patient uses has speech synthesis. Asked
    // a second after the first question is drawn, and at idle: on a slow phone, fetching and styling the part any
    // sooner delays the first question (the bench's render ratio). The button comes last on the screen, so its
    // arrival moves nothing a patient is reading.
    void this.host.updateComplete.then(() => setTimeout(() => whenIdle(() => this.fetch()), READ_ALOUD_AFTER_MS));
  }

  hostUpdate(): void {
    if (!this.host.easyRead) return;
    if (!this.asked && !this.holdUntil) {
      // The first time, easy read's screen is held back until its pictures and type are here (for a short while at
      // most), so the tiles do not grow under the patient's finger.
      this.holdUntil = Date.now() + HOLD_MS;
      setTimeout(() => this.host.requestUpdate(), HOLD_MS);
    }
    this.fetch();
  }

  /** Whether easy read's screen waits for its part. */
  get holding(): boolean {
    return this.host.easyRead && !this.easy && Date.now() < this.holdUntil;
  }

  /** Once; after a failure, again at the next update (the network may be back). */
  private fetch(): void {
    this.asked ??= readingPart().then(
      (m) => m.attach(this.host, this),
      () => {
        this.asked = undefined;
        // A held screen is shown without it now; the part is asked for again at the next update.
        if (this.holdUntil > 0) this.host.requestUpdate();
        this.holdUntil = -1;
      },
    );
  }
}
