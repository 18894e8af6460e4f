/**
 * The staff console's inbox and frame as staff meet them: filters in a labelled form and in the address (a shared
 * link shows the same, Back returns), Show more past the first 50, Spanish by choice and kept, a Menu button at
 * phone width, and 0 axe violations (WCAG 2.2 AA, target-size on) on every screen at desktop and phone width.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../browser.js';
import { firstImpression, post, whatWentWrong } from '../helpers.js';
import {
  byRole,
  deep,
  focused,
  headingIs,
  screenText,
  settled,
  signInAt,
  startConsole,
  type Console,
  choose,
} from './console-fixture.js';

const IMPRESSIONS = 55;
const POOR = 11;
let run: Console;
let url: string;
let caseId = '';
let impressionId = '';

beforeAll(async () => {
  run = await startConsole();
  url = run.app.url;
  for (let i = 0; i < IMPRESSIONS; i++) {
    const overall = i % 5 === 0 ? 'poor' : 'very-good';
    const s = firstImpression({ answers: { overall, comments: `Visit number ${i}.` } });
    impressionId = String(s.id);
    expect((await post(url, s)).status).toBe(201);
  }
  for (const reference of ['RC-3MXP-7Q', 'RC-7KQ2-9F', 'RC-9T4W-2B']) {
    const s = whatWentWrong({ reference });
    caseId = String(s.id);
    expect((await post(url, s)).status).toBe(201);
  }
}, 60_000);

afterAll(() => run?.close());

const rows = (page: Page) => page.$$eval(deep('.row'), (all) => all.map((r) => r.className));
const search = (page: Page) => new URL(page.url()).searchParams;

/** Goes to a console address as Back and Forward do (no reload: the app and its sign-in are already there). */
async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function rowsAre(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const list = document
        .querySelector('pf-staff-console')
        ?.shadowRoot?.querySelector('pf-staff-inbox')
        ?.shadowRoot?.querySelector('pf-staff-submission-list')?.shadowRoot;
      return list?.querySelectorAll('.row').length === n && !list.textContent?.includes('Loading');
    },
    { timeout: 5000 },
    count,
  );
}

describe('the inbox', () => {
  it('filters by kind and by rating, keeps the filters in the address, and Back returns', async () => {
    const page = await run.newPage();
    await signInAt(page, url);
    await rowsAre(page, 50);
    await page.click(deep('summary'));
    await choose(page, 'Kind', 'What went wrong');
    await page.click(byRole('button', 'Show'));
    await rowsAre(page, 3);
    expect(search(page).get('kind')).toBe('what-went-wrong');
    expect((await rows(page)).every((c) => c.includes('what-went-wrong'))).toBe(true);

    await page.goBack();
    await rowsAre(page, 50);
    expect(search(page).has('kind')).toBe(false);

    await page.click(deep('summary'));
    await choose(page, 'Overall rating', 'Poor');
    await page.click(byRole('button', 'Show'));
    await rowsAre(page, POOR);
    expect(search(page).get('rating')).toBe('poor');
    const text = await screenText(page);
    expect(text.match(/Overall rating: Poor/g)).toHaveLength(POOR);

    // The address is the view: opened as a link, it shows the same, with the form saying so.
    const shared = await page.browserContext().newPage();
    await shared.goto(`${url}/staff/?kind=what-went-wrong`, { waitUntil: 'load' });
    await rowsAre(shared, 3);
    expect(await shared.$eval(byRole('combobox', 'Kind'), (s) => (s as HTMLSelectElement).value)).toBe(
      'what-went-wrong',
    );
    await page.close();
  });

  it('pages with Show more past the first 50, to the last row', async () => {
    const page = await run.newPage();
    await signInAt(page, url);
    await rowsAre(page, 50);
    expect(await screenText(page)).toContain('50 shown.');
    await page.click(byRole('button', 'Show more'));
    await rowsAre(page, IMPRESSIONS + 3);
    expect(await screenText(page)).toContain(`${IMPRESSIONS + 3} shown: that is all of them.`);
    expect(await page.$(byRole('button', 'Show more'))).toBeNull();
    // Focus moves to the first row added, so a keyboard user reads on from there.
    expect((await focused(page)).text).toBe('First impression');
    await page.close();
  });

  it('speaks Spanish when chosen, answers included, and keeps the choice', async () => {
    const page = await run.newPage();
    await signInAt(page, url);
    await choose(page, 'Language', 'Español');
    await headingIs(page, 'Bandeja de entrada');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.$(byRole('button', 'Cerrar sesión'))).not.toBeNull();
    await page.click(byRole('link', 'Casos'));
    await headingIs(page, 'Casos');
    expect(await page.title()).toBe('Casos — Opiniones de pacientes');

    await page.goto(`${url}/staff/submissions/${impressionId}`, { waitUntil: 'load' });
    await headingIs(page, 'Primera impresión');
    await page.waitForFunction(() => document.title.startsWith('Primera impresión'));
    expect(await screenText(page)).toContain('En general, ¿cómo fue su experiencia con nuestro servicio?');
    await page.close();
  });
});

describe('every screen', () => {
  const screens = () => [
    ['/staff/', 'Inbox'],
    ['/staff/cases', 'Cases'],
    [`/staff/submissions/${caseId}`, 'What went wrong RC-9T4W-2B'],
    [`/staff/submissions/${impressionId}`, 'First impression'],
    ['/staff/exports?kind=what-went-wrong&rating=poor', 'Exports'],
    ['/staff/results', 'Results'],
    ['/staff/surveys', 'Surveys'],
    ['/staff/tablets', 'Tablets'],
    ['/staff/alerts', 'Alerts'],
    ['/staff/webhooks', 'Webhooks'],
    ['/staff/accounts', 'Accounts'],
  ];

  it('has no axe violations at desktop width, and the exports carry the inbox’s filters', async () => {
    const page = await run.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await signInAt(page, url);
    for (const [path, heading] of screens()) {
      await openInApp(page, path!);
      await headingIs(page, heading!);
      await settled(page);
      expect(await axeViolations(page), path).toEqual([]);
      if (heading !== 'Exports') continue;
      const csv = byRole('link', 'Spreadsheet (CSV, opens in Excel)');
      expect(await page.$eval(csv, (a) => a.getAttribute('href'))).toBe(
        '/api/feedback/export.csv?kind=what-went-wrong&rating=poor',
      );
      const workbook = byRole('link', 'Excel workbook (a sheet per survey, answers in words)');
      expect(await page.$eval(workbook, (a) => a.getAttribute('href'))).toBe(
        '/api/feedback/export.xlsx?kind=what-went-wrong&rating=poor',
      );
    }
    await page.close();
  });

  it('fits a phone: a Menu button opens the navigation, nothing scrolls sideways, no axe violations', async () => {
    const page = await run.newPage();
    await page.setViewport({ width: 320, height: 720 });
    await signInAt(page, url);
    const menu = byRole('button', 'Menu');
    const navShown = () => page.$eval(deep('nav'), (nav) => nav.getClientRects().length > 0);
    expect(await navShown()).toBe(false);
    expect(await page.$eval(menu, (b) => b.getAttribute('aria-expanded'))).toBe('false');
    await page.click(menu);
    expect(await navShown()).toBe(true);
    expect(await page.$eval(menu, (b) => b.getAttribute('aria-expanded'))).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.click(byRole('link', 'Cases'));
    await headingIs(page, 'Cases');
    expect(await navShown()).toBe(false);

    for (const [path, heading] of screens()) {
      await openInApp(page, path!);
      await headingIs(page, heading!);
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.close();
  });
});
