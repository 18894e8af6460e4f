/**
 * What a screen reads when it is put on the page, and what it says meanwhile, as one Lit reactive controller for
 * the screens that each wrote it themselves (accounts, alerts, audit, practices, sessions, settings, surveys,
 * tablets, webhooks):
 *
 * - whether this person may see the screen at all (`allowed`): nothing is read for anyone else;
 * - the reading, on arrival and again when the screen asks (`load`), the latest one winning; one still under way
 *   when the screen goes is dropped; a screen that refreshes by itself (`refreshMs`) does it in the background,
 *   which does not keep the session alive;
 * - Loading… until the first reading is here, or why the collector refused (`refusal`, through refusalText:
 *   offline, not allowed in the screen's own words, or the collector's reason). A 401 says nothing: the console is
 *   already on its way to the sign-in page;
 * - what the person asked the screen to do (`act`: End, Disable, Retire…), then the reading again: a refusal of it
 *   (or one the screen sets as `problem`) is still said once that reading is here, and after every refresh nobody
 *   asked for, until the person asks for something else; a reading's refusal goes with the next reading that works.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import { ApiError } from '../api/client.js';
import { refusalText } from '../api/refusal.js';
import { staffStrings } from '../i18n/index.js';

export interface ScreenLoadHost extends ReactiveControllerHost {
  readonly me: Me;
  readonly lang: StaffLanguage;
}

export interface ScreenLoadOptions<T> {
  /** Reads what the screen shows; `background`: a refresh nobody asked for. */
  read(how: { signal: AbortSignal; background: boolean }): Promise<T>;
  /** Who may see the screen; everyone when absent. */
  allowed?(me: Me): boolean;
  /** The screen's own sentence for a refusal as not allowed (403); the collector's reason when absent. */
  forbidden?(lang: StaffLanguage): string;
  /** The screen's own sentence around the collector's reason (`{0}`); "Something went wrong: {0}" when absent. */
  problem?(lang: StaffLanguage): string;
  /** A refusal the screen says in a place of its own (a wrong filter beside its field): true when it has. */
  onRefused?(error: ApiError): boolean;
  /** Reads again every so many milliseconds while the screen is on the page. */
  refreshMs?: number;
}

export class ScreenLoad<T> implements ReactiveController {
  private read: T | undefined;
  private said = '';
  /** `said` is why something the person asked for was refused: a refresh nobody asked for leaves it. */
  private held = false;
  private reading: AbortController | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ScreenLoadHost,
    private readonly options: ScreenLoadOptions<T>,
  ) {
    host.addController(this);
  }

  /** What was read last, or what a change gave back; undefined until the first reading is here. */
  get value(): T | undefined {
    return this.read;
  }

  set value(value: T | undefined) {
    this.read = value;
    this.host.requestUpdate();
  }

  /** Why the last reading, or a change the screen made, was refused, in words; empty when it was not. */
  get problem(): string {
    return this.said;
  }

  /** Why something the person asked for was refused, in words (kept until they ask for something else), or ''. */
  set problem(words: string) {
    this.say(words, words !== '');
  }

  private say(words: string, held: boolean): void {
    this.said = words;
    this.held = held;
    this.host.requestUpdate();
  }

  get allowed(): boolean {
    return this.options.allowed?.(this.host.me) ?? true;
  }

  hostConnected(): void {
    if (!this.allowed) return;
    void this.load();
    const every = this.options.refreshMs;
    if (every) this.timer = setInterval(() => void this.load({ background: true }), every);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.reading?.abort();
  }

  /**
   * Reads again: true once it is here (and the last refusal is forgotten, unless this is a refresh nobody asked for
   * and the refusal is of something the person asked for), false when it was refused.
   */
  async load({ background = false } = {}): Promise<boolean> {
    this.reading?.abort();
    const reading = (this.reading = new AbortController());
    if (!background) this.held = false;
    const keep = () => background && this.held;
    try {
      const value = await this.options.read({ signal: reading.signal, background });
      if (reading.signal.aborted) return false;
      this.read = value;
      if (keep()) this.host.requestUpdate();
      else this.say('', false);
      return true;
    } catch (error) {
      if (reading.signal.aborted || (error instanceof ApiError && error.status === 401) || keep()) return false;
      if (!(error instanceof ApiError && this.options.onRefused?.(error))) this.say(this.refusal(error), false);
      return false;
    }
  }

  /**
   * Does what the person asked (`work`), then reads again, unless `work` resolves false (the screen is being left).
   * A refusal is said as every screen says it, and is still said once that reading is here (and after refreshes
   * nobody asked for, until the person asks for something else). True when it was done.
   */
  async act(work: () => Promise<boolean | void>): Promise<boolean> {
    let again: boolean | void;
    try {
      again = await work();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return false;
      await this.load();
      this.problem = this.refusal(error);
      return false;
    }
    if (again !== false) await this.load();
    return true;
  }

  /** Why the collector refused, in the screen's words: for the screen's own requests too. */
  refusal(error: unknown): string {
    const { lang } = this.host;
    return refusalText(error, lang, this.options.forbidden?.(lang), this.options.problem?.(lang));
  }

  /** The refusal, if there is one, as an alert. */
  problemAlert() {
    return this.said ? html`<p class="problem" role="alert">${this.said}</p>` : nothing;
  }

  /** `content` of what was read once it is here; until then Loading…, or nothing when there is a refusal to read. */
  orLoading(content: (value: T) => unknown) {
    if (this.read !== undefined) return content(this.read);
    return this.said ? nothing : html`<p>${staffStrings(this.host.lang).loading}</p>`;
  }

  /** The refusal, if any, then `content` (or Loading…): where a screen shows both in one place. */
  view(content: (value: T) => unknown) {
    return html`${this.problemAlert()}${this.orLoading(content)}`;
  }
}
