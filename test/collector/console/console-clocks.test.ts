/**
 * Cases on the clock in the staff console (issue 13, stage 2), as a practice meets them: a receptionist finds a
 * complaint by the reference the patient reads out, calls back (the practice's promise is met), marks it a formal
 * complaint from the day the patient first complained, acknowledges it and sees its next deadline move on to the
 * response, notes it and reads its history in words; Cases puts what is overdue or due today first; an admin sets a
 * practice's rule and holidays on Deadlines and holidays, and is told when the collector refuses one; a colleague who
 * is not an admin is neither offered that screen nor allowed to change it. Real Chromium, the real collector and its
 * real clock (a complaint is made overdue by the day it counts from, weeks ago), axe on each screen, one in Spanish.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClockSettings, Me } from '../../../src/core/staff-api.js';
import { axeViolations, signInWithForm } from '../browser.js';
import { post, signedIn, STAFF_PASSWORD, whatWentWrong } from '../helpers.js';
import {
  byRole,
  deep,
  focused,
  headingIs,
  screenText,
  settled,
  signInAt,
  startConsole,
  tabTo,
  type Console,
  choose,
} from './console-fixture.js';

const NURSE = 'nurse@smiledental.example';
const SETUP = { name: 'test setup' };
const WALES = 'Wales (Putting Things Right)';

let run: Console;
let url: string;
/** The practice patients' forms arrive at, and its zone. */
let home: Me['practices'][number];
const complaint = whatWentWrong({ reference: 'RC-7KQ2-9F' });
const late = whatWentWrong({ reference: 'RC-4HNW-8D' });
const unreachable = whatWentWrong({ reference: 'RC-3MXP-7Q' }, false);
/** No way to reach the patient, not a formal complaint: no clock runs. */
const quiet = whatWentWrong({ reference: 'RC-9T4W-2B' }, false);
const scottish = whatWentWrong({ reference: 'RC-5JDK-3W', practice: 'East Clinic' });
const english = whatWentWrong({ reference: 'RC-8PLM-4C', practice: 'South Clinic' });

/** A calendar day `n` days before today (or after, when negative); UTC, days away from any zone's today. */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** A day in words as the console says one ("Tue, Dec 8, 2026"). */
const dayWords = (day: string) =>
  new Intl.DateTimeFormat('en', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${day}T12:00:00Z`));

/** Today in a zone, as the practice counts days. */
const todayIn = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/**
 * A same-day promise made on a weekend is due the next working day: what the list and the panel say of it today.
 * (Run on a Saturday or Sunday, the test still checks the words; no public holiday is set for this practice.)
 */
const workingToday = (timeZone: string) => ![0, 6].includes(new Date(`${todayIn(timeZone)}T12:00:00Z`).getUTCDay());
const promiseDue = (timeZone: string) =>
  workingToday(timeZone) ? /^Due today: contact the patient by / : /^Due [A-Z][a-z]{2}, .+: contact the patient$/;
const promiseClock = (timeZone: string) =>
  workingToday(timeZone)
    ? /Our promise: contact the patient: by .+ — due today/
    : /Our promise: contact the patient: by /;

/** A change as an admin's session sends it through the staff API. */
async function postAsAdmin(path: string, body: unknown): Promise<Response> {
  return run.app.staffFetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': run.app.staff.csrf },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  run = await startConsole();
  url = run.app.url;
  await signedIn(run.app.collector, NURSE, 'staff');
  const { practices, directory } = run.app.collector;
  await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
  await practices.add(SETUP, 'east', { name: 'East Clinic', timeZone: 'Europe/London' });
  await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'Europe/London' });
  directory.forget();
  const me = (await (await run.app.staffFetch('/api/staff/me')).json()) as Me;
  home = me.practices.find((p) => !['north', 'east', 'south'].includes(p.id))!;
  // The practice promises a call back the same working day and runs the Welsh rule (acknowledge in 2, respond in 30).
  const set = await postAsAdmin(`/api/staff/practices/${home.id}/clocks`, { promiseDays: 0, ruleId: 'wales' });
  expect(set.status, await set.clone().text()).toBe(200);
  for (const s of [complaint, late, unreachable, quiet]) expect((await post(url, s)).status).toBe(201);
  // East runs Scotland's two stages; South keeps England's rule, which sets no limit for the response.
  const east = await postAsAdmin('/api/staff/practices/east/clocks', { ruleId: 'scotland' });
  expect(east.status, await east.clone().text()).toBe(200);
  for (const [practice, s] of [
    ['east', scottish],
    ['south', english],
  ] as const) {
    const sent = await fetch(`${url}/api/feedback/p/${practice}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(s),
    });
    expect(sent.status).toBe(201);
  }
  // A complaint made three weeks ago by letter, entered today: its acknowledgement is long overdue.
  for (const [s, on] of [
    [late, daysAgo(21)],
    [unreachable, todayIn(home.timeZone)],
  ] as const) {
    const marked = await postAsAdmin(`/api/staff/cases/${String(s.id)}`, { formal: true, receivedOn: on });
    expect(marked.status, await marked.clone().text()).toBe(200);
  }
}, 60_000);

afterAll(() => run?.close());

/** A test here drives several screens with axe on each: on a loaded two-core machine that passes 20 s. */
const SLOW = 60_000;

/** Types a day into a date field as a person does, in the order the browser's field asks for (month/day/year here). */
async function typeDay(page: Page, label: string, day: string): Promise<void> {
  const field = `::-p-aria([name="${label}"])`;
  await page.focus(field);
  const [y, m, d] = day.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  expect(await page.$eval(field, (el) => (el as HTMLInputElement).value)).toBe(day);
}

/** The case panel's text, once `text` is in it. */
async function panelSays(page: Page, text: string | RegExp): Promise<string> {
  await page.waitForFunction(
    (source, flags) => {
      const panel = document
        .querySelector('pf-staff-console')
        ?.shadowRoot?.querySelector('pf-staff-submission')
        ?.shadowRoot?.querySelector('pf-staff-case-panel')?.shadowRoot;
      const part = panel?.querySelector('pf-staff-case-complaint')?.shadowRoot;
      const all = [panel, part]
        .flatMap((root) => [...(root?.children ?? [])].map((el) => (el as HTMLElement).innerText))
        .join('\n');
      return new RegExp(source, flags).test(all.replace(/\s+/g, ' '));
    },
    { timeout: 5000 },
    typeof text === 'string' ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : text.source,
    typeof text === 'string' ? '' : text.flags,
  );
  return (await screenText(page)).replace(/[ \t]+/g, ' ');
}

/** The case's next deadline as the panel states it. */
const nextDue = (page: Page) => page.$eval('>>> pf-staff-case-panel >>> .due.next', (p) => p.textContent?.trim() ?? '');

/** The link names of a Cases section's rows, in order. */
const sectionRows = (page: Page, heading: string) =>
  page.$$eval(
    '>>> pf-staff-cases >>> section',
    (sections, name) => {
      const section = sections.find((s) => s.querySelector('h2')?.textContent?.trim() === name);
      const list = section?.querySelector('pf-staff-submission-list')?.shadowRoot;
      return [...(list?.querySelectorAll('.row') ?? [])].map((row) => ({
        name: row.querySelector('a')?.textContent?.trim() ?? '',
        text: (row as HTMLElement).innerText.replace(/\s+/g, ' '),
      }));
    },
    heading,
  );

describe('a formal complaint in the case panel', () => {
  it(
    'is found by a read-out reference, called back, marked, acknowledged — its deadline moving on — and noted',
    async () => {
      const page = await run.newPage();
      await signInAt(page, url);
      await headingIs(page, 'Inbox');
      await page.type(byRole('searchbox', 'Find by reference or words'), 'rc 7kq2 9f');
      await page.keyboard.press('Enter');
      await page.waitForSelector(byRole('link', 'What went wrong RC-7KQ2-9F'));
      // The practice's own promise runs on it: a call back by the end of today (of the next working day).
      expect(await page.$eval(deep('.row .due'), (d) => d.textContent?.trim())).toMatch(promiseDue(home.timeZone));

      await page.click(byRole('link', 'What went wrong RC-7KQ2-9F'));
      await headingIs(page, 'What went wrong RC-7KQ2-9F');
      let text = await panelSays(page, 'Not marked a formal complaint');
      expect(text).toMatch(promiseClock(home.timeZone));
      expect(await nextDue(page)).toMatch(promiseDue(home.timeZone));
      // Pressing is said in words and drawn heavier, with a thicker rule: not by colour alone.
      const look = await page.$eval('>>> pf-staff-case-panel >>> .due.next', (p) => {
        const style = getComputedStyle(p);
        return { weight: Number(style.fontWeight), rule: parseFloat(style.borderLeftWidth) };
      });
      if (workingToday(home.timeZone)) {
        expect(look.weight).toBeGreaterThanOrEqual(700);
        expect(look.rule).toBeGreaterThanOrEqual(6);
      }
      // Marking it counts from the day it arrived unless told otherwise.
      expect(await page.$eval(`::-p-aria([name="Complaint received on"])`, (i) => (i as HTMLInputElement).value)).toBe(
        todayIn(home.timeZone),
      );
      expect(await axeViolations(page)).toEqual([]);

      // The receptionist calls the patient back: the promise is kept.
      await choose(page, 'Status', 'Contacted');
      await page.click(byRole('button', 'Save'));
      text = await panelSays(page, /Our promise: contact the patient: by .+ — done /);

      // The patient had written to complain ten days ago: the complaint counts from then.
      const receivedOn = daysAgo(10);
      await typeDay(page, 'Complaint received on', receivedOn);
      await page.click(byRole('button', 'Mark as a formal complaint'));
      text = await panelSays(page, `Rule: ${WALES}`);
      expect(text).toContain(
        'Acknowledge within 2 working days; respond within 30 working days, or explain the delay.',
      );
      expect(text).toMatch(/Source: The National Health Service \(Concerns, Complaints and Redress Arrangements\)/);
      expect(text).toContain('Stage: Concern');
      expect(text).toMatch(/Acknowledge \(Concern\): by .+ — overdue/);
      expect(text).toMatch(/Respond \(Concern\): by /);
      expect(await nextDue(page)).toMatch(/^Overdue: acknowledge by /);
      expect(await page.$(byRole('button', 'Move to Stage 2'))).toBeNull();
      expect(await axeViolations(page)).toEqual([]);

      await page.click(byRole('button', 'Acknowledged to the patient'));
      text = await panelSays(page, /Acknowledge \(Concern\): by .+ — done late, /);
      const due = await nextDue(page);
      expect(due).toMatch(/^Due .+: respond$/);
      expect(await page.$(byRole('button', 'Acknowledged to the patient'))).toBeNull();
      expect(text).toMatch(/Acknowledged to the patient \w/);

      await page.type(byRole('textbox', 'Add a note'), 'Apologised by phone; the letter follows.');
      await page.click(byRole('button', 'Save'));
      await panelSays(page, 'Note: Apologised by phone; the letter follows.');

      const history = await page.$$eval('>>> pf-staff-case-panel >>> .history li', (items) =>
        items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()),
      );
      const receivedWords = dayWords(receivedOn);
      const said = history.map((h) => h.split(' · ').slice(1).join(' · '));
      for (const what of [
        'Status: Seen',
        'Status: Contacted',
        `Marked a formal complaint, received on ${receivedWords}`,
        'Acknowledged to the patient',
        'Note: Apologised by phone; the letter follows.',
      ])
        expect(
          said.some((line) => line.endsWith(what)),
          `${what} in ${said.join(' | ')}`,
        ).toBe(true);

      // Responded: no clock runs any more.
      await page.click(byRole('button', 'Responded'));
      text = await panelSays(page, /Respond \(Concern\): by .+ — done /);
      expect(await page.$('>>> pf-staff-case-panel >>> .due.next')).toBeNull();
      await panelSays(page, 'Responded to the patient');

      // The case file on paper carries the deadlines and the complaint's facts, without the buttons.
      await page.emulateMediaType('print');
      const shown = (selector: string) =>
        page.$eval(selector, (el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0);
      expect(await shown('>>> pf-staff-case-panel >>> .clocks')).toBe(true);
      expect(await shown('>>> pf-staff-case-complaint >>> .complaint-facts')).toBe(true);
      expect(await shown('>>> pf-staff-case-complaint >>> .unmark button')).toBe(false);
      await page.emulateMediaType('screen');
      await page.close();
    },
    SLOW,
  );

  it(
    'says a complaint whose patient left no way to reach them cannot be acknowledged',
    async () => {
      const page = await run.newPage();
      await signInAt(page, url, `/staff/submissions/${String(unreachable.id)}`);
      await headingIs(page, 'What went wrong RC-3MXP-7Q');
      const text = await panelSays(page, 'Cannot be acknowledged: the patient left no way to reach them');
      expect(text).not.toContain('Our promise');
      expect(await page.$(byRole('button', 'Acknowledged to the patient'))).toBeNull();
      expect(await page.$(byRole('button', 'Responded'))).not.toBeNull();

      // Undone, then marked again: both in the history.
      await page.click(byRole('button', 'Not a formal complaint'));
      await panelSays(page, 'No longer a formal complaint');
      expect(await page.$(byRole('button', 'Mark as a formal complaint'))).not.toBeNull();
      expect(await page.$('>>> pf-staff-case-panel >>> .due.next')).toBeNull();
      await page.close();
    },
    SLOW,
  );

  it(
    'walks a complaint through its rule: Scotland’s next stage, England’s response date agreed and cleared',
    async () => {
      const page = await run.newPage();
      await signInAt(page, url, `/staff/submissions/${String(scottish.id)}`);
      await headingIs(page, 'What went wrong RC-5JDK-3W');
      await panelSays(page, 'Not marked a formal complaint');
      await page.click(byRole('button', 'Mark as a formal complaint'));
      let text = await panelSays(page, 'Stage: Stage 1: early resolution');
      expect(text).toMatch(/Respond \(Stage 1: early resolution\): by /);
      // Stage 1 has no acknowledgement of its own.
      expect(await page.$(byRole('button', 'Acknowledged to the patient'))).toBeNull();
      // With the keyboard: the pressed button gone, focus waits on the part's heading, and the next step is a Tab away.
      expect(await focused(page)).toMatchObject({ tag: 'h3', text: 'Formal complaint' });
      await tabTo(page, 'Move to Stage 2: investigation', 5);
      expect((await focused(page)).outline).toMatch(/^solid/);
      await page.keyboard.press('Enter');
      text = await panelSays(page, 'Stage: Stage 2: investigation');
      expect(text).toMatch(/Acknowledge \(Stage 2: investigation\): by /);
      expect(text).toMatch(/Respond \(Stage 2: investigation\): by /);
      expect(text).toContain(`This stage started on ${dayWords(todayIn('Europe/London'))}`);
      expect(text).toContain('Moved to Stage 2: investigation');
      expect(await page.$(byRole('button', 'Acknowledged to the patient'))).not.toBeNull();
      expect(await page.$(byRole('button', 'Move to Stage 2: investigation'))).toBeNull();

      await page.goto(`${url}/staff/submissions/${String(english.id)}`, { waitUntil: 'load' });
      await headingIs(page, 'What went wrong RC-8PLM-4C');
      await panelSays(page, 'Not marked a formal complaint');
      await page.click(byRole('button', 'Mark as a formal complaint'));
      text = await panelSays(page, 'Respond (Complaint): no fixed limit — agree a date with the patient');
      expect(text).toMatch(/If the response is not made by .+, explain the delay to the patient\./);
      const agreed = daysAgo(-14);
      await typeDay(page, 'Agreed response date', agreed);
      await page.click(byRole('button', 'Save the agreed date'));
      text = await panelSays(page, `Response date agreed with the patient: ${dayWords(agreed)}`);
      expect(text).toContain(`Response agreed with the patient for ${dayWords(agreed)}`);
      expect(text).toMatch(/Respond \(Complaint\): by /);

      await page.click(byRole('button', 'Remove the agreed date'));
      text = await panelSays(page, 'Agreed response date cleared');
      expect(text).toContain('Respond (Complaint): no fixed limit — agree a date with the patient');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});

describe('Cases', () => {
  it(
    'lists what is overdue or due today first, in Due now, and each status soonest deadline first',
    async () => {
      const page = await run.newPage();
      await signInAt(page, url, '/staff/cases');
      await headingIs(page, 'Cases');
      await settled(page);
      const sections = await page.$$eval('>>> pf-staff-cases >>> h2', (h) => h.map((e) => e.textContent?.trim()));
      expect(sections[0]).toBe('Due now');

      const dueNow = await sectionRows(page, 'Due now');
      expect(dueNow[0]?.name).toBe('What went wrong RC-4HNW-8D');
      expect(dueNow[0]?.text).toContain('Formal complaint');
      expect(dueNow[0]?.text).toMatch(/Overdue: acknowledge by /);
      expect(dueNow.map((r) => r.name)).not.toContain('What went wrong RC-9T4W-2B');

      // Within New, the overdue complaint comes before the case with no deadline, though it arrived earlier.
      const fresh = (await sectionRows(page, 'New — not followed up yet')).map((r) => r.name);
      expect(fresh.indexOf('What went wrong RC-4HNW-8D')).toBeGreaterThanOrEqual(0);
      expect(fresh.indexOf('What went wrong RC-4HNW-8D')).toBeLessThan(fresh.indexOf('What went wrong RC-9T4W-2B'));
      const tag = await page.$eval('>>> pf-staff-cases >>> pf-staff-submission-list >>> .due.pressing', (d) =>
        Number(getComputedStyle(d).fontWeight),
      );
      expect(tag).toBeGreaterThanOrEqual(700);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});

describe('Deadlines and holidays', () => {
  it(
    'lets an admin choose a practice, its rule and its holidays, says Saved, and names what the collector refuses',
    async () => {
      const page = await run.newPage();
      await signInAt(page, url);
      await page.click(byRole('link', 'Deadlines and holidays'));
      await headingIs(page, 'Deadlines and holidays');
      expect(new URL(page.url()).pathname).toBe('/staff/clocks');
      await choose(page, 'Practice', 'North Clinic');
      // North's settings have arrived (the form looks the same for every practice until they differ).
      await page.waitForFunction(
        () =>
          document.querySelector('pf-staff-console')?.shadowRoot?.querySelector('pf-staff-clocks')?.settings
            ?.practiceId === 'north',
      );
      await page.waitForSelector(byRole('combobox', 'Complaint rule'));
      expect(await axeViolations(page)).toEqual([]);

      await choose(page, 'Complaint rule', WALES);
      let text = await screenText(page);
      expect(text).toContain(
        'Acknowledge within 2 working days; respond within 30 working days, or explain the delay.',
      );
      const days = (label: string) => page.$eval(byRole('spinbutton', label), (i) => (i as HTMLInputElement).value);
      expect(await days('Acknowledge within (working days)')).toBe('2');
      expect(await days('Respond within (working days)')).toBe('30');
      await page.type(byRole('spinbutton', 'Our promise: contact the patient within (working days)'), '1');
      await page.type(byRole('textbox', 'Public holidays'), '2026-12-25\n2026-12-28');
      await page.click(byRole('button', 'Save'));
      await page.waitForFunction(() => {
        const screen = document.querySelector('pf-staff-console')?.shadowRoot?.querySelector('pf-staff-clocks');
        return screen?.shadowRoot?.querySelector('.saved')?.textContent?.trim() === 'Saved.';
      });
      const saved = (await (await run.app.staffFetch('/api/staff/practices/north/clocks')).json()) as ClockSettings;
      expect(saved).toMatchObject({ promiseDays: 1, rule: { id: 'wales' }, holidays: ['2026-12-25', '2026-12-28'] });

      // A day the collector cannot read: its words, beside the field it names, which takes focus.
      await page.click(byRole('textbox', 'Public holidays'));
      await page.keyboard.down('Control');
      await page.keyboard.press('End');
      await page.keyboard.up('Control');
      await page.keyboard.type('\n25/12/2026');
      // By keyboard, as a person who has just typed does: a click could land where the button was a moment ago.
      await page.focus(byRole('button', 'Save'));
      await page.keyboard.press('Enter');
      // Visible: polled each frame (a wait on mutations alone does not see a change inside a shadow root).
      await page.waitForSelector('>>> pf-staff-clocks >>> [role="alert"]', { visible: true });
      text = await page.$eval('>>> pf-staff-clocks >>> [role="alert"]', (p) => p.textContent?.trim() ?? '');
      expect(text).toMatch(/^Not saved: holidays/);
      expect(await page.$eval(byRole('textbox', 'Public holidays'), (t) => t.getAttribute('aria-invalid'))).toBe(
        'true',
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    'is not offered to staff who are not admins: they may read the clocks, not change them',
    async () => {
      const page = await run.newPage();
      await page.goto(`${url}/staff/clocks`, { waitUntil: 'load' });
      await signInWithForm(page, NURSE, STAFF_PASSWORD);
      await headingIs(page, 'Deadlines and holidays');
      const links = await page.$$eval(deep('nav a'), (all) => all.map((a) => a.textContent?.trim()));
      expect(links).not.toContain('Deadlines and holidays');
      await page.waitForSelector(byRole('combobox', 'Complaint rule'));
      expect(await screenText(page)).toContain('Only an admin of this practice can change its deadlines and holidays.');
      expect(await page.$eval(byRole('combobox', 'Complaint rule'), (s) => s.matches(':disabled'))).toBe(true);
      expect(await page.$(byRole('button', 'Save'))).toBeNull();
      // What the screen says is what the collector does: a change from this session is refused.
      const status = await page.evaluate(async (practice) => {
        const me = (await (await fetch('/api/staff/me')).json()) as { csrfToken: string };
        const answer = await fetch(`/api/staff/practices/${practice}/clocks`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
          body: JSON.stringify({ promiseDays: 5 }),
        });
        return answer.status;
      }, home.id);
      expect(status).toBe(403);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});

describe('in Spanish and on a phone', () => {
  it(
    'words a complaint’s deadlines and history in Spanish',
    async () => {
      const page = await run.newPage();
      await signInAt(page, url, `/staff/submissions/${String(late.id)}`);
      await choose(page, 'Language', 'Español');
      await headingIs(page, 'Qué salió mal RC-4HNW-8D');
      const text = await panelSays(page, 'Plazos');
      expect(text).toContain('Reclamación formal');
      expect(text).toMatch(/Acusar recibo \(Concern\): antes del .+ — vencido/);
      expect(text).toMatch(/Marcado como reclamación formal, recibida el /);
      expect(await page.$(byRole('button', 'Acuse de recibo enviado al paciente'))).not.toBeNull();
      await page.close();
    },
    SLOW,
  );

  it(
    'fits 320 px with no sideways scrolling and no axe violations',
    async () => {
      const page = await run.newPage();
      await page.setViewport({ width: 320, height: 720 });
      for (const [path, heading] of [
        [`/staff/submissions/${String(late.id)}`, 'What went wrong RC-4HNW-8D'],
        ['/staff/cases', 'Cases'],
        ['/staff/clocks', 'Deadlines and holidays'],
      ] as const) {
        if (path === `/staff/submissions/${String(late.id)}`) await signInAt(page, url, path);
        else await page.goto(`${url}${path}`, { waitUntil: 'load' });
        await headingIs(page, heading);
        await settled(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
        expect(await axeViolations(page), path).toEqual([]);
      }
      await page.close();
    },
    SLOW,
  );
});
