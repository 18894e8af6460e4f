/**
 * The sign-in page (/staff/sign-in): fields labelled Email and Password, a button Sign in, errors in words, and —
 * while there is no account at all — the one command that makes the first. Then, for an account with a second
 * factor, the code page. In the page's language (`words`).
 */
import { escapeHtml as h } from '../html.js';
import { notice, page } from './page.js';
import type { PageWords } from './page-words.js';

import { FIRST_ACCOUNT_COMMAND } from '../accounts/staff-accounts.js';

export interface SignInPage {
  words: PageWords;
  /** Where to go once signed in (a same-site path). */
  next: string;
  email?: string;
  error?: string;
  info?: string;
  noAccountsYet: boolean;
}

export function signInPage(view: SignInPage): string {
  const t = view.words.signIn;
  const firstAccount = view.noAccountsYet
    ? `<section aria-labelledby="first-heading">
  <h2 id="first-heading">${h(t.noAccountHeading)}</h2>
  <p>${h(t.noAccountText)}</p>
  <p><code>${h(FIRST_ACCOUNT_COMMAND)}</code></p>
  <p class="hint">${h(t.noAccountHint)}</p>
</section>`
    : '';
  return page(
    view.words,
    t.title,
    `<h1>${h(t.title)}</h1>
${notice(view.error, 'error')}${notice(view.info)}
<form class="stack" method="post" action="/staff/sign-in">
  <input type="hidden" name="next" value="${h(view.next)}">
  <label for="email">${h(t.email)}</label>
  <input id="email" name="email" type="email" autocomplete="username" required value="${h(view.email ?? '')}">
  <label for="password">${h(t.password)}</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <button type="submit">${h(t.button)}</button>
</form>
${firstAccount}`,
  );
}

export function codePage(view: { words: PageWords; next: string; csrfToken: string; error?: string }): string {
  const t = view.words.code;
  return page(
    view.words,
    t.title,
    `<h1>${h(t.heading)}</h1>
${notice(view.error, 'error')}
<form class="stack" method="post" action="/staff/sign-in/code">
  <input type="hidden" name="next" value="${h(view.next)}">
  <input type="hidden" name="_csrf" value="${h(view.csrfToken)}">
  <label for="code">${h(t.label)}</label>
  <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required aria-describedby="code-hint">
  <p id="code-hint" class="hint">${h(t.hint)}</p>
  <button type="submit">${h(t.button)}</button>
</form>
<p><a href="/staff/sign-in">${h(t.startAgain)}</a></p>`,
  );
}
