/* eslint-disable max-len -- one CSS rule per line, unwrapped: the CSS ships byte for byte to every patient's phone. */
import { css } from 'lit';

/**
 * Theme tokens (`--pf-*`) are READ with fallbacks, never declared on :host, so a practice can set them anywhere up
 * the page (`:root { --pf-accent: #7a1f5c }`). Each is read once into a private `--_x` on the container (where the
 * page cannot reach it), and dark mode only swaps those defaults. Every target is at least 44 px; focus always shows.
 * No `:has()`: it made every screen change restyle the whole form (the chosen tile gets a class instead).
 * Written one rule per line: the CSS ships as written, so every byte here is a byte on the practice's page.
 *
 * Private names: a accent, at accent as text, r radius, b border, e error, m muted, f focus, t text, s surface,
 * l selected option, i field background, k progress track.
 *
 * :host resets the inherited text properties a site may set on body (letter-spacing, nowrap, uppercase, …); the
 * `font` shorthand already resets style, variant, weight and line-height. `direction` is left to the page and `lang`.
 * `color-scheme` lets native radios and checkboxes turn dark with the card. Layout and style containment only:
 * paint containment would clip a themed `::part(container)` shadow.
 * Faces: 6 across when each gets ~5em, else 3 × 2 (never 5 + 1): the column minimum is a sixth of the row when the
 * row is at least 33em wide, a third otherwise ((33em - 100%) * 99 flips sign at the threshold). In em, so the
 * kiosk's larger type needs more room before going 6 across.
 */
export const styles = css`
:host{display:block;font:var(--pf-font-size,1.0625rem)/1.5 var(--pf-font,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif);letter-spacing:normal;word-spacing:normal;text-transform:none;text-align:start;text-indent:0;text-shadow:none;white-space:normal;word-break:normal;color-scheme:light dark;contain:layout style}
:host([hidden]){display:none}
.trap{position:absolute;left:-100vw;width:1px;height:1px;opacity:0}
:host([kiosk]){font-size:var(--pf-kiosk-font-size,1.375rem)}
.container{--_a:var(--pf-accent,#0b6e4f);--_at:var(--pf-accent-text,var(--_a));--_r:var(--pf-radius,12px);--_b:2px solid var(--pf-border,#8a9792);--_e:var(--pf-error,#a4262c);--_m:var(--pf-muted,#4a5550);--_f:var(--pf-focus,#1a56db);--_t:var(--pf-text,#1c2421);--_s:var(--pf-surface,#fff);--_l:var(--pf-selected,#e8f3ef);--_i:var(--pf-field,#fff);--_k:var(--pf-track,#dce3e0);color:var(--_t);background:var(--_s);border-radius:var(--_r);padding:var(--pf-padding,clamp(1rem,4vw,2rem));max-width:var(--pf-max-width,40rem);margin:auto;box-sizing:border-box}
@media (prefers-color-scheme:dark){.container{--_at:var(--pf-accent-text,#7fd6b3);--_e:var(--pf-error,#ff9d97);--_m:var(--pf-muted,#b4c2bc);--_f:var(--pf-focus,#8ab4ff);--_t:var(--pf-text,#e9efec);--_s:var(--pf-surface,#16201c);--_l:var(--pf-selected,#1f3a30);--_i:var(--pf-field,#0f1714);--_k:var(--pf-track,#34423d)}}
.title{font-size:1.35em;line-height:1.3;margin:0 0 .75rem}
.lead{font-size:1.1em;margin:0 0 1rem}
h3{font-size:1.1em;margin-top:1rem}
.hint{color:var(--_m);font-size:.9em;font-weight:400;margin:.25rem 0 .5rem}
progress{display:block;width:100%;height:.5rem;appearance:none;border:0;border-radius:1rem;overflow:hidden;background:var(--_k);margin-bottom:1rem}
::-webkit-progress-bar{background:var(--_k)}
::-webkit-progress-value{background:var(--_at)}
::-moz-progress-bar{background:var(--_at)}
.options{display:grid;gap:.5rem;margin:0 0 1rem}
.faces{grid-template-columns:repeat(auto-fill,minmax(max(100%/6 - .5rem,min(100%/3 - .5rem,(33em - 100%)*99)),1fr))}
.option{display:flex;align-items:center;gap:.75rem;min-height:3rem;padding:.5rem .875rem;border:var(--_b);border-radius:var(--_r);cursor:pointer;box-sizing:border-box}
.on{border-color:var(--_a);box-shadow:inset 0 0 0 2px var(--_a);background:var(--_l)}
.faces .option{flex-direction:column;text-align:center;min-height:7em;padding:.5em .25em;font-weight:600}
.face{width:3em;height:3em;fill:none;stroke:var(--_at);stroke-width:3;stroke-linecap:round}
.option input{width:1.5rem;height:1.5rem;margin:0;flex:none;accent-color:var(--_a)}
[part=field]{font:inherit;color:inherit;background:var(--_i);width:100%;min-height:2.75rem;box-sizing:border-box;padding:.5rem .75rem;border:var(--_b);border-radius:calc(var(--_r)/2)}
textarea{resize:vertical}
.label{display:block;font-weight:600;margin:1rem 0 .25rem}
.consent{margin-top:1rem}
.consent .error+.option{border-color:var(--_e)}
[aria-invalid=true]{border-color:var(--_e)}
.error,.over{color:var(--_e);font-weight:600;margin:0 0 .5rem}
.box{border:2px solid var(--_e);border-radius:var(--_r);padding:.75rem 1rem;margin-bottom:1rem}
.box ul{margin:.25rem 0 0;padding-inline-start:1.25rem}
.detail{font:.85em ui-monospace,monospace;overflow-wrap:anywhere}
.note{border-inline-start:4px solid var(--_a);padding:.25rem .75rem;margin:.75rem 0}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.5rem}
button{font:inherit;font-weight:600;min-height:2.75rem;padding:.5rem 1.5rem;border-radius:var(--_r);border:2px solid var(--_a);cursor:pointer;background:none;color:var(--_at)}
.primary{background:var(--_a);color:var(--pf-on-accent,#fff);margin-inline-start:auto}
.offer button{flex:1 1 auto}
button:disabled{opacity:.6;cursor:progress}
:focus-visible{outline:3px solid var(--_f);outline-offset:2px}
.reference-code{font:700 1.6em ui-monospace,Menlo,monospace;letter-spacing:.12em;user-select:all;margin:.25rem 0 1rem}
.strong{font-weight:600}
@media (prefers-reduced-motion:no-preference){.option,button{transition:background-color .12s,border-color .12s}}
`;
