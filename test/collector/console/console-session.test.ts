/**
 * The console follows its session as every staff page does (the collector's idle limit shortened to seconds, so
 * nobody waits 15 minutes): a person's requests keep it open, the page's own looks do not (X-Background-Refresh),
 * it warns before the end with Stay signed in, and at the end it empties the screen and leads to the sign-in page,
 * which says why. Sign out ends the session.
 */
import type { HTTPRequest } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, button } from '../browser.js';
import { post, whatWentWrong } from '../helpers.js';
import { focused, headingIs, screenText, signInAt, startConsole, type Console } from './console-fixture.js';

const IDLE_LIMIT_MS = 4_000;
const PATIENT_WORDS = 'Nobody offered me a glass of water';
const WARNING = '::-p-aria([name="You will be signed out soon"][role="dialog"])';

let run: Console;

beforeAll(async () => {
  run = await startConsole({ signIn: { idleLimitMs: IDLE_LIMIT_MS } });
  expect((await post(run.app.url, whatWentWrong({ answers: { details: PATIENT_WORDS } }))).status).toBe(201);
}, 60_000);

afterAll(() => run?.close());

describe('the console left alone', () => {
  it('counts a person’s requests, warns before the end, keeps the session with Stay signed in, then signs out', async () => {
    const page = await run.newPage();
    const sessionLooks: { background: boolean }[] = [];
    page.on('request', (request: HTTPRequest) => {
      if (new URL(request.url()).pathname === '/staff/session')
        sessionLooks.push({ background: request.headers()['x-background-refresh'] === '1' });
    });
    await signInAt(page, run.app.url);
    expect(await screenText(page)).toContain(PATIENT_WORDS);
    // A person's move a second in: the warning comes half the limit after it, not after signing in.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await page.click('::-p-aria([name="Cases"][role="link"])');
    const actedAt = Date.now();
    await headingIs(page, 'Cases');

    await page.waitForSelector(WARNING, { timeout: IDLE_LIMIT_MS });
    expect(Date.now() - actedAt).toBeGreaterThan(IDLE_LIMIT_MS / 2 - 500);
    expect((await focused(page)).text).toBe('Stay signed in');
    expect(await screenText(page)).toMatch(/patients' answers will then be hidden/i);
    expect(await axeViolations(page)).toEqual([]);
    // Before warning, the page asked whether the session was still open — without keeping it open.
    expect(sessionLooks.length).toBeGreaterThan(0);
    expect(sessionLooks.every((look) => look.background)).toBe(true);

    await page.click(button('Stay signed in'));
    await page.waitForSelector(WARNING, { hidden: true, timeout: 3000 });
    expect(sessionLooks.some((look) => !look.background)).toBe(true);

    // Left alone again: warned, then signed out at the limit, the screen emptied first.
    await page.waitForNavigation({ waitUntil: 'load', timeout: IDLE_LIMIT_MS + 3000 });
    const landed = new URL(page.url());
    expect(landed.pathname).toBe('/staff/sign-in');
    expect(landed.searchParams.get('ended')).toBe('idle');
    expect(landed.searchParams.get('next')).toBe('/staff/cases');
    expect(await page.content()).not.toContain(PATIENT_WORDS);
    await page.close();
  }, 30_000);

  it('signs out with Sign out; the console then asks to sign in again', async () => {
    const page = await run.newPage();
    await signInAt(page, run.app.url, '/staff/cases');
    await headingIs(page, 'Cases');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(button('Sign out'))]);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    expect(await page.$eval('[role="status"]', (el) => el.textContent)).toMatch(/signed out/);
    await page.goto(`${run.app.url}/staff/cases`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    await page.close();
  });
});
