/// <reference types="mocha" />
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import './helpers/own-outbox.js';
import '../../../src/elements/define.js';
import { voiceFor, type Voice } from '../../../src/elements/survey-form/read-aloud.js';
import { axeViolations } from '../helpers/axe.js';
import { findByRole, getByRole, queryAllByRole, queryByRole } from '../helpers/by-role.js';
import { mount, newEndpoint, settle } from './helpers/page.js';
import { clickCentre } from '../helpers/pointer.js';

/**
 * A synthesizer that records instead of speaking (the read-aloud controller's port): its voices are what a test
 * says, `speak` keeps each utterance, `cancel` drops the queue and, like Chromium, reports each dropped utterance
 * with an `error` event.
 */
class RecordingSynth extends EventTarget {
  voices: Voice[] = [];
  queue: SpeechSynthesisUtterance[] = [];
  spoken: SpeechSynthesisUtterance[] = [];
  cancels = 0;
  getVoices() {
    return this.voices;
  }
  speak(u: SpeechSynthesisUtterance) {
    this.spoken.push(u);
    this.queue.push(u);
  }
  cancel() {
    this.cancels++;
    const dropped = this.queue.splice(0);
    setTimeout(() => dropped.forEach((u) => u.dispatchEvent(new Event('error'))), 0);
  }
  /** The device finishes speaking everything queued. */
  finish() {
    for (const u of this.queue.splice(0)) u.dispatchEvent(new Event('end'));
  }
  setVoices(voices: Voice[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
  lines() {
    return this.spoken.map((u) => u.text);
  }
}

const english: Voice = { lang: 'en-US', name: 'Test English' };
const spanish: Voice = { lang: 'es_ES', name: 'Test Español' };
const real = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');

describe('read aloud ("Read this to me")', () => {
  let host: HTMLElement;
  let synth: RecordingSynth;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    synth = new RecordingSynth();
  });
  afterEach(() => {
    host.remove();
    if (real) Object.defineProperty(window, 'speechSynthesis', real);
  });

  /** The recording synthesizer stands in for the browser's from here on (elements placed later use it). */
  const useRecording = (voices: Voice[]) => {
    synth.voices = voices;
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  };
  const place = (attributes: Record<string, string | boolean> = {}) =>
    mount<HTMLElement & { reset(): void }>(
      'pf-first-impression',
      { endpoint: newEndpoint().url, lang: 'en', practice: 'Smile Dental', ...attributes },
      host,
    );
  const readButton = (el: HTMLElement) => findByRole(el.shadowRoot!, 'button', 'Read this to me');

  it("with the browser's own speech synthesis: shown exactly when the browser has a voice for the language", async () => {
    // No recording synthesizer: the real API. Debian's headless Chromium has speechSynthesis but no voices.
    await new Promise<void>((resolve) => {
      speechSynthesis.addEventListener('voiceschanged', () => resolve(), { once: true });
      setTimeout(resolve, 1_500);
      speechSynthesis.getVoices();
    });
    const hasVoice = !!voiceFor(speechSynthesis.getVoices(), 'en');
    const el = await place();
    // Long enough for the part fetched at idle (whenIdle: at most 2 s) and the voices to be asked for.
    await new Promise((r) => setTimeout(r, 2_500));
    await settle(el);
    expect(
      !!queryByRole(el.shadowRoot!, 'button', 'Read this to me'),
      `voices: ${speechSynthesis.getVoices().length}`,
    ).to.equal(hasVoice);
  });

  it('is shown only for a language the device has a voice for, and appears when one arrives', async () => {
    useRecording([english]);
    const en = await place();
    await readButton(en);
    const es = await place({ lang: 'es' });
    await new Promise((r) => setTimeout(r, 2_500));
    expect(queryByRole(es.shadowRoot!, 'button', 'Léamelo en voz alta')).to.equal(undefined);
    synth.setVoices([english, spanish]);
    await findByRole(es.shadowRoot!, 'button', 'Léamelo en voz alta');
  });

  it("speaks the screen's heading and options in the survey's language, becomes Stop reading, and stops on press", async () => {
    useRecording([english]);
    const el = await place();
    await clickCentre(await readButton(el));
    await settle(el);
    expect(synth.lines()).to.deep.equal([
      'Overall, how was your experience of our service?',
      'Very good',
      'Good',
      'Neither good nor poor',
      'Poor',
      'Very poor',
      "Don't know",
    ]);
    expect(synth.spoken.every((u) => u.lang === 'en')).to.equal(true);
    const stop = getByRole(el.shadowRoot!, 'button', 'Stop reading');
    expect(await axeViolations(el)).to.deep.equal([]);
    const cancels = synth.cancels;
    await clickCentre(stop);
    await settle(el);
    expect(synth.cancels).to.equal(cancels + 1);
    await readButton(el);
    // The cancelled utterances' late errors do not stop a new reading.
    await clickCentre(await readButton(el));
    await new Promise((r) => setTimeout(r, 50));
    getByRole(el.shadowRoot!, 'button', 'Stop reading');
    // When the device has said everything, the button is back.
    synth.finish();
    await readButton(el);
  });

  it('never speaks what the patient typed: their own words and their phone number stay unsaid', async () => {
    useRecording([english]);
    const el = await place();
    const root = el.shadowRoot!;
    const click = async (role: string, name: string | RegExp) => {
      await clickCentre(getByRole(root, role, name));
      await settle(el);
    };
    await readButton(el);
    await click('radio', 'Poor');
    for (let n = 2; n <= 5; n++) await click('button', 'Next');
    await click('textbox', /anything you would like to tell us/i);
    await sendKeys({ type: 'My private words about Dr Example' });
    await clickCentre(await readButton(el));
    expect(synth.lines()).to.deep.equal([
      'Is there anything you would like to tell us? (optional)',
      'Anything at all — what went well, or what we could do better.',
      '33 of 2,000 characters',
    ]);

    await click('button', 'Submit');
    await findByRole(root, 'button', 'Tell us what went wrong');
    synth.spoken = [];
    await clickCentre(await readButton(el));
    expect(synth.lines()).to.deep.equal([
      'Thank you for your feedback',
      'Your answers help Smile Dental care for every patient.',
      'Would you tell us what went wrong?',
      "We're sorry. A few words help us put it right.",
      'No, thank you',
      'Tell us what went wrong',
    ]);
    expect(await axeViolations(el), 'thank you with the button').to.deep.equal([]);
    await click('button', 'Tell us what went wrong');
    await findByRole(root, 'checkbox', 'Wait time');
    for (let n = 0; n < 3; n++) {
      if (queryByRole(root, 'textbox', /In your own words/)) {
        await click('textbox', /In your own words/);
        await sendKeys({ type: 'Secret details' });
      }
      await click('button', 'Next');
    }
    await click('radio', 'Phone call');
    await click('textbox', 'Your phone number');
    await sendKeys({ type: '555 010 0199' });
    synth.spoken = [];
    await clickCentre(await readButton(el));
    const said = synth.lines().join(' | ');
    expect(said).to.contain('How can we reach you?');
    expect(said).to.contain('Phone call');
    expect(said).to.contain('Your phone number');
    for (const typed of ['private', 'Secret', '555', '0199']) expect(said).not.to.contain(typed);
  });

  it('stops on a new screen, on reset() and when the element leaves the page', async () => {
    useRecording([english]);
    const el = await place();
    const root = el.shadowRoot!;
    const reading = async () => {
      await clickCentre(await readButton(el));
      await settle(el);
      getByRole(root, 'button', 'Stop reading');
      return synth.cancels;
    };
    let before = await reading();
    await clickCentre(getByRole(root, 'radio', 'Good'));
    await settle(el);
    getByRole(root, 'button', 'Stop reading'); // choosing an answer keeps it reading
    await clickCentre(getByRole(root, 'button', 'Next'));
    await settle(el);
    expect(synth.cancels, 'Next').to.equal(before + 1);
    await readButton(el);

    before = await reading();
    el.reset();
    await settle(el);
    expect(synth.cancels, 'reset').to.equal(before + 1);
    expect(queryAllByRole(root, 'button', 'Stop reading')).to.have.length(0);

    before = await reading();
    el.remove();
    expect(synth.cancels, 'removed').to.equal(before + 1);
  });

  it('reads the short sentences in easy read, and axe finds nothing with the button there', async () => {
    useRecording([english]);
    const el = await place({ 'easy-read': true });
    await clickCentre(await readButton(el));
    expect(synth.lines()[0]).to.equal('How was your visit today?');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
