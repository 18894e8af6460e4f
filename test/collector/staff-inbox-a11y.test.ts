/**
 * The staff inbox in real Chromium, reached as a person reaches it: the sign-in form first (by its labels), then the
 * inbox, then Sign out. Every page must pass axe-core (WCAG 2.2 A/AA, target-size on), load its stylesheets under
 * its own CSP with no violation, and show a patient's markup as text.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from './browser.js';
import { practiceSurvey } from '../fixtures/practice-survey.js';
import {
  addSurvey,
  firstImpression,
  post,
  removeDir,
  STAFF_EMAIL,
  STAFF_PASSWORD,
  startCollector,
  whatWentWrong,
  type Running,
} from './helpers.js';

let app: Running;
let browser: Browser;

beforeAll(async () => {
  app = await startCollector();
  // A practice's own survey too: its results are listed apart, in its words, and must pass axe like the rest.
  await addSurvey(app, practiceSurvey);
  const posts = [
    firstImpression({
      survey: { id: practiceSurvey.id, version: practiceSurvey.version },
      answers: { overall: '7', 'visit-for': ['treatment'], pain: 'yes' },
    }),
    // Older than the real case, so it is listed after it: a case that looks automated, marked in words.
    whatWentWrong({ reference: 'RC-3MXP-7Q', honeypot: 'filled by a bot' }),
    firstImpression({ honeypot: 'filled by a bot' }),
    firstImpression(),
    firstImpression({ answers: { overall: 'poor', comments: 'مرحبا — 你好 😀' } }),
    whatWentWrong({
      answers: {
        categories: ['wait-time'],
        details: '<b>Nobody</b> said sorry',
        contact: { method: 'text', value: '555 0100', consent: true, bestTime: '' },
      },
    }),
  ];
  for (const s of posts) expect((await post(app.url, s)).status).toBe(201);
  browser = await launchChromium();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await app.stop();
  removeDir(app.dir);
});

describe('staff inbox in a browser', () => {
  it('leads to the sign-in form, which signs a person in by Email and Password and comes back', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/staff/?ref=rc%20zzzz%20zz`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    expect(await axeViolations(page)).toEqual([]);
    await page.type('::-p-aria(Email)', STAFF_EMAIL);
    await page.type('::-p-aria(Password)', 'not the password at all');
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click('::-p-aria([name="Sign in"][role="button"])'),
    ]);
    expect(await page.$eval('[role="alert"]', (el) => el.textContent)).toMatch(/do not match/);
    expect(await axeViolations(page)).toEqual([]);
    await page.type('::-p-aria(Password)', STAFF_PASSWORD);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click('::-p-aria([name="Sign in"][role="button"])'),
    ]);
    const landed = new URL(page.url());
    expect(`${landed.pathname}${landed.search}`).toBe('/staff/?ref=rc%20zzzz%20zz');
    expect(await page.$('::-p-aria([name="Sign out"][role="button"])')).not.toBeNull();
    const [cookie] = await browser.defaultBrowserContext().cookies();
    expect(cookie).toMatchObject({ name: 'pf_session', httpOnly: true, sameSite: 'Lax' });
    await page.close();
  });

  it('has no axe violations and no CSP violations, and shows markup as text', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${app.url}/staff/`, { waitUntil: 'load' });
    // The stylesheet applied: its grid layout is on the details lists.
    expect(await page.$eval('dl', (dl) => getComputedStyle(dl).display)).toBe('grid');
    expect(await page.$('.case b')).toBeNull();
    expect(await page.$eval('.case', (el) => el.textContent)).toContain('<b>Nobody</b> said sorry');
    // The case carries its follow-up form, so axe below checks its labels, names and target sizes too.
    expect(await page.$('.case form.follow-up select[name="status"]')).not.toBeNull();
    expect(await page.$('form[role="search"] input[name="ref"]')).not.toBeNull();

    expect(await page.$$eval('.automated', (notes) => notes.length)).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('saves a follow-up through the real form (the browser sends this origin), then finds the case by a read-out code', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/staff/`, { waitUntil: 'load' });
    const { id, reference } = await page.$eval('.case', (el) => ({
      id: el.id,
      reference: el.querySelector('h3')?.firstChild?.textContent?.trim() ?? '',
    }));
    // By label, as staff would: the status select and note of this case.
    const statusLabel = await page.$eval(`#${id} label[for^="status-"]`, (l) => l.getAttribute('for'));
    await page.select(`[id="${statusLabel}"]`, 'contacted');
    await page.type(`#${id} textarea`, 'Called at 9; apologised.');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(`#${id} button[type="submit"]`)]);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    expect(await page.$eval(`#${id} .status`, (el) => el.textContent)).toContain('Contacted');
    expect(await page.$eval(`#${id} textarea`, (el) => el.value)).toBe('Called at 9; apologised.');

    // Find it again by what a patient reads out: lower case, spaces, no dashes.
    await page.type('input[name="ref"]', reference.toLowerCase().replace(/-/g, ' '));
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    expect(await page.$$eval('.case', (cards) => cards.map((c) => c.id))).toEqual([id]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a phone: the page never scrolls sideways, only the first-impressions table in its own box', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 375, height: 812 });
    await page.goto(`${app.url}/staff/`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Labels sit above their values, so an e-mail address is not squeezed into a narrow column.
    expect(await page.$eval('dl', (dl) => getComputedStyle(dl).gridTemplateColumns.split(' ').length)).toBe(1);
    await page.close();
  });

  it('reaches the account and patient-data pages from the bar, each without axe violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/staff/`, { waitUntil: 'load' });
    for (const [link, heading] of [
      ['Your sign-in', 'Your sign-in'],
      ["A patient's data", "A patient's data"],
    ]) {
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.click(`::-p-aria([name="${link}"][role="link"])`),
      ]);
      expect(await page.$eval('h1', (h) => h.textContent)).toContain(heading);
      expect(await axeViolations(page), link).toEqual([]);
    }
    await page.setViewport({ width: 375, height: 812 });
    await page.goto(`${app.url}/staff/account`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('signs out with Sign out, after which the inbox asks to sign in again', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/staff/`, { waitUntil: 'load' });
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click('::-p-aria([name="Sign out"][role="button"])'),
    ]);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    expect(await page.$eval('[role="status"]', (el) => el.textContent)).toMatch(/signed out/);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${app.url}/staff/`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    await page.close();
  });
});
