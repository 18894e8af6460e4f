/**
 * The load pattern every admin screen shares (staff/screens/screen-load.ts), seen as a person sees it: a screen
 * whose reading cannot reach the collector on arrival says so in the shared offline words, and does not sit on
 * Loading… for ever; and that refusal goes once a reading the person asked for (another view) succeeds.
 * Real Chromium, the real collector over HTTP, the connection cut for the screens' readings alone, axe on each
 * state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../browser.js';
import {
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
} from './console-fixture.js';

const SLOW = 60_000;

/** Each screen that loads through ScreenLoad: its address, its heading, and the reading it makes on arrival. */
const SCREENS = [
  { path: '/staff/accounts', heading: 'Accounts', reads: '/api/staff/accounts' },
  { path: '/staff/alerts', heading: 'Alerts', reads: '/api/staff/alerts' },
  { path: '/staff/audit', heading: 'Audit', reads: '/api/staff/audit' },
  { path: '/staff/practices', heading: 'Practices', reads: '/api/staff/practices' },
  { path: '/staff/sessions', heading: 'Who is signed in', reads: '/api/staff/sessions' },
  { path: '/staff/settings', heading: 'Settings', reads: '/api/staff/settings' },
  { path: '/staff/surveys', heading: 'Surveys', reads: '/api/staff/surveys' },
  { path: '/staff/tablets', heading: 'Tablets', reads: '/api/staff/tablets' },
  { path: '/staff/webhooks', heading: 'Webhooks', reads: '/api/staff/webhooks' },
];

let run: Console;
let url: string;

beforeAll(async () => {
  run = await startConsole();
  url = run.app.url;
}, 60_000);

afterAll(() => run?.close());

describe('a screen’s load (ScreenLoad)', () => {
  it(
    'says the console is offline, in the shared words, when a screen’s reading cannot be made on arrival',
    async () => {
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const readings = new Set(SCREENS.map((s) => s.reads));
      await cutConnection(page, (method, path) => method === 'GET' && readings.has(path));
      await signInAt(page, url, '/staff/accounts');
      for (const screen of SCREENS) {
        await page.goto(`${url}${screen.path}`, { waitUntil: 'load' });
        await headingIs(page, screen.heading);
        const text = await says(page, OFFLINE).catch((error: Error) => {
          throw new Error(`${screen.path}: ${error.message}`);
        });
        expect(text, screen.path).not.toContain('Something went wrong');
        await settled(page).catch(() => expect.fail(`${screen.path} still says Loading…`));
        expect(await axeViolations(page), screen.path).toEqual([]);
      }
      await page.close();
    },
    SLOW,
  );

  it(
    'forgets the refusal once a reading the person asked for succeeds (Alerts: Show Closed)',
    async () => {
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      let offline = true;
      await cutConnection(page, (method, path) => offline && method === 'GET' && path === '/api/staff/alerts');
      await signInAt(page, url, '/staff/alerts');
      await headingIs(page, 'Alerts');
      await says(page, OFFLINE);
      await settled(page);

      // The connection is back; the person asks for the closed alerts, and the screen reads them.
      offline = false;
      await choose(page, 'Show', 'Closed');
      await says(page, 'No alerts here.');
      expect(await screenText(page)).not.toContain(OFFLINE);
      expect(await page.$('>>> pf-staff-alerts >>> [role="alert"]'), 'no refusal left').toBeNull();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});
