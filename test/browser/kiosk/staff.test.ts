// Staff mode: behind a discreet corner and a PIN that is stored hashed and locks after five wrong tries (surviving a
// reload); status, "Send now", and exports of what the tablet collected.
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { KioskApp } from '../../../kiosk/kiosk-app.js';
import { checkPin, setPin } from '../../../kiosk/staff/pin.js';
import { kioskKey } from '../../../kiosk/storage-names.js';
import {
  answerSurvey,
  findByRole,
  isolate,
  mountKiosk,
  nameOf,
  queryAllByRole,
  queryByRole,
  storedIds,
  tap,
  tapRole,
  type,
  unmount,
  waitFor,
} from './helpers.js';

async function openStaffByKeyboard(app: KioskApp): Promise<void> {
  (await findByRole(app, 'button', 'Staff')).focus();
  await sendKeys({ press: 'Enter' });
}

async function enterPin(app: KioskApp, pin: string): Promise<void> {
  await tap(await findByRole(app, 'textbox', /^PIN/));
  await type(pin);
  await sendKeys({ press: 'Enter' });
}

async function finishOnePatient(app: KioskApp, comments: string): Promise<void> {
  await tapRole(app, 'button', 'Tap to start');
  await answerSurvey(app, 'Very good', comments);
  await findByRole(app, 'heading', /^Thank you/);
  await tapRole(app, 'button', 'Done');
}

describe('kiosk: staff mode', () => {
  beforeEach(() => unmount());
  afterEach(unmount);

  it('first run asks staff to choose a PIN, and stores only a PBKDF2 hash of it', async () => {
    const k = isolate('staff-first-run');
    const app = await mountKiosk({ endpoint: k.endpoint });
    await openStaffByKeyboard(app);
    await findByRole(app, 'heading', 'Choose a staff PIN');
    for (const digit of '4826') await tapRole(app, 'button', digit);
    await tapRole(app, 'button', 'Save PIN');
    await findByRole(app, 'heading', 'Enter the same PIN again');
    await enterPin(app, '4826');
    await findByRole(app, 'heading', 'Status', 5_000);

    const stored = localStorage.getItem(kioskKey('staff-pin'))!;
    expect(stored).not.to.include('4826');
    const parsed = JSON.parse(stored) as { iterations: number; salt: string; hash: string };
    expect(parsed.iterations).to.be.at.least(100_000);
    expect(atob(parsed.salt)).to.have.length(16);
  });

  it('a tap on the corner does nothing; pressing and holding for two seconds opens the PIN pad', async () => {
    const k = isolate('staff-long-press');
    await setPin('2468');
    const app = await mountKiosk({ endpoint: k.endpoint });
    const corner = await findByRole(app, 'button', 'Staff');
    await tap(corner);
    await new Promise((r) => setTimeout(r, 300));
    expect(queryByRole(app, 'heading', 'Staff PIN')).to.equal(undefined);
    const r = corner.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await sendMouse({ type: 'down' });
    await new Promise((r) => setTimeout(r, 2_200));
    await sendMouse({ type: 'up' });
    await findByRole(app, 'heading', 'Staff PIN');
  });

  it('locks for five minutes after five wrong PINs, and the lock survives reloading the app', async () => {
    const k = isolate('staff-lockout');
    await setPin('2468');
    let app = await mountKiosk({ endpoint: k.endpoint });
    await openStaffByKeyboard(app);
    for (let i = 1; i <= 4; i++) {
      await enterPin(app, '1111');
      await findByRole(app, 'alert', new RegExp(`${5 - i} tr(y|ies) left`));
    }
    await enterPin(app, '1111');
    await findByRole(app, 'alert', /locked for 5 minutes/);

    // A new app instance, as after a reload: still locked, the pad disabled, even the right PIN refused.
    unmount();
    app = await mountKiosk({ endpoint: k.endpoint });
    await openStaffByKeyboard(app);
    await findByRole(app, 'alert', /locked for 5 minutes/);
    const field = (await findByRole(app, 'textbox', /^PIN/)) as HTMLInputElement;
    expect(field.disabled).to.equal(true);
    expect((await checkPin('2468')).ok).to.equal(false);
    expect(queryByRole(app, 'heading', 'Status')).to.equal(undefined);
  });

  it('shows what is waiting, and "Send now" delivers it once the endpoint is back', async () => {
    const k = isolate('staff-send-now');
    await setPin('2468');
    // The endpoint is unreachable for the first tries: the submission waits in the outbox.
    await fetch(`/test-endpoint/${k.bucket}/script`, {
      method: 'PUT',
      body: JSON.stringify(Array(500).fill('offline')),
    });
    const app = await mountKiosk({ endpoint: k.endpoint }, { thanksSeconds: 60 });
    await finishOnePatient(app, 'Kind staff');
    await openStaffByKeyboard(app);
    await enterPin(app, '2468');
    await findByRole(app, 'heading', 'Status');
    const waiting = () => {
      const panel = app
        .shadowRoot!.querySelector('pf-kiosk-staff')!
        .shadowRoot!.querySelector('pf-kiosk-staff-panel')!.shadowRoot!;
      const dt = [...panel.querySelectorAll('dt')].find((d) => d.textContent === 'Waiting to send');
      return dt?.nextElementSibling?.textContent?.trim();
    };
    await waitFor(() => waiting() === '1', 'status to show one submission waiting');
    await fetch(`/test-endpoint/${k.bucket}/script`, { method: 'PUT', body: '[]' });
    await tapRole(app, 'button', 'Send now');
    await waitFor(async () => (await storedIds(k.bucket)).length === 1, 'delivery', 10_000);
    await waitFor(() => waiting() === '0', 'status to show nothing waiting', 5_000);
    expect(await storedIds(k.bucket)).to.have.length(1);
  });

  it('keeps its buttons in place while the status arrives, changes, and a message appears, so a tap lands where aimed', async () => {
    // Staff tap "Settings" as soon as the panel shows; the status is read from IndexedDB a moment later (longer on a
    // busy tablet) and refreshed every two seconds. Had it pushed the buttons down, the tap would land on the status.
    isolate('staff-panel-steady');
    const panel = document.createElement('pf-kiosk-staff-panel');
    panel.style.width = '600px'; // narrow enough for the longer status values to take two lines
    document.body.append(panel);
    try {
      await panel.updateComplete;
      expect(panel.status, 'the status is still being read (else this test proves nothing)').to.equal(undefined);
      const where = () =>
        queryAllByRole(panel, 'button').map((b) => {
          const r = b.getBoundingClientRect();
          return `${nameOf(b)} at ${r.left},${r.top}`;
        });
      const before = where();
      expect(before.join(), 'the panel shows its buttons while it reads the status').to.match(
        /^Send now at .*Settings at/,
      );
      await waitFor(() => panel.status, 'the status');
      await panel.updateComplete;
      expect(where(), 'once the status is shown').to.deep.equal(before);

      // A later refresh with longer values: refused submissions, storage not kept safe, a delivery time.
      panel.status = {
        ...panel.status!,
        undeliverable: 12,
        persisted: false,
        lastDeliveryAt: new Date().toISOString(),
      };
      await panel.updateComplete;
      expect(where(), 'once the status says more').to.deep.equal(before);

      await tapRole(panel, 'button', 'Export JSON');
      await findByRole(panel, 'status', /^Exported \d+ submissions? as JSON/);
      expect(where(), 'once a message is shown').to.deep.equal(before);
    } finally {
      panel.remove();
    }
  });

  it('exports what the tablet collected: CSV for Excel (BOM, formulas neutralised) and JSON', async () => {
    const k = isolate('staff-export');
    await setPin('2468');
    const app = await mountKiosk({ endpoint: k.endpoint, location: 'front desk' }, { thanksSeconds: 60 });
    await finishOnePatient(app, '=1+2 @SUM(A1)');
    const [id] = await waitFor(
      async () => ((await storedIds(k.bucket)).length ? storedIds(k.bucket) : undefined),
      'delivery',
    );

    await openStaffByKeyboard(app);
    await enterPin(app, '2468');
    const files: File[] = [];
    app.addEventListener('pf-kiosk-export', (e) => files.push(e.file));
    await findByRole(app, 'heading', 'Status');
    await tapRole(app, 'button', 'Export CSV (Excel)');
    await waitFor(() => files.length === 1, 'the CSV export');
    await tapRole(app, 'button', 'Export JSON');
    await waitFor(() => files.length === 2, 'the JSON export');

    const csvBytes = new Uint8Array(await files[0]!.arrayBuffer());
    expect([...csvBytes.slice(0, 3)], 'UTF-8 BOM so Excel reads accents').to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = await files[0]!.text();
    expect(files[0]!.name).to.match(/^patient-feedback-front-desk-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv).to.include(id);
    expect(csv).to.include("'=1+2 @SUM(A1)");
    expect(csv).not.to.match(/(^|,|")=1\+2/m);

    const json = JSON.parse(await files[1]!.text()) as {
      id: string;
      channel: string;
      answers: Record<string, unknown>;
    }[];
    expect(json.map((s) => s.id)).to.deep.equal([id]);
    expect(json[0]!.channel).to.equal('kiosk');
    expect(json[0]!.answers.comments).to.equal('=1+2 @SUM(A1)');
  });

  it('locks itself after staff stop touching it, back to the patient start screen', async () => {
    const k = isolate('staff-auto-lock');
    await setPin('2468');
    const app = await mountKiosk({ endpoint: k.endpoint }, { staffLockSeconds: 1 });
    await openStaffByKeyboard(app);
    await enterPin(app, '2468');
    await findByRole(app, 'heading', 'Status');
    await findByRole(app, 'button', 'Tap to start', 4_000);
    expect(queryByRole(app, 'heading', 'Status')).to.equal(undefined);
  });
});
