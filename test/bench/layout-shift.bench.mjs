// Cumulative layout shift of the demo practice pages (dist/demo/, as built), read from the browser's own
// `layout-shift` entries and summed the way Core Web Vitals do (the largest session window: gaps under 1 s, at most
// 5 s). The bench never touches the page, so every shift counts: headless Chromium marks the shifts right after an
// emulated navigation `hadRecentInput`, and filtering on it would hide exactly the shift a patient sees.
// A phone like Lighthouse's mobile run: 412 × 823 CSS px, 4× CPU throttle, a slow-4G-like network (150 ms round
// trip, 1.6 Mbit/s), so the page paints before the script arrives.
import { launchChromium, percentile, serveDir } from './lib.mjs';

const RUNS = Number(process.env.CLS_RUNS ?? 5);
const PAGES = ['demo/index.html', 'demo/report-a-problem.html', 'demo/theming.html'];

const OBSERVER = `
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__shifts.push({ value: e.value, at: e.startTime });
}).observe({ type: 'layout-shift', buffered: true });
`;

/** The largest session window: shifts less than 1 s apart, the window at most 5 s long. */
export function cumulativeLayoutShift(shifts) {
  let worst = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const { value, at } of shifts) {
    if (at - last >= 1000 || at - start >= 5000) {
      current = 0;
      start = at;
    }
    current += value;
    last = at;
    worst = Math.max(worst, current);
  }
  return worst;
}

async function measure(browser, url) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1638.4 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  });
  await tab.evaluateOnNewDocument(OBSERVER);
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(
    () => {
      const root = document.querySelector('pf-first-impression, pf-what-went-wrong')?.shadowRoot;
      return root?.querySelector('[data-screen-heading]');
    },
    { timeout: 20000 },
  );
  // Let anything late (fonts, the parts a module script fetches, idle work) land.
  await new Promise((r) => setTimeout(r, 1500));
  const shifts = await tab.evaluate(() => window.__shifts);
  if (process.env.DEBUG_CLS) console.log(JSON.stringify(shifts));
  await tab.close();
  return cumulativeLayoutShift(shifts);
}

export async function run() {
  const server = await serveDir('dist', (req, res) => {
    if (!req.url.startsWith('/api/')) return false;
    res.writeHead(204).end();
    return true;
  });
  const browser = await launchChromium();
  try {
    console.log(
      `\nLayout shift of the demo pages (CLS, ${RUNS} loads each, phone-sized, 4× CPU, slow 4G; target ≤ 0.05)`,
    );
    for (const page of PAGES) {
      const values = [];
      for (let i = 0; i < RUNS; i++) values.push(await measure(browser, `${server.url}/${page}`));
      console.log(`  ${page}: CLS p50 ${percentile(values, 50).toFixed(3)}, worst ${Math.max(...values).toFixed(3)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
