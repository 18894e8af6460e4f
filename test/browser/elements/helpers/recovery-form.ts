// A patient at <pf-what-went-wrong>, shared by the recovery-form test files.
import { sendKeys } from '@web/test-runner-commands';
import type { PfSubmittedEvent } from '../../../../src/elements/events.js';
import type { PfWhatWentWrong } from '../../../../src/elements/what-went-wrong/what-went-wrong.js';
import { getByRole, queryAllByRole } from '../../helpers/by-role.js';
import { mount, newEndpoint, settle } from './page.js';
import { clickCentre } from '../../helpers/pointer.js';
import { waitFor } from '../../helpers/wait.js';

export const PROMISE = 'We will call you within one business day.';

/** Mounts the form for Smile Dental in its own host (remove `host` after the test), collecting `pf-submitted`. */
export async function mountRecoveryForm(attributes: Record<string, string> = {}) {
  const endpoint = newEndpoint();
  const host = document.createElement('div');
  document.body.append(host);
  const submitted: PfSubmittedEvent[] = [];
  host.addEventListener('pf-submitted', (e) => submitted.push(e));
  const el = await mount<PfWhatWentWrong>(
    'pf-what-went-wrong',
    { endpoint: endpoint.url, practice: 'Smile Dental', lang: 'en', ...attributes },
    host,
  );
  return { endpoint, host, el, root: el.shadowRoot!, submitted };
}

/** Screen 1 → 3 by pointer, with the patient's words typed for real. */
export async function describeProblem(el: HTMLElement, root: ShadowRoot, details: string) {
  await clickCentre(getByRole(root, 'checkbox', 'Wait time'));
  await clickCentre(getByRole(root, 'button', 'Next'));
  await settle(el);
  await clickCentre(getByRole(root, 'textbox', /In your own words/));
  await sendKeys({ type: details });
  await clickCentre(getByRole(root, 'button', 'Next'));
  await settle(el);
  await clickCentre(getByRole(root, 'button', 'Next')); // remedy is optional
  await settle(el);
}

export function thankYou(root: ShadowRoot) {
  return waitFor(() => queryAllByRole(root, 'heading', /^Thank you/)[0], 'the Thank you heading');
}
