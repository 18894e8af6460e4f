/// <reference types="mocha" />
// A practice's own survey (test/fixtures/practice-survey.json), fetched by `<pf-first-impression survey="…">` from a
// real HTTP route (test/server/survey-routes.mjs): a 0–10 scale, a multiple-choice question, a yes-no question shown
// only when the visit was for a treatment or an emergency, its own recovery rule (0–4), and its Spanish words.
// Driven by role and name with the real mouse and keyboard; axe on every screen.
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import { axeViolations } from '../helpers/axe.js';
import { getByRole, nameOf, queryAllByRole } from '../helpers/by-role.js';
import { clickCentre } from '../helpers/pointer.js';
import { waitFor } from '../helpers/wait.js';
import { mount, newEndpoint, settle } from './helpers/page.js';

const words = {
  en: {
    scale: /^How likely are you to recommend us to a friend\? \(0 = not at all, 10 = extremely\)$/,
    visitFor: /^What was your visit for\?/,
    options: ['A check-up', 'A cleaning', 'A treatment', 'An emergency'],
    comfort: /^Were you kept comfortable during treatment\?$/,
    yes: 'Yes',
    comments: /^Anything else you would like to tell us\?/,
    next: 'Next',
    back: 'Back',
    submit: 'Submit',
    step: (n: number, of: number) => `Step ${n} of ${of}`,
    thanks: /^Thank you/,
  },
  es: {
    scale: /^¿Qué probabilidad hay de que nos recomiende a un amigo\? \(0 = nada, 10 = muchísimo\)$/,
    visitFor: /^¿Para qué fue su visita\?/,
    options: ['Una revisión', 'Una limpieza', 'Un tratamiento', 'Una urgencia'],
    comfort: /^¿Estuvo cómodo durante el tratamiento\?$/,
    yes: 'Sí',
    comments: /^¿Algo más que quiera decirnos\?/,
    next: 'Siguiente',
    back: 'Atrás',
    submit: 'Enviar',
    step: (n: number, of: number) => `Paso ${n} de ${of}`,
    thanks: /^Gracias/,
  },
} as const;

const PRACTICE_SURVEY = { id: 'smile-dental-visit', version: '2' };

describe('<pf-first-impression survey="…">: a practice’s own survey', () => {
  let host: HTMLElement;
  afterEach(() => host?.remove());

  /** The survey as a practice's page has it: fetched from its address. `found` collects axe violations per screen. */
  async function openSurvey(lang: 'en' | 'es' = 'en') {
    const w = words[lang];
    const endpoint = newEndpoint();
    const survey = `/test-survey/elements-${Math.random().toString(36).slice(2)}/practice-survey.json`;
    host = document.createElement('div');
    document.body.append(host);
    const el = await mount(
      'pf-first-impression',
      { endpoint: endpoint.url, survey, practice: 'Smile Dental', location: 'website', lang },
      host,
    );
    const root = el.shadowRoot!;
    await waitFor(() => queryAllByRole(root, 'radiogroup', w.scale)[0], 'the practice’s survey');
    const found: string[] = [];
    const check = async (screen: string) => {
      await settle(el);
      for (const v of await axeViolations(el)) found.push(`${screen}: ${v}`);
    };
    const click = async (role: string, name: string | RegExp) => {
      await clickCentre(getByRole(root, role, name));
      await settle(el);
    };
    const heading = () => nameOf(getByRole(root, 'heading', /./));
    const progress = () => root.querySelector('[part="progress"]')!.textContent.trim();
    return { w, endpoint, el, root, found, check, click, heading, progress };
  }

  it('the 0–10 scale is a required radiogroup of eleven radios named 0 to 10, named by its question', async () => {
    const { root, check, found } = await openSurvey();
    const group = getByRole(root, 'radiogroup', words.en.scale);
    expect(queryAllByRole(group, 'radio').map(nameOf)).to.deep.equal(Array.from({ length: 11 }, (_, n) => String(n)));
    expect(group.getAttribute('aria-required')).to.equal('true');
    await check('the scale');
    expect(found, found.join('\n')).to.deep.equal([]);
  });

  it('"A treatment" brings the comfort question; going Back to choose only "A cleaning" hides it, and its answer is not sent', async () => {
    const { w, endpoint, root, found, check, click, heading, progress } = await openSurvey();
    // Before any answer the comfort question is hidden: three screens.
    expect(progress()).to.equal(w.step(1, 3));
    await click('radio', '9');
    await click('button', w.next);
    expect(heading()).to.match(w.visitFor);
    expect(queryAllByRole(getByRole(root, 'group', w.visitFor), 'checkbox').map(nameOf)).to.deep.equal(w.options);
    await check('visit for');

    await click('checkbox', 'A treatment');
    expect(progress(), 'the comfort question is now on the way').to.equal(w.step(2, 4));
    await click('button', w.next);
    expect(heading()).to.match(w.comfort);
    expect(queryAllByRole(getByRole(root, 'radiogroup', w.comfort), 'radio').map(nameOf)).to.deep.equal(['Yes', 'No']);
    await check('comfort');
    await click('radio', w.yes);

    await click('button', w.back);
    expect(heading()).to.match(w.visitFor);
    await click('checkbox', 'A treatment');
    await click('checkbox', 'A cleaning');
    expect(progress()).to.equal(w.step(2, 3));
    await click('button', w.next);
    expect(heading(), 'the comfort question is skipped').to.match(w.comments);
    expect(queryAllByRole(root, 'radiogroup', w.comfort)).to.have.length(0);
    await check('comments');
    await click('textbox', w.comments);
    await sendKeys({ type: 'Gentle hygienist' });
    await click('button', w.submit);
    await waitFor(() => queryAllByRole(root, 'heading', w.thanks)[0], 'the Thank you heading');
    expect(queryAllByRole(root, 'button', 'Tell us what went wrong'), 'no recovery offer after a 9').to.have.length(0);
    await check('thank you');

    const posts = await endpoint.received();
    expect(posts).to.have.length(1);
    expect(posts[0]!.body.survey).to.deep.equal(PRACTICE_SURVEY);
    expect(posts[0]!.body).to.deep.include({ kind: 'first-impression', lang: 'en', practice: 'Smile Dental' });
    expect(posts[0]!.body.answers).to.deep.equal({
      overall: '9',
      'visit-for': ['cleaning'],
      comments: 'Gentle hygienist',
    });
    expect(found, found.join('\n')).to.deep.equal([]);
  });

  it('a treatment and an emergency: the comfort question must be answered, and its answer is sent', async () => {
    const { w, endpoint, root, found, check, click, heading } = await openSurvey();
    await click('radio', '10');
    await click('button', w.next);
    await click('checkbox', 'A treatment');
    await click('checkbox', 'An emergency');
    await click('button', w.next);
    expect(heading()).to.match(w.comfort);
    await click('button', w.next);
    expect(heading(), 'required: the patient stays on the question').to.match(w.comfort);
    expect(getByRole(root, 'alert').textContent).to.match(/Were you kept comfortable/);
    await check('comfort with its error');
    await click('radio', 'No');
    await click('button', w.next);
    expect(heading()).to.match(w.comments);
    await click('button', w.submit);
    await waitFor(() => queryAllByRole(root, 'heading', w.thanks)[0], 'the Thank you heading');

    const [post] = await endpoint.received();
    expect(post!.body.survey).to.deep.equal(PRACTICE_SURVEY);
    expect(post!.body.answers).to.deep.equal({ overall: '10', 'visit-for': ['treatment', 'emergency'], pain: 'no' });
    expect(found, found.join('\n')).to.deep.equal([]);
  });

  it('3 on the scale (recoveryWhen 0–4) brings the recovery offer, and the recovery form follows it as with the built-in survey', async () => {
    const { w, endpoint, el, root, found, check, click } = await openSurvey();
    await click('radio', '3');
    await click('button', w.next);
    await click('button', w.next);
    await click('button', w.submit);
    await waitFor(() => queryAllByRole(root, 'button', 'Tell us what went wrong')[0], 'the recovery offer');
    expect(root.textContent).to.contain('Would you tell us what went wrong?');
    await check('thank you with the recovery offer');

    await click('button', 'Tell us what went wrong');
    expect(root.textContent).to.contain("We're sorry");
    await check('recovery 1');
    await click('checkbox', 'Wait time');
    await click('button', w.next);
    await click('textbox', /In your own words/);
    await sendKeys({ type: 'I waited an hour.' });
    await click('button', w.next);
    await click('button', w.next);
    await click('radio', "Please don't contact me");
    await check('recovery 4');
    await click('button', w.submit);
    await waitFor(() => queryAllByRole(root, 'heading', 'Thank you for telling us')[0], 'the recovery confirmation');
    await check('recovery confirmation');

    const [first, recovery] = (await endpoint.received()).map((p) => p.body);
    expect(first!.survey).to.deep.equal(PRACTICE_SURVEY);
    expect(first!.answers).to.deep.equal({ overall: '3' });
    expect(recovery!.kind).to.equal('what-went-wrong');
    expect(recovery!.relatedTo).to.equal(first!.id);
    expect(recovery!.answers).to.deep.include({ categories: ['wait-time'], details: 'I waited an hour.' });
    expect((el as unknown as { inProgress: boolean }).inProgress).to.equal(false);
    expect(found, found.join('\n')).to.deep.equal([]);
  });

  it('in Spanish (lang="es"), the definition’s Spanish words', async () => {
    const { w, endpoint, root, found, check, click, heading, progress } = await openSurvey('es');
    expect(heading()).to.match(w.scale);
    expect(progress()).to.equal(w.step(1, 3));
    await check('la escala');
    await click('radio', '8');
    await click('button', w.next);
    expect(heading()).to.match(w.visitFor);
    expect(queryAllByRole(getByRole(root, 'group', w.visitFor), 'checkbox').map(nameOf)).to.deep.equal(w.options);
    await click('checkbox', 'Un tratamiento');
    await check('motivo de la visita');
    await click('button', w.next);
    expect(heading()).to.match(w.comfort);
    expect(queryAllByRole(getByRole(root, 'radiogroup', w.comfort), 'radio').map(nameOf)).to.deep.equal(['Sí', 'No']);
    await click('radio', w.yes);
    await check('comodidad');
    await click('button', w.next);
    expect(heading()).to.match(w.comments);
    await click('button', w.submit);
    await waitFor(() => queryAllByRole(root, 'heading', w.thanks)[0], 'the Gracias heading');
    await check('gracias');

    const [post] = await endpoint.received();
    expect(post!.body).to.deep.include({ lang: 'es' });
    expect(post!.body.survey).to.deep.equal(PRACTICE_SURVEY);
    expect(post!.body.answers).to.deep.equal({ overall: '8', 'visit-for': ['treatment'], pain: 'yes' });
    expect(found, found.join('\n')).to.deep.equal([]);
  });
});
