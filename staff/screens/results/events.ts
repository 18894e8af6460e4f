/** What the Results screen's parts tell it: a month's figures or a practice's code changed on the collector. */
import type { FftMonth } from '../../../src/core/results-api.js';

/** A month as the collector now answers it (counts entered, handed in). */
export class FftMonthEvent extends Event {
  static readonly type = 'pf-staff-fft-month';
  constructor(readonly month: FftMonth) {
    super(FftMonthEvent.type, { bubbles: true, composed: true });
  }
}

/** A practice's organisation code as now set (null: cleared). */
export class OdsCodeEvent extends Event {
  static readonly type = 'pf-staff-ods-code';
  constructor(
    readonly practiceId: string,
    readonly odsCode: string | null,
  ) {
    super(OdsCodeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pf-staff-fft-month': FftMonthEvent;
    'pf-staff-ods-code': OdsCodeEvent;
  }
}
