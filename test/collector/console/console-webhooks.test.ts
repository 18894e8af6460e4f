/**
 * The Webhooks screen of the staff console (issue 14), as a practice's admin uses it: a webhook added, its secret
 * shown once with Copy and words saying so — and a receiver verifying a real delivery with that secret (the official
 * `standardwebhooks` package); the delivery log with a message's attempts and "Send again"; a new secret with both
 * valid for 24 hours, said in words; turned off and why; deleted. A FHIR server added with an access token the
 * screen never shows again, receiving a submission. A colleague who is not an admin has no link. Real Chromium, the
 * real collector, axe at desktop and at 320 px, and in Spanish.
 */
import { generateKeyPairSync } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookEndpointList, WebhookMessagePage } from '../../../src/core/webhooks-api.js';
import { axeViolations, signInWithForm } from '../browser.js';
import { firstImpression, post, signedIn, STAFF_PASSWORD, until } from '../helpers.js';
import { startReceiver, type Receiver } from '../webhooks/receiver.js';
import { startFhirServer, type FhirServer } from '../webhooks/fhir-server.js';
import { byRole, deep, headingIs, screenText, signInAt, startConsole, type Console } from './console-fixture.js';

const NURSE = 'nurse@smiledental.example';
const TOKEN = 'ehr-token-visible-never';
const SLOW = 60_000;

let run: Console;
let url: string;
let receiver: Receiver;
let fhir: FhirServer;

beforeAll(async () => {
  run = await startConsole({ webhookOptions: { schedule: [150, 150], timeoutMs: 5000, pollMs: 100 } });
  url = run.app.url;
  await signedIn(run.app.collector, NURSE, 'staff');
  receiver = await startReceiver();
  fhir = await startFhirServer();
  fhir.bearerTokens.push(TOKEN);
}, 60_000);

afterAll(async () => {
  await run?.close();
  await receiver?.close();
  await fhir?.close();
});

/** Every endpoint deleted through the API between tests: each starts with none. */
afterEach(async () => {
  const list = (await (await run.app.staffFetch('/api/staff/webhooks')).json()) as WebhookEndpointList;
  for (const e of list.endpoints) {
    await run.app.staffFetch(`/api/staff/webhooks/${e.id}/delete`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': run.app.staff.csrf },
      body: '{}',
    });
  }
});

/** Waits until the screen's words contain `text`. */
const says = (page: Page, text: string) =>
  until(async () => (await screenText(page)).includes(text), `the screen to say "${text}"`);

const value = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).value);

async function openWebhooks(page: Page): Promise<void> {
  await signInAt(page, url);
  await page.click(byRole('link', 'Webhooks'));
  await headingIs(page, 'Webhooks');
  expect(new URL(page.url()).pathname).toBe('/staff/webhooks');
}

describe('the Webhooks screen', () => {
  it(
    'adds a webhook whose secret is shown once and verifies; its log, send again, a new secret, off, deleted',
    async () => {
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await openWebhooks(page);
      await says(page, 'No endpoints yet');

      await page.type(byRole('textbox', 'Address'), receiver.url);
      await page.click(byRole('checkbox', 'New submission'));
      await page.click(byRole('button', 'Add'));
      await page.waitForSelector(byRole('heading', `The secret of ${receiver.url}`), { visible: true });
      const secret = await value(page, byRole('textbox', 'Secret'));
      expect(secret).toMatch(/^whsec_/);
      expect(await screenText(page)).toContain('it will not be shown again');
      expect(await page.$(byRole('button', 'Copy'))).not.toBeNull();
      expect(await axeViolations(page)).toEqual([]);

      // The secret the screen showed is the one that signs: the receiver's library verifies a real delivery.
      receiver.secrets.push(secret);
      expect((await post(url, firstImpression())).status).toBe(201);
      await receiver.waitFor(1);
      expect(receiver.deliveries[0]!.verifiedWith).toEqual([secret]);
      await page.click(byRole('button', 'I have kept it'));
      await until(async () => !(await screenText(page)).includes(secret), 'the secret gone');

      const [endpoint] = ((await (await run.app.staffFetch('/api/staff/webhooks')).json()) as WebhookEndpointList)
        .endpoints;
      const delivered = async () =>
        (
          (await (
            await run.app.staffFetch(`/api/staff/webhooks/${endpoint!.id}/messages`)
          ).json()) as WebhookMessagePage
        ).messages[0]?.status === 'delivered';
      await until(delivered, 'delivered');
      await page.click(byRole('button', 'Delivery log'));
      await page.waitForSelector(byRole('region', `Delivery log of ${receiver.url}`), { visible: true });
      await says(page, 'New submission\tDelivered\t1\t200');
      await page.click(byRole('button', 'Attempts'));
      await says(page, '200 (');
      expect(await screenText(page)).toMatch(/: 200 \(\d+ ms, on schedule\)/);
      expect(await axeViolations(page)).toEqual([]);

      await page.click(byRole('button', 'Send again'));
      await receiver.waitFor(2);
      expect(receiver.deliveries[1]!.id).toBe(receiver.deliveries[0]!.id);
      await until(delivered, 'delivered again');
      // Closed and opened again: the log is read afresh.
      await page.click(byRole('button', 'Delivery log'));
      await page.click(byRole('button', 'Delivery log'));
      await says(page, 'New submission\tDelivered\t2\t200');

      await page.click(byRole('button', 'New secret'));
      await page.waitForSelector(byRole('heading', `The secret of ${receiver.url}`), { visible: true });
      const rotated = await value(page, byRole('textbox', 'Secret'));
      expect(rotated).not.toBe(secret);
      expect(await screenText(page)).toMatch(/The previous secret stays valid for 24 hours, until .+, so both work/);
      await page.click(byRole('button', 'I have kept it'));

      await page.click(byRole('button', 'Turn off'));
      await says(page, 'Off: turned off by reception@smiledental.example');
      await page.waitForSelector(byRole('button', 'Turn on'));

      await page.click(byRole('button', 'Delete'));
      await says(page, `Delete ${receiver.url}? Its delivery log goes too.`);
      await page.click(byRole('button', 'Yes, delete it'));
      await says(page, 'No endpoints yet');
      await page.close();
    },
    SLOW,
  );

  it(
    'adds a FHIR server with an access token it never shows again; a submission reaches the server',
    async () => {
      const page = await run.newPage();
      await openWebhooks(page);
      await page.click(byRole('radio', 'FHIR server'));
      await page.type(byRole('textbox', 'Address'), fhir.base);
      await page.type(deep('#add-token'), TOKEN);
      await page.click(byRole('button', 'Add'));
      await says(page, 'Access token: set');
      const text = await screenText(page);
      expect(text).toContain('FHIR server');
      expect(text).not.toContain(TOKEN);
      expect(await page.$(byRole('textbox', 'Secret'))).toBeNull();
      expect((await post(url, firstImpression())).status).toBe(201);
      await fhir.waitFor(1);
      expect(fhir.resources).toHaveLength(1);
      await page.close();
    },
    SLOW,
  );

  it(
    'adds a FHIR server with SMART Backend Services: the public key shown to register, never the private key',
    async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
      const page = await run.newPage();
      await openWebhooks(page);
      await page.click(byRole('radio', 'FHIR server'));
      await page.type(byRole('textbox', 'Address'), fhir.base);
      await page.click(byRole('radio', 'SMART Backend Services'));
      await page.type(byRole('textbox', 'Client id'), 'smile-dental-feedback');
      await page.type(byRole('textbox', 'Token address'), fhir.tokenUrl);
      // Pasted, as an admin would: typing 1,700 characters one by one is slow.
      await page.$eval(
        byRole('textbox', 'Private key (PEM or JWK)'),
        (el, key) => {
          (el as HTMLTextAreaElement).value = key;
        },
        pem,
      );
      await page.type(byRole('textbox', 'Key id (kid), if the server names one'), 'feedback-2026');
      await page.click(byRole('button', 'Add'));
      await says(page, 'SMART client smile-dental-feedback, key feedback-2026 (RS384); private key: set');
      const shown = await value(page, byRole('textbox', 'Public key to register with the FHIR server (JWK)'));
      expect(JSON.parse(shown)).toMatchObject({ kty: 'RSA', kid: 'feedback-2026', alg: 'RS384', use: 'sig' });
      expect(shown).not.toContain('"d"');
      expect(await screenText(page)).not.toContain('PRIVATE KEY');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it('is not offered to staff who are not admins, and its address says it is for admins', async () => {
    const page = await run.newPage();
    await page.goto(`${url}/staff/`, { waitUntil: 'load' });
    await signInWithForm(page, NURSE, STAFF_PASSWORD);
    await headingIs(page, 'Inbox');
    expect(await page.$(byRole('link', 'Webhooks'))).toBeNull();
    await page.goto(`${url}/staff/webhooks`, { waitUntil: 'load' });
    await headingIs(page, 'Webhooks');
    expect(await screenText(page)).toContain('Webhooks are for admins who see every practice.');
    expect(await page.$(byRole('button', 'Add'))).toBeNull();
    await page.close();
  });

  it(
    'fits a phone with the log open: no axe violations; in Spanish too',
    async () => {
      const added = await run.app.staffFetch('/api/staff/webhooks', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': run.app.staff.csrf },
        body: JSON.stringify({ url: receiver.url, description: 'Practice management system' }),
      });
      expect(added.status).toBe(201);
      expect((await post(url, firstImpression())).status).toBe(201);
      const page = await run.newPage();
      await page.setViewport({ width: 320, height: 720 });
      await signInAt(page, url, '/staff/webhooks');
      await headingIs(page, 'Webhooks');
      await page.click(byRole('button', 'Delivery log'));
      await page.waitForSelector(byRole('region', `Delivery log of ${receiver.url}`), { visible: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);

      await page.click(byRole('button', 'Menu'));
      await page.select(byRole('combobox', 'Language'), 'es');
      const logButton = await page.waitForSelector(byRole('button', 'Registro de entregas'), { visible: true });
      // Still open if the screen kept its state across the switch; opened again if it was drawn anew.
      if ((await logButton!.evaluate((b) => b.getAttribute('aria-expanded'))) === 'false') await logButton!.click();
      await page.waitForSelector(byRole('region', `Registro de entregas de ${receiver.url}`), { visible: true });
      const text = await screenText(page);
      expect(text).toContain('Añadir un destino');
      expect(text).toContain('Todas las consultas');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});
