/**
 * The Tablets screen as a practice runs it (issue 14): an admin sets up North Clinic's front-desk tablet and gets a
 * link and a QR code once; the tablet, using that link's token, reports a refused submission and the screen says
 * it needs attention — in words, a shape and a colour; the admin retires it after a confirmation and its token
 * stops working (and a Retire that cannot reach the collector says the console is offline, as every screen does,
 * until the person asks for something else: the half-minute refresh leaves the words); opening hours are set (and a
 * wrongly typed day is refused beside its field); a receptionist who is not an admin sees the tablets but cannot
 * change them; Spanish and a 320 px phone. Real Chromium, the real collector over HTTP, controls found by role and
 * name, axe on each state.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpeningHoursSettings } from '../../../src/core/tablets-api.js';
import { axeViolations, signInWithForm } from '../browser.js';
import { signedIn, STAFF_PASSWORD } from '../helpers.js';
import {
  actOffline,
  byRole,
  choose,
  type Console,
  cutConnection,
  headingIs,
  OFFLINE,
  says,
  screenText,
  settled,
  signInAt,
  startConsole,
  inSpanishOnAPhone,
} from './console-fixture.js';

const RECEPTIONIST = 'desk@north.example';
const SETUP = { name: 'test setup' };
const SLOW = 60_000;

let run: Console;
let url: string;

beforeAll(async () => {
  run = await startConsole();
  url = run.app.url;
  const { practices, directory, signIn } = run.app.collector;
  await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
  await practices.addLocation(SETUP, 'north', 'front-desk');
  directory.forget();
  await signIn.accounts.add(SETUP, RECEPTIONIST, 'staff', STAFF_PASSWORD, ['north']);
  await signedIn(run.app.collector, RECEPTIONIST, 'staff');
}, 60_000);

afterAll(() => run?.close());

/** The screen's text once it says `words` (the list refreshes after each change). */
const report = (token: string, body: unknown) =>
  fetch(`${url}/api/tablets/report`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

/** Retire on `name`, then its confirmation. */
async function retire(page: Page, name: string): Promise<void> {
  await page.click(byRole('button', `Retire ${name}`));
  await page.waitForSelector(byRole('heading', `Retire ${name}?`), { visible: true });
  await page.click(byRole('button', 'Retire the tablet'));
}

describe('the Tablets screen', () => {
  it(
    'sets a tablet up with a link and QR code, shows it needing attention, and retires it after a confirmation',
    async () => {
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await signInAt(page, url, '/staff/tablets');
      await headingIs(page, 'Tablets');
      await settled(page);
      await choose(page, 'Practice', 'North Clinic');
      await says(page, 'No tablet has been set up for this practice yet.');

      await page.type(byRole('textbox', 'Name'), 'Front desk tablet');
      await page.type(byRole('combobox', 'Location'), 'front-desk');
      await page.click(byRole('button', 'Make the setup link'));
      await page.waitForSelector(byRole('heading', 'Setup link for Front desk tablet'), { visible: true });
      const image = await page.waitForSelector(byRole('image', 'QR code of the setup link for Front desk tablet'));
      const qr = await image!.evaluate((img) =>
        decodeURIComponent((img as HTMLImageElement).src.replace(/^data:image\/svg\+xml;charset=utf-8,/, '')),
      );
      expect(qr).toMatch(/^<svg[^>]*>.*<path/s);
      const text = await says(page, 'open the camera and point it at this code');
      const link = /(http:\/\/\S+#device=pfd_[\w-]{43})/.exec(text)?.[1];
      expect(link, 'the link is shown').toBeDefined();
      const setupLink = new URL(link!);
      expect(setupLink.pathname).toBe('/kiosk/');
      expect(setupLink.searchParams.get('endpoint')).toBe('/api/feedback/p/north');
      expect(setupLink.searchParams.get('location')).toBe('front-desk');
      expect(await axeViolations(page)).toEqual([]);

      // The tablet, set up from that link, tells its collector a submission was refused.
      const token = setupLink.hash.replace('#device=', '');
      const sent = { appVersion: '0.1.0', waiting: 2, undeliverable: 1, storagePersisted: true, batteryLevel: 0.15 };
      expect((await report(token, { ...sent, batteryCharging: true })).status).toBe(204);
      await page.click(byRole('button', 'Done'));
      await page.goto(`${url}/staff/tablets?practice=north`, { waitUntil: 'load' });
      await headingIs(page, 'Tablets');
      const row = await says(page, 'Needs attention');
      expect(row).toMatch(/Front desk tablet front-desk ■ Needs attention submissions refused by the collector/);
      expect(row).toMatch(/(\d+ seconds ago|now) 0\.1\.0 2 \/ 1 15% \(charging\)/);
      const colour = await page.$eval('>>> pf-staff-tablets >>> td.status', (td) => getComputedStyle(td).color);
      expect(colour).toBe('rgb(164, 34, 29)');
      expect(await axeViolations(page)).toEqual([]);

      await page.click(byRole('button', 'Retire Front desk tablet'));
      await page.waitForSelector(byRole('heading', 'Retire Front desk tablet?'), { visible: true });
      expect(await axeViolations(page)).toEqual([]);
      await page.click(byRole('button', 'Cancel'));
      await page.waitForFunction(
        () => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.tagName === 'BUTTON' && el.textContent?.replace(/\s+/g, ' ').trim() === 'Retire Front desk tablet';
        },
        { timeout: 5000 },
      );
      expect(await screenText(page), 'cancelled: still in use').toContain('Needs attention');
      await page.click(byRole('button', 'Retire Front desk tablet'));
      await page.waitForSelector(byRole('heading', 'Retire Front desk tablet?'), { visible: true });
      await page.click(byRole('button', 'Retire the tablet'));
      const after = await says(page, /– Retired Retired .* by reception@smiledental\.example/);
      expect(after).not.toContain('Retire Front desk tablet');
      expect((await report(token, sent)).status, 'a retired tablet’s token stops working').toBe(401);
      await page.close();
    },
    SLOW,
  );

  it(
    'says the console is offline, as every screen does, when Retire cannot reach the collector; the tablet stays',
    async () => {
      await run.app.collector.tablets.add(SETUP, { practiceId: 'north', location: 'porch', name: 'Porch tablet' });
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await signInAt(page, url, '/staff/tablets?practice=north');
      await headingIs(page, 'Tablets');
      await says(page, 'Porch tablet');
      const text = await actOffline(page, '/retire', '/api/staff/tablets', () => retire(page, 'Porch tablet'));
      expect(text).toContain(OFFLINE);
      expect(text).not.toContain('Something went wrong');
      expect(await page.$(byRole('button', 'Retire Porch tablet')), 'not retired: still offered').not.toBeNull();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'still says why Retire was refused after the refreshes nobody asked for, until the person asks for something',
    async () => {
      await run.app.collector.tablets.add(SETUP, { practiceId: 'north', location: 'garden', name: 'Garden tablet' });
      const page = await run.newPage();
      // The half-minute refresh comes every half second here.
      await page.evaluateOnNewDocument(() => {
        const every = window.setInterval.bind(window);
        window.setInterval = ((work: TimerHandler, ms?: number) => every(work, ms === 30_000 ? 500 : ms)) as never;
      });
      await page.setViewport({ width: 1280, height: 900 });
      await signInAt(page, url, '/staff/tablets?practice=north');
      await headingIs(page, 'Tablets');
      await says(page, 'Garden tablet');
      let offline = true;
      await cutConnection(page, (method, path) => offline && method === 'POST' && path.endsWith('/retire'));
      await retire(page, 'Garden tablet');
      await says(page, OFFLINE);
      // Two refreshes come back from the collector: the first has been drawn by the time the second is here.
      for (let i = 0; i < 2; i++) {
        await page.waitForResponse(
          (r) => new URL(r.url()).pathname === '/api/staff/tablets' && !!r.request().headers()['x-background-refresh'],
        );
      }
      expect(await screenText(page), 'still said after the refreshes').toContain(OFFLINE);
      offline = false;
      await retire(page, 'Garden tablet');
      await says(page, /Garden tablet garden – Retired/);
      expect(await screenText(page), 'gone once Retire is done').not.toContain(OFFLINE);
      await page.close();
    },
    SLOW,
  );

  it(
    'sets the practice’s opening hours, and refuses a day typed wrongly beside its field',
    async () => {
      const page = await run.newPage();
      await signInAt(page, url, '/staff/tablets?practice=north');
      await headingIs(page, 'Tablets');
      await says(page, 'These are the default hours');
      expect(await page.$eval(byRole('textbox', 'Monday'), (i) => (i as HTMLInputElement).value)).toBe('08:00-18:00');
      await page.type(byRole('textbox', 'Saturday'), '9 to 12');
      await page.click(byRole('button', 'Save opening hours'));
      await says(page, 'Saturday: write times as 08:00-18:00, separated by commas.');
      expect(await page.$eval(byRole('textbox', 'Saturday'), (i) => i.getAttribute('aria-invalid'))).toBe('true');
      expect(await axeViolations(page)).toEqual([]);

      await page.$eval(byRole('textbox', 'Saturday'), (i) => ((i as HTMLInputElement).value = ''));
      await page.type(byRole('textbox', 'Saturday'), '09:00-12:30');
      await page.click(byRole('button', 'Save opening hours'));
      await says(page, 'Saved.');
      const saved = (await (
        await run.app.staffFetch('/api/staff/practices/north/opening-hours')
      ).json()) as OpeningHoursSettings;
      expect(saved).toMatchObject({
        set: true,
        openingHours: { sat: [['09:00', '12:30']], mon: [['08:00', '18:00']] },
      });
      await page.close();
    },
    SLOW,
  );

  it(
    'shows a receptionist who is not an admin the tablets, but nothing to change them with',
    async () => {
      await run.app.collector.tablets.add(SETUP, {
        practiceId: 'north',
        location: 'upstairs',
        name: 'Upstairs tablet',
      });
      const page = await run.newPage();
      await page.goto(`${url}/staff/tablets`, { waitUntil: 'load' });
      await signInWithForm(page, RECEPTIONIST, STAFF_PASSWORD);
      await headingIs(page, 'Tablets');
      const text = await says(page, 'Upstairs tablet');
      expect(text).toContain('Only an admin of this practice can set up or retire tablets');
      expect(await page.$(byRole('button', 'Retire Upstairs tablet'))).toBeNull();
      expect(await page.$(byRole('button', 'Make the setup link'))).toBeNull();
      expect(await page.$(byRole('button', 'Save opening hours'))).toBeNull();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'speaks Spanish and fits 320 px with no sideways scrolling and no axe violations',
    async () => {
      await run.app.collector.tablets.add(SETUP, { practiceId: 'north', location: 'hall', name: 'Hall tablet' });
      const page = await run.newPage();
      await inSpanishOnAPhone(page, url, '/staff/tablets?practice=north', 'Tablets', 'Tabletas');
      const text = await says(page, 'Configurar una tableta nueva');
      expect(text).toContain('Horario de apertura');
      expect(text).toMatch(/Hall tablet hall ● Todo bien Nunca/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});
