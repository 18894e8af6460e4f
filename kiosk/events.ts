/**
 * The kiosk's own events, as small Event subclasses declared in the event maps, so listeners are typed
 * (`@pf-kiosk-pin=${(e) => e.pin}`) and a misspelt name is a compile error. Like the survey elements' events they
 * bubble and are composed: a wrapper page, the update flow or a test hears them from outside the shadow roots.
 */
class KioskEvent extends Event {
  constructor(type: `pf-kiosk-${string}`) {
    super(type, { bubbles: true, composed: true });
  }
}

/** The start screen is showing and no patient is mid-survey (the update flow waits for it). */
export class KioskStartEvent extends KioskEvent {
  constructor() {
    super('pf-kiosk-start');
  }
}

/** Staff asked for staff mode (the corner button). */
export class StaffOpenEvent extends KioskEvent {
  constructor() {
    super('pf-kiosk-staff-open');
  }
}

/** Staff mode locked itself, or staff went back to the patient screen. */
export class StaffCloseEvent extends KioskEvent {
  constructor() {
    super('pf-kiosk-staff-close');
  }
}

/** Staff entered a PIN and confirmed it. */
export class PinEnteredEvent extends KioskEvent {
  constructor(readonly pin: string) {
    super('pf-kiosk-pin');
  }
}

/** Staff left the PIN pad without a PIN. */
export class PinCancelEvent extends KioskEvent {
  constructor() {
    super('pf-kiosk-pin-cancel');
  }
}

/** Staff want the settings form. */
export class SettingsOpenEvent extends KioskEvent {
  constructor() {
    super('pf-kiosk-settings-open');
  }
}

/** The settings were saved (`saved`) or cancelled: back to the staff panel. */
export class SettingsDoneEvent extends KioskEvent {
  constructor(readonly saved = false) {
    super('pf-kiosk-settings-done');
  }
}

/** Staff locked staff mode. */
export class StaffLockEvent extends KioskEvent {
  constructor() {
    super('pf-kiosk-lock');
  }
}

/** An export is about to be downloaded (a wrapper or a test can read the file). */
export class ExportEvent extends KioskEvent {
  constructor(readonly file: File) {
    super('pf-kiosk-export');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pf-kiosk-start': KioskStartEvent;
    'pf-kiosk-staff-open': StaffOpenEvent;
    'pf-kiosk-staff-close': StaffCloseEvent;
    'pf-kiosk-pin': PinEnteredEvent;
    'pf-kiosk-pin-cancel': PinCancelEvent;
    'pf-kiosk-settings-open': SettingsOpenEvent;
    'pf-kiosk-settings-done': SettingsDoneEvent;
    'pf-kiosk-lock': StaffLockEvent;
    'pf-kiosk-export': ExportEvent;
  }
}
