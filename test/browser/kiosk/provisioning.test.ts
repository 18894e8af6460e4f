// A setup link (kiosk/index.html?endpoint=…) passes the same checks as the staff settings form: a value the form
// would refuse is refused, said so on the start screen and in staff mode, and the tablet keeps its previous setting.
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import {
  DEFAULT_SETTINGS,
  checkSettings,
  loadSettings,
  provisionFromUrl,
  saveSettings,
} from '../../../kiosk/settings.js';
import { setPin } from '../../../kiosk/staff/pin.js';
import {
  answerSurvey,
  axeViolations,
  findByRole,
  isolate,
  openSetupLink,
  queryByRole,
  storedIds,
  tap,
  tapRole,
  type,
  unmount,
  waitFor,
} from './helpers.js';

const REFUSED = [
  'javascript:alert(1)',
  'ftp://files.example.org/feedback',
  'feedback',
  // Plain http to another computer would carry patients' answers in the clear.
  'http://192.168.1.20:8080/api/feedback',
];

describe('kiosk: provisioning from a setup link', () => {
  const page = location.href;
  beforeEach(() => unmount());
  afterEach(() => {
    unmount();
    history.replaceState(history.state, '', page);
  });

  for (const endpoint of REFUSED) {
    it(`refuses endpoint=${endpoint} as the settings form does, says so, and keeps the previous endpoint`, async () => {
      const k = isolate('provision-refused');
      saveSettings({ ...DEFAULT_SETTINGS, endpoint: k.endpoint, practice: 'Old name' });
      expect(checkSettings({ ...DEFAULT_SETTINGS, endpoint }).endpoint, 'the settings form refuses it').to.be.a(
        'string',
      );

      const app = await openSetupLink(`endpoint=${encodeURIComponent(endpoint)}&practice=Smile%20Dental`);
      expect(location.search, 'the link is cleared from the address bar').to.equal('');
      const notice = await findByRole(app, 'alert', /setup link/i);
      expect(notice.textContent).to.include(endpoint);
      expect(notice.textContent).to.match(/endpoint/);
      expect(notice.textContent).to.match(/previous endpoint/);
      expect(loadSettings().endpoint, 'the previous endpoint is kept').to.equal(k.endpoint);
      expect(loadSettings().practice, 'the link’s valid values still apply').to.equal('Smile Dental');
      expect(await axeViolations(app), 'start screen with the notice').to.deep.equal([]);

      // The tablet still works, and sends to the endpoint it kept.
      await tapRole(app, 'button', 'Tap to start');
      await answerSurvey(app, 'Very good');
      await findByRole(app, 'heading', /^Thank you/);
      await waitFor(async () => (await storedIds(k.bucket)).length === 1, 'delivery to the kept endpoint');
    });
  }

  it('a refused value on a tablet that had none: not set up, and staff mode says why until the settings are saved', async () => {
    isolate('provision-refused-staff');
    await setPin('2468');
    const app = await openSetupLink(`endpoint=${encodeURIComponent('ftp://files.example.org/feedback')}`);
    await findByRole(app, 'alert', /setup link/i);
    await findByRole(app, 'status', /Not set up yet/);
    expect(loadSettings().endpoint).to.equal('');

    (await findByRole(app, 'button', 'Staff')).focus();
    await sendKeys({ press: 'Enter' });
    await tap(await findByRole(app, 'textbox', /^PIN/));
    await type('2468');
    await sendKeys({ press: 'Enter' });
    await findByRole(app, 'heading', 'Status');
    const notice = await findByRole(app, 'alert', /setup link/i);
    expect(notice.textContent).to.include('ftp://files.example.org/feedback');
    expect(await axeViolations(app), 'staff panel with the notice').to.deep.equal([]);

    await tapRole(app, 'button', 'Settings');
    const field = (await findByRole(app, 'textbox', /^Endpoint/)) as HTMLInputElement;
    await tap(field);
    await type('/api/feedback');
    await tapRole(app, 'button', 'Save settings');
    await findByRole(app, 'heading', 'Status');
    expect(!!queryByRole(app, 'alert', /setup link/i), 'gone once staff saved the settings').to.equal(false);
  });

  it('on an https kiosk, refuses a plain-http endpoint on another computer (mixed content, answers in the clear)', () => {
    isolate('provision-https');
    saveSettings({ ...DEFAULT_SETTINGS, endpoint: 'https://feedback.example/api/feedback' });
    const tablet = {
      location: new URL('https://kiosk.example/kiosk/?endpoint=http%3A%2F%2Ffeedback.example%2Fapi%2Ffeedback'),
      localStorage,
      history: { state: null, replaceState: () => undefined },
    } as unknown as Window;
    expect(provisionFromUrl(tablet).endpoint).to.equal('https://feedback.example/api/feedback');
    expect(loadSettings().endpoint).to.equal('https://feedback.example/api/feedback');
  });

  it('a valid link is taken as it is, with no notice', async () => {
    const k = isolate('provision-ok');
    const app = await openSetupLink(`endpoint=${encodeURIComponent(k.endpoint)}&practice=Smile%20Dental`);
    await findByRole(app, 'button', 'Tap to start');
    expect(!!queryByRole(app, 'alert', /setup link/i)).to.equal(false);
    expect(loadSettings()).to.include({ endpoint: k.endpoint, practice: 'Smile Dental' });
  });
});
