// axe-core (WCAG 2.2 A/AA tags, target-size on) on every kiosk screen a patient or staff member can see.
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { setPin } from '../../../kiosk/staff/pin.js';
import {
  answerSurvey,
  axeViolations,
  findByRole,
  isolate,
  mountKiosk,
  tap,
  tapRole,
  type,
  unmount,
} from './helpers.js';

describe('kiosk: accessibility of every screen', () => {
  beforeEach(() => unmount());
  afterEach(unmount);

  it('patient screens: start, question, "Are you still there?", thank you', async () => {
    const k = isolate('a11y-patient');
    const app = await mountKiosk(
      { endpoint: k.endpoint, practice: 'Smile Dental' },
      { idleSeconds: 2, thanksSeconds: 60 },
    );
    expect(await axeViolations(app), 'start screen').to.deep.equal([]);

    await tapRole(app, 'button', 'Tap to start');
    await findByRole(app, 'radio', 'Very good');
    expect(await axeViolations(app), 'first question').to.deep.equal([]);

    await findByRole(app, 'alertdialog', 'Are you still there?', 5_000);
    expect(await axeViolations(app), 'are you still there').to.deep.equal([]);
    await tapRole(app, 'button', "I'm still here");

    await answerSurvey(app, 'Good');
    await findByRole(app, 'heading', /^Thank you/);
    await findByRole(app, 'button', 'Done');
    expect(await axeViolations(app), 'thank you').to.deep.equal([]);
  });

  it('staff screens: choose PIN, PIN pad with an error, status, clear confirmation, settings with errors', async () => {
    isolate('a11y-staff');
    const app = await mountKiosk({ endpoint: '' });
    expect(await axeViolations(app), 'not set up start screen').to.deep.equal([]);
    (await findByRole(app, 'button', 'Staff')).focus();
    await sendKeys({ press: 'Enter' });
    await findByRole(app, 'heading', 'Choose a staff PIN');
    expect(await axeViolations(app), 'choose PIN').to.deep.equal([]);

    await tapRole(app, 'button', 'Back to the patient screen');
    await setPin('2468');
    (await findByRole(app, 'button', 'Staff')).focus();
    await sendKeys({ press: 'Enter' });
    await tap(await findByRole(app, 'textbox', /^PIN/));
    await type('1111');
    await sendKeys({ press: 'Enter' });
    await findByRole(app, 'alert', /not right/);
    expect(await axeViolations(app), 'PIN pad with an error').to.deep.equal([]);

    await type('2468');
    await sendKeys({ press: 'Enter' });
    await findByRole(app, 'heading', 'Status');
    await findByRole(app, 'button', 'Send now');
    await new Promise((r) => setTimeout(r, 200));
    expect(await axeViolations(app), 'status').to.deep.equal([]);

    await tapRole(app, 'button', 'Clear local data');
    await findByRole(app, 'alertdialog', 'Clear local data?');
    expect(await axeViolations(app), 'clear confirmation').to.deep.equal([]);
    await tapRole(app, 'button', 'Cancel');

    await tapRole(app, 'button', 'Settings');
    const endpoint = await findByRole(app, 'textbox', /^Endpoint/);
    expect(await axeViolations(app), 'settings').to.deep.equal([]);
    await tap(endpoint);
    await type('not a url');
    await tapRole(app, 'button', 'Save settings');
    await findByRole(app, 'textbox', /^Endpoint/);
    await new Promise((r) => setTimeout(r, 100));
    expect(endpoint.getAttribute('aria-invalid')).to.equal('true');
    expect(await axeViolations(app), 'settings with an error').to.deep.equal([]);
  });
});
