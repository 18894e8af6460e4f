/**
 * POST /api/feedback (the default practice) and /api/feedback/p/<practice-id>: one submission from a patient's
 * device, stored exactly once (docs/collector.md), as the practice's whose path it came in on. A location that
 * practice does not list is kept and flagged, never refused. A waiting-room tablet sends its device token
 * (`Authorization: Bearer pfd_…`, device-token.ts): its submission is its tablet's practice's and location's, and it
 * counts against that tablet's own INGEST_RATE, not its address's; a retired or unknown token is a 401.
 *
 *   201 stored (with a `warning` when the survey version is unknown here: its answers were kept unchecked) ·
 *   200 + Idempotent-Replayed a repeat (the original acknowledgement again) · 422 the id is taken by different
 *   content · 400 not JSON / too deep / wrong shape / answers its survey does not allow (with `path`) /
 *   Idempotency-Key ≠ id · 413 too large · 415 not application/json · 429 + Retry-After over INGEST_RATE ·
 *   503 + Retry-After storage busy · 404 no such practice (the device keeps it and reports it undeliverable)
 *
 * CORS for the practice websites in ALLOWED_ORIGINS and in the practice's own list, on success and error alike, so
 * the widget can read why it was refused and when to retry. Only id, kind, practice and outcome are logged, never
 * answers.
 */
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { automationSign } from '../../../src/core/automation.js';
import { checkSubmission } from '../../../src/core/submission-check.js';
import { DEFAULT_PRACTICE } from '../../practices/practices.js';
import { isUnknownLocation, type PracticeDirectory } from '../../practices/practice-directory.js';
import type { SurveyDirectory } from '../../surveys/survey-directory.js';
import type { Tablets } from '../../tablets/tablets.js';
import type { Webhooks } from '../../webhooks/webhooks.js';
import { deviceOf, registerDeviceRateLimit } from '../device-token.js';
import { HttpError, refuse } from '../errors.js';
import { parseJsonBody } from '../json-body.js';

export interface IngestOptions {
  allowedOrigins: readonly string[];
  maxBodyBytes: number;
  /** Submissions per minute per client address — or per tablet, for a tablet that sends its device token. */
  ingestRate: number;
  ingestWindowMs: number;
  /** The survey registry: versions whose answers are checked; any other is stored unchecked, with a warning. */
  surveys: SurveyDirectory;
  /** The group's practices: whose endpoint a path is, their websites and locations. */
  practices: PracticeDirectory;
  /** Told of each submission stored (never of a repeat): its webhooks are queued, not sent, in this request. */
  webhooks: Webhooks;
  /** Woken by each submission stored: its alerts are looked for at once, not at the job's next tick. */
  alerts: { wake(): void };
  /** Known tablets: a submission with a device token is its tablet's practice's and location's, whatever its path. */
  tablets: Tablets;
}

/** The survey version a body names, read before its shape is checked (the check then says what is wrong). */
function surveyNamed(body: unknown): { id: string; version: string } | undefined {
  const survey = (body as { survey?: { id?: unknown; version?: unknown } } | null)?.survey;
  return typeof survey?.id === 'string' && typeof survey.version === 'string'
    ? { id: survey.id, version: survey.version }
    : undefined;
}

/** The practice a path under /api/feedback names: `/p/<id>`, or the default practice's own endpoint. */
function practiceOfUrl(url: string): string | undefined {
  const path = url.split('?')[0] ?? '';
  if (/^\/api\/feedback\/?$/.test(path)) return DEFAULT_PRACTICE;
  const match = /^\/api\/feedback\/p\/([^/]+)\/?$/.exec(path);
  return match ? decodeURIComponent(match[1] ?? '') : undefined;
}

export async function ingestRoutes(app: FastifyInstance, options: IngestOptions): Promise<void> {
  // Only JSON is read here: any other body is a 415 before a byte of it is read.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: options.maxBodyBytes }, parseJsonBody);

  const anyOrigin = options.allowedOrigins.includes('*');
  await app.register(cors, {
    // Per request: ALLOWED_ORIGINS for every practice, plus the websites of the practice whose path this is.
    delegator: async (request: { url?: string; headers: Record<string, string | string[] | undefined> }) => {
      const origin = request.headers.origin;
      const id = practiceOfUrl(request.url ?? '');
      const practice = id === undefined ? undefined : await options.practices.find(id);
      const allowed =
        typeof origin === 'string' &&
        practice !== undefined &&
        (anyOrigin || options.allowedOrigins.includes(origin) || practice.origins.includes(origin));
      return {
        origin: allowed,
        methods: ['POST', 'OPTIONS'],
        allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
        exposedHeaders: ['Retry-After'],
        maxAge: 600,
      };
    },
  });
  await registerDeviceRateLimit(
    app,
    options.tablets,
    (request, seconds) =>
      `Too many submissions from this ${request.headers.authorization ? 'tablet' : 'address'}. ` +
      `The device keeps them and sends again in ${seconds} seconds.`,
  );

  const limits = {
    bodyLimit: options.maxBodyBytes,
    config: {
      rateLimit: { max: options.ingestRate, timeWindow: options.ingestWindowMs },
      refusals: {
        tooLarge: `The submission is larger than ${options.maxBodyBytes} bytes.`,
        wrongType: 'Send the submission as Content-Type: application/json.',
      },
    },
  };
  app.post('/', { ...limits, handler: (request, reply) => receive(request, reply, DEFAULT_PRACTICE) });
  app.post<{ Params: { practice: string } }>('/p/:practice', {
    ...limits,
    schema: { params: { type: 'object', properties: { practice: { type: 'string', maxLength: 100 } } } },
    handler: (request, reply) => receive(request, reply, request.params.practice),
  });

  async function receive(request: FastifyRequest, reply: FastifyReply, pathPractice: string) {
    const tablet = await deviceOf(options.tablets, request);
    const practiceId = tablet?.practiceId ?? pathPractice;
    const practice = await options.practices.find(practiceId);
    if (!practice) {
      throw refuse.notFound(
        `There is no practice "${practiceId}" here: check the endpoint address the practice was given.`,
      );
    }
    const named = surveyNamed(request.body);
    const survey = named && (await options.surveys.ensure(named.id, named.version));
    const checked = checkSubmission(request.body, options.surveys.known);
    if (!checked.ok) throw refuse.badRequest('wrong-shape', checked.message, checked.path);
    const submission = checked.submission;
    // Answers were checked against this version: from now on it never changes (survey-registry.ts).
    if (survey && checked.answers === 'checked') await options.surveys.used(survey);
    request.logDetail = ` id=${submission.id} kind=${submission.kind} practice=${practice.id}`;
    if (tablet) request.logDetail += ` tablet=${tablet.id}`;
    if (checked.answers === 'unknown-survey') request.logDetail += ' unchecked';
    const key = request.headers['idempotency-key'];
    if (key !== undefined && key !== submission.id) {
      throw refuse.badRequest('key-mismatch', 'The Idempotency-Key header must equal the submission id.', 'id');
    }
    // One that looks sent by a program is stored all the same (never silently dropped), flagged for staff.
    const automation = automationSign(submission);
    if (automation) request.logDetail += ` automation=${automation}`;
    const location = tablet?.location ?? submission.location;
    const unknownLocation = isUnknownLocation(practice, location);
    if (unknownLocation) request.logDetail += ' unknown-location';
    const result = await app.store.save(submission, undefined, {
      answers: checked.answers,
      automation,
      practiceId: practice.id,
      unknownLocation,
      location: tablet?.location,
    });
    if (result.outcome === 'conflict') {
      throw new HttpError(422, 'conflict', 'A different submission with this id is already stored.', { path: 'id' });
    }
    if (result.outcome === 'repeat') {
      request.logDetail += ' repeat';
      return reply.code(200).header('Idempotent-Replayed', 'true').header('Cache-Control', 'no-store').send(result.ack);
    }
    await options.webhooks.stored({
      submission,
      practiceId: practice.id,
      receivedAt: result.ack.receivedAt,
      automation,
    });
    options.alerts.wake();
    return reply.code(201).header('Cache-Control', 'no-store').send(result.ack);
  }

  // A preflight from an allowed origin is answered by @fastify/cors before this runs; any other origin gets this.
  app.options('/', (_request, reply) => reply.code(403).header('Cache-Control', 'no-store').send());
  app.options('/p/:practice', (_request, reply) => reply.code(403).header('Cache-Control', 'no-store').send());

  app.route({
    method: ['GET', 'PUT', 'PATCH', 'DELETE'],
    url: '/',
    handler: () => {
      throw refuse.methodNotAllowed('POST, OPTIONS', 'Use POST to send a submission.');
    },
  });
  app.route({
    method: ['GET', 'PUT', 'PATCH', 'DELETE'],
    url: '/p/:practice',
    handler: () => {
      throw refuse.methodNotAllowed('POST, OPTIONS', 'Use POST to send a submission.');
    },
  });
}
