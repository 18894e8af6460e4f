// The kiosk told which survey to show (`survey=` in the setup link): patients get the practice's own survey, also
// after a restart with no network to it (the tablet's saved copy), and each patient's wipe still leaves nothing.
// The survey is served over real HTTP (test/server/survey-routes.mjs), which a test can take away.
import { expect } from 'chai';
import type { KioskApp } from '../../../kiosk/kiosk-app.js';
import { loadSettings } from '../../../kiosk/settings.js';
import { setPin } from '../../../kiosk/staff/pin.js';
import {
  axeViolations,
  findByRole,
  isolate,
  mountKiosk,
  nameOf,
  openSetupLink,
  queryAllByRole,
  queryByRole,
  received,
  tap,
  tapRole,
  type,
  unlockStaff,
  unmount,
  waitFor,
  type Isolated,
} from './helpers.js';
import { everythingLeft } from './leftovers.js';

const SCALE = /^How likely are you to recommend us to a friend\?/;
const CANARY = 'CANARY-SURVEY-51c9';

const surveyAddress = (k: Isolated) => `/test-survey/${k.bucket}/practice-survey.json`;
const surveyAnswers = (k: Isolated, answer: unknown) =>
  fetch(`/test-survey/${k.bucket}/answer`, { method: 'PUT', body: JSON.stringify(answer) });
const surveyRequests = async (k: Isolated) => Number(await (await fetch(`/test-survey/${k.bucket}/requests`)).text());

/** The kiosk has checked the survey address (fetched it, or knows why not). */
const checked = (app: KioskApp) => waitFor(() => !app.survey.checking, 'the survey to be checked', 20_000);

/** A patient answers the practice's survey: 9, "A cleaning", a comment, Submit. */
async function answerPracticeSurvey(app: KioskApp, comment = ''): Promise<void> {
  await tapRole(app, 'radio', '9');
  await tapRole(app, 'button', 'Next');
  await tapRole(app, 'checkbox', 'A cleaning');
  await tapRole(app, 'button', 'Next');
  if (comment) {
    await tap(await findByRole(app, 'textbox', /^Anything else you would like to tell us\?/));
    await type(comment);
  }
  await tapRole(app, 'button', 'Submit');
  await findByRole(app, 'heading', /^Thank you/);
}

describe('kiosk: the practice’s own survey', () => {
  const page = location.href;
  beforeEach(() => unmount());
  afterEach(() => {
    unmount();
    history.replaceState(history.state, '', page);
  });

  it('a setup link with survey=… gives patients the practice’s survey, sent with its id and version', async () => {
    const k = isolate('survey-provisioned');
    const app = await openSetupLink(
      `endpoint=${encodeURIComponent(k.endpoint)}&practice=Smile%20Dental&survey=${encodeURIComponent(surveyAddress(k))}`,
    );
    expect(location.search, 'the link is cleared from the address bar').to.equal('');
    expect(loadSettings().survey, 'kept as a staff setting').to.equal(surveyAddress(k));
    await checked(app);
    expect(app.survey.problem).to.equal(undefined);
    expect(app.survey.definition?.id).to.equal('smile-dental-visit');
    expect(await axeViolations(app), 'start screen').to.deep.equal([]);

    await tapRole(app, 'button', 'Tap to start');
    const scale = await findByRole(app, 'radiogroup', SCALE);
    expect(queryAllByRole(scale, 'radio').map(nameOf)).to.deep.equal(Array.from({ length: 11 }, (_, n) => String(n)));
    expect(queryByRole(app, 'radio', 'Very good'), 'not the built-in survey').to.equal(undefined);
    expect(await axeViolations(app), 'the 0–10 scale on the tablet').to.deep.equal([]);
    await answerPracticeSurvey(app, 'Friendly');
    expect(await axeViolations(app), 'thank you').to.deep.equal([]);

    const [post] = await waitFor(
      async () => ((await received(k.bucket)).length ? received(k.bucket) : undefined),
      'delivery',
    );
    expect(post!.body).to.deep.include({ kind: 'first-impression', channel: 'kiosk', practice: 'Smile Dental' });
    expect(post!.body.survey).to.deep.equal({ id: 'smile-dental-visit', version: '2' });
    expect(post!.body.answers).to.deep.equal({ overall: '9', 'visit-for': ['cleaning'], comments: 'Friendly' });
  });

  it('after a restart with no network to the survey, patients still get it (the saved copy), and saving the settings keeps it', async () => {
    const k = isolate('survey-offline');
    await setPin('2468');
    const settings = { endpoint: k.endpoint, practice: 'Smile Dental', survey: surveyAddress(k) };
    await checked(await mountKiosk(settings));
    unmount();

    // The tablet restarts; the survey's server is gone (the socket is cut: as with no network).
    await surveyAnswers(k, 'offline');
    const app = await mountKiosk(settings);
    expect(app.survey.definition?.id, 'the saved copy, at once').to.equal('smile-dental-visit');
    await checked(app);
    expect(app.survey.problem).to.match(/could not reach it/);
    await tapRole(app, 'button', 'Tap to start');
    await findByRole(app, 'radiogroup', SCALE);
    await answerPracticeSurvey(app);
    await waitFor(async () => (await received(k.bucket)).length === 1, 'delivery');
    expect((await received(k.bucket))[0]!.body.survey).to.deep.equal({ id: 'smile-dental-visit', version: '2' });
    await tapRole(app, 'button', 'Done');

    // Staff see that the copy is in use and why; saving the settings fetches again, fails, and keeps the copy.
    await unlockStaff(app, '2468');
    const notice = await findByRole(app, 'alert', /could not be loaded just now/);
    expect(notice.textContent).to.contain(surveyAddress(k));
    expect(notice.textContent).to.match(/Patients get the copy this tablet saved/);
    expect(await axeViolations(app), 'staff panel with the saved copy in use').to.deep.equal([]);
    const before = await surveyRequests(k);
    await tapRole(app, 'button', 'Settings');
    await tapRole(app, 'button', 'Save settings');
    await findByRole(app, 'heading', 'Status');
    await waitFor(async () => (await surveyRequests(k)) > before, 'the survey fetched again on save');
    await checked(app);
    expect(app.survey.definition?.id, 'a fetch that fails keeps the saved copy').to.equal('smile-dental-visit');
    await tapRole(app, 'button', 'Lock staff mode');
    await tapRole(app, 'button', 'Tap to start');
    await findByRole(app, 'radiogroup', SCALE);
  });

  it('each patient’s wipe leaves nothing of them, and the next patient gets the practice’s survey fresh', async () => {
    const k = isolate('survey-wipe');
    const app = await mountKiosk(
      { endpoint: k.endpoint, survey: surveyAddress(k) },
      { idleSeconds: 1, holdSeconds: 1, thanksSeconds: 1 },
    );
    await checked(app);

    // One patient walks away mid-survey.
    await tapRole(app, 'button', 'Tap to start');
    await tapRole(app, 'radio', '2');
    await tapRole(app, 'button', 'Next');
    await tapRole(app, 'checkbox', 'A treatment');
    await tapRole(app, 'button', 'Next');
    await tapRole(app, 'radio', 'No');
    await tapRole(app, 'button', 'Next');
    await tap(await findByRole(app, 'textbox', /^Anything else/));
    await type(CANARY);
    await findByRole(app, 'alertdialog', 'Are you still there?', 5_000);
    await findByRole(app, 'button', 'Tap to start', 5_000);
    expect(await everythingLeft(), 'after the idle wipe').not.to.include(CANARY);

    // The next one finishes; after "Thank you" the tablet returns to the start by itself.
    await tapRole(app, 'button', 'Tap to start');
    const scale = await findByRole(app, 'radiogroup', SCALE);
    expect(scale.querySelector('input:checked'), 'nothing chosen for the next patient').to.equal(null);
    await answerPracticeSurvey(app, CANARY);
    await findByRole(app, 'button', 'Tap to start', 5_000);
    await waitFor(async () => (await received(k.bucket)).length === 1, 'delivery');
    await waitFor(() => !location.hash, 'history to be stepped back');
    // Submitted words live on only in the outbox until delivered and in staff's export copy; nowhere a patient sees.
    for (const el of app.shadowRoot!.querySelectorAll('*'))
      expect(el.shadowRoot?.innerHTML ?? '').not.to.include(CANARY);
    expect(sessionStorage.length).to.equal(0);
    expect(JSON.stringify({ ...localStorage }), 'the survey choice and its copy hold no answers').not.to.include(
      CANARY,
    );
    expect(loadSettings().survey, 'the survey choice persists').to.equal(surveyAddress(k));
  });

  it('in Spanish: the start screen’s language gives the definition’s Spanish words', async () => {
    const k = isolate('survey-spanish');
    const app = await mountKiosk({ endpoint: k.endpoint, survey: surveyAddress(k), lang: 'es' });
    await checked(app);
    await tapRole(app, 'button', 'Toque para empezar');
    await findByRole(app, 'radiogroup', /^¿Qué probabilidad hay de que nos recomiende a un amigo\?/);
    expect(await axeViolations(app), 'la escala').to.deep.equal([]);
    await tapRole(app, 'radio', '7');
    await tapRole(app, 'button', 'Siguiente');
    await tapRole(app, 'checkbox', 'Una urgencia');
    await tapRole(app, 'button', 'Siguiente');
    await findByRole(app, 'radiogroup', /^¿Estuvo cómodo durante el tratamiento\?/);
    expect(await axeViolations(app), 'comodidad').to.deep.equal([]);
  });
});
