/// <reference types="mocha" />
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import './helpers/own-outbox.js';
import { runSurveyElementTests } from './survey-element-suite.js';
import '../../../src/elements/define.js';
import type { PfSubmittedEvent } from '../../../src/elements/events.js';
import { deepActiveElement, getByRole, nameOf, queryAllByRole } from '../helpers/by-role.js';
import { press, tabTo } from '../helpers/keyboard.js';
import { mount, newEndpoint, settle } from './helpers/page.js';
import { clickCentre } from '../helpers/pointer.js';
import { waitFor } from '../helpers/wait.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('<pf-first-impression>: a patient completes the survey', () => {
  let host: HTMLElement;
  afterEach(() => host?.remove());

  async function setup() {
    const endpoint = newEndpoint();
    host = document.createElement('div');
    document.body.append(host);
    const before = document.createElement('button');
    before.textContent = 'Before the survey';
    host.append(before);
    const submitted: PfSubmittedEvent[] = [];
    host.addEventListener('pf-submitted', (e) => submitted.push(e));
    const el = await mount<HTMLElement>(
      'pf-first-impression',
      { endpoint: endpoint.url, practice: 'Smile Dental', location: 'front-desk-tablet', lang: 'en' },
      host,
    );
    const root = el.shadowRoot!;
    return { endpoint, el, root, before, submitted };
  }

  it('by keyboard alone, and the endpoint receives the documented submission once', async () => {
    const { endpoint, el, root, before, submitted } = await setup();
    before.focus();
    // The headline: Tab into the radiogroup, Space picks, arrow keys move.
    const first = await tabTo('radio', 'Very good');
    expect(first.getAttribute('type')).to.equal('radio');
    await press('Space');
    await press('ArrowDown');
    expect((getByRole(root, 'radio', 'Good') as HTMLInputElement).checked).to.equal(true);
    expect((getByRole(root, 'radio', 'Very good') as HTMLInputElement).checked).to.equal(false);
    await tabTo('button', 'Next');
    await press('Enter');
    await settle(el);
    // Focus moves to the new screen's heading: its first question.
    expect(nameOf(deepActiveElement()!)).to.match(/^How were you greeted when you arrived\?/);
    expect(nameOf(getByRole(root, 'progressbar'))).to.equal('Step 2 of 5');
    expect(root.textContent).to.contain('Step 2 of 5');

    // Screen 2: answer the greeting with the keyboard.
    const greeting = queryAllByRole(root, 'radiogroup')[0]!;
    await tabTo('radio', 'Very good');
    await press('Space');
    expect((greeting.querySelector('input:checked') as HTMLInputElement).value).to.equal('very-good');
    for (let screen = 3; screen <= 4; screen++) {
      await tabTo('button', 'Next');
      await press('Enter');
      await settle(el);
      expect(root.textContent).to.contain(`Step ${screen} of 5`);
    }
    await tabTo('button', 'Next');
    await press('Enter');
    await settle(el);
    await tabTo('textbox', /anything/i);
    await sendKeys({ type: 'Friendly staff, thank you' });
    await tabTo('button', 'Submit');
    await press('Enter');

    const heading = await waitFor(() => queryAllByRole(root, 'heading', /^Thank you/)[0], 'the Thank you heading');
    await settle(el);
    expect(deepActiveElement()).to.equal(heading);
    // The thanks names the practice that asked.
    expect(root.textContent).to.contain('Your answers help Smile Dental care for every patient.');
    await new Promise((r) => setTimeout(r, 300));
    expect(submitted.length).to.equal(1);
    expect(submitted[0]!.detail.status).to.equal('delivered');

    const posts = await endpoint.received();
    expect(posts.length).to.equal(1);
    const { body, headers } = posts[0]!;
    expect(headers['content-type']).to.match(/^application\/json/);
    expect(headers['idempotency-key']).to.equal(body.id);
    expect(headers.authorization, 'a website sends no device token').to.equal('');
    expect(body.id).to.match(UUID_V4);
    expect(body).to.deep.include({
      kind: 'first-impression',
      lang: 'en',
      channel: 'embed',
      practice: 'Smile Dental',
      location: 'front-desk-tablet',
    });
    expect(body.survey).to.deep.equal({ id: 'first-impression', version: '1' });
    expect(new Date(body.submittedAt).toISOString()).to.equal(body.submittedAt);
    expect(body.answers).to.deep.equal({
      overall: 'good',
      greeting: 'very-good',
      comments: 'Friendly staff, thank you',
    });
    expect(submitted[0]!.detail.submission).to.deep.equal(body);
    expect((el as unknown as { inProgress: boolean }).inProgress).to.equal(false);
  });

  it('by pointer, and Back keeps the answers', async () => {
    const { endpoint, el, root, submitted } = await setup();
    await clickCentre(getByRole(root, 'radio', 'Very good'));
    await clickCentre(getByRole(root, 'button', 'Next'));
    await settle(el);
    // Step 2 holds two questions: the first one's title is the heading focused, not the survey's title again.
    expect(deepActiveElement()).to.equal(
      getByRole(root, 'heading', 'How were you greeted when you arrived? (optional)'),
    );
    expect(queryAllByRole(root, 'heading', 'Your first impression')).to.have.length(0);
    await clickCentre(queryAllByRole(root, 'radio', 'Good')[1]!); // front desk
    await clickCentre(getByRole(root, 'button', 'Back'));
    await settle(el);
    expect((getByRole(root, 'radio', 'Very good') as HTMLInputElement).checked).to.equal(true);
    await clickCentre(getByRole(root, 'button', 'Next'));
    await settle(el);
    expect((queryAllByRole(root, 'radio', 'Good')[1] as HTMLInputElement).checked).to.equal(true);
    for (let i = 0; i < 3; i++) {
      await clickCentre(getByRole(root, 'button', 'Next'));
      await settle(el);
    }
    await clickCentre(getByRole(root, 'button', 'Submit'));
    await waitFor(() => queryAllByRole(root, 'heading', /^Thank you/)[0], 'the Thank you heading');
    // No recovery offer after a good visit.
    expect(queryAllByRole(root, 'button', 'Tell us what went wrong')).to.have.length(0);
    const posts = await endpoint.received();
    expect(posts.map((p) => p.body.answers)).to.deep.equal([{ overall: 'very-good', 'front-desk': 'good' }]);
    expect(submitted.length).to.equal(1);
  });

  it('the headline question is required: Next is blocked with an announced error and focus on the question', async () => {
    const { el, root } = await setup();
    const changes: string[] = [];
    el.addEventListener('change', () => changes.push('change'));
    await clickCentre(getByRole(root, 'button', 'Next'));
    await settle(el);
    expect(root.textContent).to.contain('Step 1 of 5');
    const alert = getByRole(root, 'alert');
    expect(alert.textContent).to.contain('Overall, how was your experience of our service?');
    const focused = deepActiveElement() as HTMLInputElement;
    expect(nameOf(focused)).to.equal('Very good');
    expect(focused.getAttribute('aria-invalid')).to.equal('true');
    const error = root.getElementById(focused.getAttribute('aria-describedby')!)!;
    expect(error.textContent).to.match(/Please answer this question/);
    // Words that do not blame.
    expect(alert.textContent).not.to.match(/invalid|wrong|error|failed/i);
    await clickCentre(getByRole(root, 'radio', "Don't know"));
    expect(changes.length).to.equal(1);
    await settle(el);
    expect(queryAllByRole(root, 'alert')).to.have.length(0);
    await clickCentre(getByRole(root, 'button', 'Next'));
    await settle(el);
    expect(root.textContent).to.contain('Step 2 of 5');
  });

  it('names the overall options exactly in the NHS Friends and Family Test words, with faces hidden from screen readers', async () => {
    const { root } = await setup();
    const group = getByRole(root, 'radiogroup', /Overall, how was your experience of our service\?/);
    expect(queryAllByRole(group, 'radio').map(nameOf)).to.deep.equal([
      'Very good',
      'Good',
      'Neither good nor poor',
      'Poor',
      'Very poor',
      "Don't know",
    ]);
    const faces = Array.from(group.querySelectorAll('svg'));
    expect(faces.length).to.equal(6);
    expect(faces.every((svg) => svg.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });
});

runSurveyElementTests('pf-first-impression');
