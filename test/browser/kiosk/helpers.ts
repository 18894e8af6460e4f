// Shared by the kiosk tests: an isolated kiosk (its own settings namespace, outbox and endpoint bucket), the real
// scripted endpoint (test/server/endpoint-routes.mjs), and a patient answering the survey. Finding controls by role
// and name, the real mouse and keyboard, and axe come from test/browser/helpers/ (one set for every browser test),
// re-exported here so a kiosk test has one place to import from. No fetch is mocked.
import { configureDelivery } from '../../../src/delivery/index.js';
import '../../../kiosk/kiosk-app.js';
import type { KioskApp, KioskTiming } from '../../../kiosk/kiosk-app.js';
import { DEFAULT_SETTINGS, provisionFromUrl, saveSettings, type KioskSettings } from '../../../kiosk/settings.js';
import { useKioskNamespace } from '../../../kiosk/storage-names.js';
import { sendKeys } from '@web/test-runner-commands';
import { findByRole, queryByRole } from '../helpers/by-role.js';
import { type } from '../helpers/keyboard.js';
import { tap, tapRole } from '../helpers/pointer.js';

export { axeViolations } from '../helpers/axe.js';
export { allElements, findByRole, nameOf, queryAllByRole, queryByRole } from '../helpers/by-role.js';
export { type } from '../helpers/keyboard.js';
export { tap, tapRole } from '../helpers/pointer.js';
export { waitFor } from '../helpers/wait.js';

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

/** What kiosk/main.ts does when the tablet opens a setup link: provision from the address, then start the app. */
export async function openSetupLink(query: string): Promise<KioskApp> {
  history.replaceState(history.state, '', `${location.pathname}?${query}`);
  provisionFromUrl();
  const app = document.body.appendChild(document.createElement('pf-kiosk'));
  await app.updateComplete;
  return app;
}

/** Staff open staff mode from the start screen's corner (by keyboard) and unlock it with their PIN. */
export async function unlockStaff(app: KioskApp, pin: string): Promise<void> {
  (await findByRole(app, 'button', 'Staff')).focus();
  await sendKeys({ press: 'Enter' });
  await tap(await findByRole(app, 'textbox', /^PIN/));
  await type(pin);
  await sendKeys({ press: 'Enter' });
  await findByRole(app, 'heading', 'Status', 5_000);
}

export function unmount(): void {
  for (const app of document.querySelectorAll('pf-kiosk')) app.remove();
}

/**
 * A patient answers the first-impression survey: the overall question, then Next through the screens, writing
 * `comments` in the free-text box when it appears, then Submit (when `submit` is true).
 */
/** Answers the first-impression survey; `w` gives the words of the language it is in (helpers/words.ts). */
export async function answerSurvey(
  app: Element,
  overall = 'Very good',
  comments = '',
  submit = true,
  w: (english: string | RegExp) => string | RegExp = (english) => english,
): Promise<void> {
  await tapRole(app, 'radio', w(overall));
  for (let i = 0; i < 10; i++) {
    const box = queryByRole(app, 'textbox', w(/anything you would like to tell us/i));
    if (box && comments) {
      await tap(box);
      await type(comments);
      comments = '';
    }
    const submitButton = queryByRole(app, 'button', w('Submit'));
    if (submitButton) {
      if (submit) await tap(submitButton);
      return;
    }
    await tap(await findByRole(app, 'button', w('Next')));
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
