/// <reference types="mocha" />
import { expect } from 'chai';
import { emulateMedia } from '@web/test-runner-commands';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import { getByRole, queryAllByRole } from '../helpers/by-role.js';
import { mount, newEndpoint } from './helpers/page.js';

/**
 * A practice's site styles its body however it likes; none of it may reach the patient's form. And the form's own
 * look follows dark mode and the page's theme without clipping it.
 */
describe("the practice site's CSS and the form's look", () => {
  let host: HTMLElement;
  let style: HTMLStyleElement | undefined;
  afterEach(async () => {
    host?.remove();
    style?.remove();
    style = undefined;
    await emulateMedia({ colorScheme: 'light' });
  });

  async function onPage(css: string, tag = 'pf-first-impression', attributes: Record<string, string> = {}) {
    style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    host = document.createElement('div');
    document.body.append(host);
    const el = await mount(tag, { endpoint: newEndpoint().url, lang: 'en', ...attributes }, host);
    return { el, root: el.shadowRoot! };
  }

  it('inherits none of the aggressive text styles a site puts on body', async () => {
    const { root } =
      await onPage(`body { white-space: nowrap; letter-spacing: 4px; word-spacing: 9px; text-transform: uppercase;
      font-style: italic; font-variant: small-caps; text-align: right; text-indent: 3em; line-height: 4; text-shadow: 1px 1px red; }`);
    // The page really is styled that way (so the test would see a leak).
    expect(getComputedStyle(host).letterSpacing).to.equal('4px');
    const heading = getByRole(root, 'heading', /Overall, how was your experience/);
    const label = root.querySelector('label[part~="option"] span')!;
    for (const el of [heading, label, root.querySelector('[part~="progress"]')!]) {
      const s = getComputedStyle(el);
      expect(s.whiteSpace, 'white-space').to.equal('normal');
      expect(s.letterSpacing, 'letter-spacing').to.equal('normal');
      expect(s.wordSpacing, 'word-spacing').to.equal('0px');
      expect(s.textTransform, 'text-transform').to.equal('none');
      expect(s.fontStyle, 'font-style').to.equal('normal');
      expect(s.fontVariant, 'font-variant').to.equal('normal');
      expect(s.textIndent, 'text-indent').to.equal('0px');
      expect(s.textShadow, 'text-shadow').to.equal('none');
      expect(parseFloat(s.lineHeight) / parseFloat(s.fontSize), 'line-height').to.be.below(1.6);
    }
    expect(getComputedStyle(root.querySelector('[part~="progress"]')!).textAlign).to.equal('start');
    // Each face's words stay inside its tile, and the heading is not cut off.
    for (const option of queryAllByRole(root, 'radio').map((r) => r.closest('label')!)) {
      const box = option.getBoundingClientRect();
      const words = option.querySelector('span')!.getBoundingClientRect();
      expect(words.left, option.textContent).to.be.at.least(box.left);
      expect(words.right, option.textContent).to.be.at.most(box.right);
    }
    expect(heading.scrollWidth).to.be.at.most(heading.clientWidth);
  });

  it('lets the page theme the container with a shadow that is not clipped', async () => {
    const { el } = await onPage('pf-first-impression::part(container) { box-shadow: 0 4px 24px rgb(0 0 0 / 40%); }');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="container"]')!).boxShadow).to.contain('24px');
    // Paint containment (`contain: content` / `strict` / `paint`) clips everything outside the element's box.
    expect(getComputedStyle(el).contain).to.not.match(/paint|content|strict/);
  });

  it('goes dark with the system: native radios dark too, and a dark progress track', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { el, root } = await onPage('');
    expect(getComputedStyle(el).colorScheme).to.equal('light dark');
    const track = getComputedStyle(getByRole(root, 'progressbar')).backgroundColor;
    const [r, g, b] = track.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, track).to.be.below(3 * 90);
    await emulateMedia({ colorScheme: 'light' });
    const light = getComputedStyle(getByRole(root, 'progressbar')).backgroundColor.match(/\d+/g)!.map(Number);
    expect(light[0]! + light[1]! + light[2]!).to.be.above(3 * 180);
  });

  it('takes a dark card from a light page: --pf-surface with --pf-text, --pf-track and color-scheme', async () => {
    const { el, root } = await onPage(
      '.night { --pf-surface: rgb(20, 24, 28); --pf-text: rgb(235, 240, 245); --pf-track: rgb(60, 70, 80); color-scheme: dark; }',
      'pf-first-impression',
      { class: 'night' },
    );
    const container = getComputedStyle(root.querySelector('[part~="container"]')!);
    expect(container.backgroundColor).to.equal('rgb(20, 24, 28)');
    expect(container.color).to.equal('rgb(235, 240, 245)');
    expect(getComputedStyle(getByRole(root, 'progressbar')).backgroundColor).to.equal('rgb(60, 70, 80)');
    // The page's color-scheme wins over the element's own, so the radios follow the dark card.
    expect(getComputedStyle(getByRole(root, 'radio', 'Very good')).colorScheme).to.equal('dark');
    expect(el.isConnected).to.equal(true);
  });
});
