// The kiosk's patient screens at 400 % zoom, right to left, in forced colours and with more contrast: start (with
// its language buttons), the survey, "Are you still there?" and the bar under "Thank you".
import { say } from '../helpers/words.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { KioskApp } from '../../../kiosk/kiosk-app.js';
import {
  applyTextSpacing,
  emulateMediaFeatures,
  reflowProblems,
  saveScreenshot,
  type MediaFeature,
} from '../helpers/presentation.js';
import { answerSurvey, axeViolations, findByRole, isolate, mountKiosk, tapRole, unmount, waitFor } from './helpers.js';

/** 400 % zoom of a 1280 × 1024 screen: the same CSS pixels (WCAG 1.4.10). */
const ZOOMED = { width: 320, height: 256 };
const ARABIC = new Intl.DisplayNames(['ar'], { type: 'language' }).of('ar')!;

interface Mode {
  name: string;
  lang: 'en' | 'ar';
  media?: MediaFeature[];
  spacing?: boolean;
}

const modes: Mode[] = [
  { name: 'ltr', lang: 'en' },
  { name: 'rtl', lang: 'ar' },
  { name: 'text-spacing', lang: 'en', spacing: true },
  { name: 'forced-colors', lang: 'en', media: [{ name: 'forced-colors', value: 'active' }] },
  { name: 'forced-colors-rtl', lang: 'ar', media: [{ name: 'forced-colors', value: 'active' }] },
  { name: 'contrast-more', lang: 'en', media: [{ name: 'prefers-contrast', value: 'more' }] },
];

async function mountPatientKiosk(name: string, lang: string): Promise<KioskApp> {
  const k = isolate(name);
  return mountKiosk(
    { endpoint: k.endpoint, practice: 'Smile Dental', lang, languages: ['en', 'es', 'ar'] },
    { idleSeconds: 2, thanksSeconds: 60 },
  );
}

describe('kiosk: presentation of the patient screens', () => {
  beforeEach(() => unmount());
  afterEach(async () => {
    unmount();
    await emulateMediaFeatures([]);
    await setViewport({ width: 800, height: 600 });
  });

  for (const mode of modes) {
    it(`at 320 CSS px (400 % zoom), ${mode.name}: nothing scrolls sideways or is cut off, 0 axe violations; screenshots`, async () => {
      await setViewport(ZOOMED);
      if (mode.media) await emulateMediaFeatures(mode.media);
      const app = await mountPatientKiosk(`present-${mode.name}`, mode.lang);
      const found: string[] = [];
      const visit = async (screen: string, patientScreen: () => Element | null | undefined) => {
        const undo = mode.spacing ? applyTextSpacing(app) : undefined;
        for (const p of reflowProblems(app)) found.push(`${screen}: ${p}`);
        for (const v of await axeViolations(app)) found.push(`${screen}: ${v}`);
        const shown = patientScreen();
        expect(shown, screen).to.exist;
        expect(getComputedStyle(shown!).direction, screen).to.equal(mode.lang === 'ar' ? 'rtl' : 'ltr');
        await saveScreenshot(`kiosk-${mode.name}-${screen}`);
        undo?.();
      };
      const root = app.renderRoot;
      const survey = () => root.querySelector('pf-first-impression')?.shadowRoot?.querySelector('.container');

      const w = say(mode.lang);
      await findByRole(app, 'button', w('Tap to start'));
      await visit('start', () => root.querySelector('main'));
      await tapRole(app, 'button', w('Tap to start'));
      await findByRole(app, 'radio', w('Very good'));
      await visit('survey', survey);
      await findByRole(app, 'alertdialog', w('Are you still there?'), 5_000);
      await visit('still-there', () => root.querySelector('dialog'));
      await tapRole(app, 'button', w("I'm still here"));
      await answerSurvey(app, 'Good', '', true, w);
      await findByRole(app, 'heading', w(/^Thank you for your feedback/));
      await findByRole(app, 'button', w('Done'));
      await visit('finished', () => root.querySelector('.finished'));

      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }

  it('right to left: the language buttons and the start screen mirror; the survey in it runs from the right', async () => {
    const app = await mountPatientKiosk('present-rtl-order', 'en');
    await tapRole(app, 'button', ARABIC);
    await waitFor(
      () => app.renderRoot.querySelector('main')?.getAttribute('dir') === 'rtl',
      'the start screen in Arabic',
    );
    const box = (name: string) => app.renderRoot.querySelector(`button[lang="${name}"]`)!.getBoundingClientRect();
    expect(box('en').left, 'English first, at the right').to.be.above(box('es').right);
    expect(box('es').left).to.be.above(box('ar').right);
    const w = say('ar');
    await tapRole(app, 'button', w('Tap to start'));
    const veryGood = (await findByRole(app, 'radio', w('Very good'))).closest('label')!.getBoundingClientRect();
    const good = (await findByRole(app, 'radio', w('Good'))).closest('label')!.getBoundingClientRect();
    expect(veryGood.left, 'Very good at the right of Good').to.be.above(good.right);
    await saveScreenshot('kiosk-rtl-survey-wide');
  });

  it('forced colours: the chosen language is highlighted and the start button keeps a frame', async () => {
    const app = await mountPatientKiosk('present-forced', 'en');
    const style = (lang: string) => getComputedStyle(app.renderRoot.querySelector(`button[lang="${lang}"]`)!);
    const start = () => getComputedStyle(app.renderRoot.querySelector('.start-button')!);
    expect(start().borderTopStyle, 'no frame in ordinary colours: its fill is enough').to.equal('none');
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    expect(style('en').backgroundColor).to.not.equal(style('es').backgroundColor);
    expect(style('en').color).to.not.equal(style('en').backgroundColor);
    expect(start().borderTopStyle).to.equal('solid');
    expect(start().borderTopColor).to.not.equal(start().backgroundColor);
    // Focus from the keyboard shows a ring.
    (await findByRole(app, 'button', 'Tap to start')).focus();
    await sendKeys({ press: 'Tab' });
    const focused = (app.renderRoot as ShadowRoot).activeElement!;
    expect(focused.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    await saveScreenshot('kiosk-forced-colors-language-chosen');
  });

  it('more contrast: thicker language-button borders and a 6 px focus ring', async () => {
    const app = await mountPatientKiosk('present-contrast', 'en');
    const start = await findByRole(app, 'button', 'Tap to start');
    const look = () => {
      start.focus();
      return [
        getComputedStyle(app.renderRoot.querySelector('.language')!).borderTopWidth,
        getComputedStyle(start).outlineWidth,
      ];
    };
    await sendKeys({ press: 'Shift' }); // keyboard use: focus() then shows the ring
    expect(look()).to.deep.equal(['2px', '4px']);
    await emulateMediaFeatures([{ name: 'prefers-contrast', value: 'more' }]);
    expect(look()).to.deep.equal(['3px', '6px']);
  });

  it('reduced motion: the start button does not move when pressed; with no preference it does', async () => {
    await mountPatientKiosk('present-motion', 'en');
    const app = document.querySelector('pf-kiosk')!;
    const moving = () =>
      [...app.renderRoot.querySelectorAll('*')].filter((e) => {
        const s = getComputedStyle(e);
        return s.animationName !== 'none' || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      });
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    expect(moving().length).to.be.above(0);
    await emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(moving().map((e) => e.outerHTML.slice(0, 60))).to.deep.equal([]);
  });
});
