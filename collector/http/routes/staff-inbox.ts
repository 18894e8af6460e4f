/**
 * GET /staff/ (`?ref=` finds one case by what a patient reads out) and its stylesheet: staff only, never cached,
 * never framed. The page itself is written by staff-inbox.ts from what the store holds.
 */
import type { FastifyInstance } from 'fastify';
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

export interface StaffInboxOptions {
  access: StaffAccess;
  https: boolean;
  practices: PracticeDirectory;
  /** The monthly aggregates: the overall counts without reading every submission. */
  results: MonthlyResults;
  /** The survey registry: answers in their survey's words, and the practices' own surveys' results. */
  surveys: SurveyDirectory;
}

export function staffInboxRoutes(
  app: FastifyInstance,
  options: StaffInboxOptions,
  done: (error?: Error) => void,
): void {
  const helmet = staffPageHeaders(options.https);
  app.get('/staff', { helmet }, (_request, reply) => reply.redirect('/staff/', 302));
  app.get<{ Querystring: { ref?: string } }>(
    '/staff/',
    {
      helmet,
      onRequest: staffOnly(options.access),
      schema: { querystring: { type: 'object', properties: { ref: { type: 'string', maxLength: 200 } } } },
    },
    async (request, reply) => {
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
    },
  );
  app.get('/staff/inbox.css', { helmet, onRequest: staffOnly(options.access) }, (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('Cache-Control', 'no-store').send(INBOX_CSS),
  );
  done();
}
