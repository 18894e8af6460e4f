/**
 * The one place failures become answers. A route throws (an HttpError, a store error, a Fastify error); this picks
 * the status a client can act on and a message that says what to do — never the request's own bytes, never a stack.
 * A storage problem that passes is 503 + Retry-After (the device keeps the submission and retries); a fault of ours
 * is 500 without Retry-After; a request that will always fail is a 4xx, so the device stops retrying it.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';
import { isStorageUnavailable } from './storage-errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `text` for pages a person reads in a browser (the staff form); JSON otherwise. */
    answers?: 'json' | 'text';
    /** What to tell the client when its body is too large (413) or of the wrong type (415). */
    refusals?: { tooLarge?: string; wrongType?: string };
  }
}

const GENERIC: Record<number, string> = {
  400: 'The request could not be understood.',
  404: 'Not found.',
  405: 'That method is not allowed here.',
  408: 'The request took too long to arrive.',
  413: 'The request body is too large.',
  415: 'That content type is not accepted here.',
  429: 'Too many requests. Try again later.',
  431: 'The request headers are too large.',
};

/** A thrown value as an HttpError, whatever threw it. */
function classify(error: FastifyError | HttpError | Error, request: FastifyRequest): HttpError {
  if (error instanceof HttpError) return error;
  const refusals = request.routeOptions.config?.refusals ?? {};
  const code = (error as FastifyError).code;
  if ((error as FastifyError).validation) {
    // Ajv's message names the field and the rule, not the value sent.
    return new HttpError(400, 'invalid-request', error.message);
  }
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new HttpError(413, 'too-large', refusals.tooLarge ?? GENERIC[413]!, { close: true });
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') {
    const wrongType = code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE';
    return wrongType
      ? new HttpError(415, 'wrong-type', refusals.wrongType ?? GENERIC[415]!, { close: true })
      : new HttpError(400, 'bad-length', 'The body does not match its Content-Length.', { close: true });
  }
  if (code === 'FST_ERR_BAD_URL' || code === 'FST_ERR_ASYNC_CONSTRAINT') {
    return new HttpError(400, 'bad-url', 'The address of the request is not valid.', { close: true });
  }
  if (isStorageUnavailable(error)) {
    return new HttpError(503, 'storage-busy', 'The feedback store is busy. Try again shortly.', {
      headers: { 'Retry-After': '5' },
    });
  }
  const status = (error as FastifyError).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new HttpError(status, code ?? 'client-error', GENERIC[status] ?? GENERIC[400]!);
  }
  return new HttpError(500, 'server-fault', 'Something went wrong on the server.');
}

function faultDetail(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return ` ${error.name}${typeof code === 'string' ? ` ${code}` : ''}`;
}

export function answerError(
  error: FastifyError | HttpError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
  as: 'json' | 'text' = request.routeOptions.config?.answers ?? 'json',
) {
  const failure = classify(error, request);
  // Only the kind of failure is logged: an error's message may quote a submission.
  request.logDetail += ` ${failure.code}${failure.statusCode >= 500 ? faultDetail(error) : ''}`;
  reply.code(failure.statusCode).headers({ 'Cache-Control': 'no-store', ...failure.details.headers });
  if (failure.details.close) reply.header('Connection', 'close');
  if (as === 'text') return reply.type('text/plain; charset=utf-8').send(`${failure.message}\n`);
  const { path } = failure.details;
  return reply
    .type('application/json; charset=utf-8')
    .send(path === undefined ? { error: failure.message } : { error: failure.message, path });
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(answerError);
  app.setNotFoundHandler((request, reply) => {
    const api = /^\/(api|staff)\//.test(request.url);
    return answerError(new HttpError(404, 'not-found', 'Not found.'), request, reply, api ? 'json' : 'text');
  });
}
