/**
 * A patient's data request in real Chromium, as an admin does it (the retention settings are the console's
 * Settings screen: console/console-settings.test.ts): by the labels and
 * names on the page, with axe (WCAG 2.2 A/AA, target-size on) on every screen, at desk and phone width.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firstImpression,
  post,
  removeDir,
  STAFF_EMAIL,
  STAFF_PASSWORD,
  startCollector,
  whatWentWrong,
  type Running,
} from '../helpers.js';
import { axeViolations, launchChromium, signInWithForm } from '../browser.js';

let app: Running;
let browser: Browser;
let page: Page;
const survey = firstImpression({ answers: { overall: 'poor' } });
const recovery = whatWentWrong({
  relatedTo: survey.id,
  reference: 'RC-5TWX-8R',
  answers: {
    categories: ['billing'],
    details: 'Billed for a cleaning I never had <script>alert(1)</script>',
    contact: { method: 'email', value: 'sam@example.org', consent: true, bestTime: '' },
  },
});

const click = (p: Page, role: string, name: string) => p.click(`::-p-aria([name="${name}"][role="${role}"])`);

async function clickAndLoad(p: Page, role: string, name: string) {
  await Promise.all([p.waitForNavigation({ waitUntil: 'load' }), click(p, role, name)]);
}

/** The checkbox whose label starts with these words (the rest is the time it arrived). */
async function checkboxLabelled(p: Page, start: string) {
  for (const box of await p.$$('::-p-aria([role="checkbox"])')) {
    const label = await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    if (label.startsWith(start)) return box;
  }
  throw new Error(`No checkbox labelled "${start}…"`);
}

beforeAll(async () => {
  app = await startCollector({ retentionEveryMs: false });
  for (const s of [survey, recovery, whatWentWrong()]) expect((await post(app.url, s)).status).toBe(201);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${app.url}/staff/sign-in`, { waitUntil: 'load' });
  await signInWithForm(page, STAFF_EMAIL, STAFF_PASSWORD);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app.stop();
  removeDir(app.dir);
});

describe("a patient's data in a browser", () => {
  it('finds the patient by e-mail, erases their words after the confirmation step', async () => {
    await clickAndLoad(page, 'link', "A patient's data");
    expect(await axeViolations(page)).toEqual([]);
    await page.type('::-p-aria(Reference, phone number, e-mail address or words)', 'SAM@example.org');
    await clickAndLoad(page, 'button', 'Find');
    expect(await page.$eval('[role="status"]', (el) => el.textContent)).toContain('2 submission(s) found');
    // The patient's markup is text on the page, never an element.
    expect(await page.$('.found script')).toBeNull();
    expect(await page.$eval('.found', (el) => el.textContent)).toContain('<script>alert(1)</script>');
    expect(await axeViolations(page)).toEqual([]);

    // Found by contact detail: ticked; the survey it followed is listed, not ticked — the admin ticks it.
    const complaint = await checkboxLabelled(page, 'What went wrong RC-5TWX-8R, received');
    const followed = await checkboxLabelled(page, 'First impression survey, received');
    expect(await complaint?.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await followed?.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
    await followed?.click();

    await clickAndLoad(page, 'button', 'Erase their words and contact details…');
    expect(await page.$eval('h1', (h) => h.textContent)).toContain('Erase a patient’s words and contact details?');
    expect(await page.$$eval('main li', (items) => items.length)).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await clickAndLoad(page, 'button', 'Erase for good');
    expect(await page.$eval('[role="status"]', (el) => el.textContent)).toContain(
      'Erased the words and contact details of 2 submission(s).',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect((await app.collector.store.get(String(recovery.id)))?.erased?.reason).toBe('patient-request');
    expect((await app.collector.store.get(String(survey.id)))?.erased?.reason).toBe('patient-request');

    // Found again by its reference, it says what happened instead of showing words.
    await page.type('::-p-aria(Reference, phone number, e-mail address or words)', 'rc 5twx 8r');
    await clickAndLoad(page, 'button', 'Find');
    expect(await page.$eval('.found', (el) => el.textContent)).toMatch(/erased .*at the patient's request/);
  });

  it('fits a phone: no sideways scrolling on the results', async () => {
    await page.setViewport({ width: 320, height: 700 });
    await page.goto(`${app.url}/staff/patient-data?q=${encodeURIComponent('rc 5twx 8r')}`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewport({ width: 1280, height: 800 });
  });
});
