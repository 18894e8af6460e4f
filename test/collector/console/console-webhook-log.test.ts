/**
 * The Webhooks screen's delivery log when the console cannot reach the collector for one of its own readings (the
 * older messages, a message's attempts): the log says so in its own place, in the words every screen uses when
 * offline, and what it already showed stays. Asked again once the connection is back, it reads what was asked and
 * the words go. Real Chromium, the real collector over HTTP, controls found by role and name, axe on the refusal.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookEndpointList, WebhookMessagePage } from '../../../src/core/webhooks-api.js';
import { axeViolations } from '../browser.js';
import { firstImpression, post, until } from '../helpers.js';
import { startReceiver, type Receiver } from '../webhooks/receiver.js';
import {
  byRole,
  type Console,
  cutConnection,
  headingIs,
  OFFLINE,
  says,
  screenText,
  signInAt,
  startConsole,
} from './console-fixture.js';

const SLOW = 60_000;
/** One more message than the log's first page holds (collector/webhooks/queue.ts): "Older messages" is offered. */
const MESSAGES = 51;

let run: Console;
let url: string;
let receiver: Receiver;

beforeAll(async () => {
  run = await startConsole({ webhookOptions: { schedule: [150, 150], timeoutMs: 5000, pollMs: 100 } });
  url = run.app.url;
  receiver = await startReceiver();
  const added = await run.app.staffFetch('/api/staff/webhooks', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': run.app.staff.csrf },
    body: JSON.stringify({ url: receiver.url, description: 'Practice management system' }),
  });
  expect(added.status).toBe(201);
  for (let i = 0; i < MESSAGES; i++) expect((await post(url, firstImpression())).status).toBe(201);
  const [endpoint] = ((await (await run.app.staffFetch('/api/staff/webhooks')).json()) as WebhookEndpointList)
    .endpoints;
  const firstPage = async () =>
    (await (await run.app.staffFetch(`/api/staff/webhooks/${endpoint!.id}/messages`)).json()) as WebhookMessagePage;
  await until(async () => (await firstPage()).next !== undefined, 'a second page of messages');
}, 60_000);

afterAll(async () => {
  await run?.close();
  await receiver?.close();
});

/** The Webhooks screen with the delivery log open; from then on the connection drops for the requests `cut` picks. */
async function openLog(page: Page, cut: (method: string, path: string) => boolean): Promise<void> {
  await page.setViewport({ width: 1280, height: 900 });
  await signInAt(page, url, '/staff/webhooks');
  await headingIs(page, 'Webhooks');
  await page.click(byRole('button', 'Delivery log'));
  await page.waitForSelector(byRole('region', `Delivery log of ${receiver.url}`), { visible: true });
  await says(page, 'New submission');
  await cutConnection(page, cut);
}

const rows = (page: Page) => page.$$eval('>>> pf-staff-webhook-log >>> tbody th[scope="row"]', (ths) => ths.length);

describe('the delivery log, offline', () => {
  it(
    'says the console is offline when the older messages cannot be read, and keeps the messages it shows',
    async () => {
      const page = await run.newPage();
      let offline = true;
      await openLog(page, (method, path) => offline && method === 'GET' && path.endsWith('/messages'));
      expect(await rows(page)).toBe(50);
      await page.click(byRole('button', 'Older messages'));
      const text = await says(page, OFFLINE);
      expect(text).not.toContain('Something went wrong');
      expect(await rows(page), 'what was shown stays').toBe(50);
      expect(await page.$(byRole('button', 'Older messages')), 'still offered').not.toBeNull();
      expect(await axeViolations(page)).toEqual([]);

      offline = false;
      await page.click(byRole('button', 'Older messages'));
      await until(async () => (await rows(page)) === MESSAGES, 'the older message shown');
      expect(await screenText(page), 'gone once the older messages are read').not.toContain(OFFLINE);
      await page.close();
    },
    SLOW,
  );

  it(
    'says the console is offline when a message’s attempts cannot be read, and keeps the log as it was',
    async () => {
      const page = await run.newPage();
      let offline = true;
      await openLog(page, (method, path) => offline && method === 'GET' && /\/messages\/[^/]+$/.test(path));
      const attempts = byRole('button', 'Attempts');
      await page.click(attempts);
      const text = await says(page, OFFLINE);
      expect(text).not.toContain('Something went wrong');
      expect(await page.$eval(attempts, (b) => b.getAttribute('aria-expanded'))).toBe('false');
      expect(await rows(page), 'what was shown stays').toBe(50);

      offline = false;
      await page.click(attempts);
      await until(
        async () => (await page.$eval(attempts, (b) => b.getAttribute('aria-expanded'))) === 'true',
        'the attempts shown',
      );
      expect(await screenText(page), 'gone once the attempts are read').not.toContain(OFFLINE);
      await page.close();
    },
    SLOW,
  );
});
