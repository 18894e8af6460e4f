// Time until the first question is visible, at 4× CPU throttle: our embed vs. a one-element Lit page (the floor),
// for the classic script (one file) and for the module script (the first file; its parts arrive later).
import { copyFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, percentile, serveDir } from './lib.mjs';

const RUNS = 15;

// The probe polls each frame until the first question (or the floor's heading) is rendered and laid out.
const PROBE = `
const started = performance.now();
function look() {
  const host = document.querySelector('pf-first-impression, hello-practice');
  const root = host && host.shadowRoot;
  const target = root && root.querySelector('[role=radiogroup], h2');
  if (target && target.getBoundingClientRect().height > 0) {
    window.__visibleAt = performance.now();
  } else requestAnimationFrame(look);
}
requestAnimationFrame(look);
`;

// Each script as a practice pastes it (README, "On your practice website", and the demo pages): the classic script
// with `defer`, the module script as a module (deferred by nature); the floor's page loads its script the same way.
function page(script, body) {
  const tag = script.endsWith('.iife.js')
    ? `<script src="${script}" defer></script>`
    : `<script type="module" src="${script}"></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
${tag}<script src="probe.js"></script></head><body>${body}</body></html>`;
}

async function visibleAt(browser, url) {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__visibleAt !== undefined, { timeout: 20000 });
  const at = await tab.evaluate(() => window.__visibleAt);
  await tab.close();
  return at;
}

/**
 * Loads each page RUNS times, taking turns (floor, ours, floor, ours, …) so a machine slowing down or speeding up
 * during the run weighs on both alike; p50 and p95 of each.
 */
async function measure(browser, urls) {
  const times = urls.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, url] of urls.entries()) times[k].push(await visibleAt(browser, url));
  }
  return times.map((t) => ({ p50: percentile(t, 50), p95: percentile(t, 95) }));
}

const OURS = '<pf-first-impression endpoint="/api/feedback" practice="Riverside Family Dental"></pf-first-impression>';
const FLOOR = '<hello-practice practice="Riverside"></hello-practice>';

export async function run(floor) {
  const dir = mkdtempSync(join(tmpdir(), 'pf-first-question-'));
  copyFileSync('dist/patient-feedback.iife.js', join(dir, 'patient-feedback.iife.js'));
  copyFileSync('dist/patient-feedback.js', join(dir, 'patient-feedback.js'));
  cpSync('dist/patient-feedback', join(dir, 'patient-feedback'), { recursive: true });
  copyFileSync(floor.iife, join(dir, 'floor.iife.js'));
  copyFileSync(floor.es, join(dir, 'floor.js'));
  writeFileSync(join(dir, 'probe.js'), PROBE);
  writeFileSync(join(dir, 'ours.iife.html'), page('patient-feedback.iife.js', OURS));
  writeFileSync(join(dir, 'floor.iife.html'), page('floor.iife.js', FLOOR));
  writeFileSync(join(dir, 'ours.module.html'), page('patient-feedback.js', OURS));
  writeFileSync(join(dir, 'floor.module.html'), page('floor.js', FLOOR));
  const server = await serveDir(dir, (req, res) => {
    if (!req.url.startsWith('/api/')) return false;
    res.writeHead(204).end();
    return true;
  });
  const browser = await launchChromium();
  try {
    // Warm the browser once so the first run doesn't pay Chromium's own start-up.
    await measure(browser, [`${server.url}/floor.iife.html`]);
    console.log(`\nFirst question visible at 4× CPU throttle (${RUNS} loads each, ms from navigation start)`);
    for (const build of ['iife', 'module']) {
      const [floorTime, oursTime] = await measure(browser, [
        `${server.url}/floor.${build}.html`,
        `${server.url}/ours.${build}.html`,
      ]);
      const label = build === 'iife' ? 'classic script' : 'module script';
      console.log(
        `  ${label}: one-element Lit page p50 ${floorTime.p50.toFixed(0)} ms, p95 ${floorTime.p95.toFixed(0)} ms`,
      );
      console.log(
        `  ${label}: <pf-first-impression> p50 ${oursTime.p50.toFixed(0)} ms, p95 ${oursTime.p95.toFixed(0)} ms`,
      );
      console.log(`  ${label}: render ratio (p50): ${(oursTime.p50 / floorTime.p50).toFixed(2)}× (target ≤ 1.3×)`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
