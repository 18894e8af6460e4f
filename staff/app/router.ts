/**
 * The console's addresses: real paths under /staff/ (the collector serves the app's page for each), so a link to a
 * case survives the sign-in page (`next` carries the path and query; a `#fragment` would be lost) and Back works.
 *
 *   /staff/                    the inbox; its filters are the query (`?kind=what-went-wrong&rating=poor`)
 *   /staff/cases               cases, open ones first
 *   /staff/submissions/<id>    one submission, with its case
 *   /staff/exports             the export files, with the inbox's filters as the query
 *   /staff/clocks              a practice's deadlines and holidays (admins; `?practice=<id>` chooses one)
 *   /staff/results             the Friends and Family Test figures and charts; its filters are the query
 *                              (`?practice=north&from=2026-01&to=2026-03&location=front-desk-tablet`)
 *   /staff/surveys             the survey registry: versions, the editor with its preview, publishing (admins)
 *   /staff/alerts              alerts, not yet closed first; `?alert=<id>` opens one (e-mails link here); rules for admins
 *   /staff/tablets             the waiting-room tablets: health, set-up links, retiring, opening hours
 *                              (`?practice=<id>` chooses one)
 *   /staff/webhooks            webhook endpoints and FHIR destinations, their secrets and delivery logs (admins
 *                              who see every practice)
 *   /staff/audit               the audit trail, its filters and its spreadsheet (admins who see every practice)
 *   /staff/settings            how long patients' words and the audit trail are kept (the same admins)
 *   /staff/sessions            who is signed in, and ending a session (the same admins)
 *   /staff/practices           the group's practices: endpoints, details, locations, what came in (the same admins)
 *
 * The old inbox's links still land: `/staff/?ref=rc 7kq2 9f` searches, `/staff/#case-<id>` opens that case.
 */
import { inboxQueryFrom } from '../api/inbox-query.js';
import { resultsQueryFrom, type ResultsFilters } from '../api/results-query.js';
import type { InboxQuery } from '../../src/core/staff-api.js';

export const BASE = '/staff/';

export type Route =
  | { screen: 'inbox'; query: InboxQuery }
  | { screen: 'cases' }
  | { screen: 'submission'; id: string }
  | { screen: 'exports'; query: InboxQuery }
  | { screen: 'results'; query: ResultsFilters }
  | { screen: 'accounts' }
  | { screen: 'clocks'; practice?: string }
  | { screen: 'surveys' }
  | { screen: 'alerts'; alert?: string }
  | { screen: 'tablets'; practice?: string }
  | { screen: 'webhooks' }
  | { screen: 'audit' }
  | { screen: 'settings' }
  | { screen: 'sessions' }
  | { screen: 'practices' }
  | { screen: 'not-found' };

export type ScreenName = Route['screen'];

/** The route of a location (path, query, fragment). */
export function routeOf(location: { pathname: string; search: string; hash: string }): Route {
  const path = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : undefined;
  const params = new URLSearchParams(location.search);
  const oldCase = /^#case-(.+)$/.exec(location.hash)?.[1];
  if (path === '' && oldCase) return { screen: 'submission', id: decodeURIComponent(oldCase) };
  if (path === '') {
    const ref = params.get('ref');
    if (ref !== null && !params.has('q')) params.set('q', ref);
    return { screen: 'inbox', query: inboxQueryFrom(params) };
  }
  if (path === 'cases') return { screen: 'cases' };
  if (path === 'exports') return { screen: 'exports', query: inboxQueryFrom(params) };
  if (path === 'results') return { screen: 'results', query: resultsQueryFrom(params) };
  if (path === 'accounts') return { screen: 'accounts' };
  if (path === 'surveys') return { screen: 'surveys' };
  if (path === 'webhooks') return { screen: 'webhooks' };
  if (path === 'audit') return { screen: 'audit' };
  if (path === 'settings') return { screen: 'settings' };
  if (path === 'sessions') return { screen: 'sessions' };
  if (path === 'practices') return { screen: 'practices' };
  if (path === 'alerts') {
    const alert = params.get('alert');
    return alert ? { screen: 'alerts', alert } : { screen: 'alerts' };
  }
  if (path === 'clocks' || path === 'tablets') {
    const practice = params.get('practice');
    return practice ? { screen: path, practice } : { screen: path };
  }
  const id = /^submissions\/([^/]+)$/.exec(path ?? '')?.[1];
  if (id) return { screen: 'submission', id: decodeURIComponent(id) };
  return { screen: 'not-found' };
}

/** The address of a screen: what links and the address bar show. */
export function pathOf(screen: Exclude<ScreenName, 'submission' | 'not-found'>, query?: URLSearchParams): string {
  const search = query?.toString() ? `?${query.toString()}` : '';
  return screen === 'inbox' ? `${BASE}${search}` : `${BASE}${screen}${search}`;
}

export function submissionPath(id: string): string {
  return `${BASE}submissions/${encodeURIComponent(id)}`;
}

/** Whether a same-origin path is one of this app's screens (followed here), or a page of the server (loaded). */
export function isConsolePath(pathname: string): boolean {
  return routeOf({ pathname, search: '', hash: '' }).screen !== 'not-found';
}
