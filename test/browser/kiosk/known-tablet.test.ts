// A tablet set up from the console's link is a known device (issue 14): its device token comes in the link's
// fragment, is kept and cleared from the address bar, goes with every submission to the collector that gave it out
// (and nowhere else), and the tablet reports its health at start and when the network returns — to a real route
// (test/server/endpoint-routes.mjs), no fetch mocked. A refused token (a retired tablet) leaves the submission kept
// as undeliverable, not retried.
import { expect } from 'chai';
import { deviceHeaders, outboxStatus, sendNow } from '../../../src/delivery/index.js';
import type { TabletReport } from '../../../src/core/tablets-api.js';
import { loadDevice, saveDevice, useSavedDevice } from '../../../kiosk/device.js';
import { sendHealthReport } from '../../../kiosk/health-report.js';
import { loadSettings } from '../../../kiosk/settings.js';
import {
  answerSurvey,
  findByRole,
  isolate,
  mountKiosk,
  openSetupLink,
  received,
  tapRole,
  unmount,
  waitFor,
} from './helpers.js';

const newToken = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `pfd_${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}`;
};

async function reports(token: string, atLeast: number): Promise<TabletReport[]> {
  return waitFor(async () => {
    const got = (await received(`report-${token}`)).map((r) => r.body as unknown as TabletReport);
    return got.length >= atLeast ? got : undefined;
  }, `${atLeast} health report(s)`);
}

describe('kiosk: a known tablet', () => {
  const page = location.href;
  afterEach(() => {
    unmount();
    history.replaceState(history.state, '', page);
  });

  it('keeps the link’s device token, clears it from the address bar, sends it with submissions and reports', async () => {
    const k = isolate('known-tablet');
    const token = newToken();
    const app = await openSetupLink(
      `endpoint=${encodeURIComponent(k.endpoint)}&practice=North%20Clinic&location=front-desk#device=${token}`,
    );
    expect(location.href, 'no trace of the token in the address bar').not.to.include('device');
    expect(location.href).not.to.include(token);
    expect(loadDevice()).to.deep.equal({ token, origin: location.origin });
    expect(loadSettings().location).to.equal('front-desk');

    const [first] = await reports(token, 1);
    expect(first!.appVersion).to.match(/^\d+\.\d+\.\d+/);
    expect(first).to.include({ waiting: 0, undeliverable: 0 });
    expect(first!.storagePersisted).to.be.oneOf([true, false, null]);
    const battery = await (navigator as Navigator & { getBattery?: () => Promise<{ level: number }> }).getBattery?.();
    expect(first!.batteryLevel).to.equal(battery ? Math.round(battery.level * 100) / 100 : null);

    await tapRole(app, 'button', 'Tap to start');
    await answerSurvey(app, 'Good');
    await findByRole(app, 'heading', /^Thank you/);
    const [post] = await waitFor(async () => {
      const got = await received(k.bucket);
      return got.length ? got : undefined;
    }, 'the submission');
    expect((post as unknown as { headers: Record<string, string> }).headers.authorization).to.equal(`Bearer ${token}`);

    window.dispatchEvent(new Event('online'));
    await reports(token, 2);
  });

  it('sends the token only to the collector that gave it out', () => {
    isolate('token-origin');
    const token = newToken();
    saveDevice({ token, origin: location.origin });
    useSavedDevice();
    expect(deviceHeaders(`${location.origin}/api/feedback`)).to.deep.equal({ Authorization: `Bearer ${token}` });
    expect(deviceHeaders('https://feedback.elsewhere.example/api/feedback')).to.deep.equal({});
  });

  it('keeps a submission its collector refuses (a retired tablet) as undeliverable, and reports it', async () => {
    const k = isolate('retired-tablet');
    const token = newToken();
    saveDevice({ token, origin: location.origin });
    useSavedDevice();
    await fetch(`/test-endpoint/${k.bucket}/script`, { method: 'PUT', body: JSON.stringify([401]) });
    const app = await mountKiosk({ endpoint: k.endpoint });
    await tapRole(app, 'button', 'Tap to start');
    await answerSurvey(app, 'Poor', '', true);
    await waitFor(async () => ((await outboxStatus()).undeliverable === 1 ? true : undefined), 'kept as undeliverable');
    await sendNow();
    await new Promise((r) => setTimeout(r, 500));
    expect(await received(k.bucket), 'sent once, not retried').to.have.length(1);
    expect(await sendHealthReport()).to.equal(204);
    const [report] = await reports(token, 1);
    expect(report).to.include({ undeliverable: 1, waiting: 0 });
  });
});
