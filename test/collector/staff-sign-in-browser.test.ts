/**
 * Signing in and being signed out, in real Chromium as a person meets it: a page left alone warns, then signs its
 * screen out with its session (the collector's idle limit shortened to seconds, so nobody waits 15 minutes), Back
 * brings no patient's words back, background refreshes keep nothing open, and the second factor — turned on,
 * signed in with, refused when wrong, a recovery code used once. Found by label and role; axe on every page.
 */
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../collector/accounts/totp.js';
import { axeViolations, button, clickAndWait, launchChromium, link, signInWithForm, visibleText } from './browser.js';
import {
  post,
  removeDir,
  signedIn,
  STAFF_EMAIL,
  STAFF_PASSWORD,
  startCollector,
  whatWentWrong,
  type Running,
} from './helpers.js';

const IDLE_LIMIT_MS = 8_000;
const PATIENT_WORDS = 'Nobody offered me a glass of water';
const WARNING = '::-p-aria([name="You will be signed out soon"][role="dialog"])';

let browser: Browser;
let app: Running;
let context: BrowserContext;

beforeAll(async () => {
  app = await startCollector({ signIn: { idleLimitMs: IDLE_LIMIT_MS } });
  expect((await post(app.url, whatWentWrong({ answers: { details: PATIENT_WORDS } }))).status).toBe(201);
  browser = await launchChromium();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (app) removeDir(app.dir);
});

/** A browser of its own for each test: its own cookies, so one test's session is not another's. */
async function freshPage(): Promise<Page> {
  await context?.close();
  context = await browser.createBrowserContext();
  return context.newPage();
}

/** The session cookie this browser holds, as a request header. */
async function cookieHeader(): Promise<string> {
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === 'pf_session');
  if (!session) throw new Error('no session cookie in the browser');
  return `pf_session=${session.value}`;
}

/** The server's view of a session, asked the way the page itself looks (never counted as activity). */
function sessionState(cookie: string) {
  return fetch(`${app.url}/staff/session`, {
    headers: { Cookie: cookie, Accept: 'application/json', 'X-Background-Refresh': '1' },
  });
}

/** The text on the screen now; nothing while the page is being replaced by the one it leads to. */
async function shownNow(page: Page): Promise<string> {
  try {
    return await visibleText(page);
  } catch (error) {
    if (/context was destroyed/i.test(String(error))) return '';
    throw error;
  }
}

/** A server page that shows a patient's words: an admin's search on a patient's data. */
const WORDS_PAGE = `/staff/patient-data?q=${encodeURIComponent('glass of water')}`;

async function signedInToInbox(page: Page): Promise<number> {
  await page.goto(`${app.url}${WORDS_PAGE}`, { waitUntil: 'load' });
  await signInWithForm(page, STAFF_EMAIL, STAFF_PASSWORD);
  expect(new URL(page.url()).pathname).toBe('/staff/patient-data');
  expect(await visibleText(page)).toContain(PATIENT_WORDS);
  return Date.now();
}

describe('a staff page left alone', () => {
  it('is told the real idle limit, warns before it in a dialog, and Stay signed in keeps the session', async () => {
    const page = await freshPage();
    const signedInAt = await signedInToInbox(page);
    const seconds = Number(await page.$eval('html', (html) => html.dataset.idleSeconds));
    expect(seconds).toBeGreaterThan(IDLE_LIMIT_MS / 1000 - 2);
    expect(seconds).toBeLessThanOrEqual(IDLE_LIMIT_MS / 1000);
    expect(await page.$(WARNING)).toBeNull();

    await page.waitForSelector(WARNING, { timeout: IDLE_LIMIT_MS });
    const warnedAfter = Date.now() - signedInAt;
    // Halfway through this short limit (two minutes before a real one), and not a moment too soon.
    expect(warnedAfter).toBeGreaterThan(IDLE_LIMIT_MS / 2 - 1500);
    expect(warnedAfter).toBeLessThan(IDLE_LIMIT_MS);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay signed in');
    expect(await visibleText(page)).toMatch(/patients' answers will then be hidden/i);
    expect(await axeViolations(page)).toEqual([]);

    await page.click(button('Stay signed in'));
    await page.waitForSelector(WARNING, { hidden: true, timeout: 3000 });
    // Past the moment the session would have ended without that press, with nothing else sent by the page:
    await new Promise((resolve) => setTimeout(resolve, signedInAt + IDLE_LIMIT_MS + 1000 - Date.now()));
    const state = await sessionState(await cookieHeader());
    expect(state.status).toBe(200);
    expect((await state.json()) as unknown).toMatchObject({ idleSeconds: expect.any(Number) as number });
    await page.reload({ waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/staff/patient-data');
    expect(await visibleText(page)).toContain(PATIENT_WORDS);
  }, 30000);

  it('signs the screen out at the limit: the sign-in page says why, the words are gone, the cookie is refused', async () => {
    const page = await freshPage();
    await signedInToInbox(page);
    const cookie = await cookieHeader();
    await page.waitForSelector(WARNING, { timeout: IDLE_LIMIT_MS });
    await page.waitForNavigation({ waitUntil: 'load', timeout: IDLE_LIMIT_MS });

    const landed = new URL(page.url());
    expect(landed.pathname).toBe('/staff/sign-in');
    expect(landed.searchParams.get('ended')).toBe('idle');
    expect(landed.searchParams.get('next')).toBe(WORDS_PAGE);
    expect(await page.$eval('[role="status"]', (el) => el.textContent)).toBe(
      'You were signed out after 8 seconds without activity. Sign in again to go on.',
    );
    expect(await visibleText(page)).not.toContain(PATIENT_WORDS);
    expect(await page.content()).not.toContain(PATIENT_WORDS);
    expect(await axeViolations(page)).toEqual([]);

    const state = await sessionState(cookie);
    expect(state.status).toBe(401);
    expect(await state.json()).toMatchObject({ ended: 'idle' });
    const inbox = await fetch(`${app.url}${WORDS_PAGE}`, {
      headers: { Cookie: cookie, Accept: 'text/html' },
      redirect: 'manual',
    });
    expect(inbox.status).toBe(303);
    expect(inbox.headers.get('location')).toMatch(/^\/staff\/sign-in\?/);
    expect(await inbox.text()).not.toContain(PATIENT_WORDS);
  }, 30000);

  /** Back, page by page, to the inbox: reloaded (never cached: no-store) or restored blank until it has asked. */
  async function backToInbox(page: Page, steps: string[]) {
    for (const back of steps) {
      await page.goBack({ waitUntil: 'load' });
      // Nothing to read at any moment, and the sign-in page well before any idle timer of a page could act.
      expect(await shownNow(page), back).not.toContain(PATIENT_WORDS);
      await page.waitForFunction(() => location.pathname === '/staff/sign-in' && document.readyState === 'complete', {
        timeout: IDLE_LIMIT_MS / 4,
      });
      expect(await page.content(), back).not.toContain(PATIENT_WORDS);
    }
  }

  it('brings no patient words back with Back after Sign out', async () => {
    const page = await freshPage();
    await signedInToInbox(page);
    await clickAndWait(page, link('Your sign-in'));
    await clickAndWait(page, button('Sign out'));
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    await backToInbox(page, ['to the account page', 'to the inbox']);
  }, 30000);

  it('brings no patient words back with Back after being signed out for inactivity', async () => {
    const page = await freshPage();
    await signedInToInbox(page);
    await clickAndWait(page, link('Your sign-in'));
    // The account page, left alone, gives way to the sign-in page in its place.
    await page.waitForNavigation({ waitUntil: 'load', timeout: IDLE_LIMIT_MS + 2000 });
    expect(new URL(page.url()).searchParams.get('ended')).toBe('idle');
    await backToInbox(page, ['to the inbox']);
  }, 30000);

  it('keeps every staff page out of every cache', async () => {
    const { cookie, csrf } = await signedIn(app.collector, STAFF_EMAIL, 'admin');
    for (const path of [WORDS_PAGE, '/staff/account']) {
      const res = await fetch(`${app.url}${path}`, { headers: { Cookie: cookie, Accept: 'text/html' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
    // Chromium keeps even no-store pages for Back; signing out tells it to drop them.
    const signOut = await fetch(`${app.url}/staff/sign-out`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf }).toString(),
    });
    expect(signOut.status).toBe(303);
    expect(signOut.headers.get('clear-site-data')).toBe('"cache"');
    const script = await fetch(`${app.url}/staff/idle.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('no-cache');
    expect(script.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  });
});

describe('a session and its clock', () => {
  let clocked: Running;
  /** How far the collector's clock is ahead of this one's: moved instead of waiting. */
  let aheadMs = 0;
  const serverNow = () => Date.now() + aheadMs;
  const minutes = (n: number) => n * 60_000;

  beforeAll(async () => {
    clocked = await startCollector({ signIn: { now: () => new Date(serverNow()) } });
  });
  afterAll(async () => {
    // The last test's page first: a page still open may be mid-request while the collector closes.
    await context?.close();
    await clocked?.stop();
    if (clocked) removeDir(clocked.dir);
  }, 30_000);

  /** A signed-in page at a moment of the collector's clock, as a page refreshing itself or as a person. */
  async function inboxAt(at: number, cookie: string, background: boolean): Promise<number> {
    aheadMs = at - Date.now();
    const headers: Record<string, string> = { Cookie: cookie, Accept: 'text/html' };
    if (background) headers['X-Background-Refresh'] = '1';
    return (await fetch(`${clocked.url}/staff/account`, { headers, redirect: 'manual' })).status;
  }

  it('ends 15 minutes after the last person, however many background refreshes came since', async () => {
    const start = serverNow();
    const desk = await signedIn(clocked.collector, STAFF_EMAIL, 'admin');
    const person = await signedIn(clocked.collector, STAFF_EMAIL, 'admin');
    for (const after of [5, 10, 14]) {
      expect(await inboxAt(start + minutes(after), desk.cookie, true), `background at ${after} min`).toBe(200);
      expect(await inboxAt(start + minutes(after), person.cookie, false), `person at ${after} min`).toBe(200);
    }
    expect(await inboxAt(start + minutes(15) + 1000, desk.cookie, true)).toBe(303);
    // The same minutes with a person's requests instead: still open.
    expect(await inboxAt(start + minutes(15) + 1000, person.cookie, false)).toBe(200);
  });

  it('signs in with a second factor: turned on through the page, a wrong code refused, a recovery code once', async () => {
    context = await browser.createBrowserContext();
    const page = await context.newPage();
    const axeClean = async (where: string) => expect(await axeViolations(page), where).toEqual([]);
    const heading = () => page.$eval('h1', (h) => h.textContent);

    await page.goto(`${clocked.url}/staff/`, { waitUntil: 'load' });
    await axeClean('sign-in');
    await signInWithForm(page, STAFF_EMAIL, STAFF_PASSWORD);
    await clickAndWait(page, link('Your sign-in'));
    expect(await visibleText(page)).toContain('Second factor: off');
    await axeClean('your sign-in');
    await clickAndWait(page, button('Turn on the second factor'));
    await axeClean('turn on');
    const shown = await page.$eval('::-p-text(with this key)', (el) => el.textContent ?? '');
    const secret = /with this key:\s*([A-Z2-7 ]+?)\s+—/.exec(shown)?.[1]?.replace(/ /g, '') ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.type('::-p-aria(Code)', totpCode(secret, serverNow()));
    await clickAndWait(page, button('Turn on'));
    expect(await heading()).toBe('Second factor on: your recovery codes');
    const recoveryCodes = await page.$$eval('.codes li', (items) => items.map((li) => li.textContent ?? ''));
    expect(recoveryCodes).toHaveLength(10);
    await axeClean('recovery codes');
    await clickAndWait(page, button('Sign out'));
    await axeClean('signed out');

    /** Email and password for `next`, which then asks for the code. */
    async function passwordStep(next: string) {
      await page.goto(`${clocked.url}${next}`, { waitUntil: 'load' });
      await signInWithForm(page, STAFF_EMAIL, STAFF_PASSWORD);
      expect(new URL(page.url()).pathname).toBe('/staff/sign-in/code');
      expect(await page.$('::-p-aria(Code)')).not.toBeNull();
    }
    const codeStep = async (code: string) => {
      await page.type('::-p-aria(Code)', code);
      await clickAndWait(page, button('Continue'));
    };

    await passwordStep('/staff/account');
    await axeClean('code');
    const nearby = [-30_000, 0, 30_000].map((d) => totpCode(secret, serverNow() + d));
    const wrong = ['135790', '246802', '864200'].find((c) => !nearby.includes(c)) ?? '';
    await codeStep(wrong);
    expect(await page.$eval('[role="alert"]', (el) => el.textContent)).toMatch(/code is not right/);
    await axeClean('wrong code');
    // The code turning it on was used: the app's next one, half a minute on.
    aheadMs += 30_000;
    await codeStep(totpCode(secret, serverNow()));
    expect(new URL(page.url()).pathname).toBe('/staff/account');
    expect(await heading()).toBe('Your sign-in');
    await axeClean('your sign-in, after the code');
    await clickAndWait(page, button('Sign out'));

    const [recovery = ''] = recoveryCodes;
    await passwordStep('/staff/account');
    await codeStep(recovery.toLowerCase());
    expect(new URL(page.url()).pathname).toBe('/staff/account');
    expect(await visibleText(page)).toContain('Recovery codes left: 9.');
    await clickAndWait(page, button('Sign out'));

    await passwordStep('/staff/account');
    await codeStep(recovery);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in/code');
    expect(await page.$eval('[role="alert"]', (el) => el.textContent)).toMatch(/used already/);
  }, 60000);
});
