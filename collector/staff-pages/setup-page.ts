/**
 * The set-up page (/staff/set-up#<token>): a person an admin added chooses their password, with the command line's
 * rules (at least 12 characters, not a common password). The token is in the link's fragment, which the browser
 * never sends, so it reaches no server's or proxy's log; /staff/set-up.js (no inline script: the staff pages' CSP
 * allows none) copies it into the form and takes it out of the address bar. The form posts it in the body. In the
 * page's language (`words`): a new person's browser has no console cookie yet, so usually its Accept-Language.
 */
import { MIN_PASSWORD_LENGTH } from '../accounts/password-rules.js';
import { escapeHtml as h } from '../html.js';
import { notice, page } from './page.js';
import type { PageWords } from './page-words.js';

export const SETUP_SCRIPT_PATH = '/staff/set-up.js';

export interface SetupPageView {
  words: PageWords;
  /** Only after a refusal: the token the form posted, so the person can try another password. */
  token?: string;
  /** Known after a post: the account's email, for password managers. */
  email?: string;
  error?: string;
  /** The link cannot be used any more: no form, only what to do. */
  spent?: boolean;
}

export function setupPage(view: SetupPageView): string {
  const t = view.words.setup;
  if (view.spent) {
    return page(
      view.words,
      t.title,
      `<h1>${h(t.title)}</h1>
${notice(view.error, 'error')}
<p>${t.spentHtml(`<a href="/staff/sign-in">${h(t.signInLink)}</a>`)}</p>`,
    );
  }
  const username = view.email
    ? `<input type="email" name="username" autocomplete="username" value="${h(view.email)}" hidden readonly>`
    : '';
  return page(
    view.words,
    t.title,
    `<h1>${h(t.title)}</h1>
<p>${h(t.choose)}</p>
${notice(view.error, 'error')}
<form class="stack" method="post" action="/staff/set-up">
  <input type="hidden" name="token" id="setup-token" value="${h(view.token ?? '')}">
  ${username}
  <label for="password">${h(t.password)}</label>
  <input id="password" name="password" type="password" autocomplete="new-password" required
    minlength="${MIN_PASSWORD_LENGTH}" aria-describedby="password-hint">
  <p id="password-hint" class="hint">${h(t.hint)}</p>
  <label for="password-again">${h(t.again)}</label>
  <input id="password-again" name="passwordAgain" type="password" autocomplete="new-password" required>
  <button type="submit">${h(t.button)}</button>
</form>
<p id="setup-no-link" class="hint" hidden>${h(t.noLink)}</p>
<script src="${SETUP_SCRIPT_PATH}"></script>`,
  );
}

/** Served as /staff/set-up.js: the fragment's token into the form, and out of the address bar and history. */
export const SETUP_JS = `'use strict';
(function () {
  var field = document.getElementById('setup-token');
  if (!field) return;
  var token = location.hash.slice(1);
  if (token) {
    field.value = token;
    history.replaceState(null, '', location.pathname);
  }
  if (!field.value) document.getElementById('setup-no-link').hidden = false;
})();
`;
