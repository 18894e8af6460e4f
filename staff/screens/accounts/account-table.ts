/**
 * The table of accounts (a template, not an element): email, role, practices, status in words (with the set-up
 * link's end), second factor, last sign-in, and — for every account but the admin's own — buttons named with the
 * person ("Disable nurse@…"). Emails and practice names are people's text: shown as text.
 */
import { html, nothing } from 'lit';
import type { StaffAccountSummary } from '../../../src/core/accounts-api.js';
import type { Me, StaffLanguage } from '../../../src/core/staff-api.js';
import { staffTime } from '../../format/time.js';
import { fill } from '../../i18n/index.js';
import type { AccountStrings, ConfirmKind } from '../../i18n/accounts.js';
import { tableBox } from '../../styles/table-box.js';

export interface AccountTableOptions {
  accounts: readonly StaffAccountSummary[];
  me: Me;
  /** The collector's clock when it listed them. */
  now: string;
  a: AccountStrings;
  lang: StaffLanguage;
  onChange: (account: StaffAccountSummary) => void;
  onConfirm: (account: StaffAccountSummary, kind: ConfirmKind) => void;
}

export function practiceWords(practices: StaffAccountSummary['practices'], me: Me, a: AccountStrings): string {
  if (practices === 'every') return a.every;
  return practices.map((id) => me.practices.find((p) => p.id === id)?.name ?? id).join(', ');
}

function statusCell(account: StaffAccountSummary, o: AccountTableOptions) {
  const zone = o.me.practices[0]?.timeZone;
  const ends = account.setupLinkExpiresAt;
  const why =
    account.status === 'waiting' && ends
      ? Date.parse(ends) <= Date.parse(o.now)
        ? o.a.linkExpired
        : fill(o.a.linkUntil, staffTime(ends, o.lang, zone))
      : account.status === 'waiting'
        ? o.a.linkExpired
        : '';
  return html`<td class="status ${account.status}">
    ${o.a.statuses[account.status]}${why ? html`<span class="why">${why}</span>` : nothing}
  </td>`;
}

function actionButton(label: string, email: string, onClick: () => void) {
  return html`<button type="button" @click=${onClick}>
    ${label}<span class="visually-hidden"> ${email}</span>
  </button>`;
}

function actions(account: StaffAccountSummary, o: AccountTableOptions) {
  const { a } = o;
  if (account.email === o.me.name) {
    return html`<td>${a.you} · <a href="/staff/account">${a.yourOwn}</a></td>`;
  }
  const disabled = account.status === 'disabled';
  return html`<td>
    <div class="row-actions">
      ${disabled ? nothing : actionButton(a.change, account.email, () => o.onChange(account))}
      ${
        disabled
          ? actionButton(a.enable, account.email, () => o.onConfirm(account, 'enable'))
          : actionButton(a.disable, account.email, () => o.onConfirm(account, 'disable'))
      }
      ${disabled ? nothing : actionButton(a.newLink, account.email, () => o.onConfirm(account, 'link'))}
      ${account.secondFactor ? actionButton(a.factorOff, account.email, () => o.onConfirm(account, 'factor')) : nothing}
    </div>
  </td>`;
}

function row(account: StaffAccountSummary, o: AccountTableOptions) {
  const { a } = o;
  const zone = o.me.practices[0]?.timeZone;
  return html`<tr>
    <td class="email words">${account.email}</td>
    <td>${a.roles[account.role]}</td>
    <td class="words">${practiceWords(account.practices, o.me, a)}</td>
    ${statusCell(account, o)}
    <td>${account.secondFactor ? a.on : a.off}</td>
    <td>
      ${
        account.lastSignInAt
          ? html`<time datetime=${account.lastSignInAt}>${staffTime(account.lastSignInAt, o.lang, zone)}</time>`
          : a.never
      }
    </td>
    ${actions(account, o)}
  </tr>`;
}

export function accountTable(o: AccountTableOptions) {
  const { a } = o;
  return tableBox({
    id: 'accounts-caption',
    caption: a.table,
    head: [a.email, a.role, a.practices, a.status, a.secondFactor, a.lastSignIn, a.actions],
    rows: o.accounts.map((account) => row(account, o)),
  });
}
