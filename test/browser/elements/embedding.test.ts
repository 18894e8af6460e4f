/// <reference types="mocha" />
import { expect } from 'chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import type { PfFirstImpression } from '../../../src/elements/first-impression/first-impression.js';
import type { PfScreenEvent } from '../../../src/elements/events.js';
import { getByRole, queryAllByRole } from './helpers/by-role.js';
import { clickCentre, mount, newEndpoint, settle } from './helpers/page.js';

/** A practice's web person embeds the element: it follows the page's language and theme and fits a phone. */
describe('embedding on a practice website', () => {
  let host: HTMLElement;
  let style: HTMLStyleElement | undefined;
  afterEach(() => {
    host?.remove();
    style?.remove();
  });

  function container(attributes: Record<string, string> = {}) {
    host = document.createElement('div');
    for (const [k, v] of Object.entries(attributes)) host.setAttribute(k, v);
    document.body.append(host);
    return host;
  }

  it('follows the lang of the page section it sits in, and a lang property set later', async () => {
    const el = await mount<PfFirstImpression>(
      'pf-first-impression',
      { endpoint: newEndpoint().url },
      container({ lang: 'es-MX' }),
    );
    const root = el.shadowRoot!;
    getByRole(root, 'radiogroup', /En general, ¿cómo fue su experiencia/);
    getByRole(root, 'button', 'Siguiente');
    expect(root.textContent).to.contain('Paso 1 de 5');
    el.lang = 'en';
    await settle(el);
    getByRole(root, 'button', 'Next');
    expect(root.querySelector('[part~="container"]')!.getAttribute('lang')).to.equal('en');
  });

  it('reads --pf-* tokens from the page and can be styled through ::part', async () => {
    style = document.createElement('style');
    style.textContent = `
      .themed { --pf-accent: rgb(122, 31, 92); --pf-radius: 3px; }
      pf-first-impression::part(heading) { color: rgb(10, 20, 30); }`;
    document.head.append(style);
    const el = await mount(
      'pf-first-impression',
      { endpoint: newEndpoint().url, lang: 'en' },
      container({ class: 'themed' }),
    );
    const next = getByRole(el.shadowRoot!, 'button', 'Next');
    expect(getComputedStyle(next).backgroundColor).to.equal('rgb(122, 31, 92)');
    expect(getComputedStyle(next).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="heading"]')!).color).to.equal('rgb(10, 20, 30)');
    // Without the tokens the defaults apply: the host page did not need to declare anything.
    host.classList.remove('themed');
    await new Promise((r) => setTimeout(r, 300)); // let the colour transition finish
    expect(getComputedStyle(next).backgroundColor).to.equal('rgb(11, 110, 79)');
  });

  it('fits a 320 px phone without sideways scrolling, with 44 px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount('pf-what-went-wrong', { endpoint: newEndpoint().url, lang: 'en' }, container());
    const root = el.shadowRoot!;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const target of [
      ...queryAllByRole(root, 'button'),
      ...queryAllByRole(root, 'checkbox').map((c) => c.closest('label')!),
    ]) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent).to.be.at.least(44);
      expect(box.right).to.be.at.most(320);
    }
    await setViewport({ width: 800, height: 600 });
  });

  it('answers fire native input and change events out of the shadow root; pf-screen tells a kiosk a patient is mid-survey', async () => {
    const seen: string[] = [];
    const screens: PfScreenEvent['detail'][] = [];
    const box = container();
    for (const type of ['input', 'change']) box.addEventListener(type, () => seen.push(type));
    box.addEventListener('pf-screen', (e) => screens.push(e.detail));
    const el = await mount<PfFirstImpression>(
      'pf-first-impression',
      { endpoint: newEndpoint().url, lang: 'en', kiosk: true },
      box,
    );
    const root = el.shadowRoot!;
    expect(screens.at(-1)).to.deep.include({ phase: 'question', screen: 1, total: 5, inProgress: false });
    await clickCentre(getByRole(root, 'radio', 'Good'));
    expect(seen).to.include('input');
    expect(seen).to.include('change');
    for (let i = 0; i < 4; i++) {
      await clickCentre(getByRole(root, 'button', 'Next'));
      await settle(el);
    }
    expect(screens.at(-1)).to.deep.include({ phase: 'question', screen: 5, inProgress: true });
    const comments = getByRole(root, 'textbox', /anything/i);
    expect(comments.getAttribute('autocomplete')).to.equal('off');
    expect(comments.getAttribute('spellcheck')).to.equal('false');
    seen.length = 0;
    await clickCentre(comments);
    await sendKeys({ type: 'ok' });
    expect(seen.filter((t) => t === 'input')).to.have.length(2);
    expect(el.inProgress).to.equal(true);
  });
});
