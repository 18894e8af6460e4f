/// <reference types="mocha" />
// What both survey elements promise alike (the API in docs/elements.md), run once per tag by each element's test file:
// runSurveyElementTests('pf-first-impression'). The flows of the built-in surveys stay in the elements' own files.
// A practice's own two-screen definition (the `definition` property) drives both elements the same way.
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { SurveyKind } from '../../../src/core/definition.js';
import type { PfErrorEvent, PfScreenEvent, PfSubmittedEvent } from '../../../src/elements/events.js';
import type { PfFirstImpression } from '../../../src/elements/first-impression/first-impression.js';
import type { PfWhatWentWrong } from '../../../src/elements/what-went-wrong/what-went-wrong.js';
import { allElements, deepActiveElement, getByRole, nameOf, queryAllByRole } from '../helpers/by-role.js';
import { clickCentre } from '../helpers/pointer.js';
import { waitFor } from '../helpers/wait.js';
import { captureConsoleErrors, mount, newEndpoint, settle } from './helpers/page.js';

type SurveyElement = PfFirstImpression | PfWhatWentWrong;
type Tag = 'pf-first-impression' | 'pf-what-went-wrong';

const kinds: Record<Tag, SurveyKind> = {
  'pf-first-impression': 'first-impression',
  'pf-what-went-wrong': 'what-went-wrong',
};

/** Screen 1: the one required question. Screen 2 (one page): choices and the patient's own words, both optional. */
const practiceSurvey = (kind: SurveyKind) => ({
  id: 'suite-check',
  version: '2',
  kind,
  title: { en: 'Your visit', es: 'Su visita' },
  languages: ['en', 'es'],
  questions: [
    {
      id: 'visit',
      type: 'single',
      title: { en: 'How was your visit?', es: '¿Cómo fue su visita?' },
      required: true,
      options: [
        { value: 'good', label: { en: 'Good', es: 'Buena' } },
        { value: 'poor', label: { en: 'Poor', es: 'Mala' } },
      ],
    },
    {
      id: 'noticed',
      type: 'multiple',
      page: 'more',
      title: { en: 'What stood out?', es: '¿Qué destacó?' },
      options: [
        { value: 'staff', label: { en: 'The staff', es: 'El personal' } },
        { value: 'wait', label: { en: 'The wait', es: 'La espera' } },
      ],
    },
    {
      id: 'words',
      type: 'text',
      page: 'more',
      title: { en: 'Anything else?', es: '¿Algo más?' },
    },
  ],
});

export function runSurveyElementTests(tag: Tag): void {
  describe(`<${tag}>: what both survey elements promise`, () => {
    let host: HTMLElement;
    const events: { submitted: PfSubmittedEvent[]; errors: PfErrorEvent[]; screens: PfScreenEvent['detail'][] } = {
      submitted: [],
      errors: [],
      screens: [],
    };
    const seen: string[] = [];

    beforeEach(() => {
      host = document.createElement('div');
      document.body.append(host);
      events.submitted = [];
      events.errors = [];
      events.screens = [];
      seen.length = 0;
      host.addEventListener('pf-submitted', (e) => events.submitted.push(e));
      host.addEventListener('pf-error', (e) => events.errors.push(e));
      host.addEventListener('pf-screen', (e) => events.screens.push(e.detail));
      for (const type of ['input', 'change']) host.addEventListener(type, () => seen.push(type));
    });
    afterEach(() => host.remove());

    /** The element with the practice's own survey, set up before it joins the page, as a page's script would. */
    async function withPracticeSurvey(attributes: Record<string, string | boolean> = {}) {
      const endpoint = newEndpoint();
      const el: SurveyElement = document.createElement(tag);
      el.definition = practiceSurvey(kinds[tag]);
      const all: Record<string, string | boolean> = { endpoint: endpoint.url, lang: 'en', ...attributes };
      for (const [name, value] of Object.entries(all)) el.setAttribute(name, value === true ? '' : String(value));
      host.append(el);
      await settle(el);
      return { endpoint, el, root: el.shadowRoot! };
    }

    it('shows what to fix instead of questions when the endpoint is missing, and says it once', async () => {
      const consoleErrors = captureConsoleErrors();
      try {
        const el = await mount<SurveyElement>(tag, { lang: 'en' }, host);
        const root = el.shadowRoot!;
        const alert = await waitFor(() => queryAllByRole(root, 'alert')[0], 'the configuration message');
        expect(alert.textContent).to.match(/isn't working right now/);
        expect(alert.textContent).to.contain(`<${tag}>: the "endpoint" attribute is missing`);
        expect(queryAllByRole(root, 'radio')).to.have.length(0);
        el.requestUpdate();
        await settle(el);
        expect(events.errors.map((e) => e.detail.code)).to.deep.equal(['missing-endpoint']);
        expect(consoleErrors.lines.filter((l) => l.includes('"endpoint" attribute is missing'))).to.have.length(1);
        // Fixed by the web person: the survey appears, and nothing more is reported.
        el.setAttribute('endpoint', newEndpoint().url);
        await settle(el);
        expect(queryAllByRole(root, 'alert')).to.have.length(0);
        expect(queryAllByRole(root, 'button', 'Next')).to.have.length(1);
        expect(events.errors).to.have.length(1);
      } finally {
        consoleErrors.restore();
      }
    });

    it('speaks the language of the page section it sits in, then its own lang when set', async () => {
      host.setAttribute('lang', 'es-MX');
      const el = await mount<SurveyElement>(tag, { endpoint: newEndpoint().url }, host);
      const root = el.shadowRoot!;
      getByRole(root, 'button', 'Siguiente');
      expect(root.textContent).to.contain('Paso 1 de');
      el.lang = 'en';
      await settle(el);
      getByRole(root, 'button', 'Next');
      expect(root.querySelector('[part~="container"]')!.getAttribute('lang')).to.equal('en');
    });

    it('reads --pf-* tokens from the page and can be styled through ::part', async () => {
      const style = document.createElement('style');
      style.textContent = `
        .themed { --pf-accent: rgb(122, 31, 92); --pf-radius: 3px; }
        ${tag}::part(heading) { color: rgb(10, 20, 30); }`;
      document.head.append(style);
      try {
        host.classList.add('themed');
        const el = await mount<SurveyElement>(tag, { endpoint: newEndpoint().url, lang: 'en' }, host);
        const next = getByRole(el.shadowRoot!, 'button', 'Next');
        expect(getComputedStyle(next).backgroundColor).to.equal('rgb(122, 31, 92)');
        expect(getComputedStyle(next).borderTopLeftRadius).to.equal('3px');
        const heading = el.shadowRoot!.querySelector('[part~="heading"]')!;
        expect(getComputedStyle(heading).color).to.equal('rgb(10, 20, 30)');
        // Without the tokens the defaults apply: the host page did not need to declare anything.
        host.classList.remove('themed');
        await new Promise((r) => setTimeout(r, 300)); // let the colour transition finish
        expect(getComputedStyle(next).backgroundColor).to.equal('rgb(11, 110, 79)');
      } finally {
        style.remove();
      }
    });

    it('fits a 320 px phone without sideways scrolling, with 44 px targets', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await mount<SurveyElement>(tag, { endpoint: newEndpoint().url, lang: 'en' }, host);
        const root = el.shadowRoot!;
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const tiles = [...queryAllByRole(root, 'checkbox'), ...queryAllByRole(root, 'radio')].map((c) =>
          c.closest('label')!,
        );
        expect(tiles.length).to.be.greaterThan(1);
        for (const target of [...queryAllByRole(root, 'button'), ...tiles]) {
          const box = target.getBoundingClientRect();
          expect(box.height, target.textContent).to.be.at.least(44);
          expect(box.right).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('walks Next and Back with the required question checked, and submits once: Thank you, pf-submitted, one POST', async () => {
      const { endpoint, el, root } = await withPracticeSurvey({ practice: 'Smile Dental', location: 'website' });
      expect(events.screens.at(-1)).to.deep.include({ phase: 'question', screen: 1, total: 2, inProgress: false });

      await clickCentre(getByRole(root, 'button', 'Next'));
      await settle(el);
      expect(getByRole(root, 'alert').textContent).to.contain('How was your visit?');
      expect(nameOf(deepActiveElement()!)).to.equal('Good');

      await clickCentre(getByRole(root, 'radio', 'Poor'));
      expect(seen).to.include.members(['input', 'change']);
      expect(el.inProgress).to.equal(true);
      await clickCentre(getByRole(root, 'button', 'Next'));
      await settle(el);
      expect(nameOf(getByRole(root, 'progressbar'))).to.equal('Step 2 of 2');
      expect(events.screens.at(-1)).to.deep.include({ phase: 'question', screen: 2, total: 2, inProgress: true });
      expect(deepActiveElement()).to.equal(getByRole(root, 'heading', 'What stood out? (optional)'));

      await clickCentre(getByRole(root, 'button', 'Back'));
      await settle(el);
      expect((getByRole(root, 'radio', 'Poor') as HTMLInputElement).checked).to.equal(true);
      await clickCentre(getByRole(root, 'button', 'Next'));
      await settle(el);
      await clickCentre(getByRole(root, 'checkbox', 'The wait'));
      await clickCentre(getByRole(root, 'textbox', /Anything else/));
      seen.length = 0;
      await sendKeys({ type: 'ok' });
      expect(seen.filter((t) => t === 'input')).to.have.length(2);
      await clickCentre(getByRole(root, 'button', 'Submit'));

      const heading = await waitFor(() => queryAllByRole(root, 'heading', /^Thank you/)[0], 'the Thank you heading');
      await settle(el);
      expect(deepActiveElement()).to.equal(heading);
      await waitFor(() => events.submitted.length === 1, 'pf-submitted');
      const posts = await endpoint.received();
      expect(posts).to.have.length(1);
      const { body, headers } = posts[0]!;
      expect(headers['idempotency-key']).to.equal(body.id);
      expect(body).to.deep.include({
        kind: kinds[tag],
        channel: 'embed',
        practice: 'Smile Dental',
        location: 'website',
      });
      expect(body.survey).to.deep.equal({ id: 'suite-check', version: '2' });
      expect(body.answers).to.deep.equal({ visit: 'poor', noticed: ['wait'], words: 'ok' });
      expect(events.submitted[0]!.detail).to.deep.include({ status: 'delivered' });
      expect(events.submitted[0]!.detail.submission).to.deep.equal(body);
      expect(events.screens.at(-1)).to.deep.include({ phase: 'thank-you', inProgress: false });
      expect(el.inProgress).to.equal(false);
    });

    it('on a shared tablet (kiosk, channel="kiosk") fields neither autofill nor learn, and the submission says kiosk', async () => {
      const { endpoint, el, root } = await withPracticeSurvey({ kiosk: true, channel: 'kiosk' });
      await clickCentre(getByRole(root, 'radio', 'Good'));
      await clickCentre(getByRole(root, 'button', 'Next'));
      await settle(el);
      const words = getByRole(root, 'textbox', /Anything else/);
      expect(words.getAttribute('autocomplete')).to.equal('off');
      expect(words.getAttribute('spellcheck')).to.equal('false');
      expect(words.getAttribute('autocorrect')).to.equal('off');
      await clickCentre(getByRole(root, 'button', 'Submit'));
      await waitFor(() => queryAllByRole(root, 'heading', /^Thank you/)[0], 'the Thank you heading');
      const [post] = await endpoint.received();
      expect(post!.body.channel).to.equal('kiosk');
    });

    it('reset() leaves nothing of the patient: no answer, no word typed, back on the first screen', async () => {
      const { el, root } = await withPracticeSurvey({ kiosk: true });
      await clickCentre(getByRole(root, 'radio', 'Poor'));
      await clickCentre(getByRole(root, 'button', 'Next'));
      await settle(el);
      await clickCentre(getByRole(root, 'checkbox', 'The staff'));
      await clickCentre(getByRole(root, 'textbox', /Anything else/));
      await sendKeys({ type: 'CANARY-7f3a' });
      expect(el.inProgress).to.equal(true);

      el.reset();
      await settle(el);
      expect(el.inProgress).to.equal(false);
      expect(events.screens.at(-1)).to.deep.include({ phase: 'question', screen: 1, inProgress: false });
      expect(root.textContent).to.contain('Step 1 of 2');
      const values = allElements(root).map((e) => (e as HTMLInputElement).value ?? '');
      expect(root.textContent + values.join(' ')).to.not.contain('CANARY');
      expect(queryAllByRole(root, 'radio').some((r) => (r as HTMLInputElement).checked)).to.equal(false);
      await clickCentre(getByRole(root, 'radio', 'Good'));
      await clickCentre(getByRole(root, 'button', 'Next'));
      await settle(el);
      expect((getByRole(root, 'checkbox', 'The staff') as HTMLInputElement).checked).to.equal(false);
      expect((getByRole(root, 'textbox', /Anything else/) as HTMLTextAreaElement).value).to.equal('');
    });
  });
}
