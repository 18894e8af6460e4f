// Privacy on a shared tablet: a patient who walks away is asked "Are you still there?" for at least 20 seconds, then
// everything they entered is wiped — searched for afterwards in every shadow root, field, history and storage.
import { expect } from 'chai';
import {
  answerSurvey,
  findByRole,
  isolate,
  mountKiosk,
  queryByRole,
  tap,
  tapRole,
  type,
  unmount,
  waitFor,
} from './helpers.js';
import { everythingLeft } from './leftovers.js';

const CANARY = 'CANARY-7f3a';

describe('kiosk: idle and privacy', () => {
  beforeEach(() => unmount());
  afterEach(unmount);

  it('asks "Are you still there?" for 20 seconds in production timing, and "I\'m still here" keeps the answers', async () => {
    const k = isolate('idle-ask');
    // Only the idle delay is shortened; the hold uses the production minimum.
    const app = await mountKiosk({ endpoint: k.endpoint }, { idleSeconds: 1 });
    await tapRole(app, 'button', 'Tap to start');
    await answerSurvey(app, 'Good', CANARY, false);

    const dialog = await findByRole(app, 'alertdialog', 'Are you still there?', 5_000);
    expect(dialog.textContent).to.match(/in 20 seconds/);
    expect(dialog.getAttribute('aria-describedby')).to.be.a('string');
    await tapRole(app, 'button', "I'm still here");
    await waitFor(() => !queryByRole(app, 'alertdialog', 'Are you still there?'), 'the dialog to close');
    const box = queryByRole(app, 'textbox', /anything you would like to tell us/i) as HTMLTextAreaElement;
    expect(box.value).to.equal(CANARY);
  });

  it('wipes everything the patient entered — DOM, state, history, storage — and returns to the start', async () => {
    const k = isolate('idle-wipe');
    const app = await mountKiosk({ endpoint: k.endpoint }, { idleSeconds: 1, holdSeconds: 1 });
    await tapRole(app, 'button', 'Tap to start');
    await answerSurvey(app, 'Poor', '', false);
    const box = await findByRole(app, 'textbox', /anything you would like to tell us/i);
    await tap(box);
    await type(CANARY);
    // Leaks the wipe must also undo: a history entry and session storage written while the patient answered.
    history.pushState({ draft: CANARY }, '', '#question-5');
    sessionStorage.setItem('draft', CANARY);
    expect(await everythingLeft(), 'the canary is findable before the wipe').to.include(CANARY);

    await findByRole(app, 'alertdialog', 'Are you still there?', 5_000);
    await findByRole(app, 'button', 'Tap to start', 5_000);
    await waitFor(() => !location.hash, 'history to be stepped back');
    await new Promise((r) => setTimeout(r, 100));

    expect(app.shadowRoot!.querySelector('pf-first-impression'), 'survey element removed').to.equal(null);
    expect(await everythingLeft()).not.to.include(CANARY);

    // Back cannot bring the answers back.
    history.back();
    await new Promise((r) => setTimeout(r, 200));
    expect(queryByRole(app, 'button', 'Tap to start')).to.exist;
    expect(await everythingLeft()).not.to.include(CANARY);

    // The next patient starts from nothing.
    await tapRole(app, 'button', 'Tap to start');
    await findByRole(app, 'radio', 'Very good');
    expect(await everythingLeft()).not.to.include(CANARY);
  });
});
