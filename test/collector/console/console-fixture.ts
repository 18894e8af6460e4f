/**
 * The staff console as a practice runs it, for tests: built from staff/ into a temporary STATIC_DIR (the collector
 * tests run before `npm run build`, so they build their own, as test/e2e/kiosk-offline.test.mjs does for the kiosk),
 * served by a real collector over real HTTP on its own SQLite file, driven in real Chromium. The console draws in
 * shadow roots: `deep()` reaches into them (puppeteer's `>>>`), and role and name queries (`::-p-aria`) see through
 * them as assistive technology does.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { build } from 'vite';
import { expect } from 'vitest';
import type { CollectorOptions } from '../../../collector/http/server.js';
import { axeViolations, launchChromium, signInWithForm } from '../browser.js';
import { removeDir, STAFF_EMAIL, STAFF_PASSWORD, startCollector, type Running } from '../helpers.js';

const configFile = fileURLToPath(new URL('../../../vite.config.ts', import.meta.url));

export interface Console {
  app: Running;
  browser: Browser;
  /** A page in a browser context of its own: its own cookies, so one test's session is not another's. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the console (about two seconds), starts a collector serving it and a browser. */
export async function startConsole(options: Partial<CollectorOptions> = {}): Promise<Console> {
  const staticDir = mkdtempSync(join(tmpdir(), 'pf-staff-console-'));
  await build({ configFile, mode: 'staff', logLevel: 'warn', build: { outDir: join(staticDir, 'staff') } });
  const app = await startCollector({ staticDir, ingestRate: 10_000, ...options });
  const browser = await launchChromium();
  return {
    app,
    browser,
    async newPage() {
      const context = await browser.createBrowserContext();
      return context.newPage();
    },
    async close() {
      await browser.close();
      await app.stop();
      removeDir(app.dir);
      removeDir(staticDir);
    },
  };
}

/** Opens `path`, meets the sign-in form, signs in by its labels and comes back to `path`'s screen. */
export async function signInAt(page: Page, url: string, path = '/staff/'): Promise<void> {
  await page.goto(`${url}${path}`, { waitUntil: 'load' });
  await signInWithForm(page, STAFF_EMAIL, STAFF_PASSWORD);
  await page.waitForSelector(deep('h1'));
}

/**
 * From now on the connection drops for each request `cut` picks by its method and path, as when the wifi fails just
 * then, and is there for every other: how a screen is seen offline for one request only.
 */
export async function cutConnection(page: Page, cut: (method: string, path: string) => boolean): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const dropped = cut(request.method(), new URL(request.url()).pathname);
    void (dropped ? request.abort('internetdisconnected') : request.continue());
  });
}

/** What every screen says when it cannot reach the collector (staff/i18n/en.ts `offline`). */
export const OFFLINE = 'The collector could not be reached. Check the connection and try again.';

/**
 * Does `act` (End, Disable, Retire…) with the connection dropped for its POST alone (the path ending `post`), then
 * waits until the screen has read `list` again and put focus on its heading: what it says then, spaces as one.
 */
export async function actOffline(page: Page, post: string, list: string, act: () => Promise<void>): Promise<string> {
  await cutConnection(page, (method, path) => method === 'POST' && path.endsWith(post));
  const readAgain = page.waitForResponse((r) => new URL(r.url()).pathname === list);
  await act();
  await readAgain;
  await expect.poll(async () => (await focused(page)).tag).toBe('h1');
  return (await screenText(page)).replace(/\s+/g, ' ');
}

/** A CSS selector matched inside any of the console's shadow roots (`>>> a >>> b` to cross from one into another). */
export const deep = (selector: string) => `>>> ${selector}`;
export const byRole = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;

/** The screen's heading, once it reads `text` (screens render it at once, then fill it in). */
export async function headingIs(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const find = (root: Document | ShadowRoot): HTMLElement | null => {
        const here = root.querySelector('h1');
        if (here) return here;
        for (const el of root.querySelectorAll('*')) {
          const found = el.shadowRoot ? find(el.shadowRoot) : null;
          if (found) return found;
        }
        return null;
      };
      return find(document)?.textContent?.trim() === expected;
    },
    { timeout: 5000 },
    text,
  );
}

/** Every word on the screen, shadow roots included (what a person reads). */
export function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.body.innerText];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        for (const child of el.shadowRoot.children) if (child instanceof HTMLElement) parts.push(child.innerText);
        walk(el.shadowRoot);
      }
    };
    walk(document);
    return parts.join('\n');
  });
}

/** Waits until the screen says `words` (spaces as one); the screen's words, or an error quoting what it said. */
export async function says(page: Page, words: string | RegExp): Promise<string> {
  const test = (text: string) => (typeof words === 'string' ? text.includes(words) : words.test(text));
  for (let i = 0; i < 50; i++) {
    const text = (await screenText(page)).replace(/\s+/g, ' ');
    if (test(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The screen never said ${String(words)}:\n${await screenText(page)}`);
}

/**
 * A screen for admins who see every practice: an admin of one practice (`email`) signs in, finds no link to it, and
 * at its address reads why — the screen's own sentence, with no axe violations.
 */
export async function notOfferedToOnePracticeAdmin(
  page: Page,
  url: string,
  email: string,
  screen: { link: string; path: string; heading: string; why: string },
): Promise<void> {
  await page.goto(`${url}/staff/`, { waitUntil: 'load' });
  await signInWithForm(page, email, STAFF_PASSWORD);
  await headingIs(page, 'Inbox');
  expect(await page.$(byRole('link', screen.link))).toBeNull();
  await page.goto(`${url}${screen.path}`, { waitUntil: 'load' });
  await headingIs(page, screen.heading);
  await says(page, screen.why);
  expect(await axeViolations(page)).toEqual([]);
}

/** The element that has focus, through shadow roots: its tag, its text (a control's: its label) and outline. */
export function focused(page: Page): Promise<{ tag: string; text: string; outline: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = el ? getComputedStyle(el) : undefined;
    const control =
      el instanceof HTMLSelectElement || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
        ? el
        : undefined;
    const text = control ? control.labels?.[0]?.textContent : (el as HTMLElement | null)?.innerText;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: text?.trim() ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

/** Presses Tab until focus is on something whose text is `text` (at most `max` times); throws if never. */
export async function tabTo(page: Page, text: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

/** Waits until no screen says "Loading…" (or "Cargando…"): what was asked for has arrived. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const busy = (root: Document | ShadowRoot): boolean =>
        [...root.querySelectorAll('*')].some(
          (el) =>
            (el.shadowRoot && busy(el.shadowRoot)) ||
            (el.tagName === 'P' && /^(Loading|Cargando)…$/.test(el.textContent?.trim() ?? '')),
        );
      return !busy(document);
    },
    { timeout: 5000 },
  );
}

/** Chooses an option of the select labelled `label` by the words it shows, as a person does. */
export async function choose(page: Page, label: string, optionText: string): Promise<void> {
  const select = byRole('combobox', label);
  const value = await page.$eval(
    select,
    (el, text) => [...(el as HTMLSelectElement).options].find((o) => o.textContent?.trim() === text)?.value,
    optionText,
  );
  if (value === undefined) throw new Error(`${label} has no option "${optionText}"`);
  await page.select(select, value);
}

/**
 * Opens `path` signed in (its heading `english`), chooses Español as a person does (the heading becomes `spanish`)
 * and narrows the window to a phone's 320 px: where each admin screen is checked in Spanish.
 */
export async function inSpanishOnAPhone(
  page: Page,
  url: string,
  path: string,
  english: string,
  spanish: string,
): Promise<void> {
  await signInAt(page, url, path);
  await headingIs(page, english);
  await choose(page, 'Language', 'Español');
  await headingIs(page, spanish);
  await page.setViewport({ width: 320, height: 720 });
}
