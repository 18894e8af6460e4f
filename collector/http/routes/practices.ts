/**
 * The group's practices through the staff JSON API (src/core/practices-api.ts has the types):
 *
 *   GET  /api/staff/practices                  (session or token) the practices the caller sees, with their counts
 *   POST /api/staff/practices                  (group admins) add a practice { id, name, timeZone } → 201
 *   POST /api/staff/practices/<id>             (group admins) change its name, time zone, promise, websites
 *   POST /api/staff/practices/<id>/locations   (group admins) add a location { id } → 201
 *
 * Changes need a session with `X-CSRF-Token` (or an admin token) of an admin who sees every practice. A value that
 * cannot be used is `400 { error, path }` naming the field, an id already taken `409`, and nothing is saved. Every
 * change is audited (`practice.added`, `practice.changed`, `location.added`) and served by every collector process
 * within seconds (practice-directory.ts). The console's Practices screen is served at /staff/practices
 * (staff-console.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PracticeList, PracticeSummary } from '../../../src/core/practices-api.js';
import type { PracticeDirectory } from '../../practices/practice-directory.js';
import { PracticeError } from '../../practices/practice-rules.js';
import type { Practice, Practices } from '../../practices/practices.js';
import { rollUp, type PracticeRollup } from '../../practices/rollup.js';
import { describeScope } from '../../practices/scope.js';
import { HttpError } from '../errors.js';
import { parseJsonBody } from '../json-body.js';
import { newLocationOf, newPracticeOf, practiceChangeOf } from '../practice-body.js';
import { practicesSeenBy } from '../staff-practices.js';
import { actorOf, csrfChecked, staffOnly, type StaffAccess } from '../staff-session.js';

export interface PracticeRoutesOptions {
  access: StaffAccess;
  practices: Practices;
  directory: PracticeDirectory;
  /** ALLOWED_ORIGINS, shown as "set by the environment". */
  environmentOrigins: readonly string[];
  /** PUBLIC_URL's origin, when set: the endpoint addresses shown start with it. */
  publicOrigin?: string | undefined;
}

/** A refused change as the API answers it: a taken id is a conflict, a practice not there 404, the rest 400. */
function answerFor(error: PracticeError): HttpError {
  if (error.code === 'unknown-practice') return new HttpError(404, 'practice-unknown', error.message);
  if (error.code === 'duplicate') return new HttpError(409, 'practice-exists', error.message, { path: 'id' });
  return new HttpError(400, 'practice-invalid', error.message);
}

async function refusedAs<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PracticeError) throw answerFor(error);
    throw error;
  }
}

export function practiceRoutes(
  app: FastifyInstance,
  options: PracticeRoutesOptions,
  done: (error?: Error) => void,
): void {
  const { access, practices, directory } = options;
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 16 * 1024 }, parseJsonBody);
  const groupAdmin = {
    onRequest: staffOnly(access, { page: false, role: 'admin', wholeGroup: true }),
    preHandler: csrfChecked,
  };

  const baseOf = (request: FastifyRequest) => options.publicOrigin ?? `${request.protocol}://${request.host}`;
  const summaryOf = (base: string, { practice, ...counts }: PracticeRollup): PracticeSummary => ({
    id: practice.id,
    name: practice.name,
    timeZone: practice.timeZone,
    promise: practice.promise,
    origins: practice.origins,
    locations: practice.locations,
    path: practice.path,
    endpoint: base + practice.path,
    counts,
  });
  /** One practice as the API gives it, after a change: the directory forgets, so every process reads it anew. */
  async function changed(request: FastifyRequest, practice: Practice): Promise<PracticeSummary> {
    directory.forget();
    const [rollup] = await rollUp(app.store, [practice]);
    return summaryOf(baseOf(request), rollup!);
  }

  app.get('/api/staff/practices', { onRequest: staffOnly(access, { page: false }) }, async (request, reply) => {
    const seen = await practicesSeenBy(request, directory);
    const rollup = await rollUp(app.store, seen);
    await access.signIn.audit.record(actorOf(request), 'practices.listed', null, { practices: seen.map((p) => p.id) });
    const list: PracticeList = {
      scope: describeScope(request.staff?.practices ?? []),
      sharedOrigins: [...options.environmentOrigins],
      practices: rollup.map((r) => summaryOf(baseOf(request), r)),
    };
    return reply.header('Cache-Control', 'no-store').send(list);
  });

  app.post<{ Body: unknown }>('/api/staff/practices', groupAdmin, async (request, reply) => {
    const wanted = newPracticeOf(request.body);
    const added = await refusedAs(() => practices.add(actorOf(request), wanted.id, wanted));
    return reply
      .code(201)
      .header('Cache-Control', 'no-store')
      .send(await changed(request, added));
  });

  app.post<{ Body: unknown; Params: { id: string } }>(
    '/api/staff/practices/:id',
    groupAdmin,
    async (request, reply) => {
      await refusedAs(() => practices.require(request.params.id));
      const wanted = practiceChangeOf(request.body);
      const practice = await refusedAs(() => practices.change(actorOf(request), request.params.id, wanted));
      return reply.header('Cache-Control', 'no-store').send(await changed(request, practice));
    },
  );

  app.post<{ Body: unknown; Params: { id: string } }>(
    '/api/staff/practices/:id/locations',
    groupAdmin,
    async (request, reply) => {
      await refusedAs(() => practices.require(request.params.id));
      const id = newLocationOf(request.body);
      await refusedAs(() => practices.addLocation(actorOf(request), request.params.id, id));
      const practice = await practices.require(request.params.id);
      return reply
        .code(201)
        .header('Cache-Control', 'no-store')
        .send(await changed(request, practice));
    },
  );
  done();
}
