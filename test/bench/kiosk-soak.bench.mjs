// Kiosk soak: simulated patients through the waiting-room loop (start → survey → thank you → Done) on the built
// kiosk, printing JS heap growth after garbage collection (target ≤ 2 MB over 1,000 patients) and tap-to-next-screen
// latency p50/p95 at 4× CPU throttle (target ≤ 50 ms). Prints figures; never fails on timing.
// Run: node test/bench/kiosk-soak.bench.mjs   (PATIENTS=1000 LATENCY_PATIENTS=100 to change the counts)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildKiosk } from '../../scripts/build-kiosk.mjs';
import { deepFindSource, startKioskServer } from '../e2e/kiosk-server.mjs';
import { launchChromium } from './lib.mjs';

const PATIENTS = Number(process.env.PATIENTS ?? 1000);
const LATENCY_PATIENTS = Number(process.env.LATENCY_PATIENTS ?? 100);

// One patient, driven inside the page (a click() per tap, as a touch would), timing each tap until the next
// screen's control is in the DOM. Returns { taps: [ms…], submit: ms }.
const PATIENT = `async () => {
  const find = ${deepFindSource()};
  const until = async (selector, text) => {
    for (let i = 0; i < 20000; i++) {
      const el = find(selector, text);
      if (el) return el;
      await new Promise((r) => setTimeout(r, 0));
    }
    throw new Error('not found: ' + selector + ' ' + text);
  };
  const taps = [];
  const tap = async (el, selector, text, list = taps) => {
    const t0 = performance.now();
    el.click();
    const next = await until(selector, text);
    list.push(performance.now() - t0);
    return next;
  };
  const surveyText = () => document.querySelector('pf-kiosk')?.shadowRoot?.querySelector('pf-first-impression')?.shadowRoot?.textContent ?? '';
  let el = await until('button', 'Tap to start');
  el = await tap(el, 'input[type="radio"]', 'Very good');
  el.click();
  // Next: timed until the survey shows different words (the next screen), not until a Next button exists.
  for (let screen = 0; screen < 8 && !find('button', 'Submit'); screen++) {
    const before = surveyText();
    const t0 = performance.now();
    find('button', 'Next').click();
    for (let i = 0; i < 20000 && surveyText() === before; i++) await new Promise((r) => setTimeout(r, 0));
    taps.push(performance.now() - t0);
  }
  const submitTimes = [];
  await tap(await until('button', 'Submit'), 'button', 'Done', submitTimes);
  await tap(find('button', 'Done'), 'button', 'Tap to start');
  return { taps, submit: submitTimes[0] };
}`;

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const outDir = await mkdtemp(path.join(tmpdir(), 'pf-kiosk-soak-'));
await buildKiosk({ outDir });
const server = await startKioskServer({ root: outDir });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  const cdp = await page.createCDPSession();
  await page.goto(`${server.origin}/kiosk/?endpoint=/api/feedback&practice=Soak%20Dental&location=bench`);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const run = () => page.evaluate(`(${PATIENT})()`);

  // Warm up (first render, code caches, IndexedDB opened), then measure the heap around the soak.
  for (let i = 0; i < 20; i++) await run();
  const before = await heap();
  const started = Date.now();
  for (let i = 0; i < PATIENTS; i++) {
    await run();
    if ((i + 1) % 250 === 0) process.stderr.write(`  ${i + 1} patients…\n`);
  }
  const after = await heap();
  const soakSeconds = (Date.now() - started) / 1000;

  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const taps = [];
  const submits = [];
  for (let i = 0; i < LATENCY_PATIENTS; i++) {
    const r = await run();
    taps.push(...r.taps);
    submits.push(r.submit);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await new Promise((r) => setTimeout(r, 3000));

  const growthMb = (after - before) / 1024 / 1024;
  console.log(
    `kiosk soak: ${PATIENTS} patients in ${soakSeconds.toFixed(1)} s; POSTs ${server.state.posts}, ` +
      `delivered ${server.stored.size} of ${PATIENTS + 20 + LATENCY_PATIENTS}`,
  );
  console.log(
    `  JS heap after GC: ${(before / 1048576).toFixed(2)} MB → ${(after / 1048576).toFixed(2)} MB, ` +
      `growth ${growthMb.toFixed(2)} MB (target ≤ 2 MB) ${growthMb <= 2 ? 'OK' : 'OVER'}`,
  );
  console.log(
    `  tap-to-next-screen at 4× CPU throttle (${taps.length} taps): p50 ${pct(taps, 50).toFixed(1)} ms, ` +
      `p95 ${pct(taps, 95).toFixed(1)} ms (target ≤ 50 ms) ${pct(taps, 95) <= 50 ? 'OK' : 'OVER'}`,
  );
  console.log(
    `  Submit to "Thank you" at 4× (stores in IndexedDB, sends): p50 ${pct(submits, 50).toFixed(1)} ms, p95 ${pct(submits, 95).toFixed(1)} ms`,
  );
} finally {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}
