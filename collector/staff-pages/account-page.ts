/**
 * "Your sign-in" (/staff/account): the second factor — turn it on (secret for the app, then a first code), see how
 * many recovery codes are left, turn it off — and, for admins, whether every admin must have one.
 */
import { escapeHtml as h } from '../html.js';
import { notice, page, type SignedInBar } from './page.js';

export interface AccountView {
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
  const state = view.secondFactorOn
    ? `<p>Second factor: <strong>on</strong>. Recovery codes left: ${view.recoveryCodesLeft}.</p>
${
  view.required
    ? '<p class="hint">Every admin must use a second factor, so it cannot be turned off here.</p>'
    : `<form method="post" action="/staff/account/second-factor/off">${csrf(bar.csrfToken)}<button type="submit">Turn off the second factor</button></form>`
}`
    : `<p>Second factor: <strong>off</strong>. With it on, signing in also needs a code from an authenticator app on your
phone, so a password alone is not enough.</p>
<form method="post" action="/staff/account/second-factor">${csrf(bar.csrfToken)}<button type="submit">Turn on the second factor</button></form>`;
  const policy =
    bar.role === 'admin' && bar.wholeGroup
      ? `<section aria-labelledby="policy-heading">
  <h2 id="policy-heading">For every admin</h2>
  <form method="post" action="/staff/security">${csrf(bar.csrfToken)}
    <p><input type="checkbox" id="admins-need-it" name="adminsNeedSecondFactor" value="yes"${view.adminsNeedIt ? ' checked' : ''}>
    <label for="admins-need-it">Every admin must use a second factor</label></p>
    <button type="submit">Save</button>
  </form>
</section>`
      : '';
  const must =
    view.required && !view.secondFactorOn
      ? notice('Every admin must use a second factor: turn it on to go on to the inbox.', 'error')
      : '';
  return page(
    'Your sign-in',
    `<h1>Your sign-in</h1>
${must}${notice(view.error, 'error')}${notice(view.info)}
<section aria-labelledby="factor-heading">
  <h2 id="factor-heading">Second factor</h2>
  ${state}
</section>
${policy}`,
    bar,
  );
}

export function setupPage(view: { bar: SignedInBar; secret: string; uri: string; error?: string }): string {
  const grouped = view.secret.replace(/(.{4})/g, '$1 ').trim();
  return page(
    'Turn on the second factor',
    `<h1>Turn on the second factor</h1>
${notice(view.error, 'error')}
<ol>
  <li>In an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or 1Password),
  add an account with this key: <code>${h(grouped)}</code> — or, on the phone, open
  <a href="${h(view.uri)}">this link</a>.</li>
  <li>Type the 6-digit code the app shows.</li>
</ol>
<form class="stack" method="post" action="/staff/account/second-factor/confirm">
  <input type="hidden" name="_csrf" value="${h(view.bar.csrfToken)}">
  <label for="code">Code</label>
  <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required>
  <button type="submit">Turn on</button>
</form>`,
    view.bar,
  );
}

export function recoveryCodesPage(view: { bar: SignedInBar; codes: string[] }): string {
  return page(
    'Recovery codes',
    `<h1>Second factor on: your recovery codes</h1>
<p>If your phone is lost, each of these codes signs you in once instead of the app's code. They are shown only now:
print them or keep them in a password manager.</p>
<ul class="codes">${view.codes.map((c) => `<li>${h(c)}</li>`).join('')}</ul>
<p><a href="/staff/">Go to the inbox</a></p>`,
    view.bar,
  );
}
