// What `npm start` gives a newcomer, end to end: the built collector serves the demo site, the kiosk and the
// endpoint on one origin under its strict CSP; a patient completes the survey on the demo site in real Chromium;
// the submission is stored and comes back out of the export. Needs `npm run build` first (npm test does it).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { launchChromium } from '../bench/lib.mjs';

let collector;
let base;
let browser;
let dataDir;
let startOutput = '';

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Runs in the page: is a heading starting with "Thank you" rendered anywhere, shadow roots included?
function thankYouShown() {
  const search = (root) =>
    [...root.querySelectorAll('*')].some(
      (el) =>
        (/^H[1-6]$/.test(el.tagName) && el.textContent.trim().startsWith('Thank you')) ||
        (el.shadowRoot && search(el.shadowRoot)),
    );
  return search(document);
}

before(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  dataDir = mkdtempSync(join(tmpdir(), 'pf-e2e-'));
  collector = spawn('node', ['dist/collector/main.js'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('collector did not start within 10 s')), 10000);
    collector.stdout.on('data', (chunk) => {
      startOutput += String(chunk);
      if (startOutput.includes('No staff account yet')) {
        clearTimeout(timer);
        resolve();
      }
    });
    collector.on('exit', (code) => reject(new Error(`collector exited with ${code}`)));
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  collector?.kill();
});

test('with no staff account yet, the start log names the command that makes the first', () => {
  assert.match(startOutput, /No staff account yet/);
  assert.ok(startOutput.includes('npm run staff -- add you@practice.example --role admin'));
});

test('one origin serves the demo site, the kiosk, the embed script and the endpoint', async () => {
  for (const path of [
    '/demo/',
    '/demo/report-a-problem.html',
    '/kiosk/',
    '/patient-feedback.iife.js',
    '/patient-feedback.js',
  ]) {
    const response = await fetch(base + path);
    assert.equal(response.status, 200, path);
  }
  const home = await fetch(`${base}/`, { redirect: 'manual' });
  assert.ok([301, 302, 303, 307, 308].includes(home.status), 'the root leads to the demo');
});

test('a patient completes the first-impression survey on the demo site; staff export it', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${base}/demo/`, { waitUntil: 'load' });

  await page.locator('::-p-aria([name="Good"][role="radio"])').click();
  for (let screen = 0; screen < 8; screen++) {
    const submit = await page.$('::-p-aria([name="Submit"][role="button"])');
    if (submit) {
      await submit.click();
      break;
    }
    await page.locator('::-p-aria([name="Next"][role="button"])').click();
  }
  await page.waitForFunction(thankYouShown, { timeout: 10000 });
  await page.close();
  assert.deepEqual(problems, [], 'no console errors (CSP violations would show here)');

  // As the README says: a token from the documented command, on the collector's own database.
  const printed = execFileSync('npm', ['run', '--silent', 'staff', '--', 'token', 'e2e export', '--role', 'admin'], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  const token = printed.trim().split('\n').at(-1);
  assert.equal((await fetch(`${base}/api/feedback/export.json`)).status, 401, 'no export without signing in');
  const exported = await (
    await fetch(`${base}/api/feedback/export.json`, { headers: { Authorization: `Bearer ${token}` } })
  ).json();
  const mine = exported.filter((s) => s.location === 'website');
  assert.equal(mine.length, 1);
  assert.equal(mine[0].kind, 'first-impression');
  assert.equal(mine[0].channel, 'embed');
  assert.equal(mine[0].practice, 'Riverside Family Dental');
  assert.equal(mine[0].answers.overall, 'good');

  // The Excel workbook, in words: the built collector loads exceljs for the first one asked for.
  const xlsx = await fetch(`${base}/api/feedback/export.xlsx`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(xlsx.status, 200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await xlsx.arrayBuffer());
  const sheet = book.getWorksheet('Your first impression v1');
  const ids = sheet.getRow(1).values;
  const rows = sheet
    .getRows(3, sheet.rowCount - 2)
    .filter((r) => r.getCell(ids.indexOf('location')).value === 'website');
  assert.deepEqual(
    rows.map((r) => r.getCell(ids.indexOf('overall')).value),
    ['Good'],
  );
});
