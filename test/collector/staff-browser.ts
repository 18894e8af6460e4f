/**
 * Staff pages in real Chromium (puppeteer-core): one launch for a test file, and axe-core run on a page as it
 * stands — WCAG 2.2 A/AA tags with target-size on — through DevTools, which the page's CSP does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** axe on the page as it stands: `id (nodes)` per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
    });
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** Signs in through the form by its labels, as a person does, and waits for the page it leads to. */
export async function signInWithForm(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/staff/sign-in`, { waitUntil: 'load' });
  await page.type('::-p-aria(Email)', email);
  await page.type('::-p-aria(Password)', password);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click('::-p-aria([name="Sign in"][role="button"])'),
  ]);
}
