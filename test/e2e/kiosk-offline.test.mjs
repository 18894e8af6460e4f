// The kiosk starts with no network (service worker precache) and a submission made offline reaches the endpoint
// once the network is back. Builds the kiosk into a temporary folder, serves it, drives real Chromium.
// Run: node --test test/e2e/kiosk-offline.test.mjs (npm test runs it after the build)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildKiosk } from '../../scripts/build-kiosk.mjs';
import { launchChromium } from '../bench/lib.mjs';
import { deepFindSource, startKioskServer } from './kiosk-server.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function find(page, selector, text, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const handle = await page.evaluateHandle(
      `(${deepFindSource()})(${JSON.stringify(selector)}, ${JSON.stringify(text)})`,
    );
    if (await handle.evaluate((el) => el !== null)) return handle.asElement();
    if (Date.now() > until) throw new Error(`not found: ${selector} "${text}"`);
    await sleep(50);
  }
}

test(
  'the kiosk starts offline from its service worker and delivers after reconnecting',
  { timeout: 120_000 },
  async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'pf-kiosk-e2e-'));
    await buildKiosk({ outDir });
    const server = await startKioskServer({ root: outDir });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/kiosk/?endpoint=/api/feedback&practice=Smile%20Dental&location=lobby`);
      await find(page, 'button', 'Tap to start');
      assert.equal(new URL(page.url()).search, '', 'provisioning parameters removed from the address bar');
      // Installed and in control of the page (clientsClaim), with everything precached.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { timeout: 20_000 });

      await page.setOfflineMode(true);
      await page.reload();
      await find(page, 'h1', 'Smile Dental');
      const start = await find(page, 'button', 'Tap to start');

      // A patient answers while the network is down: "Thank you" anyway, the answer waits in the outbox.
      await start.click();
      await (await find(page, 'input[type="radio"]', 'Very good')).click();
      for (let i = 0; i < 8; i++) {
        const submit = await page.evaluateHandle(`(${deepFindSource()})('button', 'Submit')`);
        if (await submit.evaluate((el) => el !== null)) {
          await submit.asElement().click();
          break;
        }
        await (await find(page, 'button', 'Next')).click();
        await sleep(100);
      }
      await find(page, 'h2, h1, h3', 'Thank you', 15_000);
      assert.equal(server.stored.size, 0, 'nothing could be delivered while offline');

      await page.setOfflineMode(false);
      const until = Date.now() + 30_000;
      while (server.stored.size === 0 && Date.now() < until) await sleep(100);
      await sleep(1_000);
      assert.equal(server.stored.size, 1, 'delivered exactly once after reconnecting');
      const [submission] = server.stored.values();
      assert.equal(submission.channel, 'kiosk');
      assert.equal(submission.location, 'lobby');
    } finally {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    }
  },
);
