/// <reference types="mocha" />
import { expect } from 'chai';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import { axeViolations } from '../helpers/axe.js';
import { getByRole, queryAllByRole } from '../helpers/by-role.js';
import { captureConsoleErrors, mount, newEndpoint, settle } from './helpers/page.js';
import { clickCentre } from '../helpers/pointer.js';
import { waitFor } from '../helpers/wait.js';
import { translationOf, uiWordsIn } from '../../../src/translations/index.js';
import { LANGUAGES } from '../../../src/translations/languages.js';

/** A sentence as a pattern, matched whole (a translation may hold characters a pattern treats specially). */
const exactly = (s: string) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** The words a patient sees in a language — from its file, English where it has none — to drive the flows. */
function wordsIn(lang: string) {
  const file = translationOf(lang);
  const t = uiWordsIn(lang);
  const survey = (id: string) => file?.surveys[id];
  return {
    next: t.next,
    submit: t.submit,
    poor: survey('first-impression')?.options?.poor ?? 'Poor',
    tell: t.accept,
    decline: t.decline,
    details: exactly(survey('what-went-wrong')?.questions?.details?.title ?? 'In your own words'),
    phone: t.phone,
    phoneValue: t.phoneValue,
    consent: t.consent,
    thanks: exactly(t.thanksRecovery),
  };
}

const viewports = { phone: { width: 320, height: 640 }, tablet: { width: 800, height: 1280 } } as const;

/**
 * axe-core (WCAG 2.2 A/AA, target-size on) on every screen of every flow: first impression → error → each screen →
 * thank you with the recovery offer → every recovery screen, its errors, the contact details → confirmation; the
 * declined ending; the standalone recovery form; a configuration problem. In every language shipped at phone width,
 * at tablet width in English and Arabic, and once in dark mode.
 */
describe('accessibility: 0 axe violations on every screen', () => {
  let host: HTMLElement;
  afterEach(async () => {
    host?.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  // Every language shipped at phone width (the narrowest, where long words wrap), two at tablet width, one dark.
  const cases = [
    ...LANGUAGES.map((lang) => ({ lang, size: 'phone' as const, dark: false })),
    ...(['en', 'ar'] as const).map((lang) => ({ lang, size: 'tablet' as const, dark: false })),
    { lang: 'en' as const, size: 'phone' as const, dark: true },
  ];

  for (const { lang, size, dark } of cases) {
    it(`${lang}, ${size}${dark ? ', dark mode' : ''}`, async () => {
      await setViewport(viewports[size]);
      if (dark) await emulateMedia({ colorScheme: 'dark' });
      const w = wordsIn(lang);
      const found: string[] = [];
      host = document.createElement('div');
      document.body.append(host);
      const endpoint = newEndpoint();
      const el = await mount(
        'pf-first-impression',
        {
          endpoint: endpoint.url,
          lang,
          practice: 'Smile Dental',
          promise: 'We will call you within one business day.',
        },
        host,
      );
      const root = el.shadowRoot!;
      const check = async (screen: string) => {
        await settle(el);
        for (const v of await axeViolations(el)) found.push(`${screen}: ${v}`);
      };
      const click = async (role: string, name: string | RegExp) => {
        await clickCentre(getByRole(root, role, name));
        await settle(el);
      };

      await check('first impression 1');
      await click('button', w.next);
      await check('first impression 1 with error');
      await click('radio', w.poor);
      for (let n = 2; n <= 5; n++) {
        await click('button', w.next);
        await check(`first impression ${n}`);
      }
      await click('button', w.submit);
      await waitFor(() => queryAllByRole(root, 'button', w.tell)[0], 'the recovery offer');
      await check('thank you with recovery offer');
      await click('button', w.tell);
      await check('recovery 1 (apology, categories, emergency)');
      await click('button', w.next);
      await check('recovery 2 (details)');
      await click('button', w.next);
      await check('recovery 2 with error');
      await click('textbox', w.details);
      await sendKeys({ type: 'Long wait' });
      await click('button', w.next);
      await check('recovery 3 (remedy)');
      await click('button', w.next);
      await check('recovery 4 (contact)');
      await click('radio', w.phone);
      await click('button', w.submit);
      await check('recovery 4 with contact and consent errors');
      await click('checkbox', w.consent);
      await click('button', w.submit);
      await check('recovery 4 with contact error');
      await click('textbox', w.phoneValue);
      await sendKeys({ type: '555 010 0199' });
      await click('button', w.submit);
      await waitFor(() => queryAllByRole(root, 'heading', w.thanks)[0], 'the confirmation');
      await check('recovery confirmation');

      // The declined ending and the standalone form.
      el.remove();
      const again = await mount('pf-first-impression', { endpoint: endpoint.url, lang }, host);
      await clickCentre(getByRole(again.shadowRoot!, 'radio', w.poor));
      for (let n = 2; n <= 5; n++) await clickCentre(getByRole(again.shadowRoot!, 'button', w.next));
      await clickCentre(getByRole(again.shadowRoot!, 'button', w.submit));
      await waitFor(() => queryAllByRole(again.shadowRoot!, 'button', w.decline)[0], 'the recovery offer');
      await clickCentre(getByRole(again.shadowRoot!, 'button', w.decline));
      await settle(again);
      for (const v of await axeViolations(again)) found.push(`declined: ${v}`);
      const standalone = await mount('pf-what-went-wrong', { endpoint: endpoint.url, lang }, host);
      for (const v of await axeViolations(standalone)) found.push(`standalone: ${v}`);
      const quiet = captureConsoleErrors(); // the missing endpoint is reported on the console on purpose
      const broken = await mount('pf-what-went-wrong', { lang }, host).finally(quiet.restore);
      for (const v of await axeViolations(broken)) found.push(`configuration problem: ${v}`);

      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }

  it('the checker itself sees into shadow roots and catches a nameless button and a tiny target', async () => {
    host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<button></button><button style="width:12px;height:12px;padding:0">x</button><button style="width:12px;height:12px;padding:0">y</button>';
    const ids = (await axeViolations(host)).map((v) => v.split(':')[0]);
    expect(ids).to.include('button-name');
    expect(ids).to.include('target-size');
  });
});
