/// <reference types="mocha" />
import { expect } from 'chai';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import type { PfErrorEvent } from '../../../src/elements/events.js';
import { checkEndpoint } from '../../../src/elements/survey-form/configuration.js';
import { getByRole, queryAllByRole } from '../helpers/by-role.js';
import { captureConsoleErrors, mount, newEndpoint, settle } from './helpers/page.js';
import { clickCentre } from '../helpers/pointer.js';
import { waitFor } from '../helpers/wait.js';

/** A practice's web person sets the element up wrongly: they must see what to fix, never a blank box. */
describe('bad configuration is never a blank box', () => {
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

  async function expectProblem(el: HTMLElement, code: string, consoleText: RegExp) {
    const alert = await waitFor(() => queryAllByRole(el.shadowRoot!, 'alert')[0], `an alert for ${code}`);
    await settle(el);
    expect(alert.textContent).to.match(/isn't working right now/);
    expect(alert.textContent).to.match(consoleText);
    expect(errors.map((e) => e.detail.code)).to.deep.equal([code]);
    expect(errors[0]!.detail.message).to.match(consoleText);
    expect(consoleErrors.lines.filter((l) => consoleText.test(l))).to.have.length(1);
    // The patient is not asked to answer a survey that could never arrive.
    expect(queryAllByRole(el.shadowRoot!, 'radio')).to.have.length(0);
  }

  it('an endpoint that is not a URL', async () => {
    const el = await mount('pf-what-went-wrong', { endpoint: 'feedback please' }, host);
    await expectProblem(
      el,
      'invalid-endpoint',
      /<pf-what-went-wrong>: the "endpoint" attribute "feedback please" cannot be used/,
    );
  });

  it('an endpoint that is not http(s)', async () => {
    const el = await mount('pf-first-impression', { endpoint: 'javascript:alert(1)' }, host);
    await expectProblem(el, 'invalid-endpoint', /it must start with https:\/\//);
  });

  it('an http endpoint on an https page (mixed content) is refused; localhost and relative paths are fine', () => {
    const problem = checkEndpoint(
      'pf-first-impression',
      'http://feedback.example.com/in',
      'https://smile.example.com/',
    );
    expect(problem).to.have.property('code', 'invalid-endpoint');
    expect(
      checkEndpoint('pf-first-impression', 'https://feedback.example.com/in', 'https://smile.example.com/'),
    ).to.deep.equal({
      url: 'https://feedback.example.com/in',
    });
    expect(checkEndpoint('pf-first-impression', '/api/feedback', 'https://smile.example.com/kiosk/')).to.deep.equal({
      url: 'https://smile.example.com/api/feedback',
    });
  });

  it('a survey URL that fails names the HTTP status', async () => {
    const el = await mount(
      'pf-first-impression',
      { endpoint: newEndpoint().url, survey: '/test/browser/elements/fixtures/missing.json' },
      host,
    );
    await expectProblem(el, 'survey-unavailable', /could not be loaded \(HTTP 404\)/);
  });

  it('a malformed definition from a URL names the path that is wrong', async () => {
    const el = await mount(
      'pf-first-impression',
      { endpoint: newEndpoint().url, survey: '/test/browser/elements/fixtures/bad-definition.json' },
      host,
    );
    await expectProblem(el, 'bad-definition', /questions\[0\]\.options/);
  });

  it('a malformed definition given as a property', async () => {
    const el = document.createElement('pf-first-impression');
    el.setAttribute('endpoint', newEndpoint().url);
    el.definition = {
      id: 'x',
      version: '1',
      kind: 'first-impression',
      title: 'X',
      languages: ['en'],
      questions: 'none',
    };
    host.append(el);
    await settle(el);
    await expectProblem(el, 'bad-definition', /questions/);
  });

  it('a practice survey from a URL loads and is used, with its own recovery threshold', async () => {
    const endpoint = newEndpoint();
    const el = await mount(
      'pf-first-impression',
      { endpoint: endpoint.url, survey: '/test/browser/elements/fixtures/short-survey.json', lang: 'en' },
      host,
    );
    const root = el.shadowRoot!;
    await waitFor(() => queryAllByRole(root, 'radio', 'Okay')[0], 'the practice survey');
    await clickCentre(getByRole(root, 'radio', 'Okay'));
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await waitFor(() => queryAllByRole(root, 'button', 'Tell us what went wrong')[0], 'the recovery offer for "Okay"');
    const [post] = await endpoint.received();
    expect(post!.body.survey).to.deep.equal({ id: 'short-check', version: '3' });
    expect(errors).to.have.length(0);
  });

  it('an unsupported lang falls back quietly', async () => {
    const el = await mount('pf-first-impression', { endpoint: newEndpoint().url, lang: 'de' }, host);
    expect(queryAllByRole(el.shadowRoot!, 'alert')).to.have.length(0);
    expect(errors).to.have.length(0);
    expect(queryAllByRole(el.shadowRoot!, 'button', 'Next')).to.have.length(1);
  });

  it('a second copy of the script does not throw and keeps the first definition', async () => {
    const first = customElements.get('pf-first-impression');
    // A different URL is a second module instance: the same situation as two <script> tags.
    await import(/* @vite-ignore */ `../../../src/elements/define.ts?copy=${Date.now()}`);
    await import(/* @vite-ignore */ `../../../src/index.ts?copy=${Date.now()}`);
    expect(customElements.get('pf-first-impression')).to.equal(first);
    expect(customElements.get('pf-what-went-wrong')).to.not.equal(undefined);
  });
});
