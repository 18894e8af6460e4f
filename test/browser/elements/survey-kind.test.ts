/// <reference types="mocha" />
// Each element shows one kind of survey: <pf-first-impression> a first-impression survey, <pf-what-went-wrong> (and
// the recovery form after a poor first impression) a what-went-wrong one. A valid definition of the other kind — a
// web person pasting the wrong address — is refused like a malformed one: the element's message in place of the
// survey, one `pf-error` (`bad-definition`) naming the kind, never a survey that would send the wrong kind of
// submission. Definitions come over real HTTP (test/server/survey-routes.mjs) or as the `definition` property.
import { expect } from 'chai';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import type { PfErrorEvent } from '../../../src/elements/events.js';
import { whatWentWrong } from '../../../src/surveys/what-went-wrong.js';
import { axeViolations } from '../helpers/axe.js';
import { getByRole, queryAllByRole } from '../helpers/by-role.js';
import { clickCentre } from '../helpers/pointer.js';
import { waitFor } from '../helpers/wait.js';
import { captureConsoleErrors, mount, newEndpoint, settle } from './helpers/page.js';

/** A practice's recovery form as JSON, as a web person might point the wrong element at it. */
const RECOVERY_FORM: unknown = JSON.parse(JSON.stringify(whatWentWrong));
const SCALE = /^How likely are you to recommend us to a friend\?/;

const bucket = () => `/test-survey/elements-kind-${Math.random().toString(36).slice(2)}`;

/** The address of the practice's first-impression survey (test/fixtures/practice-survey.json). */
const firstImpressionAddress = () => `${bucket()}/practice-survey.json`;

/** The address of a recovery form served as JSON. */
async function recoveryFormAddress(): Promise<string> {
  const b = bucket();
  await fetch(`${b}/answer`, { method: 'PUT', body: JSON.stringify({ json: RECOVERY_FORM }) });
  return `${b}/recovery-form.json`;
}

describe('a survey of the other kind is refused, never shown', () => {
  let host: HTMLElement;
  let consoleErrors: ReturnType<typeof captureConsoleErrors>;
  let errors: PfErrorEvent[];
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    errors = [];
    host.addEventListener('pf-error', (e) => errors.push(e));
    consoleErrors = captureConsoleErrors();
  });
  afterEach(() => {
    consoleErrors.restore();
    host.remove();
  });

  /** The element's own message in place of the survey, told once, naming what it got and what it needs. */
  async function expectRefused(el: HTMLElement, source: string, found: string, needed: string) {
    const alert = await waitFor(() => queryAllByRole(el.shadowRoot!, 'alert')[0], `the refusal of ${source}`);
    await settle(el);
    const why = new RegExp(
      `the survey definition from ${source} is a "${found}" survey \\(its "kind"\\), where a "${needed}" survey ` +
        `is needed\\. Give a "${needed}" survey here; a "${found}" survey is shown by <pf-${found}>\\.`,
    );
    expect(alert.textContent).to.match(/isn't working right now/);
    expect(alert.textContent).to.match(why);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['bad-definition']);
    expect(errors[0]!.detail.message).to.match(why);
    expect(consoleErrors.lines.filter((l) => why.test(l))).to.have.length(1);
    for (const role of ['radio', 'checkbox', 'textbox', 'button'])
      expect(queryAllByRole(el.shadowRoot!, role), `no ${role} for a patient`).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  }

  it('<pf-first-impression survey="…"> with a what-went-wrong survey', async () => {
    const survey = await recoveryFormAddress();
    const el = await mount('pf-first-impression', { endpoint: newEndpoint().url, survey, lang: 'en' }, host);
    await expectRefused(el, `"${survey}"`, 'what-went-wrong', 'first-impression');
  });

  it('<pf-first-impression> with a what-went-wrong survey as its definition property; <pf-what-went-wrong> shows it', async () => {
    const el = document.createElement('pf-first-impression');
    el.setAttribute('endpoint', newEndpoint().url);
    el.setAttribute('lang', 'en');
    el.definition = RECOVERY_FORM;
    host.append(el);
    await settle(el);
    await expectRefused(el, 'the "definition" property', 'what-went-wrong', 'first-impression');

    // The same object where it belongs: nothing wrong with it but its place.
    const right = document.createElement('pf-what-went-wrong');
    right.setAttribute('endpoint', newEndpoint().url);
    right.setAttribute('lang', 'en');
    right.definition = RECOVERY_FORM;
    host.append(right);
    await waitFor(() => queryAllByRole(right.shadowRoot!, 'checkbox', 'Wait time')[0], 'the recovery form');
    expect(errors).to.have.length(1);
  });

  it('<pf-what-went-wrong survey="…"> with a first-impression survey', async () => {
    const survey = firstImpressionAddress();
    const el = await mount('pf-what-went-wrong', { endpoint: newEndpoint().url, survey, lang: 'en' }, host);
    await expectRefused(el, `"${survey}"`, 'first-impression', 'what-went-wrong');
  });

  it('<pf-what-went-wrong> with a first-impression survey as its definition property; <pf-first-impression> shows it', async () => {
    const definition: unknown = await (await fetch(firstImpressionAddress())).json();
    const el = document.createElement('pf-what-went-wrong');
    el.setAttribute('endpoint', newEndpoint().url);
    el.setAttribute('lang', 'en');
    el.definition = definition;
    host.append(el);
    await settle(el);
    await expectRefused(el, 'the "definition" property', 'first-impression', 'what-went-wrong');

    const right = document.createElement('pf-first-impression');
    right.setAttribute('endpoint', newEndpoint().url);
    right.setAttribute('lang', 'en');
    right.definition = definition;
    host.append(right);
    await waitFor(() => queryAllByRole(right.shadowRoot!, 'radiogroup', SCALE)[0], 'the practice’s survey');
    expect(errors).to.have.length(1);
  });

  it('<pf-first-impression recovery-survey="…"> with a first-impression survey: accepting the offer gets the message', async () => {
    const recovery = firstImpressionAddress();
    const endpoint = newEndpoint();
    const el = await mount(
      'pf-first-impression',
      { endpoint: endpoint.url, 'recovery-survey': recovery, lang: 'en' },
      host,
    );
    const root = el.shadowRoot!;
    await clickCentre(getByRole(root, 'radio', 'Poor'));
    for (let i = 0; i < 4; i++) {
      await clickCentre(getByRole(root, 'button', 'Next'));
      await settle(el);
    }
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await clickCentre(await waitFor(() => queryAllByRole(root, 'button', 'Tell us what went wrong')[0], 'the offer'));
    await expectRefused(el, `"${recovery}"`, 'first-impression', 'what-went-wrong');
    const sent = await waitFor(async () => {
      const received = await endpoint.received();
      return received.length ? received : undefined;
    }, 'the first impression');
    expect(sent.map((r) => r.body.kind)).to.deep.equal(['first-impression']);
  });
});
