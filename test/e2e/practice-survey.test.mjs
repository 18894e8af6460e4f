// A practice's own survey end to end (issue 12), on the built collector serving the built kiosk: an admin adds
// test/fixtures/practice-survey.json to the registry; a tablet provisioned with survey=/surveys/smile-dental-visit/2.json
// shows it; a patient answers the 0–10 scale, the multiple-choice question and the comfort question it brings; the
// collector stores the submission checked against the survey and exports it in words. Restarted with no network,
// the tablet still shows the survey from its saved copy. And on a practice website on another origin the element
// reads the same address across origins when the collector allows that origin, and says why not when it does not.
// One collector, one Chromium. Needs `npm run build` first (npm test does it).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../bench/lib.mjs';

const SURVEY = JSON.parse(readFileSync(new URL('../fixtures/practice-survey.json', import.meta.url), 'utf8'));
const ADDRESS = '/surveys/smile-dental-visit/2.json';
const SCALE = 'How likely are you to recommend us to a friend? (0 = not at all, 10 = extremely)';

let collector;
let collectorPort;
/** The kiosk's origin: `localhost` is a secure context, so its service worker runs. */
let base;
let website;
let browser;
let dataDir;
let token;

/** A control found by its role and accessible name, through shadow roots (Chromium's accessibility tree). */
const byRole = (page, role, name) => page.locator(`::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`);

// Runs in the page: the text of the first element (shadow roots included) matching `selector` whose text starts
// with `start`, or null.
function textStartingWith(selector, start) {
  const search = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector) && el.textContent.trim().startsWith(start)) return el.textContent;
      const inner = el.shadowRoot && search(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  return search(document);
}

const shown = (page, selector, start, timeout = 15_000) =>
  page.waitForFunction(textStartingWith, { timeout }, selector, start).then((handle) => handle.jsonValue());

/** The patient's way through the practice's survey: 9, "A treatment", comfortable: Yes, Submit. */
async function answerWithTreatment(page) {
  await byRole(page, 'radio', '9').click();
  await byRole(page, 'button', 'Next').click();
  await byRole(page, 'checkbox', 'A treatment').click();
  await byRole(page, 'button', 'Next').click();
  await byRole(page, 'radio', 'Yes').click();
  await byRole(page, 'button', 'Next').click();
  await byRole(page, 'button', 'Submit').click();
}

/** The collector's acknowledgement of the next submission a page sends. */
const nextAck = (page, endpoint) =>
  page
    .waitForResponse((r) => r.url() === endpoint && r.request().method() === 'POST', { timeout: 15_000 })
    .then(async (r) => ({ status: r.status(), body: await r.json() }));

/**
 * A practice's website on another origin than the collector: one page embedding the collector's classic script
 * with `survey` and `endpoint` on the collector, under a CSP that allows only the collector. Reached as
 * http://127.0.0.1:<port> (an origin the collector allows) and http://localhost:<port> (one it does not).
 */
async function startWebsite() {
  const server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/feedback.html') return void res.writeHead(404).end();
    const at = `http://127.0.0.1:${collectorPort}`;
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src ${at}; connect-src ${at}; base-uri 'none'`,
    });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Smile Dental — Your feedback</title>
<script src="${at}/patient-feedback.iife.js" defer></script></head>
<body><main><h1>How was your visit?</h1>
<pf-first-impression survey="${at}${ADDRESS}" endpoint="${at}/api/feedback" practice="Smile Dental"
  location="website"></pf-first-impression></main></body></html>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    allowed: `http://127.0.0.1:${port}`,
    notAllowed: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * One submission's row of the CSV export, by column name. A plain split is enough here: none of the values this test
 * sends holds a comma or a quote.
 */
function exportedRow(csv, id) {
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const row = rows.find((line) => line.startsWith(`${id},`));
  assert.ok(row, `the export holds ${id}:\n${csv}`);
  const cells = row.split(',');
  return Object.fromEntries(header.split(',').map((name, i) => [name, cells[i]]));
}

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

before(async () => {
  collectorPort = await freePort();
  base = `http://localhost:${collectorPort}`;
  website = await startWebsite();
  dataDir = mkdtempSync(join(tmpdir(), 'pf-e2e-survey-'));
  collector = spawn('node', ['dist/collector/main.js'], {
    env: { ...process.env, PORT: String(collectorPort), DATA_DIR: dataDir, ALLOWED_ORIGINS: website.allowed },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collector did not start within 10 s:\n${output}`)), 10_000);
    collector.stdout.on('data', (chunk) => {
      output += String(chunk);
      if (output.includes('No staff account yet')) {
        clearTimeout(timer);
        resolve();
      }
    });
    collector.on('exit', (code) => reject(new Error(`collector exited with ${code}:\n${output}`)));
  });
  // As the README says: an admin's token from the documented command, on the collector's own database.
  const printed = execFileSync('npm', ['run', '--silent', 'staff', '--', 'token', 'e2e survey', '--role', 'admin'], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  token = printed.trim().split('\n').at(-1);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  collector?.kill();
  await website?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('an admin adds the practice’s survey; it is published at its stable address', async () => {
  const added = await fetch(`${base}/api/staff/surveys`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(SURVEY),
  });
  assert.equal(added.status, 201, await added.clone().text());
  assert.equal((await added.json()).outcome, 'added');
  assert.equal(new URL(added.headers.get('location'), base).pathname, ADDRESS);

  const published = await fetch(base + ADDRESS);
  assert.equal(published.status, 200);
  assert.deepEqual(await published.json(), SURVEY);
});

test('a tablet provisioned with survey=… shows it; the answers are stored checked and exported in words', async () => {
  const page = await browser.newPage();
  const endpoint = `${base}/api/feedback`;
  await page.goto(
    `${base}/kiosk/index.html?endpoint=/api/feedback&survey=${encodeURIComponent(ADDRESS)}` +
      '&practice=Smile%20Dental&location=front-desk-tablet',
  );
  await byRole(page, 'button', 'Tap to start').click();
  await byRole(page, 'radiogroup', SCALE).wait();
  const ack = nextAck(page, endpoint);
  await answerWithTreatment(page);
  await shown(page, 'h1, h2, h3', 'Thank you');

  const { status, body } = await ack;
  assert.equal(status, 201);
  assert.equal(body.status, 'stored');
  assert.equal(body.warning, undefined, 'the collector knows the survey: the answers were checked');

  const exported = await fetch(`${base}/api/feedback/export.csv`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(exported.status, 200);
  const row = exportedRow(await exported.text(), body.id);
  assert.equal(row.channel, 'kiosk');
  assert.equal(row.location, 'front-desk-tablet');
  assert.equal(row.overall, '9');
  assert.equal(row['visit-for'], 'A treatment', 'the multiple choice in words');
  assert.equal(row.pain, 'Yes', 'the comfort question in words');

  // The tablet restarts with no network: the page comes from its service worker, the survey from its saved copy.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { timeout: 20_000 });
  const answered = [];
  page.on('response', (r) => r.url().includes('/surveys/') && answered.push(r.url()));
  const refused = new Promise((resolve) => {
    page.on('requestfailed', (r) => r.url().includes('/surveys/') && resolve(r.failure()?.errorText));
  });
  await page.setOfflineMode(true);
  await page.reload();
  await byRole(page, 'button', 'Tap to start').click();
  await byRole(page, 'radiogroup', SCALE).wait();
  assert.equal(await page.$('::-p-aria([name="Very good"][role="radio"])'), null, 'not the built-in survey');
  // The tablet did ask the collector for the survey on start, and got no answer: what shows is its own copy.
  assert.match(await refused, /INTERNET_DISCONNECTED/);
  assert.deepEqual(answered, []);
  await page.close();
});

test('a practice website on an allowed origin reads the survey from the collector and sends its answers there', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${website.allowed}/feedback.html`);
  await byRole(page, 'radiogroup', SCALE).wait();

  const ack = nextAck(page, `http://127.0.0.1:${collectorPort}/api/feedback`);
  await byRole(page, 'radio', '9').click();
  await byRole(page, 'button', 'Next').click();
  await byRole(page, 'button', 'Next').click();
  await byRole(page, 'button', 'Submit').click();
  await shown(page, 'h1, h2, h3', 'Thank you');
  const { status, body } = await ack;
  assert.equal(status, 201);
  assert.equal(body.warning, undefined, 'checked against the survey');
  await page.close();
  assert.deepEqual(problems, [], 'no console errors (CORS or CSP refusals would show here)');
});

test('on a website the collector does not allow, the element says it cannot read the survey', async () => {
  assert.equal((await fetch(base + ADDRESS)).status, 200, 'the survey is there: only this website is refused');
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(`${website.notAllowed}/feedback.html`);
  const alert = await shown(page, '[role="alert"]', "Sorry, this feedback form isn't working right now.");
  assert.ok(alert.includes(`the survey at "http://127.0.0.1:${collectorPort}${ADDRESS}" could not be loaded`), alert);
  assert.match(alert, /blocked by CORS/);
  assert.equal(await page.$('::-p-aria([role="radio"])'), null, 'no survey for a patient to start');
  assert.ok(
    problems.some((line) => /blocked by CORS policy: No 'Access-Control-Allow-Origin'/.test(line)),
    `Chromium refused it for want of CORS: ${problems.join('\n')}`,
  );
  assert.ok(
    problems.some((line) => line.includes('<pf-first-impression>: the survey at')),
    `the element's own console line for the web person: ${problems.join('\n')}`,
  );
  await page.close();
});
