// A patient's turn at the waiting-room tablet, start to finish, against a real local endpoint.
import { expect } from 'chai';
import { provisionFromUrl, loadSettings } from '../../../kiosk/settings.js';
import { recordedSubmissions } from '../../../kiosk/local-record.js';
import {
  answerSurvey,
  findByRole,
  isolate,
  mountKiosk,
  queryByRole,
  storedIds,
  tapRole,
  unmount,
  waitFor,
  type Isolated,
} from './helpers.js';

describe('kiosk: the patient loop', () => {
  let k: Isolated;

  beforeEach(() => {
    k = isolate('loop');
  });
  afterEach(unmount);

  it('goes start → survey → thank you → back to the start by itself, and the endpoint gets the submission', async () => {
    const app = await mountKiosk(
      { endpoint: k.endpoint, practice: 'Smile Dental', location: 'front-desk-tablet' },
      { thanksSeconds: 1 },
    );
    expect(queryByRole(app, 'heading', 'Smile Dental'), 'practice name on the start screen').to.exist;
    await tapRole(app, 'button', 'Tap to start');

    await answerSurvey(app, 'Very good', 'Lovely welcome');
    await findByRole(app, 'heading', /^Thank you/);
    await findByRole(app, 'button', 'Done');
    // Back on the start screen on its own (thanksSeconds: 1), with the survey gone.
    await findByRole(app, 'button', 'Tap to start', 4_000);
    expect(app.shadowRoot!.querySelector('pf-first-impression')).to.equal(null);

    const ids = await waitFor(async () => {
      const got = await storedIds(k.bucket);
      return got.length ? got : undefined;
    }, 'the endpoint to store the submission');
    expect(ids).to.have.length(1);
    const kept = await recordedSubmissions();
    expect(kept.map((s) => s.id)).to.deep.equal(ids);
    expect(kept[0]!.channel).to.equal('kiosk');
    expect(kept[0]!.location).to.equal('front-desk-tablet');
    expect(kept[0]!.answers.overall).to.equal('very-good');
  });

  it('"Done" returns to the start at once, and the next patient gets a fresh, empty survey', async () => {
    const app = await mountKiosk({ endpoint: k.endpoint }, { thanksSeconds: 60 });
    await tapRole(app, 'button', 'Tap to start');
    await answerSurvey(app, 'Good');
    await findByRole(app, 'heading', /^Thank you/);
    await tapRole(app, 'button', 'Done');
    await tapRole(app, 'button', 'Tap to start');
    const radio = (await findByRole(app, 'radio', 'Very good')) as HTMLInputElement;
    const checked = [
      ...app.shadowRoot!.querySelector('pf-first-impression')!.shadowRoot!.querySelectorAll('input'),
    ].filter((i) => i.checked);
    expect(radio.checked).to.equal(false);
    expect(checked, 'no answer carried over to the next patient').to.have.length(0);
  });

  it('offers each language in its own words and runs the survey in the one chosen', async () => {
    const app = await mountKiosk({ endpoint: k.endpoint, languages: ['en', 'es'] });
    await tapRole(app, 'button', 'Español');
    await tapRole(app, 'button', 'Toque para empezar');
    await findByRole(app, 'radio', 'Muy buena');
    expect(app.shadowRoot!.querySelector('pf-first-impression')!.getAttribute('lang')).to.equal('es');
  });

  it("hands the practice's follow-up promise to the survey, for patients who ask to be contacted", async () => {
    const app = await mountKiosk({ endpoint: k.endpoint, promise: 'Dana will call you within one business day.' });
    await tapRole(app, 'button', 'Tap to start');
    const survey = app.shadowRoot!.querySelector('pf-first-impression')!;
    expect(survey.getAttribute('promise')).to.equal('Dana will call you within one business day.');
  });

  it('without an endpoint, shows staff how to set it up instead of letting a patient start', async () => {
    const app = await mountKiosk({ endpoint: '' });
    await findByRole(app, 'status', /Not set up yet: open staff mode to set the endpoint/);
    expect(queryByRole(app, 'button', 'Tap to start')).to.equal(undefined);
  });

  it('takes its settings from the provisioning URL, keeps them and clears them from the address bar', () => {
    const before = location.href;
    history.replaceState(
      history.state,
      '',
      `${location.pathname}?endpoint=${encodeURIComponent(k.endpoint)}&practice=Smile%20Dental&location=lobby&lang=es` +
        '&idle=45&promise=We%20will%20call%20you%20within%20one%20business%20day.',
    );
    const settings = provisionFromUrl();
    expect(location.search).to.equal('');
    expect(settings).to.include({
      endpoint: k.endpoint,
      practice: 'Smile Dental',
      location: 'lobby',
      lang: 'es',
      idleSeconds: 45,
    });
    expect(settings.promise).to.equal('We will call you within one business day.');
    expect(loadSettings()).to.include({ endpoint: k.endpoint, idleSeconds: 45 });
    // Too short an idle time for a patient to read is raised to the minimum.
    history.replaceState(history.state, '', `${location.pathname}?idle=5`);
    expect(provisionFromUrl().idleSeconds).to.equal(30);
    history.replaceState(history.state, '', before);
  });
});
