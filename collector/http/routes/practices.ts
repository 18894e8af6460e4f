/**
 * The group's practices:
 *
 *   GET  /api/staff/practices                 (session or token) the practices the caller sees, with their counts
 *   GET  /staff/practices                     (group admins) each practice's endpoint, details, locations, counts
 *   POST /staff/practices                     add a practice (id, name, timeZone)
 *   POST /staff/practices/<id>                change its name, time zone, promise, websites
 *   POST /staff/practices/<id>/locations      add a location
 *
 * A refused change (a wrong time zone, a taken id) comes back as the page with what to fix (400); every change is
 * audited and served by every collector process within seconds (practice-directory.ts).
 */
import formBody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PracticeDirectory } from '../../practices/practice-directory.js';
import { PracticeError } from '../../practices/practice-rules.js';
import type { Practices } from '../../practices/practices.js';
import { rollUp } from '../../practices/rollup.js';
import { describeScope } from '../../practices/scope.js';
import { practicesPage } from '../../staff-pages/practices-page.js';
import { staffPageHeaders } from '../security-headers.js';
import { practicesSeenBy } from '../staff-practices.js';
import { staffHtml } from '../staff-reply.js';
import { actorOf, csrfChecked, staffOnly, type StaffAccess } from '../staff-session.js';
import { barOf, signedInSession } from './staff-account.js';

export interface PracticeRoutesOptions {
  access: StaffAccess;
  practices: Practices;
  directory: PracticeDirectory;
  /** ALLOWED_ORIGINS, shown as "set by the environment". */
  environmentOrigins: readonly string[];
  /** PUBLIC_URL's origin, when set: the endpoint addresses shown start with it. */
  publicOrigin?: string | undefined;
}

type Form = Record<string, unknown>;
const text = (form: Form | undefined, name: string): string | undefined =>
  typeof form?.[name] === 'string' ? form[name] : undefined;

export async function practiceRoutes(app: FastifyInstance, options: PracticeRoutesOptions): Promise<void> {
  const { access, practices, directory } = options;
  const helmet = staffPageHeaders(access.https);
  await app.register(formBody, { bodyLimit: 16 * 1024 });
  const groupAdmin = {
    helmet,
    onRequest: staffOnly(access, { page: true, role: 'admin', wholeGroup: true }),
    preHandler: csrfChecked,
  };

  app.get('/api/staff/practices', { onRequest: staffOnly(access, { page: false }) }, async (request, reply) => {
    const seen = await practicesSeenBy(request, directory);
    const rollup = await rollUp(app.store, seen);
    await access.signIn.audit.record(actorOf(request), 'practices.listed', null, { practices: seen.map((p) => p.id) });
    return reply.header('Cache-Control', 'no-store').send({
      scope: describeScope(request.staff?.practices ?? []),
      practices: rollup.map(({ practice, ...counts }) => ({ ...practice, counts })),
    });
  });

  async function show(request: FastifyRequest, notes: { error?: string; info?: string } = {}) {
    const all = await practices.list();
    const base = options.publicOrigin ?? `${request.protocol}://${request.host}`;
    return practicesPage({
      bar: barOf(signedInSession(request)),
      rollup: await rollUp(app.store, all),
      base,
      environmentOrigins: options.environmentOrigins,
      ...notes,
    });
  }

  /** Runs a change; a PracticeError is the page again with what to fix. */
  async function change(request: FastifyRequest, reply: FastifyReply, work: () => Promise<string>) {
    try {
      const info = await work();
      directory.forget();
      return staffHtml(reply, 200, await show(request, { info }));
    } catch (error) {
      if (!(error instanceof PracticeError)) throw error;
      const status = error.code === 'unknown-practice' ? 404 : 400;
      return staffHtml(reply, status, await show(request, { error: `Not saved: ${error.message}` }));
    }
  }

  app.get('/staff/practices', groupAdmin, async (request, reply) => staffHtml(reply, 200, await show(request)));

  app.post<{ Body: Form }>('/staff/practices', groupAdmin, (request, reply) =>
    change(request, reply, async () => {
      const form = request.body;
      const added = await practices.add(actorOf(request), text(form, 'id') ?? '', {
        name: text(form, 'name') ?? '',
        timeZone: text(form, 'timeZone') ?? '',
      });
      return `Added ${added.name}. Its endpoint is ${added.path}.`;
    }),
  );

  app.post<{ Body: Form; Params: { id: string } }>('/staff/practices/:id', groupAdmin, (request, reply) =>
    change(request, reply, async () => {
      const form = request.body;
      const origins = text(form, 'origins');
      const changed = await practices.change(actorOf(request), request.params.id, {
        name: text(form, 'name'),
        timeZone: text(form, 'timeZone'),
        promise: text(form, 'promise'),
        origins: origins === undefined ? undefined : origins.split(/\s+/).filter(Boolean),
      });
      return `Saved ${changed.name}.`;
    }),
  );

  app.post<{ Body: Form; Params: { id: string } }>('/staff/practices/:id/locations', groupAdmin, (request, reply) =>
    change(request, reply, async () => {
      const location = await practices.addLocation(actorOf(request), request.params.id, text(request.body, 'id') ?? '');
      return `Added the location ${location.id}.`;
    }),
  );
}
