/**
 * Waiting-room tablets through the staff JSON API (src/core/tablets-api.ts), by session (with `X-CSRF-Token` on a
 * change) or token. Staff see the tablets of the practices they see; an admin who sees a practice sets up and
 * retires its tablets and sets its opening hours. Each change is audited (collector/tablets/tablets.ts). A device
 * token is in the answer that makes it — inside the setup link and its QR code — and never again.
 *
 *   GET  /api/staff/tablets                          TabletList
 *   POST /api/staff/tablets                          NewTablet → 201 TabletSetup · 400 { error, path } · 404
 *   POST /api/staff/tablets/<id>/retire              → Tablet · 404
 *   GET  /api/staff/practices/<id>/opening-hours     OpeningHoursSettings
 *   POST /api/staff/practices/<id>/opening-hours     { openingHours } → OpeningHoursSettings · 400 { error, path }
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TabletSetup } from '../../../src/core/tablets-api.js';
import type { PracticeDirectory } from '../../practices/practice-directory.js';
import { sees } from '../../practices/scope.js';
import { OpeningHoursError } from '../../tablets/opening-hours.js';
import { setupLink, setupQrSvg } from '../../tablets/setup-link.js';
import { newTabletInput, TabletInputError } from '../../tablets/tablet-rules.js';
import type { Tablets } from '../../tablets/tablets.js';
import { HttpError, refuse } from '../errors.js';
import { parseJsonBody } from '../json-body.js';
import { actorOf, csrfChecked, practicesOf, staffOnly, type StaffAccess } from '../staff-session.js';

export interface TabletRouteOptions {
  access: StaffAccess;
  tablets: Tablets;
  practices: PracticeDirectory;
  /** PUBLIC_URL's origin: the setup link's address (else the address the console was reached at). */
  publicOrigin?: string | undefined;
}

const PARAMS = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 100 } } } as const;
type Params = { Params: { id: string } };

function answer(reply: FastifyReply, body: unknown, status = 200) {
  return reply.code(status).header('Cache-Control', 'no-store').send(body);
}

const NO_PRACTICE = 'There is no such practice among yours.';

export function tabletRoutes(app: FastifyInstance, options: TabletRouteOptions, done: (error?: Error) => void): void {
  const { access, tablets, practices } = options;
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 16 * 1024 }, parseJsonBody);
  const staff = { onRequest: staffOnly(access, { page: false }) };
  const admins = { onRequest: staffOnly(access, { page: false, role: 'admin' }), preHandler: csrfChecked };

  /** The practice, when the caller sees it: another practice is answered as if it did not exist. */
  async function practiceFor(request: FastifyRequest, id: string) {
    const practice = await practices.find(id);
    if (!practice || !sees(request.staff!.practices, practice.id)) throw refuse.notFound(NO_PRACTICE);
    return practice;
  }

  app.get('/api/staff/tablets', staff, async (request, reply) =>
    answer(reply, { tablets: await tablets.list(practicesOf(request)), now: new Date().toISOString() }),
  );

  app.post<{ Body: unknown }>('/api/staff/tablets', admins, async (request, reply) => {
    let input;
    try {
      input = newTabletInput(request.body);
    } catch (error) {
      if (!(error instanceof TabletInputError)) throw error;
      throw new HttpError(400, 'tablet-invalid', error.message, { path: error.path });
    }
    const practice = await practiceFor(request, input.practiceId);
    const { tablet, token } = await tablets.add(actorOf(request), input);
    const link = setupLink({
      origin: options.publicOrigin ?? `${request.protocol}://${request.host}`,
      endpoint: practice.path,
      practice: practice.name,
      location: input.location,
      survey: input.survey,
      lang: input.lang,
      idleSeconds: input.idleSeconds,
      token,
    });
    const setup: TabletSetup = { tablet, token, link, qrSvg: await setupQrSvg(link) };
    return answer(reply.header('Location', `/api/staff/tablets/${tablet.id}`), setup, 201);
  });

  app.post<Params>(
    '/api/staff/tablets/:id/retire',
    { ...admins, schema: { params: PARAMS } },
    async (request, reply) => {
      const found = await tablets.find(request.params.id);
      if (!found || !sees(request.staff!.practices, found.practiceId)) {
        throw refuse.notFound('There is no such tablet among your practices.');
      }
      return answer(reply, await tablets.retire(actorOf(request), found.id));
    },
  );

  app.get<Params>(
    '/api/staff/practices/:id/opening-hours',
    { ...staff, schema: { params: PARAMS } },
    async (request, reply) => {
      const practice = await practiceFor(request, request.params.id);
      return answer(reply, await tablets.openingHours(practice.id));
    },
  );

  app.post<Params & { Body: unknown }>(
    '/api/staff/practices/:id/opening-hours',
    { ...admins, schema: { params: PARAMS } },
    async (request, reply) => {
      const practice = await practiceFor(request, request.params.id);
      const body = request.body as { openingHours?: unknown } | null;
      try {
        return answer(reply, await tablets.setOpeningHours(actorOf(request), practice.id, body?.openingHours));
      } catch (error) {
        if (!(error instanceof OpeningHoursError)) throw error;
        throw new HttpError(400, 'opening-hours-invalid', error.message, { path: error.path });
      }
    },
  );
  done();
}
