/// <reference types="mocha" />
import { expect } from 'chai';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import { configureDelivery } from '../../../src/delivery/index.js';
import type { PfErrorEvent, PfSubmittedEvent } from '../../../src/elements/events.js';
import { getByRole, queryAllByRole } from '../helpers/by-role.js';
import { captureConsoleErrors, mount, newEndpoint, settle } from './helpers/page.js';
import { clickCentre } from '../helpers/pointer.js';
import { waitFor } from '../helpers/wait.js';

/** What the patient sees and the page hears when the endpoint is slow or refuses: never a false "saved". */
describe('the elements and delivery outcomes', () => {
  let host: HTMLElement;
  let consoleErrors: ReturnType<typeof captureConsoleErrors>;
  beforeEach(() => {
    consoleErrors = captureConsoleErrors();
  });
  afterEach(() => {
    consoleErrors.restore();
    host?.remove();
  });

  async function answerAndSubmit(endpoint: ReturnType<typeof newEndpoint>) {
    host = document.createElement('div');
    document.body.append(host);
    const submitted: PfSubmittedEvent[] = [];
    const errors: PfErrorEvent[] = [];
    host.addEventListener('pf-submitted', (e) => submitted.push(e));
    host.addEventListener('pf-error', (e) => errors.push(e));
    const el = await mount('pf-first-impression', { endpoint: endpoint.url, lang: 'en' }, host);
    const root = el.shadowRoot!;
    await clickCentre(getByRole(root, 'radio', 'Good'));
    for (let i = 0; i < 4; i++) {
      await clickCentre(getByRole(root, 'button', 'Next'));
      await settle(el);
    }
    const started = performance.now();
    await clickCentre(getByRole(root, 'button', 'Submit'));
    return { el, root, submitted, errors, started };
  }

  it('an endpoint that refuses for good (400): pf-error undeliverable and a console line for the web person', async () => {
    const endpoint = newEndpoint();
    await endpoint.script([400]);
    const { root, submitted, errors } = await answerAndSubmit(endpoint);
    await waitFor(() => queryAllByRole(root, 'heading', /^Thank you/)[0], 'the Thank you heading');
    await waitFor(() => errors.length > 0, 'a pf-error');
    expect(errors[0]!.detail.code).to.equal('undeliverable');
    expect(consoleErrors.lines.some((l) => /<pf-first-impression>: .*400/.test(l))).to.equal(true);
    // The patient's answer was kept on the device, so the patient still gets their thank-you.
    expect(submitted.map((e) => e.detail.status)).to.deep.equal(['queued']);
    // Never log the answers themselves.
    expect(consoleErrors.lines.join('\n')).to.not.contain('"overall"');
  });

  // Last in the file: the hung request holds the one-sender-at-a-time lock until its timeout.
  it('a hanging endpoint: "Thank you" after about two seconds, pf-submitted says queued', async () => {
    // Give up on the hung request soon after the patient's two seconds, so it does not hold a connection for long.
    configureDelivery({ timeoutMs: 3000 });
    const endpoint = newEndpoint();
    await endpoint.script(['hang']);
    const { root, submitted, started } = await answerAndSubmit(endpoint);
    expect(getByRole(root, 'status').textContent).to.contain('Sending your answers');
    await waitFor(() => queryAllByRole(root, 'heading', /^Thank you/)[0], 'the Thank you heading', 6000);
    const waited = performance.now() - started;
    expect(waited).to.be.within(1500, 4000);
    expect(submitted.map((e) => e.detail.status)).to.deep.equal(['queued']);
  });
});
