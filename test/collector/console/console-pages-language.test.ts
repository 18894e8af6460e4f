/**
 * The console's language reaches the server's own staff pages: a person who chooses Español in the console and
 * follows "Su acceso" lands on the Spanish page, and back in English after choosing English. The console tells the
 * server by a cookie holding only the language (set on choosing, and again on start with the saved choice), found
 * here as a browser keeps it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, clickAndWait } from '../browser.js';
import { byRole, choose, headingIs, signInAt, startConsole, type Console } from './console-fixture.js';

let run: Console;

beforeAll(async () => {
  run = await startConsole();
}, 60_000);

afterAll(() => run?.close());

/** The server page's language and heading. */
const pageSays = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, h1: document.querySelector('h1')?.textContent }));

describe('the console’s language on the server’s pages', () => {
  it('follows Español from the console to Su acceso, and English back', async () => {
    const page = await run.newPage();
    await signInAt(page, run.app.url);
    await headingIs(page, 'Inbox');
    await choose(page, 'Language', 'Español');
    await headingIs(page, 'Bandeja de entrada');

    const cookie = (await page.cookies()).find((c) => c.name === 'pf_staff_lang');
    expect(cookie).toMatchObject({ value: 'es', path: '/staff', httpOnly: false, sameSite: 'Lax', secure: false });
    expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 360 * 24 * 60 * 60);

    await clickAndWait(page, byRole('link', 'Su acceso'));
    expect(new URL(page.url()).pathname).toBe('/staff/account');
    expect(await pageSays(page)).toEqual({ lang: 'es', h1: 'Su acceso' });
    expect(await page.$(byRole('button', 'Cerrar sesión'))).not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);

    // Back to the console by the page's own bar: still Spanish; then English, and the page follows.
    await clickAndWait(page, byRole('link', 'Bandeja de entrada'));
    await headingIs(page, 'Bandeja de entrada');
    await choose(page, 'Idioma', 'English');
    await headingIs(page, 'Inbox');
    await clickAndWait(page, byRole('link', 'Your sign-in'));
    expect(await pageSays(page)).toEqual({ lang: 'en', h1: 'Your sign-in' });
    await page.close();
  });

  it('tells the server the saved language again when the console starts', async () => {
    const page = await run.newPage();
    await signInAt(page, run.app.url);
    await choose(page, 'Language', 'Español');
    await headingIs(page, 'Bandeja de entrada');
    // The cookie gone (cleared by the person, or expired), the choice kept in the browser's storage:
    await page.evaluate(() => (document.cookie = 'pf_staff_lang=; Path=/staff; Max-Age=0'));
    expect((await page.cookies()).some((c) => c.name === 'pf_staff_lang')).toBe(false);
    await page.reload({ waitUntil: 'load' });
    await headingIs(page, 'Bandeja de entrada');
    await clickAndWait(page, byRole('link', 'Su acceso'));
    expect(await pageSays(page)).toEqual({ lang: 'es', h1: 'Su acceso' });
    await page.close();
  });
});
