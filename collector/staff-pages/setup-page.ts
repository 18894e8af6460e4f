/**
 * The set-up page (/staff/set-up#<token>): a person an admin added chooses their password, with the command line's
 * rules (at least 12 characters, not a common password). The token is in the link's fragment, which the browser
 * never sends, so it reaches no server's or proxy's log; /staff/set-up.js (no inline script: the staff pages' CSP
 * allows none) copies it into the form and takes it out of the address bar. The form posts it in the body.
 */
import { MIN_PASSWORD_LENGTH } from '../accounts/password-rules.js';
import { escapeHtml as h } from '../html.js';
import { notice, page } from './page.js';

export const SETUP_SCRIPT_PATH = '/staff/set-up.js';

export interface SetupPageView {
  /** Only after a refusal: the token the form posted, so the person can try another password. */
  token?: string;
  /** Known after a post: the account's email, for password managers. */
  email?: string;
  error?: string;
  /** The link cannot be used any more: no form, only what to do. */
  spent?: boolean;
}

export function setupPage(view: SetupPageView): string {
  if (view.spent) {
    return page(
      'Set up your account',
      `<h1>Set up your account</h1>
${notice(view.error, 'error')}
<p>Ask your practice manager for a new set-up link. If you have set a password already, <a href="/staff/sign-in">sign in</a>.</p>`,
    );
  }
  const username = view.email
    ? `<input type="email" name="username" autocomplete="username" value="${h(view.email)}" hidden readonly>`
    : '';
  return page(
    'Set up your account',
    `<h1>Set up your account</h1>
<p>Choose the password you will sign in with.</p>
${notice(view.error, 'error')}
<form class="stack" method="post" action="/staff/set-up">
  <input type="hidden" name="token" id="setup-token" value="${h(view.token ?? '')}">
  ${username}
  <label for="password">New password</label>
  <input id="password" name="password" type="password" autocomplete="new-password" required
    minlength="${MIN_PASSWORD_LENGTH}" aria-describedby="password-hint">
  <p id="password-hint" class="hint">At least ${MIN_PASSWORD_LENGTH} characters. A few words you will remember make a
    good one; a very common password is refused.</p>
  <label for="password-again">New password again</label>
  <input id="password-again" name="passwordAgain" type="password" autocomplete="new-password" required>
  <button type="submit">Set password</button>
</form>
<p id="setup-no-link" class="hint" hidden>This address has no set-up code in it. Open the whole link you were given (copy all of it).</p>
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
