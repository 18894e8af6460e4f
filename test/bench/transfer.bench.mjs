// `node test/bench/transfer.bench.mjs [collector main.js]`: bytes a patient's browser downloads for the demo page
// and for the kiosk's start screen, as Chromium counts them on the wire (compressed bodies and headers), from a
// fresh profile (nothing cached). Starts the built collector (default dist/collector/main.js) on a free port.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib.mjs';

const PAGES = { 'demo page': '/demo/', 'kiosk start': '/kiosk/' };

async function transferred(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await page.goto(url, { waitUntil: 'networkidle0' });
  await context.close();
  return bytes;
}

export async function run(main = 'dist/collector/main.js') {
  const dir = mkdtempSync(join(tmpdir(), 'pf-transfer-'));
  const root = resolve(main, '../../..');
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dir, STATIC_DIR: process.env.STATIC_DIR ?? join(root, 'dist') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((done) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /collector on http:\/\/localhost:(\d+)/.exec(seen);
      if (match) done(Number(match[1]));
    });
  });
  child.stdout.resume();
  const browser = await launchChromium();
  try {
    const results = {};
    for (const [name, path] of Object.entries(PAGES)) {
      results[name] = await transferred(browser, `http://localhost:${port}${path}`);
      console.log(`  ${name.padEnd(12)} ${(results[name] / 1024).toFixed(1)} KiB transferred`);
    }
    return results;
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log('bytes over the wire, fresh browser:');
  await run(process.argv[2]);
}
