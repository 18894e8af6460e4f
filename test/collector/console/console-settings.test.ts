/**
 * The Settings screen as a group's admin uses it (moved here from the server page's browser test): reached from the
 * navigation (focus on its heading), how long patients' words and the audit trail are kept, with what holds now; a
 * period the collector refuses is named beside its field and nothing is saved; a good one is saved and audited; an
 * admin of one practice is not offered it; Spanish and a 320 px phone. Real Chromium, the real collector over HTTP,
 * controls found by role and name, axe on each state.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../browser.js';
import { STAFF_EMAIL, STAFF_PASSWORD } from '../helpers.js';
import {
  byRole,
  type Console,
  focused,
  headingIs,
  notOfferedToOnePracticeAdmin,
  says,
  screenText,
  signInAt,
  startConsole,
  tabTo,
  inSpanishOnAPhone,
} from './console-fixture.js';

const SETUP = { name: 'test setup' };
const SOUTH_ADMIN = 'sam@south.example';
const SLOW = 60_000;
const WORDS_FIELD = 'Erase patients’ words and contact details after this many days';
const AUDIT_FIELD = 'Keep the audit trail for this many days';

let run: Console;
let url: string;

beforeAll(async () => {
  run = await startConsole({ retentionEveryMs: false });
  url = run.app.url;
  const { practices, directory, signIn } = run.app.collector;
  await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'Europe/London' });
  directory.forget();
  await signIn.accounts.add(SETUP, SOUTH_ADMIN, 'admin', STAFF_PASSWORD, ['south']);
}, 60_000);

afterAll(() => run?.close());

const valueOf = (page: Page, name: string) =>
  page.$eval(byRole('spinbutton', name), (input) => (input as HTMLInputElement).value);

async function typeInto(page: Page, name: string, value: string): Promise<void> {
  await page.$eval(byRole('spinbutton', name), (input) => ((input as HTMLInputElement).value = ''));
  await page.type(byRole('spinbutton', name), value);
}

describe('the Settings screen', () => {
  it(
    'keeps words until a period is chosen, refuses a wrong one beside its field, and saves a good one',
    async () => {
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await signInAt(page, url);
      await headingIs(page, 'Inbox');
      await tabTo(page, 'Settings');
      await page.keyboard.press('Enter');
      await headingIs(page, 'Settings');
      expect(new URL(page.url()).pathname).toBe('/staff/settings');
      expect((await focused(page)).tag).toBe('h1');
      await says(page, 'Now: kept until erased on request.');
      expect(await valueOf(page, WORDS_FIELD)).toBe('');
      expect(await valueOf(page, AUDIT_FIELD)).toBe('2192');
      expect(await screenText(page)).toContain('Six years (2192 days) is what HIPAA asks of audit records');
      expect(await axeViolations(page)).toEqual([]);

      // The browser's own check would stop a number under the minimum; the collector's is what counts.
      await page.type(byRole('spinbutton', WORDS_FIELD), '7');
      await page.click(byRole('button', 'Save settings'));
      await says(page, 'Not saved: “Erase patients’ words and contact details after this many days” must be a whole');
      expect(await screenText(page)).toContain('from 30 to 36500');
      expect(await page.$eval(byRole('spinbutton', WORDS_FIELD), (input) => input.getAttribute('aria-invalid'))).toBe(
        'true',
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(await run.app.collector.retention.settings()).toEqual({ submissionDays: null, auditDays: 2192 });

      await typeInto(page, WORDS_FIELD, '730');
      await tabTo(page, 'Save settings');
      await page.keyboard.press('Enter');
      await says(page, 'Settings saved.');
      await says(page, 'Now: 730 days.');
      expect(await run.app.collector.retention.settings()).toEqual({ submissionDays: 730, auditDays: 2192 });
      const [change] = await run.app.collector.signIn.audit.list({ action: 'setting.changed' });
      expect(change).toMatchObject({ actor: STAFF_EMAIL, target: 'submission-retention-days', detail: { days: 730 } });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'is not offered to an admin of one practice, and says why at its address',
    async () => {
      const page = await run.newPage();
      await notOfferedToOnePracticeAdmin(page, url, SOUTH_ADMIN, {
        link: 'Settings',
        path: '/staff/settings',
        heading: 'Settings',
        why: 'Only admins who see every practice can change these settings.',
      });
      await page.close();
    },
    SLOW,
  );

  it(
    'speaks Spanish and fits 320 px with no sideways scrolling and no axe violations',
    async () => {
      const page = await run.newPage();
      await inSpanishOnAPhone(page, url, '/staff/settings', 'Settings', 'Configuración');
      await says(page, 'Guardar el registro de auditoría estos días');
      await typeInto(page, 'Guardar el registro de auditoría estos días', '30');
      await page.click(byRole('button', 'Guardar los ajustes'));
      await says(page, 'No guardado: «Guardar el registro de auditoría estos días» debe ser un número entero');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});
