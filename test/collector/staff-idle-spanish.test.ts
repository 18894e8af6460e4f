/**
 * A Spanish staff page left alone, in real Chromium (the idle limit shortened to seconds): /staff/idle.js writes the
 * time left in the page's words, which the dialog carries, and the sign-in page it leads to says why in Spanish.
 * The English warning is tested in staff-sign-in-browser.test.ts.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, button, clickAndWait, launchChromium, visibleText } from './browser.js';
import { removeDir, STAFF_EMAIL, STAFF_PASSWORD, startCollector, type Running } from './helpers.js';

const IDLE_LIMIT_MS = 6_000;
const WARNING = '::-p-aria([name="Su sesión se cerrará pronto"][role="dialog"])';

let browser: Browser;
let app: Running;

beforeAll(async () => {
  app = await startCollector({ signIn: { idleLimitMs: IDLE_LIMIT_MS } });
  browser = await launchChromium();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (app) removeDir(app.dir);
});

describe('a Spanish staff page left alone', () => {
  it('warns in Spanish with the time left, then signs out to a sign-in page that says why in Spanish', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setCookie({ name: 'pf_staff_lang', value: 'es', url: `${app.url}/staff/`, path: '/staff' });
    await page.goto(`${app.url}/staff/account`, { waitUntil: 'load' });
    await page.type('::-p-aria(Correo electrónico)', STAFF_EMAIL);
    await page.type('::-p-aria(Contraseña)', STAFF_PASSWORD);
    await clickAndWait(page, button('Iniciar sesión'));
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Su acceso');

    await page.waitForSelector(WARNING, { timeout: IDLE_LIMIT_MS });
    const warning = await page.$eval('#idle-text', (p) => p.textContent?.replace(/\s+/g, ' '));
    expect(warning).toMatch(/su sesión se cerrará en (\d+ segundos|1 segundo) a menos que elija Seguir conectado\./);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Seguir conectado');
    expect(await axeViolations(page)).toEqual([]);

    await page.waitForNavigation({ waitUntil: 'load', timeout: IDLE_LIMIT_MS });
    expect(new URL(page.url()).searchParams.get('ended')).toBe('idle');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await visibleText(page)).toContain(
      'Se cerró su sesión tras 6 segundos sin actividad. Vuelva a iniciar sesión para continuar.',
    );
    await context.close();
  }, 30000);
});
