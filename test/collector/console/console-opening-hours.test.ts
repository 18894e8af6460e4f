/**
 * The Tablets screen's opening-hours form when the console cannot reach the collector: reading the hours, and saving
 * them, each say so in the words every screen uses when offline (never "Something went wrong: offline", nor the raw
 * "offline" after "Not saved:"); a reason the collector gives is still said in the form's own sentence, beside the
 * day it names. Real Chromium, the real collector over HTTP, controls found by role and name, axe on the refusal.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../browser.js';
import {
  byRole,
  type Console,
  cutConnection,
  headingIs,
  OFFLINE,
  says,
  screenText,
  signInAt,
  startConsole,
} from './console-fixture.js';

const SETUP = { name: 'test setup' };
const SLOW = 60_000;
const HOURS = '/api/staff/practices/north/opening-hours';

let run: Console;
let url: string;

beforeAll(async () => {
  run = await startConsole();
  url = run.app.url;
  const { practices, directory } = run.app.collector;
  await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
  directory.forget();
}, 60_000);

afterAll(() => run?.close());

/** North Clinic's Tablets screen, the connection dropping from the start for the requests `cut` picks. */
async function openTablets(page: Page, cut: (method: string, path: string) => boolean): Promise<void> {
  await cutConnection(page, cut);
  await signInAt(page, url, '/staff/tablets?practice=north');
  await headingIs(page, 'Tablets');
}

describe('the opening-hours form, offline', () => {
  it(
    'says the console is offline when the hours cannot be read',
    async () => {
      const page = await run.newPage();
      await openTablets(page, (method, path) => method === 'GET' && path === HOURS);
      const text = await says(page, OFFLINE);
      expect(text).not.toContain('Something went wrong');
      expect(text).not.toMatch(/\boffline\b/);
      expect(await page.$(byRole('button', 'Save opening hours'))).toBeNull();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'says the console is offline when the hours cannot be saved; a reason the collector gives keeps its sentence',
    async () => {
      const page = await run.newPage();
      let offline = true;
      await openTablets(page, (method, path) => offline && method === 'POST' && path === HOURS);
      await says(page, 'These are the default hours');
      await page.type(byRole('textbox', 'Saturday'), '09:00-12:30');
      await page.click(byRole('button', 'Save opening hours'));
      const text = await says(page, OFFLINE);
      expect(text).not.toContain('Not saved: offline');
      expect(text).not.toMatch(/\boffline\b/);
      expect(await axeViolations(page)).toEqual([]);

      offline = false;
      await page.type(byRole('textbox', 'Sunday'), '18:00-09:00');
      await page.click(byRole('button', 'Save opening hours'));
      await says(page, 'Not saved: ');
      expect(await screenText(page), 'gone once the collector answers').not.toContain(OFFLINE);
      expect(await page.$eval(byRole('textbox', 'Sunday'), (i) => i.getAttribute('aria-invalid'))).toBe('true');
      await page.close();
    },
    SLOW,
  );
});
