// The staff PIN cannot be guessed faster than the lock allows: the pad takes no PIN while one is being checked, and
// every attempt is counted before its slow hash starts, so a burst of guesses cannot all start from the same count.
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { ReactiveElement } from 'lit';
import type { KioskApp } from '../../../kiosk/kiosk-app.js';
import { checkPin, setPin } from '../../../kiosk/staff/pin.js';
import '../../../kiosk/staff/pin-pad.js';
import {
  axeViolations,
  allElements,
  findByRole,
  isolate,
  mountKiosk,
  queryByRole,
  tap,
  type,
  unmount,
  waitFor,
} from './helpers.js';

const isLit = (el: Element): el is ReactiveElement => 'isUpdatePending' in el;

/** Lets every element under `root` finish rendering. Only microtasks: a PIN check (a WebCrypto task) cannot end here. */
async function settle(root: Element): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const pending = [root, ...allElements(root)].filter(isLit).filter((el) => el.isUpdatePending);
    if (!pending.length) return;
    await Promise.all(pending.map((el) => el.updateComplete));
  }
}

async function openStaffByKeyboard(app: KioskApp): Promise<void> {
  (await findByRole(app, 'button', 'Staff')).focus();
  await sendKeys({ press: 'Enter' });
}

const pinField = (app: KioskApp) => queryByRole(app, 'textbox', /^PIN/) as HTMLInputElement | undefined;
const locked = (app: KioskApp) => queryByRole(app, 'alert', /locked for 5 minutes/);

/** Types a PIN into the field and presses Unlock in one go, as fast as a script at the tablet could. */
function submitPin(app: KioskApp, pin: string): void {
  const field = pinField(app);
  const unlock = queryByRole(app, 'button', 'Unlock') as HTMLButtonElement | undefined;
  if (!field || !unlock) throw new Error('no PIN pad');
  field.value = pin;
  unlock.click();
}

function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('kiosk: staff PIN attempts', () => {
  beforeEach(() => unmount());
  afterEach(unmount);

  it('while a PIN is checked the pad takes no other and says it is checking; then it is ready for the next', async () => {
    const k = isolate('pin-checking');
    await setPin('2468');
    const app = await mountKiosk({ endpoint: k.endpoint });
    await openStaffByKeyboard(app);
    await findByRole(app, 'textbox', /^PIN/);

    submitPin(app, '1111');
    await settle(app);
    expect(pinField(app)!.disabled, 'the PIN field while checking').to.equal(true);
    expect((queryByRole(app, 'button', 'Unlock') as HTMLButtonElement).disabled, 'Unlock while checking').to.equal(
      true,
    );
    expect((queryByRole(app, 'button', '1') as HTMLButtonElement).disabled, 'the digits while checking').to.equal(true);
    expect(!!queryByRole(app, 'status', /Checking the PIN/), 'says it is checking').to.equal(true);

    await findByRole(app, 'alert', /4 tries left/);
    await settle(app);
    expect(pinField(app)!.disabled).to.equal(false);
    expect(!!queryByRole(app, 'status', /Checking the PIN/)).to.equal(false);
    expect(deepActiveElement() === pinField(app), 'focus back in the PIN field for the next try').to.equal(true);
  });

  it('twenty wrong PINs as fast as the pad takes them, then the right one: staff mode stays locked', async () => {
    const k = isolate('pin-burst');
    await setPin('2468');
    const app = await mountKiosk({ endpoint: k.endpoint });
    await openStaffByKeyboard(app);
    await findByRole(app, 'textbox', /^PIN/);

    for (let i = 0; i < 20; i++) {
      // The next PIN goes in the moment the pad takes one (or shows the lock, which a guesser ignores).
      await waitFor(async () => {
        await settle(app);
        return !pinField(app)!.disabled || locked(app);
      }, 'the pad to take a PIN');
      submitPin(app, String(1000 + i));
      await settle(app);
    }
    await waitFor(
      async () => {
        await settle(app);
        return !pinField(app)!.disabled || locked(app);
      },
      'the last wrong PIN to be checked',
      15_000,
    );

    // The right PIN, typed: refused (the pad is locked), and staff mode never opens.
    await tap(pinField(app)!);
    await type('2468');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => queryByRole(app, 'heading', 'Status'), 'staff mode to open', 5_000).catch(() => undefined);
    // Booleans, not elements: a failing assertion must not ask the runner to serialise a DOM node.
    expect(!!queryByRole(app, 'heading', 'Status'), 'staff mode opened').to.equal(false);
    expect(!!locked(app), 'the lock message').to.equal(true);
    expect((await checkPin('2468')).ok, 'the right PIN while locked').to.equal(false);
  });

  it('a burst of checks started together counts every one (two pads, two tabs)', async () => {
    isolate('pin-concurrent');
    await setPin('2468');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => checkPin(String(1000 + i))));
    expect(results.every((r) => !r.ok)).to.equal(true);
    expect(
      results.filter((r) => !r.ok && r.lockedUntil > 0).length,
      'attempts after the fifth are locked out',
    ).to.equal(16);
    const right = await checkPin('2468');
    expect(right.ok, 'the right PIN after twenty wrong ones').to.equal(false);
  });

  it('the pad while checking has no accessibility violations', async () => {
    const pad = document.createElement('pf-kiosk-pin-pad');
    pad.busy = true;
    document.body.append(pad);
    try {
      await pad.updateComplete;
      expect(!!queryByRole(pad, 'status', /Checking the PIN/)).to.equal(true);
      expect(await axeViolations(pad)).to.deep.equal([]);
    } finally {
      pad.remove();
    }
  });
});
