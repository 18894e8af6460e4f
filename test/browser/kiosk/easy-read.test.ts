// Easy read on the waiting-room tablet: a staff setting (off by default) that every patient's survey gets.
import { expect } from 'chai';
import type { LitElement } from 'lit';
import { loadSettings, settingsFromUrl } from '../../../kiosk/settings.js';
import { setPin } from '../../../kiosk/staff/pin.js';
import {
  axeViolations,
  findByRole,
  isolate,
  mountKiosk,
  nameOf,
  queryAllByRole,
  tapRole,
  unlockStaff,
  unmount,
  waitFor,
} from './helpers.js';

describe('kiosk: easy read', () => {
  beforeEach(() => unmount());
  afterEach(unmount);

  it('a setup link turns it on (easyread=1) or off (easyread=0); without it the saved setting stays', () => {
    const link = (query: string) => settingsFromUrl(new URL(`https://kiosk.example/kiosk/index.html?${query}`));
    expect(link('easyread=1').easyRead).to.equal(true);
    expect(link('easyread=on').easyRead).to.equal(true);
    expect(link('easyread=0').easyRead).to.equal(false);
    expect(link('endpoint=%2Fapi%2Ffeedback')).to.not.have.property('easyRead');
  });

  it('staff turn it on in Settings; the next patient gets one question per screen, and it can be turned off', async () => {
    const k = isolate('easy-read');
    expect(loadSettings().easyRead, 'off by default').to.equal(false);
    await setPin('2468');
    const app = await mountKiosk({ endpoint: k.endpoint, practice: 'Smile Dental' });
    await unlockStaff(app, '2468');
    await tapRole(app, 'button', 'Settings');
    const box = (await findByRole(app, 'checkbox', 'Easy read')) as HTMLInputElement;
    expect(box.checked).to.equal(false);
    await tapRole(app, 'checkbox', 'Easy read');
    await tapRole(app, 'button', 'Save settings');
    await findByRole(app, 'heading', 'Status');
    expect(loadSettings().easyRead).to.equal(true);
    await tapRole(app, 'button', 'Lock staff mode');

    await tapRole(app, 'button', 'Tap to start');
    const survey = await waitFor(() => app.shadowRoot!.querySelector('pf-first-impression'), 'the survey');
    expect(survey.hasAttribute('easy-read')).to.equal(true);
    await findByRole(app, 'heading', 'How was your visit today?');
    expect(nameOf(queryAllByRole(app, 'progressbar')[0]!)).to.equal('Step 1 of 7');
    // Easy read's part has arrived: its stylesheet is adopted after the element's own.
    const own = (survey.constructor as typeof LitElement).elementStyles.length;
    await waitFor(() => survey.shadowRoot!.adoptedStyleSheets.length > own, "easy read's part");
    expect(await axeViolations(app), 'easy-read question on the tablet').to.deep.equal([]);

    unmount();
    const again = await mountKiosk(loadSettings());
    await unlockStaff(again, '2468');
    await tapRole(again, 'button', 'Settings');
    expect(((await findByRole(again, 'checkbox', 'Easy read')) as HTMLInputElement).checked).to.equal(true);
    await tapRole(again, 'checkbox', 'Easy read');
    await tapRole(again, 'button', 'Save settings');
    await findByRole(again, 'heading', 'Status');
    expect(loadSettings().easyRead).to.equal(false);
  });
});
