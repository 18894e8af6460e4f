import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SurveySession } from './survey-session.js';

/**
 * "Read this to me": the device speaks the screen — its heading, each question's title and help, the options'
 * words, the notes and the thanks — in the survey's language, with the browser's speech synthesis. A part of its
 * own (parts.ts), fetched at idle where the browser has speech synthesis at all; the button shows only while the
 * device has a voice for the language. Reading stops on the second press, on a new screen (a reset is one), and
 * when the element leaves the page.
 *
 * What is read comes from the screen's text, block by block, never from a control: what a patient typed lives only
 * in the value of a field (their own words, a phone number), which is not text of the page, so it is never read
 * back. Buttons are not read, except the answers of the recovery offer ("No, thank you").
 */

/** The part of the Web Speech API read aloud uses: `speechSynthesis`, or in a test a recording one. */
export interface Synthesizer {
  getVoices(): readonly Voice[];
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export type Voice = Pick<SpeechSynthesisVoice, 'lang' | 'name'>;

/** What the button says. */
export interface ReadAloudWords {
  readonly readAloud: string;
  readonly stopReading: string;
}

/** The blocks of a screen that are read, in order: headings, paragraphs, list items, options, a field's label. */
const SAID = 'h2, h3, p:not(#progress), li, .option, label.label, .offer button';
/** Never read: controls (their values are the patient's), pictures, what is hidden from assistive technology. */
const UNSAID = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'svg', 'PROGRESS']);

/** A block's words, without anything inside a control, a picture or an aria-hidden part. */
function wordsOf(node: Node, top = true): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
  if (!top && UNSAID.has(node.tagName)) return '';
  return Array.from(node.childNodes, (child) => wordsOf(child, false)).join('');
}

/** What a screen says aloud, one line per block (a block inside another is read with it, once). */
export function screenWords(root: ParentNode): string[] {
  const blocks = Array.from(root.querySelectorAll(SAID));
  return blocks
    .filter((el) => !blocks.some((outer) => outer !== el && outer.contains(el)))
    .map((el) => wordsOf(el).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0];

/** The voice for a language: one for exactly this tag (`es-MX`), else one of its language (`es-ES` for `es`). */
export function voiceFor<V extends Voice>(voices: readonly V[], lang: string): V | undefined {
  const tag = lang.toLowerCase();
  return (
    voices.find((v) => v.lang.toLowerCase().replace('_', '-') === tag) ??
    voices.find((v) => primary(v.lang) === primary(lang))
  );
}

export class ReadAloud implements ReactiveController {
  private voices: readonly Voice[] = [];
  /** The reading under way (its screen); undefined when silent. A new reading is a new object. */
  private reading?: { readonly screen: string };
  /** The screen the button was drawn on in the last render. */
  private shown?: string;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly synth: Synthesizer = globalThis.speechSynthesis,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.synth.addEventListener('voiceschanged', this.onVoices);
    this.onVoices();
  }

  hostDisconnected(): void {
    this.synth.removeEventListener('voiceschanged', this.onVoices);
    this.stop(false);
  }

  hostUpdate(): void {
    this.shown = undefined;
  }

  /** A new screen (or none with the button): what was being read is no longer in front of the patient. */
  hostUpdated(): void {
    if (this.reading && this.reading.screen !== this.shown) this.stop(false);
  }

  private onVoices = (): void => {
    this.voices = this.synth.getVoices();
    this.host.requestUpdate();
  };

  /** The button for the session's screen now, or nothing when the device has no voice for `lang`. */
  button(t: ReadAloudWords, lang: string, s: SurveySession): TemplateResult | typeof nothing {
    const voice = voiceFor(this.voices, lang);
    if (!voice) return nothing;
    // Names the screen: reading stops when it changes (a new screen, the language, a reset, Submit pressed).
    const screen = (this.shown = `${s.generation} ${s.stage} ${s.phase} ${s.step} ${lang}`);
    const on = this.reading?.screen === screen;
    // Its own row under the screen's buttons; a button, so it is never read out itself.
    return html`<div class="actions"><button type="button" part="button"
      @click=${() => (on ? this.stop() : this.read(screen, lang, voice))}>${on ? t.stopReading : t.readAloud}</button></div>`;
  }

  private read(screen: string, lang: string, voice: Voice): void {
    const lines = screenWords(this.host.renderRoot);
    if (!lines.length) return;
    this.synth.cancel();
    const reading = (this.reading = { screen });
    let left = lines.length;
    for (const line of lines) {
      const utterance = new SpeechSynthesisUtterance(line);
      utterance.lang = lang;
      // A recording synthesizer's voices are plain objects; the platform accepts only its own.
      if (voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
      const done = (e: Event) => {
        // Only this reading's end: a cancelled earlier one reports its utterances' errors late.
        if (this.reading === reading && (e.type === 'error' || --left === 0)) this.stop();
      };
      utterance.addEventListener('end', done);
      utterance.addEventListener('error', done);
      this.synth.speak(utterance);
    }
    this.host.requestUpdate();
  }

  /** Silence; `render` false when the screen is being drawn anyway. */
  stop(render = true): void {
    if (!this.reading) return;
    this.reading = undefined;
    this.synth.cancel();
    if (render) this.host.requestUpdate();
  }
}
