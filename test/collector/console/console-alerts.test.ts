/**
 * Alerts in the staff console, as a practice meets them: an admin adds a rule on the Alerts screen (a new case);
 * a patient's what-went-wrong form raises an alert; a receptionist who is not an admin opens it from the list,
 * acknowledges it with a comment and closes it, and finds it among the closed ones; the link an e-mail carries opens
 * that alert; the admin turns the rule off. Real Chromium and collector, by role and name, axe on each screen, at
 * phone width, and in Spanish.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertPage } from '../../../src/core/alerts-api.js';
import { axeViolations, signInWithForm } from '../browser.js';
import { post, signedIn, STAFF_PASSWORD, whatWentWrong, until } from '../helpers.js';
import {
  byRole,
  deep,
  headingIs,
  screenText,
  settled,
  signInAt,
  startConsole,
  type Console,
  choose,
} from './console-fixture.js';

const DESK = 'desk@smiledental.example';
let run: Console;
let url: string;
const SLOW = 60_000;

beforeAll(async () => {
  run = await startConsole({ alertOptions: { everyMs: 200 } });
  url = run.app.url;
  await signedIn(run.app.collector, DESK, 'staff');
}, 60_000);

afterAll(() => run?.close());

describe('alerts in the console', () => {
  it(
    'an admin adds a rule; a receptionist acknowledges, comments on and closes the alert it raises',
    async () => {
      const admin = await run.newPage();
      await admin.setViewport({ width: 1280, height: 900 });
      await signInAt(admin, url, '/staff/alerts');
      await headingIs(admin, 'Alerts');
      await admin.waitForSelector(byRole('heading', 'Alert rules'));
      expect(await screenText(admin)).toContain('No alert rules yet');
      expect(await screenText(admin)).toContain('E-mail is off: SMTP_URL is not set');
      expect(await axeViolations(admin), 'no rules').toEqual([]);
      await admin.type(byRole('textbox', 'Name'), 'Unhappy patient');
      await choose(admin, 'When', 'A new what-went-wrong case');
      await admin.click(byRole('button', 'Add the rule'));
      await admin.waitForSelector(byRole('button', 'Turn off: Unhappy patient'));
      expect(await axeViolations(admin), 'a rule').toEqual([]);

      const patient = whatWentWrong({ reference: 'RC-7KQ2-9F' });
      expect((await post(url, patient)).status).toBe(201);
      const alertId = await until(async () => {
        const page = (await (await run.app.staffFetch('/api/staff/alerts')).json()) as AlertPage;
        return page.alerts[0]?.id;
      }, 'the alert');

      const desk = await run.newPage();
      await desk.setViewport({ width: 320, height: 720 });
      await desk.goto(`${url}/staff/alerts`, { waitUntil: 'load' });
      await signInWithForm(desk, DESK, STAFF_PASSWORD);
      await headingIs(desk, 'Alerts');
      await desk.waitForSelector(deep('li.row'), { visible: true });
      expect(await screenText(desk)).toContain('A patient told the practice what went wrong.');
      expect(await screenText(desk)).toContain('Reference RC-7KQ2-9F');
      expect(await screenText(desk), 'no rules for staff who are not admins').not.toContain('Alert rules');
      expect(await desk.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await axeViolations(desk), 'the list at phone width').toEqual([]);

      // The row's button is named for its alert ("Details: A new what-went-wrong case, <when>").
      const details = await desk.$eval(deep('li.row button'), (b) => b.getAttribute('aria-label') ?? '');
      expect(details).toMatch(/^Details: A new what-went-wrong case, /);
      await desk.click(byRole('button', details));
      await desk.waitForSelector(byRole('heading', 'A new what-went-wrong case — Open'));
      expect(desk.url()).toBe(`${url}/staff/alerts?alert=${alertId}`);
      await desk.type(byRole('textbox', 'Comment'), 'Calling the patient now.');
      await desk.click(byRole('button', 'Acknowledge'));
      await desk.waitForSelector(byRole('heading', 'A new what-went-wrong case — Acknowledged'));
      expect(await screenText(desk)).toContain('Calling the patient now.');
      expect(await screenText(desk)).toContain(`Acknowledged by ${DESK}`);
      expect(await axeViolations(desk), 'an alert').toEqual([]);
      await desk.click(byRole('button', 'Close'));
      await desk.waitForSelector(byRole('heading', 'A new what-went-wrong case — Closed'));
      await desk.waitForSelector(byRole('button', 'Reopen'));
      await settled(desk);
      expect(await screenText(desk)).toContain('No alerts here.');
      await choose(desk, 'Show', 'Closed');
      await desk.waitForSelector(deep('li.row'), { visible: true });

      // The link an e-mail carries opens the alert, in Spanish for a person who chose it.
      await desk.evaluate(() => localStorage.setItem('pf-staff:lang', 'es'));
      await desk.goto(`${url}/staff/alerts?alert=${alertId}`, { waitUntil: 'load' });
      await desk.waitForSelector(byRole('heading', 'Un caso nuevo de «qué salió mal» — Cerrada'));
      expect(await screenText(desk)).toContain('Calling the patient now.');
      expect(await axeViolations(desk), 'Spanish').toEqual([]);

      await admin.click(byRole('button', 'Turn off: Unhappy patient'));
      await admin.waitForSelector(byRole('button', 'Turn on: Unhappy patient'));
      await admin.close();
      await desk.close();
    },
    SLOW,
  );
});
