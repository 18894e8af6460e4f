/// <reference types="mocha" />
import { expect } from 'chai';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import { axeViolations } from '../helpers/axe.js';
import { getByRole, queryAllByRole } from '../helpers/by-role.js';
import { mount, newEndpoint, settle } from './helpers/page.js';
import { clickCentre } from '../helpers/pointer.js';
import { waitFor } from '../helpers/wait.js';

// What lets the collector tell a patient from a program (docs/submission-and-delivery.md): the time the survey was
// shown, and a field people never see. A patient's submission carries the first and never the second.

describe('<pf-first-impression>: signs of a program, not a patient', () => {
  let el: HTMLElement;
  afterEach(() => el?.remove());

  async function toLastScreen() {
    const endpoint = newEndpoint();
    el = await mount<HTMLElement>('pf-first-impression', { endpoint: endpoint.url, lang: 'en' });
    const root = el.shadowRoot!;
    await clickCentre(getByRole(root, 'radio', 'Good'));
    for (let i = 0; i < 4; i++) {
      await clickCentre(getByRole(root, 'button', 'Next'));
      await settle(el);
    }
    return { endpoint, root };
  }

  it('a patient sends when the survey was shown, and no hidden field', async () => {
    const shown = Date.now();
    const { endpoint, root } = await toLastScreen();
    // The hidden field is nowhere a person could meet it: hidden from assistive technology, out of the tab order, off
    // screen, and axe finds nothing.
    const trap = root.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap.getAttribute('aria-hidden')).to.equal('true');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.getBoundingClientRect().right).to.be.at.most(0);
    expect(await axeViolations(el)).to.deep.equal([]);
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await waitFor(() => queryAllByRole(root, 'heading', /^Thank you/)[0], 'Thank you');
    const [post] = await endpoint.received();
    const startedAt = Date.parse(post!.body.startedAt as string);
    expect(startedAt).to.be.within(shown - 1000, Date.parse(post!.body.submittedAt as string));
    expect(post!.body).not.to.have.property('honeypot');
  });

  it('a program that fills every input sends what it typed in the hidden field', async () => {
    const { endpoint, root } = await toLastScreen();
    for (const input of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      'input[type="text"], input:not([type]), textarea',
    )) {
      input.value = 'http://cheap-pills.example';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await waitFor(() => queryAllByRole(root, 'heading', /^Thank you/)[0], 'Thank you');
    const [post] = await endpoint.received();
    expect(post!.body.honeypot).to.equal('http://cheap-pills.example');
  });
});
