/**
 * The staff side's server pages in real Chromium, reached as a person reaches them: the sign-in form first (by its
 * labels), then — with no console built, as here — the page saying so, the pages of its bar, then Sign out. Every
 * page must pass axe-core (WCAG 2.2 A/AA, target-size on) — in Spanish too, for a browser that asks for it. The
 * console's own screens (inbox, cases, a patient's markup shown as text, phone width) are checked in
 * test/collector/console/.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, button, clickAndWait, launchChromium, link, visibleText } from './browser.js';
import { practiceSurvey } from '../fixtures/practice-survey.js';
import {
  addSurvey,
  firstImpression,
  post,
  removeDir,
  STAFF_EMAIL,
  STAFF_PASSWORD,
  startCollector,
  whatWentWrong,
  type Running,
} from './helpers.js';

let app: Running;
let browser: Browser;

beforeAll(async () => {
  app = await startCollector();
  // A practice's own survey too: its results are listed apart, in its words, and must pass axe like the rest.
  await addSurvey(app, practiceSurvey);
  const posts = [
    firstImpression({
      survey: { id: practiceSurvey.id, version: practiceSurvey.version },
      answers: { overall: '7', 'visit-for': ['treatment'], pain: 'yes' },
    }),
    // Older than the real case, so it is listed after it: a case that looks automated, marked in words.
    whatWentWrong({ reference: 'RC-3MXP-7Q', honeypot: 'filled by a bot' }),
    firstImpression({ honeypot: 'filled by a bot' }),
    firstImpression(),
    firstImpression({ answers: { overall: 'poor', comments: 'مرحبا — 你好 😀' } }),
    whatWentWrong({
      answers: {
        categories: ['wait-time'],
        details: '<b>Nobody</b> said sorry',
        contact: { method: 'text', value: '555 0100', consent: true, bestTime: '' },
      },
    }),
  ];
  for (const s of posts) expect((await post(app.url, s)).status).toBe(201);
  browser = await launchChromium();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await app.stop();
  removeDir(app.dir);
});

describe('the staff server pages in a browser', () => {
  it('leads to the sign-in form, which signs a person in by Email and Password and comes back', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/staff/?ref=rc%20zzzz%20zz`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    expect(await axeViolations(page)).toEqual([]);
    await page.type('::-p-aria(Email)', STAFF_EMAIL);
    await page.type('::-p-aria(Password)', 'not the password at all');
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click('::-p-aria([name="Sign in"][role="button"])'),
    ]);
    expect(await page.$eval('[role="alert"]', (el) => el.textContent)).toMatch(/do not match/);
    expect(await axeViolations(page)).toEqual([]);
    await page.type('::-p-aria(Password)', STAFF_PASSWORD);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click('::-p-aria([name="Sign in"][role="button"])'),
    ]);
    const landed = new URL(page.url());
    expect(`${landed.pathname}${landed.search}`).toBe('/staff/?ref=rc%20zzzz%20zz');
    // Run from source, no console is built: the page says so, names the command, passes axe.
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('The staff console is not built');
    expect(await page.$eval('main', (m) => m.textContent)).toContain('npm run build');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.$('::-p-aria([name="Sign out"][role="button"])')).not.toBeNull();
    const [cookie] = await browser.defaultBrowserContext().cookies();
    expect(cookie).toMatchObject({ name: 'pf_session', httpOnly: true, sameSite: 'Lax' });
    await page.close();
  });

  it('reaches the account and patient-data pages from the bar, each without axe violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/staff/`, { waitUntil: 'load' });
    for (const [link, heading] of [
      ['Your sign-in', 'Your sign-in'],
      ["A patient's data", "A patient's data"],
    ]) {
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.click(`::-p-aria([name="${link}"][role="link"])`),
      ]);
      expect(await page.$eval('h1', (h) => h.textContent)).toContain(heading);
      expect(await axeViolations(page), link).toEqual([]);
    }
    await page.setViewport({ width: 375, height: 812 });
    await page.goto(`${app.url}/staff/account`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('signs out with Sign out, after which /staff/ asks to sign in again', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/staff/`, { waitUntil: 'load' });
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click('::-p-aria([name="Sign out"][role="button"])'),
    ]);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    expect(await page.$eval('[role="status"]', (el) => el.textContent)).toMatch(/signed out/);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${app.url}/staff/`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    await page.close();
  });
});

describe('the staff server pages in Spanish', () => {
  it('sign a person in by Correo electrónico and Contraseña, and show Su acceso and Datos de un paciente, without axe violations', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'es-MX,es;q=0.9' });
    await page.goto(`${app.url}/staff/account`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Iniciar sesión');
    expect(await axeViolations(page)).toEqual([]);
    await page.type('::-p-aria(Correo electrónico)', STAFF_EMAIL);
    await page.type('::-p-aria(Contraseña)', 'not the password at all');
    await clickAndWait(page, button('Iniciar sesión'));
    expect(await page.$eval('[role="alert"]', (el) => el.textContent)).toMatch(/no corresponden a ninguna cuenta/);
    expect(await axeViolations(page)).toEqual([]);
    await page.type('::-p-aria(Contraseña)', STAFF_PASSWORD);
    await clickAndWait(page, button('Iniciar sesión'));

    expect(new URL(page.url()).pathname).toBe('/staff/account');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Su acceso');
    expect(await visibleText(page)).toContain('Sesión iniciada como');
    expect(await axeViolations(page)).toEqual([]);
    await clickAndWait(page, link('Datos de un paciente'));
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Datos de un paciente');
    expect(await axeViolations(page)).toEqual([]);
    await clickAndWait(page, button('Cerrar sesión'));
    expect(await page.$eval('[role="status"]', (el) => el.textContent)).toBe('Ha cerrado la sesión.');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
