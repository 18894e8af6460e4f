/**
 * The Results screen as a practice manager uses it at the end of a month: North Clinic's answers from two tablets
 * and its website over sixteen weeks, its Friends and Family Test return for last month read off the table and
 * checked against counts worked out here from the seeded list (not by the app's functions), narrowed to one
 * location, small numbers hidden for publishing, paper cards added by hand, the month marked handed in and a late
 * answer shown apart; the weekly chart named and tabled; axe at desktop and phone width; Spanish; the poster on
 * paper. Real Chromium, the real collector over HTTP.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../browser.js';
import { firstImpression, STAFF_EMAIL } from '../helpers.js';
import {
  byRole,
  headingIs,
  screenText,
  settled,
  signInAt,
  startConsole,
  type Console,
  choose,
} from './console-fixture.js';

const SETUP = { name: 'test setup' };
const ANSWERS = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'] as const;
type Answer = (typeof ANSWERS)[number];

interface Seeded {
  at: string;
  location: 'front-desk' | 'upstairs' | undefined;
  channel: 'kiosk' | 'embed';
  overall: Answer;
}

const DAY = 86_400_000;
let run: Console;
let url: string;
const seeded: Seeded[] = [];
/** Each seeded week's number of answers, oldest first. */
const weekTotals: number[] = [];

/** The Wednesday `weeksAgo` weeks before this week's, at 10:00 UTC (the same day and month in London). */
function wednesday(weeksAgo: number): string {
  const now = new Date();
  const monday =
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - ((now.getUTCDay() + 6) % 7) * DAY;
  return new Date(monday - weeksAgo * 7 * DAY + 2 * DAY + 10 * 3_600_000).toISOString();
}

function lastMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15)).toISOString().slice(0, 7);
}

const monthName = (month: string, lang = 'en') =>
  new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );

/** Whole percent, halves up, in integers. */
const percent = (part: number, total: number) => `${Math.floor((200 * part + total) / (2 * total))}%`;

/** The expected row of a set of answers: six counts, total, % positive, % negative. */
function expectedRow(answers: readonly Answer[]): string[] {
  const count = (a: Answer) => answers.filter((x) => x === a).length;
  const total = answers.length;
  const positive = count('very-good') + count('good');
  const negative = count('poor') + count('very-poor');
  return [...ANSWERS.map((a) => String(count(a))), String(total), percent(positive, total), percent(negative, total)];
}

const inMonth = (month: string, s: Seeded) => s.at.slice(0, 7) === month;

async function save(s: Seeded): Promise<void> {
  const body = firstImpression({
    submittedAt: s.at,
    channel: s.channel,
    location: s.location,
    practice: 'North Clinic',
    answers: { overall: s.overall, greeting: 'good' },
  });
  await run.app.collector.store.save(body as { id: string; kind: string }, s.at, { practiceId: 'north' });
}

beforeAll(async () => {
  run = await startConsole();
  url = run.app.url;
  const { practices } = run.app.collector;
  await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
  await practices.addLocation(SETUP, 'north', 'front-desk', 'Front desk');
  await practices.addLocation(SETUP, 'north', 'upstairs', 'Upstairs waiting room');
  for (let i = 0; i < 16; i++) {
    const at = wednesday(16 - i);
    const week: Seeded[] = [];
    const add = (location: Seeded['location'], channel: Seeded['channel'], overall: Answer) =>
      week.push({ at, location, channel, overall });
    for (const a of ['very-good', 'very-good', 'good'] as const) add('front-desk', 'kiosk', a);
    if (i % 4 === 1) add('front-desk', 'kiosk', 'very-poor');
    if (i % 3 === 0) add('front-desk', 'kiosk', 'dont-know');
    add('upstairs', 'kiosk', 'good');
    add('upstairs', 'kiosk', 'neither');
    if (i % 2 === 0) add('upstairs', 'kiosk', 'poor');
    add(undefined, 'embed', 'very-good');
    if (i % 5 === 0) add(undefined, 'embed', 'poor');
    for (const s of week) await save(s);
    seeded.push(...week);
    weekTotals.push(week.length);
  }
}, 60_000);

afterAll(() => run?.close());

/** The FFT panel whose heading is `heading` ("North Clinic, November 2026"). */
async function panel(page: Page, heading: string): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    for (const handle of await page.$$('>>> pf-staff-fft-month')) {
      const text = await handle.evaluate((el) => el.shadowRoot?.querySelector('h3')?.textContent?.trim());
      if (text === heading) return handle;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No FFT panel "${heading}"`);
}

/** The panel's table as text: one array per row, its heading cell first. */
function rows(handle: ElementHandle<Element>): Promise<string[][]> {
  return handle.evaluate((el) =>
    [...(el.shadowRoot?.querySelectorAll('table tbody tr') ?? [])].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim() ?? ''),
    ),
  );
}

async function rowOf(page: Page, heading: string, label: string): Promise<string[] | undefined> {
  return (await rows(await panel(page, heading))).find((r) => r[0] === label)?.slice(1);
}

async function waitForRow(page: Page, heading: string, label: string, expected: string[]): Promise<void> {
  const deadline = Date.now() + 5000;
  let seen: string[] | undefined;
  while (Date.now() < deadline) {
    seen = await rowOf(page, heading, label);
    if (JSON.stringify(seen) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(seen, `${heading}: ${label}`).toEqual(expected);
}

describe('the Results screen', () => {
  const month = lastMonth();
  const heading = `North Clinic, ${monthName(month)}`;
  const firstMonth = () => seeded[0]!.at.slice(0, 7);

  it('shows last month’s return as counted here, by location, with small numbers hidden, hand counts and hand-in', async () => {
    const page = await run.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await signInAt(page, url);
    await page.click(byRole('link', 'Results'));
    await headingIs(page, 'Results');
    await settled(page);

    await choose(page, 'Practice', 'North Clinic');
    await page.$eval(
      '::-p-aria([name="From month"])',
      (input, from) => ((input as HTMLInputElement).value = from),
      firstMonth(),
    );
    await page.click(byRole('button', 'Show'));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('practice') === 'north');
    expect(new URL(page.url()).searchParams.get('from')).toBe(firstMonth());

    const inLast = seeded.filter((s) => inMonth(month, s));
    const kiosk = inLast.filter((s) => s.channel === 'kiosk').map((s) => s.overall);
    const website = inLast.filter((s) => s.channel === 'embed').map((s) => s.overall);
    await waitForRow(page, heading, 'All methods', expectedRow(inLast.map((s) => s.overall)));
    expect(await rowOf(page, heading, 'Waiting-room tablet')).toEqual(expectedRow(kiosk));
    expect(await rowOf(page, heading, 'Website')).toEqual(expectedRow(website));

    // The chart: named, with its data week by week beside it.
    const chart = await page.waitForSelector('::-p-aria(Chart of weekly % positive \\(16 weeks with answers\\))');
    expect(await chart!.evaluate((el) => [el.tagName, el.getAttribute('role')])).toEqual(['svg', 'img']);
    const weekly = await page.$eval('>>> pf-staff-spc-chart', (el) =>
      [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) => tr.children[1]?.textContent?.trim()),
    );
    expect(weekly.filter((n) => n !== '0')).toEqual(weekTotals.map(String));
    expect(await screenText(page)).toMatch(/% positive has been between \d+% and \d+% for 16 weeks/);
    expect(await axeViolations(page)).toEqual([]);

    // One location: the front desk's answers only.
    await choose(page, 'Location', 'Front desk');
    await page.click(byRole('button', 'Show'));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('location') === 'front-desk');
    const frontDesk = inLast.filter((s) => s.location === 'front-desk').map((s) => s.overall);
    await waitForRow(page, heading, 'All methods', expectedRow(frontDesk));
    expect(await rowOf(page, heading, 'Website')).toBeUndefined();

    // Back to every location; counts under 5 hidden for publishing.
    await choose(page, 'Location', 'Every location');
    await page.click(byRole('button', 'Show'));
    await waitForRow(page, heading, 'All methods', expectedRow(inLast.map((s) => s.overall)));
    await page.click(byRole('checkbox', 'Hide counts under 5'));
    const hidden = expectedRow(website).map((cell, i) => (i < 7 && +cell > 0 && +cell < 5 ? '*' : cell));
    if (website.length < 5) hidden.splice(7, 2, '*', '*');
    await waitForRow(page, heading, 'Website', hidden);
    await page.click(byRole('checkbox', 'Hide counts under 5'));

    // Paper cards typed in: the All methods row adds them.
    const paper: Record<Answer, number> = {
      'very-good': 3,
      good: 2,
      neither: 0,
      poor: 1,
      'very-poor': 0,
      'dont-know': 0,
    };
    const month$ = await panel(page, heading);
    await (await month$.$(`::-p-aria([name="Enter paper or SMS counts for ${monthName(month)}"])`))!.click();
    for (const [answer, label] of [
      ['very-good', 'Very good'],
      ['good', 'Good'],
      ['poor', 'Poor'],
    ] as const) {
      const input = (await month$.$(`::-p-aria([name="${label}"][role="spinbutton"])`))!;
      await input.click({ count: 3 });
      await input.type(String(paper[answer]));
    }
    await (await month$.$('::-p-aria([name="Save the counts"][role="button"])'))!.click();
    const withPaper = [...inLast.map((s) => s.overall), ...ANSWERS.flatMap((a) => Array<Answer>(paper[a]).fill(a))];
    await waitForRow(page, heading, 'All methods', expectedRow(withPaper));
    expect(await rowOf(page, heading, 'Paper cards (entered by hand)')).toEqual(
      expectedRow(ANSWERS.flatMap((a) => Array<Answer>(paper[a]).fill(a))),
    );

    // Handed in: frozen, and a late answer shown apart.
    await page.click(byRole('button', `Mark ${monthName(month)} as handed in`));
    await page.waitForFunction(
      (who) => {
        const find = (root: Document | ShadowRoot): boolean =>
          [...root.querySelectorAll('*')].some(
            (el) =>
              (el.classList.contains('handed-in') && el.textContent?.includes(who)) ||
              (el.shadowRoot && find(el.shadowRoot)),
          );
        return find(document);
      },
      { timeout: 5000 },
      `by ${STAFF_EMAIL}`,
    );
    const late: Seeded = { at: `${month}-20T10:00:00.000Z`, location: 'front-desk', channel: 'kiosk', overall: 'good' };
    await save(late);
    await page.reload({ waitUntil: 'load' });
    await headingIs(page, 'Results');
    await waitForRow(page, heading, 'All methods, as handed in', expectedRow(withPaper));
    expect(await rowOf(page, heading, 'Arrived later (not in the return)')).toEqual([
      '0',
      '1',
      '0',
      '0',
      '0',
      '0',
      '1',
      '',
      '',
    ]);
    expect(await screenText(page)).toContain('1 answer arrived after the figures were handed in.');
    const handedIn = await panel(page, heading);
    expect(await handedIn.$('>>> pf-staff-hand-counts')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);

    // On paper: the poster alone.
    await page.emulateMediaType('print');
    const shown = (selector: string) =>
      page.$eval(selector, (el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0);
    expect(await shown('>>> .poster')).toBe(true);
    expect(await shown('>>> pf-staff-results-filters')).toBe(false);
    expect(await shown('>>> nav')).toBe(false);
    await page.emulateMediaType('screen');
    await page.close();
  }, 120_000);

  it('fits a phone without sideways scrolling, passes axe there, and speaks Spanish', async () => {
    const page = await run.newPage();
    await page.setViewport({ width: 320, height: 800 });
    await signInAt(page, url, `/staff/results?practice=north&from=${firstMonth()}`);
    await headingIs(page, 'Results');
    await panel(page, heading);
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    await page.click(byRole('button', 'Menu'));
    await choose(page, 'Language', 'Español');
    await headingIs(page, 'Resultados');
    const spanish = `North Clinic, ${monthName(month, 'es')}`;
    await panel(page, spanish);
    const text = await screenText(page);
    expect(text).toContain('Todos los métodos, tal como se entregaron');
    expect(text).toContain('% positivo semanal');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
