/**
 * The staff side's server pages speak the console's language, over real HTTP: Spanish by the console's cookie
 * (`pf_staff_lang`), else by the browser's Accept-Language, else English — `<html lang>`, the words, the bar, the
 * idle dialog's words for its script, and the messages the routes put on the pages; a patient's markup stays text.
 * In a browser: staff-pages-a11y.test.ts (axe, Spanish) and console/console-pages-language.test.ts (the switch).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromAcceptLanguage } from '../../collector/staff-pages/page-language.js';
import { totpCode } from '../../collector/accounts/totp.js';
import {
  post,
  removeDir,
  signedIn,
  STAFF_EMAIL,
  STAFF_PASSWORD,
  startCollector,
  whatWentWrong,
  type Running,
} from './helpers.js';

let app: Running;
const recovery = whatWentWrong({
  reference: 'RC-4HNW-8D',
  answers: {
    categories: ['wait-time'],
    details: '<b>Nobody</b> said sorry about the lemonade',
    contact: { method: 'email', value: 'pat@example.org', consent: true, bestTime: '' },
  },
});

beforeAll(async () => {
  app = await startCollector();
  expect((await post(app.url, recovery)).status).toBe(201);
});

afterAll(async () => {
  await app.stop();
  removeDir(app.dir);
});

const SPANISH = 'pf_staff_lang=es';

/** A page as a browser asks for it, with these cookies and headers. */
function get(path: string, headers: Record<string, string> = {}) {
  return fetch(`${app.url}${path}`, { headers: { Accept: 'text/html', ...headers }, redirect: 'manual' });
}

/** A form posted from this collector's own page, as the browser sends it. */
function form(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${app.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: app.url, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The signed-in admin's cookie, with the console's language cookie beside it when given. */
const asAdmin = (language?: string) => ({ Cookie: language ? `${app.staff.cookie}; ${language}` : app.staff.cookie });

const langOf = (html: string) => /<html lang="([^"]*)"/.exec(html)?.[1];
/** What a person reads: the page without its markup. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

/** English a Spanish page must not show: the bar, the idle warning, the frame's name. */
const ENGLISH = ['Signed in as', 'Sign out', 'Your sign-in', 'Inbox', "A patient's data", 'Stay signed in'];

describe('the sign-in page', () => {
  it('is English by default', async () => {
    const html = await (await get('/staff/sign-in')).text();
    expect(langOf(html)).toBe('en');
    expect(html).toContain('<title>Sign in — Patient feedback</title>');
    expect(html).toContain('<label for="email">Email</label>');
    expect(html).toContain('<button type="submit">Sign in</button>');
  });

  it('is Spanish by the console’s cookie', async () => {
    const html = await (await get('/staff/sign-in', { Cookie: SPANISH })).text();
    expect(langOf(html)).toBe('es');
    expect(html).toContain('<title>Iniciar sesión — Opiniones de pacientes</title>');
    expect(html).toContain('<h1>Iniciar sesión</h1>');
    expect(html).toContain('<label for="email">Correo electrónico</label>');
    expect(html).toContain('<label for="password">Contraseña</label>');
    expect(html).toContain('<button type="submit">Iniciar sesión</button>');
    expect(textOf(html)).not.toMatch(/\b(Email|Password|Sign in)\b/);
  });

  it('is Spanish by Accept-Language when there is no cookie, and the cookie wins over it', async () => {
    for (const [header, lang] of [
      ['es', 'es'],
      ['es-MX,es;q=0.9,en;q=0.8', 'es'],
      ['fr-FR,fr;q=0.9,es;q=0.5', 'es'],
      ['en-GB,en;q=0.9,es;q=0.8', 'en'],
      ['es;q=0,en', 'en'],
      ['de-DE', 'en'],
    ] as const) {
      const html = await (await get('/staff/sign-in', { 'Accept-Language': header })).text();
      expect(langOf(html), header).toBe(lang);
    }
    const chosen = await (await get('/staff/sign-in', { 'Accept-Language': 'es', Cookie: 'pf_staff_lang=en' })).text();
    expect(langOf(chosen)).toBe('en');
    const unknown = await (await get('/staff/sign-in', { 'Accept-Language': 'es', Cookie: 'pf_staff_lang=fr' })).text();
    expect(langOf(unknown), 'a cookie naming no language of ours is ignored').toBe('es');
  });

  it('says in Spanish why a person is there, and what went wrong', async () => {
    const out = await (await get('/staff/sign-in?ended=signed-out', { Cookie: SPANISH })).text();
    expect(out).toContain('<p class="notice" role="status">Ha cerrado la sesión.</p>');
    const idle = await (await get('/staff/sign-in?ended=idle', { Cookie: SPANISH })).text();
    expect(idle).toMatch(/Se cerró su sesión tras 15 minutos sin actividad\. Vuelva a iniciar sesión para continuar\./);
    const wrong = await form('/staff/sign-in', { email: STAFF_EMAIL, password: 'not it at all' }, { Cookie: SPANISH });
    expect(wrong.status).toBe(401);
    const html = await wrong.text();
    expect(langOf(html)).toBe('es');
    expect(html).toContain('role="alert">Ese correo electrónico y esa contraseña no corresponden');
    const english = await form('/staff/sign-in', { email: STAFF_EMAIL, password: 'not it at all' });
    expect(await english.text()).toContain('role="alert">That email and password do not match an account');
  });
});

describe('a signed-in page', () => {
  it('is English by default: the bar, the page, the idle warning', async () => {
    const html = await (await get('/staff/account', asAdmin())).text();
    expect(html).toMatch(/<html lang="en" data-idle-seconds="\d+">/);
    expect(html).toContain(`Signed in as <strong>${STAFF_EMAIL}</strong> (admin)`);
    expect(html).toContain('<h1>Your sign-in</h1>');
    expect(html).toContain('<h2 id="idle-heading">You will be signed out soon</h2>');
    expect(html).toContain('data-about-minutes="about {0} minutes"');
    expect(html).toContain('<strong class="idle-left">about 2 minutes</strong>');
  });

  it('is Spanish by cookie and by Accept-Language: the bar, the page and the idle warning with its script’s words', async () => {
    for (const headers of [asAdmin(SPANISH), { ...asAdmin(), 'Accept-Language': 'es-419,es;q=0.9' }]) {
      const res = await get('/staff/account', headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
      const html = await res.text();
      expect(html).toMatch(/<html lang="es" data-idle-seconds="\d+">/);
      expect(html).toContain('<title>Su acceso — Opiniones de pacientes</title>');
      expect(html).toContain(`Sesión iniciada como <strong>${STAFF_EMAIL}</strong> (administrador)`);
      expect(html).toContain('<nav aria-label="Personal"><a href="/staff/">Bandeja de entrada</a>');
      expect(html).toContain('<a href="/staff/patient-data">Datos de un paciente</a>');
      expect(html).toContain('<a href="/staff/account">Su acceso</a>');
      expect(html).toContain('<button type="submit">Cerrar sesión</button>');
      expect(html).toContain('<h1>Su acceso</h1>');
      expect(html).toContain('Segundo factor: <strong>desactivado</strong>');
      expect(html).toContain('<button type="submit">Activar el segundo factor</button>');
      expect(html).toContain('<h2 id="idle-heading">Su sesión se cerrará pronto</h2>');
      expect(html).toContain('<strong class="idle-left">unos 2 minutos</strong>');
      expect(html).toContain('data-about-minutes="unos {0} minutos"');
      expect(html).toContain('data-one-second="1 segundo"');
      expect(html).toContain('<button type="button" class="idle-stay" autofocus>Seguir conectado</button>');
      for (const english of ENGLISH) expect(textOf(html)).not.toContain(english);
    }
  });

  it('puts the routes’ notices and errors in Spanish', async () => {
    const csrf = { _csrf: app.staff.csrf };
    const off = await form('/staff/account/second-factor/off', csrf, asAdmin(SPANISH));
    expect(off.status).toBe(200);
    expect(await off.text()).toContain('<p class="notice" role="status">El segundo factor está desactivado.</p>');
    const begin = await form('/staff/account/second-factor', csrf, asAdmin(SPANISH));
    const setup = await begin.text();
    expect(setup).toContain('<h1>Activar el segundo factor</h1>');
    expect(setup).toMatch(
      /añada una cuenta con esta clave: <code>[A-Z2-7 ]+<\/code> — o, en el teléfono, abra <a href="otpauth:[^"]+">este enlace<\/a>\./,
    );
    const wrong = await form('/staff/account/second-factor/confirm', { ...csrf, code: '000000' }, asAdmin(SPANISH));
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('role="alert">Ese código no es correcto. La clave de abajo es nueva');
  });
});

describe('the second factor in Spanish', () => {
  it('turns it on, shows the recovery codes, then asks for the code at sign-in, its refusal too', async () => {
    const email = 'frontdesk@smiledental.example';
    const desk = await signedIn(app.collector, email, 'staff');
    const cookie = { Cookie: `${desk.cookie}; ${SPANISH}` };
    const setup = await (await form('/staff/account/second-factor', { _csrf: desk.csrf }, cookie)).text();
    const secret = /<code>([A-Z2-7 ]+)<\/code>/.exec(setup)?.[1]?.replace(/ /g, '') ?? '';
    const fields = { _csrf: desk.csrf, code: totpCode(secret, Date.now()) };
    const on = await form('/staff/account/second-factor/confirm', fields, cookie);
    expect(on.status).toBe(200);
    const codes = await on.text();
    expect(codes).toContain('<h1>Segundo factor activado: sus códigos de recuperación</h1>');
    expect(codes).toContain('<a href="/staff/">Ir a la bandeja de entrada</a>');

    const password = await form('/staff/sign-in', { email, password: STAFF_PASSWORD }, { Cookie: SPANISH });
    expect(password.headers.get('location')).toMatch(/^\/staff\/sign-in\/code\?/);
    const pending = { Cookie: `${(password.headers.get('set-cookie') ?? '').split(';')[0]}; ${SPANISH}` };
    const step = await (await get('/staff/sign-in/code', pending)).text();
    expect(langOf(step)).toBe('es');
    expect(step).toContain('<h1>Iniciar sesión: código de su aplicación</h1>');
    expect(step).toContain('<label for="code">Código</label>');
    expect(step).toContain('<a href="/staff/sign-in">Empezar de nuevo</a>');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(step)?.[1] ?? '';
    const wrong = await form('/staff/sign-in/code', { _csrf: csrf, code: '000000' }, pending);
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('role="alert">Ese código no es correcto (o ya se usó).');
  });
});

describe('A patient’s data in Spanish', () => {
  it('names what it found in Spanish and keeps a patient’s markup as text', async () => {
    const res = await get(`/staff/patient-data?q=${encodeURIComponent('lemonade')}`, asAdmin(SPANISH));
    const html = await res.text();
    expect(langOf(html)).toBe('es');
    expect(html).toContain('<h1>Datos de un paciente</h1>');
    expect(html).toContain('<h2 id="found-heading">Encontrados (1)</h2>');
    expect(html).toContain('1 envío encontrado. Marque los que son de este paciente.');
    expect(html).toMatch(/<label for="found-0">Qué salió mal RC-4HNW-8D, recibido el [^<]+<\/label>/);
    expect(html).toContain('<p class="hint">Encontrado por palabras de sus respuestas.</p>');
    expect(html).toContain('pat@example.org (se le puede contactar)');
    expect(html).toContain('&lt;b&gt;Nobody&lt;/b&gt; said sorry about the lemonade');
    expect(html).not.toContain('<b>Nobody</b>');
    expect(html).toContain('<button type="submit">Descargar una copia para el paciente</button>');

    const typed = await (
      await get(`/staff/patient-data?q=${encodeURIComponent('<i>zzzz</i>')}`, asAdmin(SPANISH))
    ).text();
    expect(typed).toContain('No se encontró nada para «&lt;i&gt;zzzz&lt;/i&gt;».');
  });

  it('asks before erasing, and says what it did, in Spanish', async () => {
    const id = recovery.id as string;
    const none = await form('/staff/patient-data/copy', { _csrf: app.staff.csrf }, asAdmin(SPANISH));
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('role="alert">Primero marque los envíos que son del paciente.</p>');
    const ask = await form('/staff/patient-data/erase', { _csrf: app.staff.csrf, ids: id }, asAdmin(SPANISH));
    const confirm = await ask.text();
    expect(confirm).toContain('<h1>¿Borrar las palabras y los datos de contacto de un paciente?</h1>');
    expect(confirm).toContain('<p>De este envío:</p>');
    expect(confirm).toContain('<button type="submit">Borrar para siempre</button>');
    const done = await form('/staff/patient-data/erase/confirm', { _csrf: app.staff.csrf, ids: id }, asAdmin(SPANISH));
    expect(await done.text()).toContain('Se borraron las palabras y los datos de contacto de 1 envío.');
    const after = await (await get(`/staff/patient-data?q=RC-4HNW-8D`, asAdmin(SPANISH))).text();
    expect(after).toMatch(/Palabras y datos de contacto borrados el [^,]+, a petición del paciente\./);
  });
});

describe('the set-up page', () => {
  it('is Spanish by Accept-Language for a new person, its refusals too', async () => {
    const spanish = { 'Accept-Language': 'es-ES,es;q=0.9' };
    const html = await (await get('/staff/set-up', spanish)).text();
    expect(langOf(html)).toBe('es');
    expect(html).toContain('<h1>Configurar su cuenta</h1>');
    expect(html).toContain('<label for="password">Contraseña nueva</label>');
    const token = `pfs_${'A'.repeat(43)}`;
    const typo = await form('/staff/set-up', { token, password: 'one long password', passwordAgain: 'x' }, spanish);
    expect(await typo.text()).toContain('Las dos contraseñas no coinciden: escríbalas de nuevo.');
    const fields = { token, password: 'one long password 7', passwordAgain: 'one long password 7' };
    const unknown = await form('/staff/set-up', fields, spanish);
    expect(unknown.status).toBe(410);
    const spent = await unknown.text();
    expect(spent).toContain('Este enlace de configuración no lo dio este colector, o está incompleto.');
    expect(spent).toContain('Si ya eligió una contraseña, <a href="/staff/sign-in">inicie sesión</a>.');
  });
});

describe('the language an Accept-Language header prefers', () => {
  it('is the best-weighted one we speak, any es… as Spanish, else English', () => {
    expect(fromAcceptLanguage(undefined)).toBe('en');
    expect(fromAcceptLanguage('*')).toBe('en');
    expect(fromAcceptLanguage('ES-mx')).toBe('es');
    expect(fromAcceptLanguage('en;q=0.5, es;q=0.8')).toBe('es');
    expect(fromAcceptLanguage('es;q=0.5, en;q=0.8')).toBe('en');
    expect(fromAcceptLanguage('pt-BR, es;q=0.1')).toBe('es');
  });
});
