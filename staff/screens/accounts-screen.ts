/**
 * @summary `<pf-staff-accounts>`: the people who can sign in (issue 13), for admins — a table of accounts with
 * their status in words; Add a person, which gives a set-up link shown once (Copy, and what to tell them); and per
 * account: Change (role, practices), Disable or Enable, New set-up link (a password reset) and Turn off second
 * factor, each weighty one after a confirmation. A scoped admin sees only their practices' accounts (the collector
 * decides: collector/accounts/account-input.ts). Their own account has no buttons here: /staff/account is theirs.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { AccountList, AccountSetup, StaffAccountSummary } from '../../src/core/accounts-api.js';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import { AccountsApi } from '../api/accounts.js';
import { ApiError, type StaffApi } from '../api/client.js';
import { AnnounceEvent } from '../app/events.js';
import { accountStrings, type ConfirmKind } from '../i18n/accounts.js';
import { fill, staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import type { AccountLinkEvent } from './accounts/account-add.js';
import './accounts/account-add.js';
import { changeDialog, confirmDialog, setupReady } from './accounts/account-dialogs.js';
import { readFields } from './accounts/account-fields.js';
import { accountTable } from './accounts/account-table.js';
import { accountsStyles } from './accounts/accounts.styles.js';
import { ScreenLoad } from './screen-load.js';

type Open = { kind: 'change'; account: StaffAccountSummary } | { kind: ConfirmKind; account: StaffAccountSummary };

export class AccountsScreen extends LitElement {
  static override styles = [sharedStyles, accountsStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    open: { state: true },
    dialogProblem: { state: true },
    dialogInvalid: { state: true },
    setup: { state: true },
    copyNote: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  /** The dialog open, and for whom. */
  declare open: Open | undefined;
  declare dialogProblem: string;
  declare dialogInvalid: string;
  /** A set-up link just made: shown until Done, never again. */
  declare setup: AccountSetup | undefined;
  declare copyNote: string;

  /** The button that opened a dialog: focus goes back to it when the dialog closes. */
  private opener: HTMLElement | undefined;

  constructor() {
    super();
    this.dialogProblem = '';
    this.dialogInvalid = '';
    this.copyNote = '';
  }

  private accountsApi: AccountsApi | undefined;

  private readonly list = new ScreenLoad<AccountList>(this, {
    read: () => this.accounts.list(),
    allowed: (me) => me.role === 'admin',
    problem: (lang) => accountStrings(lang).problem,
  });

  private get accounts(): AccountsApi {
    this.accountsApi ??= new AccountsApi(this.api);
    return this.accountsApi;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (changed.has('open') && dialog && !dialog.open) dialog.showModal();
    if (changed.has('setup') && this.setup) this.renderRoot.querySelector<HTMLElement>('#link-title')?.focus();
  }

  private openFor(open: Open): void {
    this.opener = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | undefined;
    this.dialogProblem = '';
    this.dialogInvalid = '';
    this.open = open;
  }

  private close = (): void => {
    this.open = undefined;
    void this.updateComplete.then(() => this.opener?.isConnected && this.opener.focus());
  };

  private announce(words: string): void {
    this.dispatchEvent(new AnnounceEvent(words));
  }

  private onSave = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const account = this.open?.account;
    if (!account) return;
    const a = accountStrings(this.lang);
    const { role, practices } = readFields(event.target as HTMLFormElement);
    if (!practices) {
      this.dialogInvalid = 'practices';
      this.dialogProblem = a.choosePractices;
      return;
    }
    try {
      await this.accounts.change(account.id, { role, practices });
      this.close();
      this.announce(fill(a.saved, account.email));
      await this.list.load();
    } catch (error) {
      const path = error instanceof ApiError ? (error.path ?? '') : '';
      this.dialogInvalid = path;
      this.dialogProblem = this.list.refusal(error);
    }
  };

  /** Does what was confirmed, then reads the list again; a refusal is still said once it is read (ScreenLoad.act). */
  private async confirm(kind: ConfirmKind, account: StaffAccountSummary): Promise<void> {
    const a = accountStrings(this.lang);
    this.open = undefined;
    await this.list.act(async () => {
      if (kind === 'link') this.setup = await this.accounts.newSetupLink(account.id);
      else if (kind === 'disable') await this.accounts.disable(account.id);
      else if (kind === 'enable') await this.accounts.enable(account.id);
      else await this.accounts.secondFactorOff(account.id);
      this.copyNote = '';
      this.announce(fill(a.confirm[kind].done, account.email));
    });
    if (kind !== 'link') this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private onLink = (event: AccountLinkEvent): void => {
    this.copyNote = '';
    this.setup = event.setup;
    void this.list.load();
  };

  private onCopy = async (): Promise<void> => {
    const a = accountStrings(this.lang);
    try {
      await navigator.clipboard.writeText(this.setup?.link ?? '');
      this.copyNote = a.copied;
    } catch {
      this.copyNote = a.copyFailed;
      this.renderRoot.querySelector<HTMLInputElement>('#setup-link')?.focus();
    }
  };

  private onDone = (): void => {
    this.setup = undefined;
    this.copyNote = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus());
  };

  private dialog() {
    const open = this.open;
    if (!open) return nothing;
    const a = accountStrings(this.lang);
    if (open.kind === 'change') {
      return changeDialog({
        account: open.account,
        me: this.me,
        a,
        problem: this.dialogProblem,
        invalid: this.dialogInvalid,
        onSave: (event) => void this.onSave(event),
        onCancel: this.close,
      });
    }
    const kind = open.kind;
    return confirmDialog(a, open.account, kind, () => void this.confirm(kind, open.account), this.close);
  }

  override render() {
    const t = staffStrings(this.lang);
    const a = accountStrings(this.lang);
    if (!this.list.allowed) return html`<h1 tabindex="-1">${t.navAccounts}</h1><p>${a.adminsOnly}</p>`;
    return html`<h1 tabindex="-1">${t.navAccounts}</h1>
      <p>${a.intro}${this.me.everyPractice ? nothing : html` ${a.introScoped}`}</p>
      <ul class="links">
        ${this.me.everyPractice ? html`<li><a href="/staff/sessions">${t.accountsSessions}</a></li>` : nothing}
        <li><a href="/staff/account">${t.accountsYours}</a></li>
      </ul>
      ${this.list.problemAlert()}
      ${
        this.setup
          ? setupReady({
              setup: this.setup,
              a,
              lang: this.lang,
              timeZone: this.me.practices[0]?.timeZone,
              copyNote: this.copyNote,
              onCopy: () => void this.onCopy(),
              onDone: this.onDone,
            })
          : nothing
      }
      ${this.list.orLoading((list) =>
        accountTable({
          accounts: list.accounts,
          me: this.me,
          now: list.now,
          a,
          lang: this.lang,
          onChange: (account) => this.openFor({ kind: 'change', account }),
          onConfirm: (account, kind) => this.openFor({ kind, account }),
        }),
      )}
      <pf-staff-account-add
        .api=${this.accounts}
        .me=${this.me}
        .lang=${this.lang}
        @pf-staff-account-link=${this.onLink}
      ></pf-staff-account-add>
      ${this.dialog()}`;
  }
}

customElements.define('pf-staff-accounts', AccountsScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-accounts': AccountsScreen;
  }
}
