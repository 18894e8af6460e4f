/**
 * What a screen tells the console around it: bubbling, composed events (they cross the screens' shadow roots),
 * typed through `GlobalEventHandlersEventMap` so listeners need no casts.
 */

/** A status message for the live region ("50 shown.", "Saved."): read out without moving focus. */
export class AnnounceEvent extends Event {
  static readonly type = 'pf-staff-announce';
  constructor(readonly message: string) {
    super(AnnounceEvent.type, { bubbles: true, composed: true });
  }
}

/** Go to a console address (a filter form applied): a new history entry, so Back returns. */
export class NavigateEvent extends Event {
  static readonly type = 'pf-staff-navigate';
  constructor(readonly href: string) {
    super(NavigateEvent.type, { bubbles: true, composed: true });
  }
}

/** What the page title should name once a screen knows it ("RC-7KQ2-9F"). */
export class TitleEvent extends Event {
  static readonly type = 'pf-staff-title';
  constructor(readonly title: string) {
    super(TitleEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pf-staff-announce': AnnounceEvent;
    'pf-staff-navigate': NavigateEvent;
    'pf-staff-title': TitleEvent;
  }
}
