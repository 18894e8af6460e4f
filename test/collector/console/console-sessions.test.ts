/**
 * The Sessions screen ("Who is signed in") as a group's admin uses it (moved here from the server page): reached from
 * Accounts by keyboard, every open session in a captioned table, End named with the person and the time; ending a
 * receptionist's session signs them out at once; ending one's own leads to the sign-in page; an End that cannot reach
 * the collector says so, and still says it once the list has been read again; Spanish and a 320 px phone. Real
 * Chromium, the real collector over HTTP, controls found by role and name, axe on each state.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../browser.js';
import { signedIn, STAFF_EMAIL, type StaffSession } from '../helpers.js';
import {
  byRole,
  actOffline,
  type Console,
  focused,
  headingIs,
  OFFLINE,
  says,
  signInAt,
  startConsole,
  tabTo,
  inSpanishOnAPhone,
} from './console-fixture.js';

const RECEPTIONIST = 'desk@north.example';
const SLOW = 60_000;

let run: Console;
let url: string;
let desk: StaffSession;

beforeAll(async () => {
  run = await startConsole();
  url = run.app.url;
  desk = await signedIn(run.app.collector, RECEPTIONIST, 'staff');
}, 60_000);

afterAll(() => run?.close());

/** The End button of `email`'s session, by its whole accessible name (which ends with the time it began). */
const endButton = async (page: Page, email: string) =>
  byRole(
    'button',
    await page.$eval(`>>> pf-staff-sessions >>> button[aria-label^="End the session of ${email} since"]`, (b) =>
      String(b.getAttribute('aria-label')),
    ),
  );

const deskSignedIn = async () =>
  (await fetch(`${url}/api/staff/me`, { headers: { Cookie: desk.cookie } })).status === 200;

describe('the Sessions screen', () => {
  it(
    'lists who is signed in and ends a receptionist’s session, then the admin’s own',
    async () => {
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await signInAt(page, url, '/staff/accounts');
      await headingIs(page, 'Accounts');
      await tabTo(page, 'Who is signed in (end a session)');
      await page.keyboard.press('Enter');
      await headingIs(page, 'Who is signed in');
      expect(new URL(page.url()).pathname).toBe('/staff/sessions');
      expect((await focused(page)).tag).toBe('h1');
      await page.waitForSelector(byRole('region', 'Open sessions (3)'));
      const text = await says(page, RECEPTIONIST);
      expect(text).toContain(`${STAFF_EMAIL} (this one: yours)`);
      expect(await axeViolations(page)).toEqual([]);

      expect(await deskSignedIn()).toBe(true);
      await page.click(await endButton(page, RECEPTIONIST));
      await says(page, 'That session has ended.');
      await page.waitForSelector(byRole('region', 'Open sessions (2)'));
      expect(await deskSignedIn(), 'the receptionist is signed out at once').toBe(false);
      expect((await focused(page)).tag).toBe('h1');
      expect(await axeViolations(page)).toEqual([]);

      // The admin has two sessions (a script's and this browser's): End on the one marked as theirs.
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.$$eval('>>> pf-staff-sessions >>> tr', (rows) => {
          const row = rows.find((r) => r.textContent?.includes('(this one: yours)'));
          row?.querySelector('button')?.click();
        }),
      ]);
      expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
      await page.close();
    },
    SLOW,
  );

  it(
    'says the console is offline when End cannot reach the collector, and still says it once the list is read again',
    async () => {
      await signedIn(run.app.collector, RECEPTIONIST, 'staff');
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await signInAt(page, url, '/staff/sessions');
      await headingIs(page, 'Who is signed in');
      await says(page, RECEPTIONIST);
      const button = await endButton(page, RECEPTIONIST);
      const text = await actOffline(page, '/end', '/api/staff/sessions', () => page.click(button));
      expect(text).toContain(OFFLINE);
      expect(text).not.toContain('Something went wrong');
      expect(await page.$(await endButton(page, RECEPTIONIST)), 'not ended: still offered').not.toBeNull();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'speaks Spanish and fits 320 px with no sideways scrolling and no axe violations',
    async () => {
      const page = await run.newPage();
      await inSpanishOnAPhone(page, url, '/staff/sessions', 'Who is signed in', 'Quién tiene la sesión iniciada');
      await says(page, '(esta: la suya)');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});
