/// <reference types="mocha" />
import { expect } from 'chai';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import type { PfErrorEvent, PfSubmittedEvent } from '../../../src/elements/events.js';
import { getByRole, queryAllByRole } from '../helpers/by-role.js';
import { captureConsoleErrors, mount, newEndpoint, settle } from './helpers/page.js';
import { clickCentre } from '../helpers/pointer.js';
import { waitFor } from '../helpers/wait.js';

/**
 * Private browsing: the browser will not let the page keep anything. Simulated the way it happens — opening
 * IndexedDB fails — while the network and the endpoint are real. This file runs in its own page.
 */
describe('storage unavailable and the endpoint failing', () => {
  it('says plainly the answers could not be sent or kept, offers Try again, and sends the same submission', async () => {
    Object.defineProperty(indexedDB, 'open', {
      configurable: true,
      value: () => {
        throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
      },
    });
    const consoleErrors = captureConsoleErrors();
    const endpoint = newEndpoint();
    // A 503, not a cut connection: Chromium silently re-sends a POST whose reused socket closed without answer.
    await endpoint.script([503]);
    const host = document.createElement('div');
    document.body.append(host);
    const errors: PfErrorEvent[] = [];
    const submitted: PfSubmittedEvent[] = [];
    host.addEventListener('pf-error', (e) => errors.push(e));
    host.addEventListener('pf-submitted', (e) => submitted.push(e));
    try {
      const el = await mount('pf-first-impression', { endpoint: endpoint.url, lang: 'en' }, host);
      const root = el.shadowRoot!;
      await clickCentre(getByRole(root, 'radio', 'Very good'));
      for (let i = 0; i < 4; i++) {
        await clickCentre(getByRole(root, 'button', 'Next'));
        await settle(el);
      }
      await clickCentre(getByRole(root, 'button', 'Submit'));
      const retry = await waitFor(() => queryAllByRole(root, 'button', 'Try again')[0], 'the Try again button');
      const alert = getByRole(root, 'alert');
      expect(alert.textContent).to.contain('could not be sent');
      expect(alert.textContent).to.not.match(/saved|thank you/i);
      expect(queryAllByRole(root, 'heading', /^Thank you/)).to.have.length(0);
      expect(submitted).to.have.length(0);
      // Told once: delivery's own report reaches the page, the element does not add a second.
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['storage-unavailable']);
      expect(consoleErrors.lines.some((l) => l.includes('<pf-first-impression>'))).to.equal(true);

      await clickCentre(retry); // the endpoint answers now (the script had one 503)
      await waitFor(() => queryAllByRole(root, 'heading', /^Thank you/)[0], 'the Thank you heading');
      expect(submitted.map((e) => e.detail.status)).to.deep.equal(['delivered']);
      // Try again is the same submission: storage trouble is not reported for it again.
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['storage-unavailable']);
      const posts = await endpoint.received();
      expect(posts).to.have.length(2);
      expect(posts[0]!.body.id).to.equal(posts[1]!.body.id);
      expect(posts[1]!.headers['idempotency-key']).to.equal(posts[0]!.body.id);
    } finally {
      consoleErrors.restore();
      host.remove();
    }
  });
});
