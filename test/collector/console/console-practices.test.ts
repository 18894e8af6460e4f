/**
 * The Practices screen as a group's admin uses it (moved here from the server page's browser test): reached from
 * the navigation by keyboard (focus on its heading), each practice's endpoint address, what came in by practice in
 * a captioned table of its own; adding a practice, a wrong time zone named beside its field with nothing saved,
 * changing its websites, adding a location — each audited; an admin of one practice is not offered it; Spanish and a
 * 320 px phone. Real Chromium, the real collector over HTTP, controls found by role and name, axe on each state.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../browser.js';
import { firstImpression, post, STAFF_EMAIL, STAFF_PASSWORD } from '../helpers.js';
import {
  byRole,
  type Console,
  focused,
  headingIs,
  notOfferedToOnePracticeAdmin,
  says,
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
  run = await startConsole({ retentionEveryMs: false });
  url = run.app.url;
  expect((await post(url, firstImpression())).status).toBe(201);
  const { practices, directory, signIn } = run.app.collector;
  await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'Europe/London' });
  directory.forget();
  await signIn.accounts.add(SETUP, SOUTH_ADMIN, 'admin', STAFF_PASSWORD, ['south']);
}, 60_000);

afterAll(() => run?.close());

/** Empties the text box named `name` and types `value` into it, as a person does. */
async function typeInto(page: Page, name: string, value: string): Promise<void> {
  const box = byRole('textbox', name);
  await page.$eval(box, (input) => ((input as HTMLInputElement).value = ''));
  await page.type(box, value);
}

const stored = (id: string) => run.app.collector.practices.get(id);

describe('the Practices screen', () => {
  it(
    'adds a practice, refuses a wrong time zone beside its field, saves websites and adds a location',
    async () => {
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await signInAt(page, url);
      await headingIs(page, 'Inbox');
      await tabTo(page, 'Practices');
      await page.keyboard.press('Enter');
      await headingIs(page, 'Practices');
      expect(new URL(page.url()).pathname).toBe('/staff/practices');
      expect((await focused(page)).tag).toBe('h1');
      await says(page, `${url}/api/feedback`);
      await page.waitForSelector(byRole('region', 'What came in, by practice'));
      expect(await page.$(byRole('table', 'What came in, by practice'))).not.toBeNull();
      expect(await axeViolations(page)).toEqual([]);

      await typeInto(page, 'New practice’s id (part of its address)', 'north');
      await typeInto(page, 'New practice’s name', 'North Clinic');
      await typeInto(page, 'New practice’s time zone', 'Europe/London');
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe('Add practice');
      await page.keyboard.press('Enter');
      await says(page, 'Added North Clinic. Its endpoint is /api/feedback/p/north.');
      await says(page, `${url}/api/feedback/p/north`);
      expect((await stored('north'))?.timeZone).toBe('Europe/London');
      expect(await axeViolations(page)).toEqual([]);

      // A wrong time zone: what to fix is said beside the field, and nothing changes.
      await typeInto(page, 'Time zone (North Clinic)', 'Europe/Londn');
      await typeInto(page, 'Follow-up promise (North Clinic)', 'We will call you today');
      await tabTo(page, 'Save North Clinic');
      await page.keyboard.press('Enter');
      await says(page, 'Not saved: “Europe/Londn” is not a time zone.');
      const zone = byRole('textbox', 'Time zone (North Clinic)');
      expect(await page.$eval(zone, (input) => input.getAttribute('aria-invalid'))).toBe('true');
      expect(await stored('north')).toMatchObject({ timeZone: 'Europe/London', promise: null });
      expect(await axeViolations(page)).toEqual([]);

      await typeInto(page, 'Time zone (North Clinic)', 'Europe/London');
      await typeInto(page, 'Websites allowed to send from the browser (North Clinic)', 'https://north.example');
      await page.keyboard.press('Enter');
      await page.keyboard.type('https://www.north.example/');
      await tabTo(page, 'Save North Clinic');
      await page.keyboard.press('Enter');
      await says(page, 'Saved North Clinic.');
      expect(await stored('north')).toMatchObject({
        origins: ['https://north.example', 'https://www.north.example'],
        promise: 'We will call you today',
      });

      await typeInto(page, 'New location, as the tablet or page sends it (North Clinic)', 'front-desk-tablet');
      await page.keyboard.press('Enter');
      await says(page, 'Added the location front-desk-tablet to North Clinic.');
      expect((await stored('north'))?.locations).toEqual([{ id: 'front-desk-tablet', name: 'front-desk-tablet' }]);
      const rows = await page.$$eval(byRole('table', 'What came in, by practice'), (tables) =>
        [...(tables[0]?.querySelectorAll('tbody th') ?? [])].map((th) => th.textContent?.trim()),
      );
      expect(rows).toEqual(['Our practice', 'North Clinic', 'South Clinic']);
      const audit = await run.app.collector.signIn.audit.list({});
      const north = audit.filter((e) => e.target === 'north').map((e) => [e.actor, e.action]);
      expect(north).toEqual(
        expect.arrayContaining([
          [STAFF_EMAIL, 'practice.added'],
          [STAFF_EMAIL, 'practice.changed'],
          [STAFF_EMAIL, 'location.added'],
        ]),
      );
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
        link: 'Practices',
        path: '/staff/practices',
        heading: 'Practices',
        why: 'Only admins who see every practice can look after the practices.',
      });
      await page.close();
    },
    SLOW,
  );

  it(
    'speaks Spanish and fits 320 px, the table scrolling in its own box, with no axe violations',
    async () => {
      const page = await run.newPage();
      await inSpanishOnAPhone(page, url, '/staff/practices', 'Practices', 'Consultorios');
      await page.waitForSelector(byRole('region', 'Lo que llegó, por consultorio'));
      await typeInto(page, 'Zona horaria (South Clinic)', 'Mars/Olympus');
      await page.click(byRole('button', 'Guardar South Clinic'));
      await says(page, 'No guardado: «Mars/Olympus» no es una zona horaria.');
      expect((await stored('south'))?.timeZone).toBe('Europe/London');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const box = await page.$eval(byRole('region', 'Lo que llegó, por consultorio'), (el) => ({
        scrolls: el.scrollWidth > el.clientWidth,
        focusable: el.getAttribute('tabindex'),
      }));
      expect(box).toEqual({ scrolls: true, focusable: '0' });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});
