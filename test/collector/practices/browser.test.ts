/**
 * The practices page in real Chromium, as a group admin uses it: by labels and names, axe (WCAG 2.2 A/AA, target
 * size on) on every screen, at desk and phone width. Adding a practice, changing its time zone and websites,
 * adding a location; a wrong time zone comes back with what to fix and nothing saved.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, button, clickAndWait, launchChromium, link, signInWithForm, visibleText } from '../browser.js';
import {
  firstImpression,
  post,
  removeDir,
  STAFF_EMAIL,
  STAFF_PASSWORD,
  startCollector,
  type Running,
} from '../helpers.js';

let app: Running;
let browser: Browser;
let page: Page;

async function fill(label: string, value: string) {
  const field = await page.waitForSelector(`::-p-aria(${label})`);
  await field?.click({ count: 3 });
  await field?.evaluate((el) => {
    (el as HTMLInputElement).value = '';
  });
  await field?.type(value);
}

beforeAll(async () => {
  app = await startCollector({ retentionEveryMs: false });
  expect((await post(app.url, firstImpression())).status).toBe(201);
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

describe('the practices page', () => {
  it('adds a practice, changes it and adds a location, by the names on the page', async () => {
    await clickAndWait(page, link('Practices'));
    expect(await axeViolations(page)).toEqual([]);
    expect(await visibleText(page)).toContain(`${app.url}/api/feedback`);

    await fill("New practice's id (part of its address)", 'north');
    await fill("New practice's name", 'North Clinic');
    await fill("New practice's time zone", 'Europe/London');
    await clickAndWait(page, button('Add practice'));
    expect(await page.$eval('[role="status"]', (el) => el.textContent)).toContain(
      'Added North Clinic. Its endpoint is /api/feedback/p/north.',
    );
    expect(await axeViolations(page)).toEqual([]);

    // A wrong time zone: the page says what to fix, and nothing changes.
    const zone = await page.waitForSelector('#zone-north');
    await zone?.evaluate((el) => {
      (el as HTMLInputElement).value = 'Europe/Londn';
    });
    await clickAndWait(page, button('Save North Clinic'));
    expect(await page.$eval('[role="alert"]', (el) => el.textContent)).toContain(
      'Not saved: "Europe/Londn" is not a time zone',
    );
    expect((await app.collector.practices.get('north'))?.timeZone).toBe('Europe/London');

    await page.$eval('#origins-north', (el) => {
      (el as HTMLTextAreaElement).value = 'https://north.example\nhttps://www.north.example/';
    });
    await clickAndWait(page, button('Save North Clinic'));
    expect(await page.$eval('[role="status"]', (el) => el.textContent)).toContain('Saved North Clinic.');
    expect((await app.collector.practices.get('north'))?.origins).toEqual([
      'https://north.example',
      'https://www.north.example',
    ]);

    await page.type('#location-north', 'front-desk-tablet');
    await clickAndWait(page, button('Add location to North Clinic'));
    expect((await app.collector.practices.get('north'))?.locations).toEqual([
      { id: 'front-desk-tablet', name: 'front-desk-tablet' },
    ]);
    await page.setViewport({ width: 360, height: 740 });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewport({ width: 1280, height: 800 });
  });

  it('shows the group admin what came in, by practice, once there is more than one practice', async () => {
    await page.goto(`${app.url}/staff/practices`, { waitUntil: 'load' });
    const rollup = await page.$eval('[aria-labelledby="rollup-heading"] tbody', (body) =>
      [...body.querySelectorAll('tr')].map((row) => row.querySelector('th')?.textContent),
    );
    expect(rollup).toContain('North Clinic');
    expect(await axeViolations(page)).toEqual([]);
  });
});
