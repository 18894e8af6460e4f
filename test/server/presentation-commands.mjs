// Browser-test commands for how a screen is presented, beyond what @web/test-runner-commands offers:
// - `emulate-media-features` [{ name, value }]: any CSS media feature Chromium can emulate (forced-colors,
//   prefers-contrast, prefers-reduced-motion, prefers-color-scheme). Puppeteer's page.emulateMediaFeatures() accepts
//   only colour scheme, reduced motion and colour gamut, so this speaks CDP (Emulation.setEmulatedMedia) directly, on
//   one CDP session per page. Each call replaces the whole set; [] ends the emulation.
// - `save-screenshot` { name }: the page as the patient sees it, written to .test-results/screenshots/<name>.png
//   (the browser tests' artefacts; gitignored).
// The page is the puppeteer page @web/test-runner-chrome hands plugins, as @web/test-runner-commands' own
// setViewport and emulateMedia plugins use it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const SCREENSHOTS = '.test-results/screenshots';

/** One CDP session per page: emulation set through a session lasts as long as that session. */
const sessions = new WeakMap();

async function cdpFor(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    sessions.set(page, cdp);
  }
  return cdp;
}

function puppeteerPage(session, command) {
  if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs a Chromium launched by puppeteer`);
  return session.browser.getPage(session.id);
}

export function presentationCommands() {
  return {
    name: 'presentation-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-media-features') {
        if (!Array.isArray(payload) || payload.some((f) => typeof f?.name !== 'string' || typeof f?.value !== 'string'))
          throw new Error('emulate-media-features takes [{ name, value }]');
        const cdp = await cdpFor(puppeteerPage(session, command));
        await cdp.send('Emulation.setEmulatedMedia', { media: '', features: payload });
        return true;
      }
      if (command === 'save-screenshot') {
        const name = String(payload?.name ?? '');
        if (!/^[\w.-]{1,120}$/.test(name)) throw new Error(`save-screenshot: a file name of letters, digits, . _ -`);
        mkdirSync(SCREENSHOTS, { recursive: true });
        const path = join(SCREENSHOTS, `${name}.png`);
        await puppeteerPage(session, command).screenshot({ path, fullPage: true });
        return path;
      }
      return undefined;
    },
  };
}
