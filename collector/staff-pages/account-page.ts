/**
 * "Your sign-in" (/staff/account): the second factor — turn it on (secret for the app, then a first code), see how
 * many recovery codes are left, turn it off — and, for admins, whether every admin must have one. In the page's
 * language (`words`).
 */
import { escapeHtml as h } from '../html.js';
import { notice, page, type SignedInBar } from './page.js';
import type { PageWords } from './page-words.js';

export interface AccountView {
  words: PageWords;
  bar: SignedInBar;
  secondFactorOn: boolean;
  recoveryCodesLeft: number;
  adminsNeedIt: boolean;
  /** Shown when an admin must turn it on before anything else. */
  required: boolean;
  error?: string;
  info?: string;
}

const csrf = (token: string) => `<input type="hidden" name="_csrf" value="${h(token)}">`;

export function accountPage(view: AccountView): string {
  const { bar } = view;
  const t = view.words.account;
  const state = view.secondFactorOn
    ? `<p>${t.onHtml(view.recoveryCodesLeft)}</p>
${
  view.required
    ? `<p class="hint">${h(t.cannotTurnOff)}</p>`
    : `<form method="post" action="/staff/account/second-factor/off">${csrf(bar.csrfToken)}<button type="submit">${h(t.turnOff)}</button></form>`
}`
    : `<p>${t.offHtml}</p>
<form method="post" action="/staff/account/second-factor">${csrf(bar.csrfToken)}<button type="submit">${h(t.turnOn)}</button></form>`;
  const policy =
    bar.role === 'admin' && bar.wholeGroup
      ? `<section aria-labelledby="policy-heading">
  <h2 id="policy-heading">${h(t.policyHeading)}</h2>
  <form method="post" action="/staff/security">${csrf(bar.csrfToken)}
    <p><input type="checkbox" id="admins-need-it" name="adminsNeedSecondFactor" value="yes"${view.adminsNeedIt ? ' checked' : ''}>
    <label for="admins-need-it">${h(t.policyLabel)}</label></p>
    <button type="submit">${h(t.save)}</button>
  </form>
</section>`
      : '';
  const must = view.required && !view.secondFactorOn ? notice(t.mustTurnOn, 'error') : '';
  return page(
    view.words,
    t.title,
    `<h1>${h(t.title)}</h1>
${must}${notice(view.error, 'error')}${notice(view.info)}
<section aria-labelledby="factor-heading">
  <h2 id="factor-heading">${h(t.factorHeading)}</h2>
  ${state}
</section>
${policy}`,
    bar,
  );
}

export function setupPage(view: {
  words: PageWords;
  bar: SignedInBar;
  secret: string;
  uri: string;
  error?: string;
}): string {
  const t = view.words.factorSetup;
  const grouped = view.secret.replace(/(.{4})/g, '$1 ').trim();
  return page(
    view.words,
    t.title,
    `<h1>${h(t.title)}</h1>
${notice(view.error, 'error')}
<ol>
  <li>${t.addKeyHtml(`<code>${h(grouped)}</code>`, `<a href="${h(view.uri)}">${h(t.thisLink)}</a>`)}</li>
  <li>${h(t.typeCode)}</li>
</ol>
<form class="stack" method="post" action="/staff/account/second-factor/confirm">
  <input type="hidden" name="_csrf" value="${h(view.bar.csrfToken)}">
  <label for="code">${h(t.label)}</label>
  <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required>
  <button type="submit">${h(t.button)}</button>
</form>`,
    view.bar,
  );
}

export function recoveryCodesPage(view: { words: PageWords; bar: SignedInBar; codes: string[] }): string {
  const t = view.words.recovery;
  return page(
    view.words,
    t.title,
    `<h1>${h(t.heading)}</h1>
<p>${h(t.text)}</p>
<ul class="codes">${view.codes.map((c) => `<li>${h(c)}</li>`).join('')}</ul>
<p><a href="/staff/">${h(t.toInbox)}</a></p>`,
    view.bar,
  );
}
