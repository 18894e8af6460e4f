/// <reference types="mocha" />
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import './helpers/own-outbox.js';
import { runSurveyElementTests } from './survey-element-suite.js';
import '../../../src/elements/define.js';
import { allElements, deepActiveElement, getByRole, nameOf, queryAllByRole } from '../helpers/by-role.js';
import { press, tabTo } from '../helpers/keyboard.js';
import { settle } from './helpers/page.js';
import { clickCentre } from '../helpers/pointer.js';
import { describeProblem, mountRecoveryForm, PROMISE, thankYou } from './helpers/recovery-form.js';

describe('<pf-what-went-wrong>: the service-recovery form on its own', () => {
  let host: HTMLElement;
  afterEach(() => host?.remove());

  async function setup(attributes: Record<string, string> = {}) {
    const form = await mountRecoveryForm(attributes);
    host = form.host;
    return form;
  }

  it('by keyboard alone: apology first, validation tied to fields, reference code and promise at the end', async () => {
    const { endpoint, el, root, submitted } = await setup({ promise: PROMISE });
    // Apology before any question, and a calm emergency note.
    const text = root.textContent;
    expect(text.indexOf("We're sorry")).to.be.lessThan(text.indexOf('What was it about?'));
    // The apology is said to the patient, under the form's heading — not a title of its own.
    expect(queryAllByRole(root, 'heading', /sorry/)).to.have.length(0);
    expect(root.querySelector('p.lead')?.textContent).to.contain("We're sorry");
    expect(text.indexOf('If this is a medical emergency, call 911 or your local emergency number.')).to.be.greaterThan(
      text.indexOf("We're sorry"),
    );

    getByRole(root, 'checkbox', 'Wait time').focus();
    await press('Space');
    await tabTo('checkbox', 'Billing and insurance');
    await press('Space');
    await tabTo('button', 'Next');
    await press('Enter');
    await settle(el);

    // The patient's own words are required: Next says so and puts focus in the field.
    await tabTo('button', 'Next');
    await press('Enter');
    await settle(el);
    const details = deepActiveElement() as HTMLTextAreaElement;
    expect(nameOf(details)).to.match(/In your own words/);
    expect(details.getAttribute('aria-invalid')).to.equal('true');
    expect(getByRole(root, 'alert').textContent).to.contain('In your own words');
    await sendKeys({ type: 'Nobody told me the doctor was running an hour late.' });
    expect(root.textContent).to.contain('51 of 2,000 characters');
    await tabTo('button', 'Next');
    await press('Enter');
    await settle(el);
    await tabTo('textbox', /make this right/);
    await sendKeys({ type: 'A phone call would help.' });
    await tabTo('button', 'Next');
    await press('Enter');
    await settle(el);

    // Contact: e-mail, a typo first.
    await tabTo('radio', 'Phone call');
    await press('ArrowDown');
    await press('ArrowDown');
    await settle(el);
    expect((getByRole(root, 'radio', 'E-mail') as HTMLInputElement).checked).to.equal(true);
    const email = await tabTo('textbox', 'Your e-mail address');
    expect(email.getAttribute('type')).to.equal('email');
    expect(email.getAttribute('autocomplete')).to.equal('email');
    await sendKeys({ type: 'pat.example.com' });
    await tabTo('checkbox', 'You may contact me about this feedback');
    await press('Space');
    await tabTo('button', 'Submit');
    await press('Enter');
    await settle(el);
    expect(deepActiveElement()).to.equal(email);
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = email
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => root.getElementById(id)?.textContent ?? '');
    expect(describedBy.join(' ')).to.match(/check the e-mail address/);
    expect(await endpoint.received()).to.have.length(0);
    // Fix it the way a keyboard user would: go to the start and add what is missing.
    await press('Home');
    await sendKeys({ type: 'pat@' });
    await tabTo('button', 'Submit');
    await press('Enter');

    const heading = await thankYou(root);
    await settle(el);
    expect(deepActiveElement()).to.equal(heading);
    expect(submitted).to.have.length(1);
    const [post] = await endpoint.received();
    const body = post!.body;
    expect(post!.headers['idempotency-key']).to.equal(body.id);
    expect(body.kind).to.equal('what-went-wrong');
    expect(body).to.not.have.property('relatedTo');
    expect(body.answers).to.deep.equal({
      categories: ['wait-time', 'billing'],
      details: 'Nobody told me the doctor was running an hour late.',
      remedy: 'A phone call would help.',
      contact: { method: 'email', value: 'pat@pat.example.com', consent: true, bestTime: '' },
    });
    expect(body.reference).to.match(/^RC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(root.querySelector('.reference-code')!.textContent.trim()).to.equal(body.reference);
    expect(root.textContent).to.contain(PROMISE);
  });

  it('markup, emoji, right-to-left and CJK text are kept as text and arrive unchanged', async () => {
    const { endpoint, el, root } = await setup();
    const words = 'Wait 😀😀 مرحبا 你好 <img src=x onerror="window.__pwned=1"><b>bold</b>';
    await describeProblem(el, root, words);
    await clickCentre(getByRole(root, 'button', 'Back'));
    await settle(el);
    await clickCentre(getByRole(root, 'button', 'Back'));
    await settle(el);
    expect(root.textContent).to.contain(`${[...words].length} of 2,000 characters`);
    expect((getByRole(root, 'textbox', /In your own words/) as HTMLTextAreaElement).value).to.equal(words);
    expect(allElements(root).some((e) => e.tagName === 'IMG' || e.tagName === 'B')).to.equal(false);
    await clickCentre(getByRole(root, 'button', 'Next'));
    await settle(el);
    await clickCentre(getByRole(root, 'button', 'Next'));
    await settle(el);
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await thankYou(root);
    const [post] = await endpoint.received();
    expect(post!.body.answers.details).to.equal(words);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('says "Choose any that apply." once on the categories screen', async () => {
    const { root } = await setup();
    expect(root.textContent.split('Choose any that apply.').length - 1).to.equal(1);
    // …and the group still points to it for screen readers.
    const group = getByRole(root, 'group', /^What was it about\?/);
    const described = group
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => root.getElementById(id)?.textContent);
    expect(described).to.include('Choose any that apply.');
  });

  it('over-long pasted text is not cut: the counter and an error say what to do', async () => {
    const { el, root } = await setup();
    await clickCentre(getByRole(root, 'button', 'Next'));
    await settle(el);
    const field = getByRole(root, 'textbox', /In your own words/) as HTMLTextAreaElement;
    // A paste arrives as one input event carrying the whole text.
    field.focus();
    field.value = '🙂'.repeat(2001);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    await settle(el);
    expect(root.textContent).to.contain('2,001 of 2,000 characters');
    await clickCentre(getByRole(root, 'button', 'Next'));
    await settle(el);
    expect(deepActiveElement()).to.equal(field);
    expect(getByRole(root, 'alert').textContent).to.contain('Please shorten this to 2,000 characters or fewer.');
    expect([...field.value].length).to.equal(2001);
  });
});

runSurveyElementTests('pf-what-went-wrong');
