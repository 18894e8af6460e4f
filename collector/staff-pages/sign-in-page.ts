/**
 * The sign-in page (/staff/sign-in): fields labelled Email and Password, a button Sign in, errors in words, and —
 * while there is no account at all — the one command that makes the first. Then, for an account with a second
 * factor, the code page.
 */
import { escapeHtml as h } from '../html.js';
import { notice, page } from './page.js';

import { FIRST_ACCOUNT_COMMAND } from '../accounts/staff-accounts.js';

export interface SignInPage {
  /** Where to go once signed in (a same-site path). */
  next: string;
  email?: string;
  error?: string;
  info?: string;
  noAccountsYet: boolean;
}

export function signInPage(view: SignInPage): string {
  const firstAccount = view.noAccountsYet
    ? `<section aria-labelledby="first-heading">
  <h2 id="first-heading">No account yet</h2>
  <p>Nobody can sign in until the first account exists. On the computer the collector runs on, in its folder, run:</p>
  <p><code>${h(FIRST_ACCOUNT_COMMAND)}</code></p>
  <p class="hint">It asks for a password (at least 12 characters). No web page can make the first admin.</p>
</section>`
    : '';
  return page(
    'Sign in',
    `<h1>Sign in</h1>
${notice(view.error, 'error')}${notice(view.info)}
<form class="stack" method="post" action="/staff/sign-in">
  <input type="hidden" name="next" value="${h(view.next)}">
  <label for="email">Email</label>
  <input id="email" name="email" type="email" autocomplete="username" required value="${h(view.email ?? '')}">
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <button type="submit">Sign in</button>
</form>
${firstAccount}`,
  );
}

export function codePage(view: { next: string; csrfToken: string; error?: string }): string {
  return page(
    'Sign in: code',
    `<h1>Sign in: code from your app</h1>
${notice(view.error, 'error')}
<form class="stack" method="post" action="/staff/sign-in/code">
  <input type="hidden" name="next" value="${h(view.next)}">
  <input type="hidden" name="_csrf" value="${h(view.csrfToken)}">
  <label for="code">Code</label>
  <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required aria-describedby="code-hint">
  <p id="code-hint" class="hint">The 6 digits your authenticator app shows now, or one of your recovery codes.</p>
  <button type="submit">Continue</button>
</form>
<p><a href="/staff/sign-in">Start again</a></p>`,
  );
}
