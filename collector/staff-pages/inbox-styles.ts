/** The staff inbox's stylesheet (staff-inbox.ts). */
/** Served as /staff/inbox.css: a stylesheet file, because the page's CSP allows no inline styles. */
export const INBOX_CSS = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { margin-top: 0.5rem; }
h2 { border-bottom: 1px solid currentColor; padding-bottom: 0.25rem; margin-top: 2rem; }
.counts, .exports { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; padding: 0; list-style: none; }
.exports a { display: inline-block; padding: 0.6rem 1rem; min-height: 44px; box-sizing: border-box; }
.case { border: 1px solid #8a8a8a; border-left: 6px solid #b3261e; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
.case h3 { margin: 0.25rem 0; }
.when { font-weight: normal; font-size: 0.9em; margin-left: 0.5rem; }
.own-results dd { margin: 0 0 0.75rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }
/* On a phone the table scrolls inside its own box (focusable, so a keyboard can scroll it), not the whole page. */
.table-scroll { overflow-x: auto; }
.table-scroll table { min-width: 40rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: start; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid #8a8a8a; overflow-wrap: anywhere; unicode-bidi: plaintext; }
th { overflow-wrap: normal; white-space: nowrap; }
.answers { margin: 0; padding: 0; list-style: none; }
.answers li + li { margin-top: 0.25rem; }
.q { font-weight: 600; }
.status { margin: 0.5rem 0 0.25rem; }
/* A submission that looks automated says so in words; its card is also drawn dashed and calmer. */
.automated { font-weight: 600; margin: 0.25rem 0; }
.case.looks-automated { border-left-style: dashed; border-left-color: #5f6368; }
/* A resolved case is set apart by its words ("Resolved") and a calmer border, never by colour alone. */
.case:has(.status-resolved) { border-left-color: #5f6368; }
.follow-up fieldset { border: 1px solid #8a8a8a; border-radius: 6px; margin: 0.25rem 0 0.5rem; display: grid; gap: 0.25rem; }
.follow-up label, .find label { font-weight: 600; }
.follow-up select, .follow-up textarea, .find input { font: inherit; min-height: 44px; box-sizing: border-box; max-width: 100%; }
.follow-up select { justify-self: start; }
.follow-up button, .find button { font: inherit; min-height: 44px; min-width: 44px; padding: 0.4rem 1.25rem; justify-self: start; }
.find { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin: 1rem 0; }
.find input { flex: 1 1 12rem; }
.hint { flex-basis: 100%; margin: 0; font-size: 0.9em; }
.open-count { font-weight: normal; }
.case:target { outline: 3px solid currentColor; outline-offset: 2px; }
/* A phone: labels above their values, so a case reads top to bottom without sideways scrolling. */
@media (max-width: 40rem) {
  dl { grid-template-columns: 1fr; gap: 0; }
  dd + dt { margin-top: 0.5rem; }
}
/* A submission naming a location its practice does not list says so in words. */
.unknown-location { font-weight: 600; }
`;
