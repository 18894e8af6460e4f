/**
 * @summary `<pf-staff-tablets>`: the waiting-room tablets of a practice (issue 14) — each one's health in words,
 * shape and colour (green, amber, red; collector/tablets/tablet-status.ts has the rules), refreshed every half
 * minute in the background; for the practice's admins, "Set up a new tablet" (a link and QR code shown once),
 * Retire with a confirmation, and the opening hours that decide when a silent tablet needs attention.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import type { Tablet, TabletList } from '../../src/core/tablets-api.js';
import type { StaffApi } from '../api/client.js';
import { AnnounceEvent } from '../app/events.js';
import { fill, staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { ScreenLoad } from './screen-load.js';
import './tablets/opening-hours-form.js';
import { tabletTable } from './tablets/tablet-table.js';
import './tablets/tablet-setup.js';
import { tabletsStyles } from './tablets/tablets.styles.js';

const REFRESH_MS = 30_000;

export class TabletsScreen extends LitElement {
  static override styles = [sharedStyles, tabletsStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    practice: { attribute: false },
    chosen: { state: true },
    retiring: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  /** The practice the address names (`?practice=<id>`), if any. */
  declare practice: string | undefined;
  declare chosen: string;
  /** The tablet whose retirement waits for a confirmation. */
  declare retiring: Tablet | undefined;

  /** The Retire button pressed: focus goes back to it when the confirmation is cancelled. */
  private retireButton: HTMLElement | undefined;

  /** The list, read again in the background every half minute, which does not keep the session alive. */
  private readonly list = new ScreenLoad<TabletList>(this, {
    read: ({ signal, background }) => this.api.tablets({ background, signal }),
    refreshMs: REFRESH_MS,
  });

  constructor() {
    super();
    this.chosen = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('practice') || changed.has('me')) {
      const seen = this.me.practices;
      this.chosen = seen.find((p) => p.id === this.practice)?.id ?? seen[0]?.id ?? '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (changed.has('retiring') && dialog && !dialog.open) dialog.showModal();
  }

  private onPractice = (event: Event): void => {
    this.chosen = (event.target as HTMLSelectElement).value;
  };

  /** Retires it, then reads the list again; a refusal is still said once it is read (ScreenLoad.act). */
  private async retire(tablet: Tablet): Promise<void> {
    const t = staffStrings(this.lang);
    this.retiring = undefined;
    await this.list.act(async () => {
      await this.api.retireTablet(tablet.id);
      this.dispatchEvent(new AnnounceEvent(fill(t.retired, tablet.name)));
    });
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private cancelRetire = (): void => {
    this.retiring = undefined;
    void this.updateComplete.then(() => this.retireButton?.focus());
  };

  private confirmation(tablet: Tablet) {
    const t = staffStrings(this.lang);
    return html`<dialog
      aria-labelledby="retire-title"
      aria-describedby="retire-text"
      @cancel=${this.cancelRetire}
    >
      <h2 id="retire-title" class="words">${fill(t.retireTitle, tablet.name)}</h2>
      <p id="retire-text">${t.retireText}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${() => void this.retire(tablet)}>${t.retireConfirm}</button>
        <button type="button" @click=${this.cancelRetire}>${t.cancel}</button>
      </div>
    </dialog>`;
  }

  private practiceChoice() {
    const t = staffStrings(this.lang);
    const seen = this.me.practices;
    if (seen.length === 1) return html`<p>${t.practice}: <span class="words">${seen[0]!.name}</span></p>`;
    return html`<div class="field">
      <label for="tablets-practice">${t.practice}</label>
      <select id="tablets-practice" @change=${this.onPractice}>
        ${seen.map((p) => html`<option value=${p.id} ?selected=${p.id === this.chosen}>${p.name}</option>`)}
      </select>
    </div>`;
  }

  override render() {
    const t = staffStrings(this.lang);
    const practice = this.me.practices.find((p) => p.id === this.chosen);
    if (!practice) return html`<h1 tabindex="-1">${t.navTablets}</h1><p>${t.noPractice}</p>`;
    const admin = this.me.role === 'admin';
    return html`<h1 tabindex="-1">${t.navTablets}</h1>
      <p>${t.tabletsIntro}</p>
      ${this.practiceChoice()}
      ${this.list.view((list) =>
        tabletTable({
          tablets: list.tablets.filter((tablet) => tablet.practiceId === practice.id),
          practiceName: practice.name,
          now: list.now,
          t,
          lang: this.lang,
          timeZone: practice.timeZone,
          canRetire: admin,
          onRetire: (tablet) => {
            this.retireButton = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | undefined;
            this.retiring = tablet;
          },
        }),
      )}
      ${
        admin
          ? html`<pf-staff-tablet-setup
            .api=${this.api}
            .lang=${this.lang}
            .practice=${practice}
            @pf-staff-tablet-added=${() => void this.list.load()}
          ></pf-staff-tablet-setup>`
          : html`<p>${t.tabletsAdminsOnly}</p>`
      }
      <pf-staff-opening-hours
        .api=${this.api}
        .lang=${this.lang}
        .practiceId=${practice.id}
        .canChange=${admin}
      ></pf-staff-opening-hours>
      ${this.retiring ? this.confirmation(this.retiring) : nothing}`;
  }
}

customElements.define('pf-staff-tablets', TabletsScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-tablets': TabletsScreen;
  }
}
