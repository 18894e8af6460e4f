/**
 * The console's language, told to the collector's own server-rendered staff pages (sign-in, Your sign-in, A
 * patient's data, …; collector/staff-pages/page-language.ts), so a person who chose Español here reads them in
 * Spanish too. A cookie with the language and nothing else — no name, no session — for the staff pages' path, a
 * year, Secure over https; readable by the page (it is the page's own choice, not a secret).
 */
import { STAFF_LANGUAGE_COOKIE, type StaffLanguage } from '../../src/core/staff-api.js';

const A_YEAR = 365 * 24 * 60 * 60;

export function shareLanguage(lang: StaffLanguage): void {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${STAFF_LANGUAGE_COOKIE}=${lang}; Path=/staff; Max-Age=${A_YEAR}; SameSite=Lax${secure}`;
}
