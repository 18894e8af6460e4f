/** A real pointer (the runner's mouse) at the centre of an element, as a finger or mouse would. */
import { sendMouse } from '@web/test-runner-commands';
import { findByRole } from './by-role.js';

/** Clicks the centre of the element where it is now. */
export async function clickCentre(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const box = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Taps the centre of `el` once it has stopped moving, as a person would: a screen still filling in (the staff
 * status arriving from IndexedDB) shifts the buttons, and a tap aimed a moment earlier would land on the wrong one.
 */
export async function tap(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  let r = el.getBoundingClientRect();
  for (let i = 0; i < 20; i++) {
    await frame();
    await frame();
    const now = el.getBoundingClientRect();
    if (now.top === r.top && now.left === r.left) break;
    r = now;
  }
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

/** Waits for the control with this role and name, then taps it. */
export async function tapRole(root: ParentNode, role: string, name: string | RegExp): Promise<void> {
  await tap(await findByRole(root, role, name));
}
