/**
 * Staff pages in real Chromium (puppeteer-core): starting the browser, axe-core on a page as it stands, and the
 * sign-in form filled in as a person fills it — by its labels and the button's name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** axe on the page as it stands (WCAG 2.2 A/AA, target-size on): `id (nodes)` per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, which the page's CSP does not govern (an inline <script> would be refused).
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

/** Clicks what `selector` names and waits for the page it leads to. */
export async function clickAndWait(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

export const button = (name: string) => `::-p-aria([name="${name}"][role="button"])`;
export const link = (name: string) => `::-p-aria([name="${name}"][role="link"])`;

/** The sign-in form as a person fills it in; the page it then shows has loaded. */
export async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.type('::-p-aria(Email)', email);
  await page.type('::-p-aria(Password)', password);
  await clickAndWait(page, button('Sign in'));
}

/** What a person sees of the page: its rendered text (nothing hidden, nothing left in markup only). */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}
