/// <reference types="mocha" />
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import type { PfSubmittedEvent } from '../../../src/elements/events.js';
import { deepActiveElement, getByRole, queryAllByRole } from '../helpers/by-role.js';
import { mount, newEndpoint, settle } from './helpers/page.js';
import { clickCentre } from '../helpers/pointer.js';
import { waitFor } from '../helpers/wait.js';

/** After a poor first impression, the same element asks what went wrong and continues there. */
describe('<pf-first-impression>: from a poor overall answer to "Tell us what went wrong"', () => {
  let host: HTMLElement;
  afterEach(() => host?.remove());

  async function poorVisit(overall: 'Poor' | 'Very poor', attributes: Record<string, string> = {}) {
    const endpoint = newEndpoint();
    host = document.createElement('div');
    document.body.append(host);
    const submitted: PfSubmittedEvent[] = [];
    host.addEventListener('pf-submitted', (e) => submitted.push(e));
    const el = await mount(
      'pf-first-impression',
      { endpoint: endpoint.url, practice: 'Smile Dental', location: 'website', lang: 'en', ...attributes },
      host,
    );
    const root = el.shadowRoot!;
    await clickCentre(getByRole(root, 'radio', overall));
    for (let i = 0; i < 4; i++) {
      await clickCentre(getByRole(root, 'button', 'Next'));
      await settle(el);
    }
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await waitFor(() => queryAllByRole(root, 'heading', /^Thank you/)[0], 'the Thank you heading');
    expect(root.textContent).to.contain('Would you tell us what went wrong?');
    return { endpoint, el, root, submitted };
  }

  it('accepting continues in the same element; the recovery submission is related to the first', async () => {
    const { endpoint, el, root, submitted } = await poorVisit('Poor', {
      promise: 'We will call you within one business day.',
    });
    expect((el as unknown as { inProgress: boolean }).inProgress).to.equal(true);
    await clickCentre(getByRole(root, 'button', 'Tell us what went wrong'));
    await settle(el);
    expect(deepActiveElement()).to.equal(getByRole(root, 'heading', 'Tell us what went wrong'));
    expect(root.textContent).to.contain("We're sorry");
    expect(root.textContent).to.contain('call 911');
    await clickCentre(getByRole(root, 'checkbox', 'Greeting and front desk'));
    await clickCentre(getByRole(root, 'button', 'Next'));
    await settle(el);
    await clickCentre(getByRole(root, 'textbox', /In your own words/));
    await sendKeys({ type: 'Nobody looked up when I arrived.' });
    await clickCentre(getByRole(root, 'button', 'Next'));
    await settle(el);
    await clickCentre(getByRole(root, 'button', 'Next'));
    await settle(el);
    await clickCentre(getByRole(root, 'radio', "Please don't contact me"));
    await settle(el);
    expect(root.textContent).to.contain("We won't contact you.");
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await waitFor(() => queryAllByRole(root, 'heading', 'Thank you for telling us')[0], 'the recovery confirmation');

    const posts = await endpoint.received();
    expect(posts).to.have.length(2);
    const [first, recovery] = posts.map((p) => p.body);
    expect(first!.kind).to.equal('first-impression');
    expect(first!.answers).to.deep.equal({ overall: 'poor' });
    expect(recovery!.kind).to.equal('what-went-wrong');
    expect(recovery!.relatedTo).to.equal(first!.id);
    expect(recovery!.id).to.not.equal(first!.id);
    expect(recovery!).to.deep.include({ practice: 'Smile Dental', location: 'website', channel: 'embed' });
    expect(recovery!.answers).to.deep.equal({
      categories: ['front-desk'],
      details: 'Nobody looked up when I arrived.',
      contact: { method: 'none', value: '', consent: false, bestTime: '' },
    });
    expect(submitted.map((e) => [e.detail.submission.kind, e.detail.status])).to.deep.equal([
      ['first-impression', 'delivered'],
      ['what-went-wrong', 'delivered'],
    ]);
    expect(root.querySelector('.reference-code')!.textContent.trim()).to.equal(recovery!.reference);
    // Contact was declined, so the practice's promise is not repeated.
    expect(root.textContent).to.not.contain('within one business day');
  });

  it('declining keeps the first submission only and says thank you', async () => {
    const { endpoint, el, root } = await poorVisit('Very poor');
    await clickCentre(getByRole(root, 'button', 'No, thank you'));
    await settle(el);
    expect(queryAllByRole(root, 'button', 'Tell us what went wrong')).to.have.length(0);
    expect(getByRole(root, 'status').textContent).to.contain('We have your feedback');
    expect(deepActiveElement()).to.equal(getByRole(root, 'heading', /^Thank you/));
    expect((el as unknown as { inProgress: boolean }).inProgress).to.equal(false);
    expect((await endpoint.received()).map((p) => p.body.kind)).to.deep.equal(['first-impression']);
  });
});
