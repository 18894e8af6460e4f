/**
 * The frame of the staff side's own pages (sign-in, second factor, sessions, security): a plain server-rendered
 * document with no inline script or style (the staff pages' CSP allows none), the stylesheet at /staff/pages.css,
 * and — once signed in — a bar naming who is signed in, with a Sign out button, and the idle timer (idle-warning.ts)
 * that signs the screen out with its session. In the page's language (page-language.ts, page-words.ts).
 */
import { escapeHtml as h } from '../html.js';
import { IDLE_CSS, IDLE_SCRIPT_TAG, idleAttribute, idleDialog } from './idle-warning.js';
import type { PageWords } from './page-words.js';

export interface SignedInBar {
  email: string;
  role: string;
  csrfToken: string;
  /** Seconds the session has left without a person's action. */
  idleSeconds: number;
  /** Sees every practice: the group's own pages (practices, sessions, audit, settings) are theirs. */
  wholeGroup: boolean;
}

/** Who is signed in and the Sign out button: on every signed-in page. */
export function staffBar(bar: SignedInBar, w: PageWords): string {
  const t = w.bar;
  const a = (href: string, words: string) => `<a href="${href}">${h(words)}</a> `;
  const groupLinks =
    bar.role === 'admin' && bar.wholeGroup
      ? a('/staff/practices', t.practices) + a('/staff/sessions', t.sessions) + a('/staff/audit', t.audit)
      : '';
  const adminLinks =
    bar.role === 'admin'
      ? `${groupLinks}${a('/staff/patient-data', t.patientData)}` +
        (bar.wholeGroup ? a('/staff/settings', t.settings) : '')
      : '';
  const csrf = `<input type="hidden" name="_csrf" value="${h(bar.csrfToken)}">`;
  const yourSignIn = `<a href="/staff/account">${h(t.yourSignIn)}</a>`;
  const role = (t.roles as Record<string, string | undefined>)[bar.role] ?? bar.role;
  return `<header class="staff-bar">
  <p>${t.signedInAsHtml(`<strong>${h(bar.email)}</strong>`, h(role))}</p>
  <nav aria-label="${h(t.navLabel)}">${a('/staff/', t.inbox)}${adminLinks}${yourSignIn}</nav>
  <form method="post" action="/staff/sign-out">${csrf}<button type="submit">${h(t.signOut)}</button></form>
</header>`;
}

/** What a signed-in page adds to the frame: the seconds left on `<html>`, the idle script, its dialog. */
export function idleParts(w: PageWords, bar?: SignedInBar): { attribute: string; script: string; dialog: string } {
  return bar
    ? { attribute: idleAttribute(bar.idleSeconds), script: IDLE_SCRIPT_TAG, dialog: idleDialog(w) }
    : { attribute: '', script: '', dialog: '' };
}

/** A whole page in the language of `w` (`<html lang>` too); signed in when it has a bar. */
export function page(w: PageWords, title: string, body: string, bar?: SignedInBar): string {
  const idle = idleParts(w, bar);
  return `<!doctype html>
<html lang="${w.lang}"${idle.attribute}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${h(title)} — ${h(w.siteName)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/staff/pages.css">
${idle.script}
</head>
<body>
${bar ? staffBar(bar, w) : ''}
<main>
${body}
</main>
${idle.dialog}
</body>
</html>
`;
}

/** A message in words, announced to screen readers when the page loads with it. */
export function notice(text: string | undefined, kind: 'error' | 'info' = 'info'): string {
  if (!text) return '';
  return kind === 'error'
    ? `<p class="notice error" role="alert">${h(text)}</p>`
    : `<p class="notice" role="status">${h(text)}</p>`;
}

export const PAGES_CSS = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
.staff-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; padding: 0.5rem 1.25rem; border-bottom: 1px solid #8a8a8a; }
.staff-bar p { margin: 0; }
.staff-bar nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.staff-bar nav a { display: inline-block; min-height: 44px; line-height: 44px; }
.staff-bar form { margin-left: auto; }
form.stack { display: grid; gap: 0.35rem; max-width: 24rem; }
label { font-weight: 600; }
input, button, select, textarea { font: inherit; min-height: 44px; box-sizing: border-box; max-width: 100%; }
.table-scroll { overflow-x: auto; }
button { min-width: 44px; padding: 0.4rem 1.25rem; justify-self: start; }
.notice { border: 1px solid currentColor; border-radius: 6px; padding: 0.5rem 0.75rem; }
.notice.error { border-left: 6px solid #b3261e; }
.hint { font-size: 0.95em; }
code { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: start; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid #8a8a8a; overflow-wrap: anywhere; }
.found-list { list-style: none; padding: 0; }
.found { border-top: 1px solid #8a8a8a; padding: 0.75rem 0; }
.found input[type='checkbox'] { width: 24px; height: 24px; min-height: 24px; vertical-align: middle; margin-inline-end: 0.5rem; }
.found dl { display: grid; grid-template-columns: minmax(8rem, 1fr) 2fr; gap: 0.25rem 1rem; }
.found dd { margin: 0; overflow-wrap: anywhere; white-space: pre-wrap; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }
.actions a { display: inline-block; min-height: 44px; line-height: 44px; }
@media (max-width: 30rem) { .found dl { grid-template-columns: 1fr; } }
.codes { font-family: ui-monospace, monospace; font-size: 1.1em; columns: 2; }
${IDLE_CSS}`;
