/**
 * Which language a server-rendered staff page speaks (sign-in, Your sign-in, A patient's data, set-up, …): the one
 * the console was last set to in this browser — its cookie `pf_staff_lang` (`en` or `es`; set by the console on start
 * and when a person chooses, staff/app/language-cookie.ts) — else the browser's own preference (`Accept-Language`:
 * any `es…` is Spanish), else English. Every staff page route asks here, so the pages and the console agree.
 */
import type { FastifyRequest } from 'fastify';
import { STAFF_LANGUAGE_COOKIE, STAFF_LANGUAGES, type StaffLanguage } from '../../src/core/staff-api.js';
import { pageWords, type PageWords } from './page-words.js';

const isStaffLanguage = (value: unknown): value is StaffLanguage =>
  typeof value === 'string' && (STAFF_LANGUAGES as readonly string[]).includes(value);

/**
 * The language an `Accept-Language` header prefers among ours: the highest-weighted tag whose primary subtag is one
 * we speak (`es-MX` → `es`; `q=0` is "not this"); English when none is.
 */
export function fromAcceptLanguage(header: string | undefined): StaffLanguage {
  let best: { lang: StaffLanguage; q: number } | undefined;
  for (const part of (header ?? '').slice(0, 500).split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    const weight = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find((q) => q !== undefined);
    const q = weight === undefined ? 1 : Number(weight);
    if (!isStaffLanguage(primary) || !(q > 0)) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'en';
}

/** The language of the staff page answering `request`. */
export function pageLanguage(request: Pick<FastifyRequest, 'cookies' | 'headers'>): StaffLanguage {
  const chosen = request.cookies?.[STAFF_LANGUAGE_COOKIE];
  return isStaffLanguage(chosen) ? chosen : fromAcceptLanguage(request.headers['accept-language']);
}

/** The words of the staff page answering `request`, in its language. */
export function wordsFor(request: Pick<FastifyRequest, 'cookies' | 'headers'>): PageWords {
  return pageWords(pageLanguage(request));
}
