/**
 * The Audit screen as a group's admin uses it: reached from the navigation by keyboard (focus on its heading), the
 * entries in a captioned table that scrolls in its own box, each action in words with its code beneath, filtered by
 * what and who, Older and Newer a hundred at a time, the spreadsheet link carrying the filters; an admin of one
 * practice is not offered it; Spanish and a 320 px phone. Real Chromium, the real collector over HTTP, controls
 * found by role and name, axe on each state.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../browser.js';
import { STAFF_EMAIL, STAFF_PASSWORD } from '../helpers.js';
import {
  byRole,
  choose,
  type Console,
  focused,
  headingIs,
  notOfferedToOnePracticeAdmin,
  says,
  screenText,
  settled,
  signInAt,
  startConsole,
  tabTo,
  inSpanishOnAPhone,
} from './console-fixture.js';

const SETUP = { name: 'test setup' };
const SOUTH_ADMIN = 'sam@south.example';
const SLOW = 60_000;

let run: Console;
let url: string;

beforeAll(async () => {
  run = await startConsole();
  url = run.app.url;
  const { practices, directory, signIn } = run.app.collector;
  await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'Europe/London' });
  directory.forget();
  await signIn.accounts.add(SETUP, SOUTH_ADMIN, 'admin', STAFF_PASSWORD, ['south']);
  for (let i = 0; i < 120; i++) await signIn.audit.record({ name: 'nurse.lee@north.example' }, 'tablet.added', `t${i}`);
  await signIn.audit.record({ name: 'night.manager@north.example' }, 'exported', null, { format: 'csv', rows: 3 });
}, 60_000);

afterAll(() => run?.close());

/** The screen's text once it says `words`. */
const rowCount = (page: Page) => page.$$eval('>>> pf-staff-audit >>> tbody tr', (rows) => rows.length);

describe('the Audit screen', () => {
  it(
    'is reached by keyboard, shows actions in words with their codes, filters, and pages a hundred at a time',
    async () => {
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await signInAt(page, url);
      await headingIs(page, 'Inbox');
      await tabTo(page, 'Audit');
      await page.keyboard.press('Enter');
      await headingIs(page, 'Audit');
      expect(new URL(page.url()).pathname).toBe('/staff/audit');
      expect((await focused(page)).tag, 'focus on the heading after the move').toBe('h1');
      await settled(page);
      await page.waitForSelector(byRole('region', 'Audit entries'));
      const text = await says(page, 'Exported submissions');
      expect(text).toMatch(/night\.manager@north\.example Exported submissions exported format csv, rows 3/);
      expect(text).toContain('Set up a tablet tablet.added t119');
      expect(await rowCount(page)).toBe(100);
      expect(await axeViolations(page)).toEqual([]);

      await tabTo(page, 'Older entries', 400);
      await page.keyboard.press('Enter');
      await says(page, 'Newer entries');
      expect((await focused(page)).tag, 'the older page is read from the table').toBe('div');
      expect(await screenText(page)).toContain(`${STAFF_EMAIL}`);
      await page.click(byRole('button', 'Newer entries'));
      await says(page, 't119');
      expect(await rowCount(page)).toBe(100);
      // Back on the first page: nothing is newer, and it is the newest entries (each reading is itself one).
      expect(await page.$(byRole('button', 'Newer entries')), 'nothing is newer than the first page').toBeNull();
      expect(await screenText(page)).toMatch(/Looked at the audit trail\s*viewed audit trail/);
      expect(await page.$(byRole('button', 'Older entries'))).not.toBeNull();

      await choose(page, 'What', 'Exported submissions');
      await page.type(byRole('textbox', 'Who'), 'NIGHT');
      await page.click(byRole('button', 'Show'));
      await page.waitForSelector(byRole('region', 'Audit entries matching the filters'));
      expect(await rowCount(page)).toBe(1);
      const csv = await page.$eval(byRole('link', 'Download as a spreadsheet (CSV)'), (a) => a.getAttribute('href'));
      expect(csv).toBe('/staff/audit.csv?who=NIGHT&action=exported');
      expect(await axeViolations(page)).toEqual([]);

      await page.click(byRole('button', 'Clear the filters'));
      await page.waitForSelector(byRole('region', 'Audit entries'));
      expect(await rowCount(page)).toBe(100);
      await page.close();
    },
    SLOW,
  );

  it(
    'is not offered to an admin of one practice, and says why at its address',
    async () => {
      const page = await run.newPage();
      await notOfferedToOnePracticeAdmin(page, url, SOUTH_ADMIN, {
        link: 'Audit',
        path: '/staff/audit',
        heading: 'Audit',
        why: 'Only admins who see every practice can read the audit trail.',
      });
      await page.close();
    },
    SLOW,
  );

  it(
    'speaks Spanish and fits 320 px with no sideways scrolling and no axe violations',
    async () => {
      const page = await run.newPage();
      await inSpanishOnAPhone(page, url, '/staff/audit', 'Audit', 'Auditoría');
      const text = await says(page, 'Exportó respuestas');
      expect(text).toContain('Configuró una tableta tablet.added');
      expect(text).toContain('Entradas anteriores');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});
