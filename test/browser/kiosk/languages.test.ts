// The kiosk's start screen in every language it ships: each named in its own words and script, the survey in the
// one chosen (right to left for Arabic), and the choice gone for the next patient.
import { expect } from 'chai';
import { recordedSubmissions } from '../../../kiosk/local-record.js';
import { LANGUAGE_NAMES } from '../../../src/translations/language-names.js';
import { LANGUAGES } from '../../../src/translations/languages.js';
import { translationOf, uiWordsIn } from '../../../src/translations/index.js';
import {
  axeViolations,
  findByRole,
  isolate,
  mountKiosk,
  queryByRole,
  storedIds,
  tap,
  tapRole,
  unmount,
  waitFor,
  type Isolated,
} from './helpers.js';

describe('kiosk: every language', () => {
  let k: Isolated;
  beforeEach(() => {
    k = isolate('languages');
  });
  afterEach(unmount);

  it('lists every language in its own name and script, and greets the patient in the one tapped (0 axe violations)', async () => {
    const app = await mountKiosk({ endpoint: k.endpoint, practice: 'Smile Dental' });
    const found: string[] = [];
    for (const lang of LANGUAGES) {
      const button = await findByRole(app, 'button', LANGUAGE_NAMES[lang]);
      expect(button.getAttribute('lang'), LANGUAGE_NAMES[lang]).to.equal(lang);
      await tap(button);
      const kiosk = translationOf(lang)?.kiosk;
      await findByRole(app, 'button', kiosk?.tapToStart ?? 'Tap to start');
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(app.shadowRoot!.querySelector('main')!.getAttribute('lang')).to.equal(lang);
      for (const v of await axeViolations(app)) found.push(`${lang}: ${v}`);
    }
    expect(found, found.join('\n')).to.deep.equal([]);
  });

  it('runs the survey in Arabic, right to left, and the next patient starts in the tablet’s own language', async () => {
    const app = await mountKiosk({ endpoint: k.endpoint, lang: 'en' }, { thanksSeconds: 60 });
    const ar = translationOf('ar')!;
    const t = uiWordsIn('ar');
    await tapRole(app, 'button', LANGUAGE_NAMES.ar!);
    await tapRole(app, 'button', ar.kiosk.tapToStart!);

    const survey = app.shadowRoot!.querySelector('pf-first-impression')!;
    expect(survey.getAttribute('lang')).to.equal('ar');
    await tapRole(app, 'radio', ar.surveys['first-impression']!.options!['very-good']!);
    const container = survey.shadowRoot!.querySelector('.container')!;
    expect(getComputedStyle(container).direction, 'Arabic reads right to left').to.equal('rtl');
    for (let i = 0; i < 10 && !queryByRole(app, 'button', t.submit); i++) {
      await tapRole(app, 'button', t.next);
      await new Promise((r) => setTimeout(r, 60));
    }
    await tapRole(app, 'button', t.submit);
    await findByRole(app, 'heading', new RegExp(`^${t.thanks}`));
    await tapRole(app, 'button', ar.kiosk.done!);

    // The next patient: English again, nothing of the last one's choice left.
    await findByRole(app, 'button', 'Tap to start');
    expect((await findByRole(app, 'button', 'English')).getAttribute('aria-pressed')).to.equal('true');
    expect(app.shadowRoot!.querySelector('main')!.getAttribute('lang')).to.equal('en');

    const ids = await waitFor(
      async () => ((await storedIds(k.bucket)).length ? storedIds(k.bucket) : undefined),
      'the submission',
    );
    const kept = (await recordedSubmissions()).find((s) => s.id === ids[0]);
    expect(kept?.lang).to.equal('ar');
    expect(kept?.answers.overall, 'the same answer value in every language').to.equal('very-good');
  });
});
