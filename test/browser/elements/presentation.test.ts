/// <reference types="mocha" />
import { expect } from 'chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import { axeViolations } from '../helpers/axe.js';
import { getByRole, queryAllByRole } from '../helpers/by-role.js';
import { say } from '../helpers/words.js';
import { fill } from '../../../src/i18n/index.js';
import { uiWordsIn } from '../../../src/translations/index.js';
import { clickCentre } from '../helpers/pointer.js';
import {
  applyTextSpacing,
  emulateMediaFeatures,
  pixelOf,
  reflowProblems,
  saveScreenshot,
  type MediaFeature,
} from '../helpers/presentation.js';
import { waitFor } from '../helpers/wait.js';
import { mount, newEndpoint, settle } from './helpers/page.js';

/** 400 % zoom of a 1280 × 1024 screen: the same CSS pixels as this viewport (WCAG 1.4.10). */
const ZOOMED = { width: 320, height: 256 };

interface Mode {
  name: string;
  lang: 'en' | 'ar';
  kiosk?: boolean;
  media?: MediaFeature[];
  spacing?: boolean;
  /** The practice's whole page is right to left (<html dir="rtl">), as an Arabic website is. */
  rtlPage?: boolean;
}

/**
 * Every screen a patient can reach in `<pf-first-impression>` (with the recovery form it leads to) and the standalone
 * `<pf-what-went-wrong>`, driven by role and name in the mode's language (Arabic words for the right-to-left modes);
 * `visit` is called on each.
 */
async function everyScreen(host: HTMLElement, mode: Mode, visit: (screen: string, el: HTMLElement) => Promise<void>) {
  const el = await mount(
    'pf-first-impression',
    {
      endpoint: newEndpoint().url,
      lang: mode.lang,
      practice: 'Smile Dental',
      promise: 'We will call you within one business day.',
      kiosk: !!mode.kiosk,
    },
    host,
  );
  const root = el.shadowRoot!;
  let undoSpacing = mode.spacing ? applyTextSpacing(el) : undefined;
  const at = async (screen: string) => {
    await settle(el);
    // A new screen may bring new nodes: the spacing is a sheet on the shadow root, it covers them.
    await visit(screen, el);
  };
  const w = say(mode.lang);
  const click = async (role: string, name: string | RegExp) => {
    await clickCentre(getByRole(root, role, w(name)));
    await settle(el);
  };
  await at('first-impression-1');
  await click('button', 'Next');
  await at('first-impression-1-error-summary');
  await click('radio', 'Poor');
  for (let n = 2; n <= 5; n++) {
    await click('button', 'Next');
    await at(`first-impression-${n}`);
  }
  await click('button', 'Submit');
  await waitFor(() => queryAllByRole(root, 'button', w('Tell us what went wrong'))[0], 'the recovery offer');
  await at('recovery-offer');
  await click('button', 'Tell us what went wrong');
  await at('recovery-1-apology');
  await click('button', 'Next');
  await click('button', 'Next');
  await at('recovery-2-error');
  await click('textbox', /In your own words/);
  await sendKeys({ type: 'The wait was long and nobody said why.' });
  await click('button', 'Next');
  await at('recovery-3-remedy');
  await click('button', 'Next');
  await click('radio', 'Phone call');
  await click('button', 'Submit');
  await at('recovery-4-contact-errors');
  await click('checkbox', 'You may contact me about this feedback');
  await click('textbox', 'Your phone number');
  await sendKeys({ type: '555 010 0199' });
  await at('recovery-4-contact');
  await click('button', 'Submit');
  await waitFor(() => queryAllByRole(root, 'heading', w(/^Thank you for telling us/))[0], 'the confirmation');
  await at('recovery-thank-you-reference');
  undoSpacing?.();
  el.remove();

  const standalone = await mount('pf-what-went-wrong', { endpoint: newEndpoint().url, lang: mode.lang }, host);
  undoSpacing = mode.spacing ? applyTextSpacing(standalone) : undefined;
  await visit('what-went-wrong-1', standalone);
  undoSpacing?.();
}

const modes: Mode[] = [
  { name: 'ltr', lang: 'en' },
  { name: 'rtl', lang: 'ar' },
  { name: 'rtl-page', lang: 'ar', rtlPage: true },
  { name: 'kiosk-ltr', lang: 'en', kiosk: true },
  { name: 'kiosk-rtl', lang: 'ar', kiosk: true },
  { name: 'text-spacing', lang: 'en', spacing: true },
  { name: 'text-spacing-rtl', lang: 'ar', kiosk: true, spacing: true },
  { name: 'forced-colors', lang: 'en', media: [{ name: 'forced-colors', value: 'active' }] },
  {
    name: 'forced-colors-dark-rtl',
    lang: 'ar',
    media: [
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: 'dark' },
    ],
  },
  { name: 'contrast-more', lang: 'en', media: [{ name: 'prefers-contrast', value: 'more' }] },
];

describe('presentation: zoom, right to left, forced colours, contrast, motion', () => {
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(async () => {
    host.remove();
    document.documentElement.removeAttribute('dir');
    await emulateMediaFeatures([]);
    await setViewport({ width: 800, height: 600 });
  });

  for (const mode of modes) {
    it(`every screen at 320 CSS px (400 % zoom), ${mode.name}: nothing scrolls sideways or is cut off, 0 axe violations; screenshots`, async () => {
      await setViewport(ZOOMED);
      if (mode.media) await emulateMediaFeatures(mode.media);
      if (mode.rtlPage) document.documentElement.dir = 'rtl';
      const found: string[] = [];
      let screens = 0;
      await everyScreen(host, mode, async (screen, el) => {
        screens++;
        for (const p of reflowProblems(el)) found.push(`${screen}: ${p}`);
        for (const v of await axeViolations(el)) found.push(`${screen}: ${v}`);
        const container = el.shadowRoot!.querySelector('.container')!;
        expect(getComputedStyle(container).direction, screen).to.equal(mode.lang === 'ar' ? 'rtl' : 'ltr');
        await saveScreenshot(`elements-${mode.name}-${screen}`);
      });
      expect(screens).to.equal(14);
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }

  it('the checks catch what they are for: text forced wider than the card, and text cut off', async () => {
    await setViewport(ZOOMED);
    const el = await mount('pf-first-impression', { endpoint: newEndpoint().url, lang: 'en' }, host);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.title { white-space: nowrap } #progress { height: 2px; overflow: hidden }');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
    getByRole(el.shadowRoot!, 'heading', /^Overall/);
    const found = reflowProblems(el).join('\n');
    expect(found).to.match(/<h2.title> "Overall.*(wider inside than out|sticks out)/);
    expect(found).to.match(/<p.hint> "Step 1 of 5" clips its text/);
  });

  it('right to left: the faces run from the right, Very good first; Next at the left; the reference code still reads left to right', async () => {
    await setViewport({ width: 800, height: 900 });
    const el = await mount('pf-first-impression', { endpoint: newEndpoint().url, lang: 'ar' }, host);
    const root = el.shadowRoot!;
    const w = say('ar');
    const container = root.querySelector('.container')!.getBoundingClientRect();
    const tiles = ['Very good', 'Good', 'Neither good nor poor', 'Poor', 'Very poor', "Don't know"].map((name) =>
      getByRole(root, 'radio', w(name)).closest('label')!.getBoundingClientRect(),
    );
    expect(tiles.map((t) => Math.round(t.top))).to.deep.equal(Array(6).fill(Math.round(tiles[0]!.top)));
    for (let i = 1; i < tiles.length; i++)
      expect(tiles[i]!.right, `option ${i + 1}`).to.be.below(tiles[i - 1]!.left + 1);
    expect(container.right - tiles[0]!.right, 'Very good against the start (right) edge').to.be.below(40);
    expect(getComputedStyle(root.querySelector('progress')!).direction).to.equal('rtl');

    await clickCentre(getByRole(root, 'radio', w('Very good')));
    await clickCentre(getByRole(root, 'button', w('Next')));
    await settle(el);
    const back = getByRole(root, 'button', w('Back')).getBoundingClientRect();
    const next = getByRole(root, 'button', w('Next')).getBoundingClientRect();
    expect(back.left, 'Back at the start (right), Next at the end (left)').to.be.above(next.right);
    // "Step 2 of 5" in Arabic words, the step before the total.
    const progress = getByRole(
      root,
      'progressbar',
      fill(uiWordsIn('ar').progress, (2).toLocaleString('ar'), (5).toLocaleString('ar')),
    );
    expect(progress).to.exist;

    // The recovery form's confirmation: its reference code, e.g. RC-7KQ2-9F.
    el.remove();
    const form = await mount('pf-what-went-wrong', { endpoint: newEndpoint().url, lang: 'ar' }, host);
    const r = form.shadowRoot!;
    await clickCentre(getByRole(r, 'checkbox', w('Wait time')));
    await clickCentre(getByRole(r, 'button', w('Next')));
    await settle(form);
    await clickCentre(getByRole(r, 'textbox', w(/In your own words/)));
    await sendKeys({ type: 'Long wait' });
    for (const name of ['Next', 'Next', 'Submit']) {
      await clickCentre(getByRole(r, 'button', w(name)));
      await settle(form);
    }
    await waitFor(() => queryAllByRole(r, 'heading', w(/^Thank you for telling us/))[0], 'the confirmation');
    const code = r.querySelector('.reference-code bdi')!;
    const node = [...code.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
    const text = node.textContent!;
    expect(text).to.match(/^RC-/);
    expect(getComputedStyle(code).direction).to.equal('ltr');
    const range = document.createRange();
    const charBox = (i: number) => {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect();
    };
    for (let i = 1; i < text.length; i++) expect(charBox(i).left, `${text}[${i}]`).to.be.above(charBox(i - 1).left);
    // The line itself sits at the start (right) of the card, like every other line.
    const line = r.querySelector('.reference-code')!.getBoundingClientRect();
    expect(line.right - code.getBoundingClientRect().right).to.be.below(2);
    await saveScreenshot('elements-rtl-reference-code');
  });

  it("nothing clips a focus ring at the card's edge: with no padding the ring round Next shows past it", async () => {
    document.body.style.margin = '40px';
    const el = await mount(
      'pf-first-impression',
      { endpoint: newEndpoint().url, lang: 'en', style: '--pf-padding: 0; --pf-focus: rgb(255, 0, 0)' },
      host,
    );
    const next = getByRole(el.shadowRoot!, 'button', 'Next');
    await sendKeys({ press: 'Shift' }); // keyboard use: focus() then shows the ring
    next.focus();
    const box = next.getBoundingClientRect();
    const card = el.shadowRoot!.querySelector('.container')!.getBoundingClientRect();
    expect(box.right).to.be.closeTo(card.right, 1);
    const shot = await saveScreenshot('elements-focus-ring-at-the-edge');
    document.body.style.margin = '';
    // 3 px ring 2 px off the button: its middle is 3 px past the card's edge.
    expect(await pixelOf(shot, box.right + 3, (box.top + box.bottom) / 2)).to.deep.equal([255, 0, 0]);
  });

  it('forced colours: the chosen answer, the focus ring, the progress bar, buttons and errors keep a visible system colour', async () => {
    await setViewport({ width: 800, height: 900 });
    const el = await mount('pf-first-impression', { endpoint: newEndpoint().url, lang: 'en' }, host);
    const root = el.shadowRoot!;
    await clickCentre(getByRole(root, 'radio', 'Poor'));
    await settle(el);
    const tile = (name: string) => getByRole(root, 'radio', name).closest('label')!;
    const seen = () => {
      const on = getComputedStyle(tile('Poor'));
      const off = getComputedStyle(tile('Good'));
      return { chosen: on.outlineStyle, other: off.outlineStyle, shadow: on.boxShadow };
    };
    // Without forced colours the chosen tile is told by its inset shadow and background.
    expect(seen()).to.include({ other: 'none', chosen: 'none' });
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    // The browser dropped the shadow; the ring is what shows the choice now.
    expect(seen()).to.deep.equal({ chosen: 'solid', other: 'none', shadow: 'none' });
    expect(parseFloat(getComputedStyle(tile('Poor')).outlineWidth)).to.be.at.least(2);

    const face = tile('Poor').querySelector('.face')!;
    expect(getComputedStyle(face).stroke).to.equal(getComputedStyle(tile('Poor')).color);

    const progress = root.querySelector('progress')!;
    expect(getComputedStyle(progress).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(progress).borderTopColor).to.not.equal(getComputedStyle(progress).backgroundColor);

    // Keyboard focus: a ring of at least 3 px.
    getByRole(root, 'radio', 'Poor').focus();
    await sendKeys({ press: 'ArrowRight' });
    const focused = root.activeElement!;
    expect(focused.matches(':focus-visible')).to.equal(true);
    const ring = getComputedStyle(focused);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(3);

    // The primary button keeps a border in the text colour (its fill is gone), and an error keeps its frame.
    const next = getComputedStyle(getByRole(root, 'button', 'Next'));
    expect(next.borderTopStyle).to.equal('solid');
    expect(next.borderTopColor).to.not.equal(next.backgroundColor);
    el.remove();
    const fresh = await mount('pf-first-impression', { endpoint: newEndpoint().url, lang: 'en' }, host);
    await clickCentre(getByRole(fresh.shadowRoot!, 'button', 'Next'));
    await settle(fresh);
    const summary = getComputedStyle(getByRole(fresh.shadowRoot!, 'alert', /./));
    expect(summary.borderTopStyle).to.equal('solid');
    expect(summary.borderTopColor).to.not.equal(summary.backgroundColor);
    await saveScreenshot('elements-forced-colors-error');
  });

  it('more contrast: hints and borders take the text colour, the focus ring is 4 px', async () => {
    const el = await mount('pf-first-impression', { endpoint: newEndpoint().url, lang: 'en' }, host);
    const root = el.shadowRoot!;
    const look = () => {
      const text = getComputedStyle(root.querySelector('.container')!).color;
      const hint = getComputedStyle(root.querySelector('.hint')!).color;
      const border = getComputedStyle(getByRole(root, 'radio', 'Good').closest('label')!).borderTopColor;
      return { text, hint, border };
    };
    const before = look();
    expect(before.hint).to.not.equal(before.text);
    expect(before.border).to.not.equal(before.text);
    // Reduced motion too, so the borders' colour fade does not delay what is read here.
    await emulateMediaFeatures([
      { name: 'prefers-contrast', value: 'more' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    const after = look();
    expect(after.hint).to.equal(after.text);
    expect(after.border).to.equal(after.text);
    getByRole(root, 'radio', 'Good').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(getComputedStyle(root.activeElement!).outlineWidth).to.equal('4px');
  });

  it('reduced motion: no transition or animation anywhere; with no preference the tiles do fade', async () => {
    const el = await mount('pf-first-impression', { endpoint: newEndpoint().url, lang: 'en' }, host);
    const moving = () =>
      [...el.shadowRoot!.querySelectorAll('*')].filter((e) => {
        const s = getComputedStyle(e);
        const durations = [...s.transitionDuration.split(','), ...s.animationDuration.split(',')];
        return s.animationName !== 'none' || durations.some((d) => parseFloat(d) > 0);
      });
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    expect(moving().length).to.be.above(0);
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(moving().map((e) => e.outerHTML.slice(0, 60))).to.deep.equal([]);
    // Smooth scrolling would move the page too.
    expect(getComputedStyle(document.documentElement).scrollBehavior).to.equal('auto');
  });
});
