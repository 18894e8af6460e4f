/**
 * The warning before a session ends for want of a person's action (session-clock.ts), in the words of the server
 * pages' own (collector/staff-pages/idle-warning.ts), in the console's language. Closed — neither shown nor read
 * out — until the clock opens it; Escape means the person is here, as the button does.
 */
import { html } from 'lit';
import { fill, type StaffStrings } from '../i18n/index.js';
import type { SessionClock } from './session-clock.js';

/** "about 2 minutes", "about a minute", "40 seconds". */
export function timeLeftWords(seconds: number, t: StaffStrings): string {
  const minutes = Math.round(seconds / 60);
  if (minutes >= 2) return fill(t.aboutMinutes, minutes);
  if (minutes === 1) return t.aboutAMinute;
  const whole = Math.max(1, Math.round(seconds));
  return whole === 1 ? t.oneSecond : fill(t.seconds, whole);
}

export function idleDialog(clock: SessionClock, t: StaffStrings) {
  const onCancel = (event: Event) => {
    event.preventDefault();
    clock.stay();
  };
  return html`<dialog class="idle" aria-labelledby="idle-heading" aria-describedby="idle-text" @cancel=${onCancel}>
    <h2 id="idle-heading">${t.idleTitle}</h2>
    <p id="idle-text">${fill(t.idleText, timeLeftWords(clock.secondsLeft, t))}</p>
    <p role="status">${clock.problem ? t.idleProblem : ''}</p>
    <button type="button" class="primary" @click=${() => clock.stay()}>${t.idleStay}</button>
  </dialog>`;
}
