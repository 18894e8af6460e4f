/// <reference types="mocha" />
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import { deepActiveElement, getByRole } from '../helpers/by-role.js';
import { press } from '../helpers/keyboard.js';
import { settle } from './helpers/page.js';
import { clickCentre } from '../helpers/pointer.js';
import { describeProblem, mountRecoveryForm, PROMISE, thankYou } from './helpers/recovery-form.js';

/** What a screen reader reads after a control's name: the texts its aria-describedby points to. */
const said = (root: ShadowRoot, control: HTMLElement) =>
  control
    .getAttribute('aria-describedby')!
    .split(' ')
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('<pf-what-went-wrong>: following up — how to reach the patient, and only with their consent', () => {
  let host: HTMLElement;
  afterEach(() => host?.remove());

  async function setup(attributes: Record<string, string> = {}) {
    const form = await mountRecoveryForm(attributes);
    host = form.host;
    return form;
  }

  it('a call-back chosen without the consent tick is asked about, never silently dropped; the number is checked too', async () => {
    const { endpoint, el, root } = await setup({ promise: PROMISE });
    await describeProblem(el, root, 'Billing charged me twice.');
    await clickCentre(getByRole(root, 'radio', 'Phone call'));
    await settle(el);
    await clickCentre(getByRole(root, 'textbox', 'Your phone number'));
    await sendKeys({ type: '12' });
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await settle(el);
    // Both problems at once, in screen order: the number first (focused), then the box.
    const phone = getByRole(root, 'textbox', 'Your phone number');
    const consent = getByRole(root, 'checkbox', 'You may contact me about this feedback');
    expect(deepActiveElement()).to.equal(phone);
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(consent.getAttribute('aria-invalid')).to.equal('true');
    const ask =
      "Please tick “You may contact me about this feedback” so we can contact you, or choose “Please don't contact me”.";
    expect(said(root, consent)).to.contain(ask);
    expect(getByRole(root, 'alert').textContent).to.contain(ask);
    expect(await endpoint.received()).to.have.length(0);

    // The number fixed but the box still unticked: the form asks again, with focus on the box.
    await clickCentre(phone);
    await press('End');
    await sendKeys({ type: '3 555 0199' });
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await settle(el);
    expect(deepActiveElement()).to.equal(consent);
    expect(getByRole(root, 'alert').textContent).to.contain(ask).and.not.to.contain('phone number');
    expect(await endpoint.received()).to.have.length(0);
    await press('Space');
    await settle(el);
    expect(consent.hasAttribute('aria-invalid')).to.equal(false);
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await thankYou(root);
    const [post] = await endpoint.received();
    expect(post!.body.answers.contact).to.deep.equal({
      method: 'phone',
      value: '123 555 0199',
      consent: true,
      bestTime: '',
    });
    expect(root.textContent).to.contain(PROMISE);
  });

  it('in Spanish: the unticked box is asked about in Spanish, with focus on it', async () => {
    const { el, root } = await setup({ lang: 'es' });
    await clickCentre(getByRole(root, 'checkbox', 'Tiempo de espera'));
    await clickCentre(getByRole(root, 'button', 'Siguiente'));
    await settle(el);
    await clickCentre(getByRole(root, 'textbox', /Con sus propias palabras/));
    await sendKeys({ type: 'Esperé una hora.' });
    for (let i = 0; i < 2; i++) {
      await clickCentre(getByRole(root, 'button', 'Siguiente'));
      await settle(el);
    }
    await clickCentre(getByRole(root, 'radio', 'Correo electrónico'));
    await settle(el);
    await clickCentre(getByRole(root, 'textbox', 'Su correo electrónico'));
    await sendKeys({ type: 'ana@example.org' });
    await clickCentre(getByRole(root, 'button', 'Enviar'));
    await settle(el);
    const consent = getByRole(root, 'checkbox', 'Pueden contactarme sobre estos comentarios');
    expect(deepActiveElement()).to.equal(consent);
    expect(said(root, consent)).to.contain(
      'Por favor, marque “Pueden contactarme sobre estos comentarios” para que podamos contactarle, o elija “Prefiero que no me contacten”.',
    );
  });

  it('consent withheld by choosing "Please don\'t contact me": no contact details leave the device, and no promise is shown', async () => {
    const { endpoint, el, root } = await setup({ promise: PROMISE });
    await describeProblem(el, root, 'The front desk was rude to my mother.');
    await clickCentre(getByRole(root, 'radio', 'Text message'));
    await settle(el);
    await clickCentre(getByRole(root, 'textbox', 'Your mobile number'));
    await sendKeys({ type: '+1 (555) 010-0199' });
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await settle(el);
    expect(getByRole(root, 'checkbox', 'You may contact me about this feedback').getAttribute('aria-invalid')).to.equal(
      'true',
    );
    // The patient changes their mind.
    await clickCentre(getByRole(root, 'radio', "Please don't contact me"));
    await settle(el);
    expect(root.textContent).to.contain("We won't contact you.");
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await thankYou(root);
    const [post] = await endpoint.received();
    expect(post!.body.answers.contact).to.deep.equal({ method: 'none', value: '', consent: false, bestTime: '' });
    // Nowhere in what was sent; its generated ids and times are left out of the search, as a random id or a time can
    // hold "555" by chance (a run failed on an id with "…f55" followed by a 5).
    const { id, reference, submittedAt, startedAt, relatedTo, ...sent } = post!.body as Record<string, unknown>;
    expect([id, reference, submittedAt, startedAt, relatedTo].every((v) => v === undefined || typeof v === 'string')).to
      .be.true;
    expect(JSON.stringify(sent)).to.not.contain('555');
    expect(root.textContent).to.not.contain(PROMISE);
    expect(root.querySelector('.reference-code')!.textContent.trim()).to.equal(post!.body.reference);
  });

  it('with consent but no promise configured, no follow-up time is invented', async () => {
    const { endpoint, el, root } = await setup();
    await describeProblem(el, root, 'Billing charged me twice.');
    await clickCentre(getByRole(root, 'radio', 'Phone call'));
    await settle(el);
    await clickCentre(getByRole(root, 'textbox', 'Your phone number'));
    await sendKeys({ type: '12' });
    await clickCentre(getByRole(root, 'checkbox', 'You may contact me about this feedback'));
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await settle(el);
    const phone = getByRole(root, 'textbox', 'Your phone number');
    expect(deepActiveElement()).to.equal(phone);
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(getByRole(root, 'alert').textContent).to.match(/phone number/);
    await sendKeys({ type: '3 555 0199' });
    await clickCentre(getByRole(root, 'textbox', /Best time to reach you/));
    await sendKeys({ type: 'Weekday mornings' });
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await thankYou(root);
    const [post] = await endpoint.received();
    expect(post!.body.answers.contact).to.deep.equal({
      method: 'phone',
      value: '123 555 0199',
      consent: true,
      bestTime: 'Weekday mornings',
    });
    const shown = root.querySelector('[part~="thank-you"]')!.textContent;
    expect(shown).to.not.match(/within|hours?|days?|tomorrow|promise/i);
  });
});
