/**
 * The Accounts screen as a practice manager uses it (issue 13): they add a nurse for North Clinic and get a set-up
 * link once; the nurse opens it in a browser of their own, chooses a password, is signed in and sees only North
 * Clinic; the manager changes the nurse's role, disables and enables the account after confirmations (by keyboard
 * too), makes a new set-up link, and turns a lost phone's second factor off; a Disable that cannot reach the
 * collector says so, and still says it once the list has been read again; Spanish and a 320 px phone. Real
 * Chromium, the real collector over HTTP, controls found by role and name, axe on each state.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../../src/core/staff-api.js';
import { totpCode } from '../../../collector/accounts/totp.js';
import { axeViolations, clickAndWait } from '../browser.js';
import { STAFF_PASSWORD } from '../helpers.js';
import {
  byRole,
  choose,
  actOffline,
  type Console,
  focused,
  headingIs,
  OFFLINE,
  says,
  screenText,
  settled,
  signInAt,
  startConsole,
  inSpanishOnAPhone,
} from './console-fixture.js';

const NURSE = 'nurse@north.example';
const DESK = 'desk@north.example';
const PORTER = 'porter@north.example';
const NEW_PASSWORD = 'apple tree by the river 7';
const SETUP = { name: 'test setup' };
const SLOW = 90_000;

let run: Console;
let url: string;

beforeAll(async () => {
  run = await startConsole();
  url = run.app.url;
  const { practices, directory, signIn } = run.app.collector;
  await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
  await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'Europe/London' });
  directory.forget();
  const desk = await signIn.accounts.add(SETUP, DESK, 'staff', STAFF_PASSWORD, ['north']);
  const { secret } = await signIn.secondFactor.begin(desk.id, DESK);
  await signIn.secondFactor.confirm(SETUP, desk.id, DESK, totpCode(secret, Date.now()));
}, 60_000);

afterAll(() => run?.close());

/** The screen's text once it says `words` (the list reloads after each change). */
async function confirmIn(page: Page, opener: string, title: string, button: string): Promise<void> {
  await page.click(byRole('button', opener));
  await page.waitForSelector(byRole('heading', title), { visible: true });
  await page.click(byRole('button', button));
}

describe('the Accounts screen', () => {
  it(
    'adds a person whose set-up link, opened in their own browser, lets them choose a password and sign in',
    async () => {
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await signInAt(page, url, '/staff/accounts');
      await headingIs(page, 'Accounts');
      await settled(page);
      await says(page, /reception@smiledental\.example Admin Every practice Can sign in/);
      expect(await axeViolations(page)).toEqual([]);

      await page.type(byRole('textbox', 'Email'), NURSE);
      await choose(page, 'Role', 'Staff');
      await page.click(byRole('checkbox', 'North Clinic'));
      await page.click(byRole('button', 'Add and make the set-up link'));
      await page.waitForSelector(byRole('heading', `Set-up link for ${NURSE}`), { visible: true });
      const text = await says(page, 'This link is shown once.');
      expect(text).toMatch(/Send it to nurse@north\.example yourself/);
      const link = await page.$eval(byRole('textbox', 'Set-up link'), (i) => (i as HTMLInputElement).value);
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/staff\/set-up#pfs_[\w-]{43}$/);
      await says(page, /nurse@north\.example Staff North Clinic Waiting for set-up set-up link works until/);
      expect(await axeViolations(page)).toEqual([]);
      await page.click(byRole('button', 'Done'));
      expect(await screenText(page)).not.toContain(link);

      // The nurse, on a computer of their own.
      const theirs = await run.newPage();
      await theirs.goto(link, { waitUntil: 'load' });
      expect(theirs.url(), 'the token leaves the address bar').toBe(`${url}/staff/set-up`);
      expect(await axeViolations(theirs)).toEqual([]);
      await theirs.type('::-p-aria(New password)', NEW_PASSWORD);
      await theirs.type('::-p-aria(New password again)', NEW_PASSWORD);
      await clickAndWait(theirs, byRole('button', 'Set password'));
      await headingIs(theirs, 'Inbox');
      const me = (await theirs.evaluate(async () => (await fetch('/api/staff/me')).json())) as Me;
      expect(me).toMatchObject({ name: NURSE, role: 'staff', everyPractice: false });
      expect(me.practices.map((p) => p.name)).toEqual(['North Clinic']);
      expect(run.app.logs.join('\n')).not.toContain(new URL(link).hash.slice(1));

      await page.reload({ waitUntil: 'load' });
      await says(page, /nurse@north\.example Staff North Clinic Can sign in Off \w+ \d/);
      await theirs.close();
      await page.close();
    },
    SLOW,
  );

  it(
    'changes a role, disables and enables after confirmations, makes a new link, turns a second factor off',
    async () => {
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await signInAt(page, url, '/staff/accounts');
      await headingIs(page, 'Accounts');
      await says(page, DESK);

      await page.click(byRole('button', `Change ${DESK}`));
      await page.waitForSelector(byRole('heading', `Change ${DESK}`), { visible: true });
      expect(await axeViolations(page)).toEqual([]);
      await choose(page, 'Role', 'Admin');
      await page.click(byRole('button', 'Save'));
      await says(page, /desk@north\.example Admin North Clinic Can sign in On/);

      // By keyboard: the dialog opens on Enter, Escape closes it, focus comes back to the button.
      const focusedWords = async () => (await focused(page)).text.replace(/\s+/g, ' ');
      await page.focus(byRole('button', 'Add and make the set-up link'));
      await page.keyboard.down('Shift');
      for (let i = 0; i < 40 && (await focusedWords()) !== `Disable ${DESK}`; i++) await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      expect(await focusedWords()).toBe(`Disable ${DESK}`);
      await page.keyboard.press('Enter');
      await page.waitForSelector(byRole('heading', `Disable ${DESK}?`), { visible: true });
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(focusedWords).toBe(`Disable ${DESK}`);
      await confirmIn(page, `Disable ${DESK}`, `Disable ${DESK}?`, 'Disable the account');
      await says(page, /desk@north\.example Admin North Clinic Disabled/);
      await confirmIn(page, `Enable ${DESK}`, `Enable ${DESK}?`, 'Enable the account');
      await says(page, /desk@north\.example Admin North Clinic Can sign in On/);

      await confirmIn(page, `Turn off second factor ${DESK}`, `Turn off the second factor of ${DESK}?`, 'Turn it off');
      await says(page, /desk@north\.example Admin North Clinic Can sign in Off/);

      await confirmIn(page, `New set-up link ${DESK}`, `New set-up link for ${DESK}?`, 'Make a new set-up link');
      await page.waitForSelector(byRole('heading', `Set-up link for ${DESK}`), { visible: true });
      await says(page, /desk@north\.example Admin North Clinic Waiting for set-up/);
      const old = await run.app.collector.signIn.withPassword(DESK, STAFF_PASSWORD, { address: '127.0.0.1' });
      expect(old.outcome, 'the old password stopped working').toBe('wrong');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'says the console is offline when Disable cannot reach the collector, and still says it once the list is read again',
    async () => {
      await run.app.collector.signIn.accounts.add(SETUP, PORTER, 'staff', STAFF_PASSWORD, ['north']);
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await signInAt(page, url, '/staff/accounts');
      await headingIs(page, 'Accounts');
      await says(page, PORTER);
      const text = await actOffline(page, '/disable', '/api/staff/accounts', () =>
        confirmIn(page, `Disable ${PORTER}`, `Disable ${PORTER}?`, 'Disable the account'),
      );
      expect(text).toContain(OFFLINE);
      expect(text).toMatch(/porter@north\.example Staff North Clinic Can sign in/);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'speaks Spanish and fits 320 px with no sideways scrolling and no axe violations',
    async () => {
      const page = await run.newPage();
      await inSpanishOnAPhone(page, url, '/staff/accounts', 'Accounts', 'Cuentas');
      const text = await says(page, 'Añadir una persona');
      expect(text).toMatch(/reception@smiledental\.example Administrador Todos los consultorios Puede iniciar sesión/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
      await page.click(byRole('button', 'Añadir y crear el enlace de configuración'));
      await says(page, 'Elija al menos un consultorio.');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});
