import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, nameOf, roleOf } from './by-role.js';

/** Presses Tab (as a keyboard user would) until the focused control has this role and name. */
export async function tabTo(role: string, name: string | RegExp, maxPresses = 25): Promise<HTMLElement> {
  for (let i = 0; i < maxPresses; i++) {
    await sendKeys({ press: 'Tab' });
    const el = deepActiveElement();
    if (el && roleOf(el) === role && (typeof name === 'string' ? nameOf(el) === name : name.test(nameOf(el)))) {
      return el as HTMLElement;
    }
  }
  throw new Error(`Tab never reached the ${role} named ${String(name)}`);
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Types as a person would, key by key, into whatever has focus. */
export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}
