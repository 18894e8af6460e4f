// A patient never sees a broken form: when the practice's survey cannot be fetched or used and the tablet has no
// saved copy, patients get the built-in survey and staff mode says what is wrong in plain words. Staff set the
// survey address in Settings, with a clear error for an unusable one, and saving fetches it at once.
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { KioskApp } from '../../../kiosk/kiosk-app.js';
import { loadSettings } from '../../../kiosk/settings.js';
import { setPin } from '../../../kiosk/staff/pin.js';
import { whatWentWrong } from '../../../src/surveys/what-went-wrong.js';
import {
  answerSurvey,
  axeViolations,
  findByRole,
  isolate,
  mountKiosk,
  openSetupLink,
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

const SCALE = /^How likely are you to recommend us to a friend\?/;
const BUILT_IN = /^Overall, how was your experience of our service\?/;

const surveyAddress = (k: Isolated) => `/test-survey/${k.bucket}/practice-survey.json`;
const surveyAnswers = (k: Isolated, answer: unknown) =>
  fetch(`/test-survey/${k.bucket}/answer`, { method: 'PUT', body: JSON.stringify(answer) });
const checked = (app: KioskApp) => waitFor(() => !app.survey.checking, 'the survey to be checked', 20_000);

/** What a practice's server might answer instead of a usable first-impression survey, and what staff are told. */
const PROBLEMS: { what: string; answer: unknown; says: RegExp }[] = [
  { what: 'no network to it', answer: 'offline', says: /the tablet could not reach it/ },
  { what: 'no such file (404)', answer: 404, says: /no survey at this address \(HTTP 404\)/ },
  { what: 'a server error', answer: 503, says: /an error \(HTTP 503\)/ },
  { what: 'a web page, not JSON', answer: { text: '<html>Sign in</html>' }, says: /not a survey file/ },
  {
    what: 'a definition with a mistake',
    answer: { json: { id: 'x', version: '1', kind: 'first-impression', title: 'X', languages: ['en'], questions: [] } },
    says: /not a valid survey \(questions: needs at least 1 question\)/,
  },
  {
    what: 'a recovery form instead of a first-impression survey',
    answer: { json: whatWentWrong },
    says: /"what-went-wrong" survey, and patients at the kiosk start with a first-impression survey/,
  },
];

describe('kiosk: a practice survey that cannot be used', () => {
  const page = location.href;
  beforeEach(() => unmount());
  afterEach(() => {
    unmount();
    history.replaceState(history.state, '', page);
  });

  for (const { what, answer, says } of PROBLEMS) {
    it(`${what}, no saved copy: patients get the built-in survey, and staff are told why`, async () => {
      const k = isolate('survey-problem');
      await setPin('2468');
      await surveyAnswers(k, answer);
      const app = await mountKiosk({ endpoint: k.endpoint, survey: surveyAddress(k) }, { thanksSeconds: 60 });
      await checked(app);
      expect(app.survey.definition).to.equal(undefined);
      expect(app.survey.problem).to.match(says);

      await tapRole(app, 'button', 'Tap to start');
      await findByRole(app, 'radiogroup', BUILT_IN);
      expect(queryByRole(app, 'alert'), 'no problem shown to a patient').to.equal(undefined);
      await answerSurvey(app, 'Good');
      await findByRole(app, 'heading', /^Thank you/);
      await waitFor(async () => (await received(k.bucket)).length === 1, 'delivery');
      expect((await received(k.bucket))[0]!.body.survey).to.deep.equal({ id: 'first-impression', version: '1' });
      await tapRole(app, 'button', 'Done');

      await unlockStaff(app, '2468');
      const notice = await findByRole(app, 'alert', /could not be loaded/);
      expect(notice.textContent).to.contain(`The survey at "${surveyAddress(k)}" could not be loaded:`);
      expect(notice.textContent).to.match(says);
      expect(notice.textContent).to.contain('The standard survey is shown until it can be.');
      expect(await axeViolations(app), 'staff panel naming the problem').to.deep.equal([]);
    });
  }

  it('once the survey can be fetched again, the next patient gets it', async () => {
    const k = isolate('survey-back');
    await surveyAnswers(k, 'offline');
    const app = await mountKiosk({ endpoint: k.endpoint, survey: surveyAddress(k) });
    await checked(app);
    expect(app.survey.problem).to.be.a('string');
    await surveyAnswers(k, 'fixture');
    // The network comes back: the tablet tries again by itself.
    window.dispatchEvent(new Event('online'));
    await waitFor(() => app.survey.definition, 'the survey fetched when the network returned');
    expect(app.survey.problem).to.equal(undefined);
    await tapRole(app, 'button', 'Tap to start');
    await findByRole(app, 'radiogroup', SCALE);
  });

  it('staff set the survey address in Settings: an unusable one is refused next to its field; saving fetches it at once', async () => {
    const k = isolate('survey-settings');
    await setPin('2468');
    const app = await mountKiosk({ endpoint: k.endpoint });
    await unlockStaff(app, '2468');
    const section = (await findByRole(app, 'heading', 'Survey')).parentElement!;
    expect(section.textContent).to.contain('Patients get the standard first-impression survey.');

    await tapRole(app, 'button', 'Settings');
    const field = (await findByRole(
      app,
      'textbox',
      /^Survey address \(leave empty for the standard survey\)/,
    )) as HTMLInputElement;
    expect(field.value).to.equal('');
    await tap(field);
    await type('surveys/smile.json');
    await tapRole(app, 'button', 'Save settings');
    await waitFor(() => field.getAttribute('aria-invalid') === 'true', 'the field marked');
    const form = field.getRootNode() as ShadowRoot;
    const message = form.getElementById('survey-error')!.textContent;
    expect(message).to.match(/starting with https:\/\/.*or leave it empty for the standard survey/);
    expect(field.getAttribute('aria-describedby')).to.contain('survey-error');
    expect(form.activeElement, 'focus on the field to fix').to.equal(field);
    expect(await axeViolations(app), 'settings with the survey address refused').to.deep.equal([]);
    expect(loadSettings().survey, 'nothing saved').to.equal('');

    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Control' });
    await type(surveyAddress(k));
    await tapRole(app, 'button', 'Save settings');
    const fetched = (await findByRole(app, 'heading', 'Survey')).parentElement!;
    await waitFor(() => fetched.textContent.includes('“Your visit to Smile Dental”'), 'the survey named on the panel');
    expect(fetched.textContent).to.contain('(smile-dental-visit, version 2)');
    expect(await axeViolations(app), 'staff panel with the practice’s survey').to.deep.equal([]);
    await tapRole(app, 'button', 'Lock staff mode');
    await tapRole(app, 'button', 'Tap to start');
    await findByRole(app, 'radiogroup', SCALE);
  });

  it('a setup link with an unusable survey address is refused as the settings form refuses it, and says so', async () => {
    const k = isolate('survey-link-refused');
    const app = await openSetupLink(
      `endpoint=${encodeURIComponent(k.endpoint)}&survey=${encodeURIComponent('ftp://files.example.org/survey.json')}`,
    );
    const notice = await findByRole(app, 'alert', /setup link/i);
    expect(notice.textContent).to.contain('survey address "ftp://files.example.org/survey.json" was not used');
    expect(notice.textContent).to.contain('The tablet has no survey address yet.');
    expect(loadSettings()).to.include({ endpoint: k.endpoint, survey: '' });
    await tapRole(app, 'button', 'Tap to start');
    await findByRole(app, 'radiogroup', BUILT_IN);
  });
});
