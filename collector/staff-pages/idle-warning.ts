/**
 * What every signed-in staff page carries so that its screen follows its session (WCAG 2.2.1 Timing Adjustable):
 * the seconds the session has left without a person's action, rendered by the server on `<html>`; the script
 * /staff/idle.js (idle-script.ts), which warns in a modal dialog with a button **Stay signed in** before the end and
 * leaves for the sign-in page at the end; and that dialog, closed until the script opens it. Its words are the
 * page's, in its language (page-words.ts), like every other word of the staff pages.
 */
import { escapeHtml as h } from '../html.js';
import { fill, type PageWords } from './page-words.js';

export const IDLE_SCRIPT_PATH = '/staff/idle.js';

/** The attribute the script reads: ` data-idle-seconds="895"` on `<html>`. */
export function idleAttribute(idleSeconds: number): string {
  return ` data-idle-seconds="${Math.max(0, Math.floor(idleSeconds))}"`;
}

/** In `<head>`: an external script (the staff pages' CSP allows no inline one), run once the page is parsed. */
export const IDLE_SCRIPT_TAG = `<script src="${IDLE_SCRIPT_PATH}" defer></script>`;

/**
 * At the end of `<body>`: the warning, closed (and so neither shown nor read out) until the script opens it, in the
 * page's language. The words the script writes into it (the time left, a connection problem) travel on the dialog
 * as `data-` attributes, `{0}` for the number.
 */
export function idleDialog(w: PageWords): string {
  const t = w.idle;
  const data = {
    'about-minutes': t.aboutMinutes,
    'about-a-minute': t.aboutAMinute,
    seconds: t.seconds,
    'one-second': t.oneSecond,
    problem: t.problem,
  };
  const attributes = Object.entries(data)
    .map(([name, words]) => ` data-${name}="${h(words)}"`)
    .join('');
  const left = `<strong class="idle-left">${h(fill(t.aboutMinutes, 2))}</strong>`;
  return `<dialog id="idle-warning" class="idle-warning" aria-labelledby="idle-heading" aria-describedby="idle-text"${attributes}>
  <h2 id="idle-heading">${h(t.heading)}</h2>
  <p id="idle-text">${t.textHtml(left)}</p>
  <p class="idle-problem" role="status"></p>
  <button type="button" class="idle-stay" autofocus>${h(t.stay)}</button>
</dialog>`;
}

/** The dialog's look, in the staff pages' stylesheet (pages.css, which every staff page loads). */
export const IDLE_CSS = `
.idle-warning { max-width: 30rem; border: 2px solid currentColor; border-radius: 8px; padding: 1rem 1.25rem; }
.idle-warning::backdrop { background: rgb(0 0 0 / 0.6); }
.idle-warning h2 { margin-top: 0; }
.idle-problem:empty { margin: 0; }
/* A page brought back by the Back button stays blank until its session is known to be open (idle-script.ts). */
.idle-paused body { visibility: hidden; }
`;
