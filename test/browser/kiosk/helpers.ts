// Shared by the kiosk tests: an isolated kiosk (its own settings namespace, outbox and endpoint bucket), the real
// scripted endpoint (test/server/endpoint-routes.mjs), and finding controls by role and accessible name through every
// shadow root, then using them with the real mouse and keyboard. No fetch is mocked.
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type AxeCore from 'axe-core';
// The package's UMD build has no ES default export: loaded as a script, it sets window.axe.
import 'axe-core/axe.min.js';
import { configureDelivery } from '../../../src/delivery/index.js';
import '../../../kiosk/kiosk-app.js';
import type { KioskApp, KioskTiming } from '../../../kiosk/kiosk-app.js';
import { DEFAULT_SETTINGS, saveSettings, type KioskSettings } from '../../../kiosk/settings.js';
import { useKioskNamespace } from '../../../kiosk/storage-names.js';

export const unique = (name: string) => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export interface Isolated {
  bucket: string;
  endpoint: string;
  outboxDb: string;
  namespace: string;
}

/** A kiosk of its own: settings, PIN and local record under a fresh namespace; a fresh outbox; a fresh bucket. */
export function isolate(name: string): Isolated {
  const namespace = unique(`test-${name}`);
  useKioskNamespace(namespace);
  const outboxDb = unique('pf-kiosk-test-outbox');
  configureDelivery({ dbName: outboxDb, baseDelayMs: 50, maxDelayMs: 300, timeoutMs: 3_000 }, true);
  const bucket = unique(name);
  return { bucket, endpoint: `/test-endpoint/${bucket}`, outboxDb, namespace };
}

export async function mountKiosk(settings: Partial<KioskSettings>, timing: KioskTiming = {}): Promise<KioskApp> {
  saveSettings({ ...DEFAULT_SETTINGS, ...settings });
  const app = document.createElement('pf-kiosk');
  app.timing = timing;
  document.body.append(app);
  await app.updateComplete;
  return app;
}

export function unmount(): void {
  for (const app of document.querySelectorAll('pf-kiosk')) app.remove();
}

/** Every element under `root`, including inside open shadow roots. */
export function* deepElements(root: Node): Generator<Element> {
  const kids =
    root instanceof Element && root.shadowRoot
      ? [...root.shadowRoot.childNodes, ...root.childNodes]
      : [...root.childNodes];
  for (const child of kids) {
    if (child instanceof Element) {
      yield child;
      yield* deepElements(child);
    }
  }
}

const textOf = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A pragmatic accessible name: aria-label, aria-labelledby, a label, then the text. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy)
    return labelledBy
      .split(/\s+/)
      .map((id) => textOf(root.getElementById(id)))
      .join(' ');
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
    const wrapping = el.closest('label');
    if (wrapping) return textOf(wrapping);
    if (el.id) return textOf(root.querySelector(`label[for="${el.id}"]`));
    return '';
  }
  return textOf(el);
}

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, [role="button"]',
  radio: 'input[type="radio"], [role="radio"]',
  checkbox: 'input[type="checkbox"]',
  textbox:
    'textarea, input[type="text"], input[type="url"], input[type="number"], input[type="password"], input:not([type])',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  alertdialog: '[role="alertdialog"]',
  status: '[role="status"]',
  alert: '[role="alert"]',
};

const visible = (el: Element) => el.getClientRects().length > 0;

export function queryByRole(root: Node, role: string, name: string | RegExp): HTMLElement | undefined {
  const selector = ROLE_SELECTORS[role] ?? `[role="${role}"]`;
  for (const el of deepElements(root)) {
    if (!el.matches(selector) || !visible(el)) continue;
    const n = accessibleName(el);
    if (typeof name === 'string' ? n === name : name.test(n)) return el as HTMLElement;
  }
  return undefined;
}

export async function waitFor<T>(
  find: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 8_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const findByRole = (root: Node, role: string, name: string | RegExp, timeoutMs?: number) =>
  waitFor(() => queryByRole(root, role, name), `${role} "${name}"`, timeoutMs);

/** A real mouse click in the middle of the element. */
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

export async function tapRole(root: Node, role: string, name: string | RegExp): Promise<void> {
  await tap(await findByRole(root, role, name));
}

export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/**
 * A patient answers the first-impression survey: the overall question, then Next through the screens, writing
 * `comments` in the free-text box when it appears, then Submit (when `submit` is true).
 */
export async function answerSurvey(app: Element, overall = 'Very good', comments = '', submit = true): Promise<void> {
  await tapRole(app, 'radio', overall);
  for (let i = 0; i < 10; i++) {
    const box = queryByRole(app, 'textbox', /anything you would like to tell us/i);
    if (box && comments) {
      await tap(box);
      await type(comments);
      comments = '';
    }
    const submitButton = queryByRole(app, 'button', 'Submit');
    if (submitButton) {
      if (submit) await tap(submitButton);
      return;
    }
    await tap(await findByRole(app, 'button', 'Next'));
    await new Promise((r) => setTimeout(r, 60));
  }
  throw new Error('never reached Submit');
}

export async function received(bucket: string): Promise<{ body: Record<string, unknown> }[]> {
  return (await fetch(`/test-endpoint/${bucket}/received`)).json();
}

export async function storedIds(bucket: string): Promise<string[]> {
  return (await fetch(`/test-endpoint/${bucket}/stored`)).json();
}

/** axe-core with the WCAG 2.2 A/AA tags and target-size on; returns readable violations (none expected). */
export async function axeViolations(context: Element = document.body): Promise<string[]> {
  const axe = (window as unknown as { axe: typeof AxeCore }).axe;
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
  });
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
}
