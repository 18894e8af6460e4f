/**
 * GET /staff/: the staff console's page (staff-console.ts) for a signed-in person — and its other addresses. The
 * classic server-rendered inbox (staff-inbox.ts: `?ref=` finds one case by what a patient reads out) and its
 * stylesheet stay at /staff/classic/ until they are retired; a collector with no console built (run from source, as
 * the collector tests run it; a STATIC_DIR without staff/) shows the classic inbox at /staff/ too. Staff only,
 * never cached, never framed.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadInbox } from '../../inbox-data.js';
import { renderInbox } from '../../staff-inbox.js';
import { INBOX_CSS } from '../../staff-pages/inbox-styles.js';
import { staffPageHeaders } from '../security-headers.js';
import type { PracticeDirectory } from '../../practices/practice-directory.js';
import type { MonthlyResults } from '../../results/monthly-results.js';
import type { SurveyDirectory } from '../../surveys/survey-directory.js';
import { practicesSeenBy } from '../staff-practices.js';
import { actorOf, practicesOf, staffOnly, type StaffAccess } from '../staff-session.js';
import { barOf } from './staff-account.js';
import { consolePage, sendConsolePage, staffConsoleRoutes } from './staff-console.js';

export interface StaffInboxOptions {
  access: StaffAccess;
  https: boolean;
  practices: PracticeDirectory;
  /** The monthly aggregates: the overall counts without reading every submission. */
  results: MonthlyResults;
  /** The survey registry: answers in their survey's words, and the practices' own surveys' results. */
  surveys: SurveyDirectory;
  /** Where the built staff console is (STATIC_DIR/staff); undefined: none (run from source, as the tests run it). */
  consoleFolder: string | undefined;
}

export function staffInboxRoutes(
  app: FastifyInstance,
  options: StaffInboxOptions,
  done: (error?: Error) => void,
): void {
  const helmet = staffPageHeaders(options.https);
  const classic = async (request: FastifyRequest<{ Querystring: { ref?: string } }>, reply: FastifyReply) => {
    const { ref } = request.query;
    const inbox = await loadInbox(app.store, {
      ref,
      practices: await practicesSeenBy(request, options.practices),
      limit: practicesOf(request),
      results: options.results,
      surveys: options.surveys,
    });
    // Every look at patients' answers is written down: which cases this page showed (ids, never their words).
    await options.access.signIn.audit.record(
      actorOf(request),
      ref === undefined ? 'viewed inbox' : 'searched cases',
      null,
      {
        cases: [...inbox.cases, ...(inbox.search?.found ?? [])].map((c) => c.submission.id),
        firstImpressions: inbox.impressions.length,
      },
    );
    const staff = request.staff;
    const bar = staff?.kind === 'session' ? barOf(staff) : undefined;
    return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(renderInbox(inbox, bar));
  };
  const inboxRoute = {
    helmet,
    onRequest: staffOnly(options.access),
    schema: { querystring: { type: 'object', properties: { ref: { type: 'string', maxLength: 200 } } } },
  };
  app.get('/staff', { helmet }, (_request, reply) => reply.redirect('/staff/', 302));
  app.get<{ Querystring: { ref?: string } }>('/staff/', inboxRoute, async (request, reply) => {
    const page = await consolePage(options.consoleFolder);
    return page === undefined ? classic(request, reply) : sendConsolePage(reply, page);
  });
  app.get('/staff/classic', { helmet }, (_request, reply) => reply.redirect('/staff/classic/', 302));
  app.get<{ Querystring: { ref?: string } }>('/staff/classic/', inboxRoute, classic);
  app.register(staffConsoleRoutes, { access: options.access, https: options.https, folder: options.consoleFolder });
  app.get('/staff/inbox.css', { helmet, onRequest: staffOnly(options.access) }, (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('Cache-Control', 'no-store').send(INBOX_CSS),
  );
  done();
}
