/**
 * Following up a case in the staff console, as a receptionist does after a patient's call: signed in by the Email
 * and Password labels, the case found by the reference as the patient reads it out, opened (which marks it Seen),
 * marked contacted, assigned, noted, resolved with an outcome, its history read and its case file printed — and the
 * same with the keyboard alone. Real Chromium, the real collector over HTTP, axe on each screen.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, signInWithForm } from '../browser.js';
import { firstImpression, post, signedIn, STAFF_EMAIL, STAFF_PASSWORD, whatWentWrong } from '../helpers.js';
import {
  byRole,
  deep,
  focused,
  headingIs,
  says,
  screenText,
  signInAt,
  startConsole,
  tabTo,
  type Console,
  choose,
} from './console-fixture.js';

const NURSE = 'nurse@smiledental.example';
const MARKUP = '<b>Nobody</b> said sorry <img src=x onerror=alert(1)>';

let run: Console;
let url: string;

beforeAll(async () => {
  run = await startConsole();
  url = run.app.url;
  await signedIn(run.app.collector, NURSE, 'staff');
  const visit = firstImpression({ answers: { overall: 'very-poor', comments: 'Long wait.' } });
  const posts = [
    visit,
    firstImpression({ honeypot: 'filled by a bot' }),
    // It follows a survey still on the patient's phone.
    whatWentWrong({ reference: 'RC-3MXP-7Q', relatedTo: crypto.randomUUID() }),
    whatWentWrong({
      reference: 'RC-7KQ2-9F',
      relatedTo: visit.id,
      answers: {
        categories: ['wait-time'],
        details: MARKUP,
        contact: { method: 'phone', value: '555-0142', consent: true, bestTime: 'mornings' },
      },
    }),
  ];
  for (const s of posts) expect((await post(url, s)).status).toBe(201);
}, 60_000);

afterAll(() => run?.close());

async function save(page: Page, expectInHistory: string): Promise<void> {
  await page.click(byRole('button', 'Save'));
  await page.waitForFunction(
    (text) => {
      const panel = document
        .querySelector('pf-staff-console')
        ?.shadowRoot?.querySelector('pf-staff-submission')
        ?.shadowRoot?.querySelector('pf-staff-case-panel')?.shadowRoot;
      return panel?.querySelector('.history')?.textContent?.includes(text) ?? false;
    },
    { timeout: 5000 },
    expectInHistory,
  );
}

describe('the staff console', () => {
  it('is a staff page: the sign-in form first, then its page, never cached or framed, its assets immutable', async () => {
    const asBrowser = await fetch(`${url}/staff/cases`, { headers: { Accept: 'text/html' }, redirect: 'manual' });
    expect(asBrowser.status).toBe(303);
    expect(asBrowser.headers.get('location')).toBe('/staff/sign-in?next=%2Fstaff%2Fcases');
    expect((await fetch(`${url}/staff/submissions/x`)).status).toBe(401);

    const page = await run.app.staffFetch('/staff/submissions/some-id', { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe/);
    const html = await page.text();
    const script = /src="(\/staff\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
    const asset = await fetch(`${url}${script}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // The retired server inbox's links land in the console, the read-out reference kept as its search.
    const old = await fetch(`${url}/staff/classic/?ref=rc%207kq2%209f`, { redirect: 'manual' });
    expect([old.status, old.headers.get('location')]).toEqual([301, '/staff/?ref=rc%207kq2%209f']);
  });

  it('finds a case by a read-out reference, follows it up to resolved, and keeps its history', async () => {
    const page = await run.newPage();
    const refused: string[] = [];
    page.on('console', (m) => void (/Content Security Policy|Refused to/.test(m.text()) && refused.push(m.text())));
    await signInAt(page, url);
    await headingIs(page, 'Inbox');
    expect(await page.$(byRole('button', 'Sign out'))).not.toBeNull();
    expect(await page.title()).toBe('Inbox — Patient feedback');
    await page.waitForSelector(deep('.row'));
    expect(await screenText(page)).toContain(
      'Looks automated: a field people never see was filled in. Not counted in results.',
    );

    await page.type(byRole('searchbox', 'Find by reference or words'), 'rc 7kq2 9f');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'rc 7kq2 9f');
    await page.waitForSelector(byRole('link', 'What went wrong RC-7KQ2-9F'));
    expect(await screenText(page)).toContain('Searched for the reference RC-7KQ2-9F.');
    expect(await page.$$(deep('li .row'))).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.click(byRole('link', 'What went wrong RC-7KQ2-9F'));
    await headingIs(page, 'What went wrong RC-7KQ2-9F');
    expect(new URL(page.url()).pathname).toMatch(/^\/staff\/submissions\/[\w-]+$/);
    await page.waitForSelector('>>> pf-staff-case-panel >>> .now', { visible: true });
    let text = await screenText(page);
    expect(text).toContain('Opening this case marked it Seen (it was New).');
    expect(text).toContain('Status: Seen');
    // The patient's markup is their words, shown as text.
    expect(text).toContain(MARKUP);
    expect(await page.$(deep('dd b'))).toBeNull();
    expect(await page.$(deep('img'))).toBeNull();
    expect(text).toContain('Phone call: 555-0142');
    expect(await page.$(byRole('link', 'What went wrong RC-7KQ2-9F'))).toBeNull();
    const followed = await page.$eval(deep('a[href^="/staff/submissions/"]'), (a) => a.textContent ?? '');
    expect(followed).toMatch(/^Very poor overall, /);
    expect(await axeViolations(page)).toEqual([]);

    await choose(page, 'Status', 'Contacted');
    await save(page, 'Status: Contacted');
    await choose(page, 'Assigned to', NURSE);
    await page.type(byRole('textbox', 'Add a note'), 'Called at 9; apologised, offered the next visit free.');
    expect(await screenText(page)).toContain('53 of 2,000 characters');
    await save(page, 'Called at 9');
    await choose(page, 'Status', 'Resolved');
    await choose(page, 'Outcome (when resolved)', 'Partly upheld');
    await save(page, 'Outcome: Partly upheld');

    text = await screenText(page);
    expect(text).toContain('Status: Resolved');
    expect(text).toMatch(/Assigned to: nurse@smiledental\.example/);
    const history = await page.$$eval(deep('.history li'), (items) => items.map((li) => li.textContent ?? ''));
    const events = history.map((h) => h.replace(/\s+/g, ' ').trim());
    expect(events.map((e) => e.split(' · ')[1])).toEqual(
      Array(events.length).fill(expect.stringContaining(STAFF_EMAIL)),
    );
    for (const what of [
      'Status: Seen',
      'Status: Contacted',
      `Assigned to ${NURSE}`,
      'Note: Called at 9; apologised, offered the next visit free.',
      'Status: Resolved',
      'Outcome: Partly upheld',
    ])
      expect(
        events.some((e) => e.endsWith(what)),
        what,
      ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // The case file on paper: the case and its history, no navigation, no forms.
    await page.emulateMediaType('print');
    const shown = (selector: string) =>
      page.$eval(selector, (el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0);
    expect(await shown(deep('nav'))).toBe(false);
    expect(await shown(deep('header'))).toBe(false);
    expect(await shown('>>> pf-staff-case-panel >>> form')).toBe(false);
    expect(await shown(deep('.history'))).toBe(true);
    expect(await shown(deep('dl.answers'))).toBe(true);
    await page.emulateMediaType('screen');
    expect(refused).toEqual([]);

    // A link of the classic inbox still lands: its search by reference.
    await page.goto(`${url}/staff/?ref=rc%207kq2%209f`, { waitUntil: 'load' });
    await page.waitForSelector(byRole('link', 'What went wrong RC-7KQ2-9F'));
    await page.close();
  });

  it('is used with the keyboard alone: skip link, navigation, a case opened and followed up, focus always shown', async () => {
    const page = await run.newPage();
    await signInAt(page, url);
    await headingIs(page, 'Inbox');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to the main content');
    await page.keyboard.press('Enter');
    expect((await focused(page)).tag).toBe('main');

    await page.keyboard.down('Shift');
    await tabTo(page, 'Cases');
    await page.keyboard.up('Shift');
    expect((await focused(page)).outline).toMatch(/^solid/);
    await page.keyboard.press('Enter');
    await headingIs(page, 'Cases');
    // After a move the new screen's heading has focus, so reading starts there.
    expect((await focused(page)).tag).toBe('h1');
    await tabTo(page, 'What went wrong RC-3MXP-7Q');
    expect((await focused(page)).outline).toMatch(/^solid/);
    await page.keyboard.press('Enter');
    await headingIs(page, 'What went wrong RC-3MXP-7Q');
    await page.waitForSelector('>>> pf-staff-case-panel >>> .now', { visible: true });
    await says(
      page,
      'The survey it followed Not received yet: the patient’s phone or the tablet may still be sending it.',
    );

    await tabTo(page, 'Status');
    expect((await focused(page)).tag).toBe('select');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Save');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const file = document
        .querySelector('pf-staff-console')
        ?.shadowRoot?.querySelector('pf-staff-submission')
        ?.shadowRoot?.querySelector('pf-staff-case-panel')?.shadowRoot;
      return file?.querySelector('.now')?.textContent?.includes('Status: Contacted') ?? false;
    });
    await page.close();
  });

  it('shows staff who are not admins the daily screens only: nothing they could not open', async () => {
    const page = await run.newPage();
    await page.goto(`${url}/staff/`, { waitUntil: 'load' });
    await signInWithForm(page, NURSE, STAFF_PASSWORD);
    await headingIs(page, 'Inbox');
    const links = await page.$$eval(deep('nav a'), (all) => all.map((a) => a.textContent?.trim()));
    // Alerts too: front-office staff acknowledge and close them (the rules are for admins).
    expect(links).toEqual(['Inbox', 'Cases', 'Alerts', 'Results', 'Exports']);
    expect(await screenText(page)).toContain(`Signed in as ${NURSE} (staff)`);
    await page.close();
  });
});
