/**
 * POST /api/feedback: take one submission from a patient's device and store it exactly once.
 *
 * Answers (the widget's delivery reads the status class, people read the message):
 *   201 stored · 200 a repeat of a stored submission (the original acknowledgement again)
 *   400 not JSON / wrong shape / Idempotency-Key ≠ id · 413 too large · 415 not JSON content type
 *   422 the id is taken by a different submission · 503 storage busy (retry; Retry-After given)
 * A client's mistake is never a 500. Only id, kind and status are logged, never answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { declaredTooLarge, readBody } from './read-body.js';
import { sendError, sendJson } from './respond.js';
import type { SubmissionStore } from './store.js';
import { validateSubmission } from './validate-submission.js';

export interface IngestOptions {
  store: SubmissionStore;
  maxBodyBytes: number;
  log: (line: string) => void;
}

function isJsonContentType(header: string | undefined): boolean {
  const mediaType = (header ?? '').split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/** Refuse an oversize body and close the connection, so the rest of the upload is never read. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number): void {
  res.setHeader('Connection', 'close');
  sendError(res, 413, `The submission is larger than ${maxBodyBytes} bytes.`);
  res.on('finish', () => req.socket.destroySoon());
}

export async function ingest(req: IncomingMessage, res: ServerResponse, options: IngestOptions): Promise<void> {
  const { store, maxBodyBytes, log } = options;
  const done = (status: number, detail = '') => log(`POST /api/feedback ${status}${detail}`);

  if (!isJsonContentType(req.headers['content-type'])) {
    res.setHeader('Connection', 'close');
    sendError(res, 415, 'Send the submission as Content-Type: application/json.');
    return done(415);
  }
  if (declaredTooLarge(req, maxBodyBytes)) {
    refuseTooLarge(req, res, maxBodyBytes);
    return done(413);
  }
  const body = await readBody(req, maxBodyBytes);
  if (!body.ok) {
    if (body.reason === 'aborted') return done(0, ' client went away');
    if (body.reason === 'too-large') {
      refuseTooLarge(req, res, maxBodyBytes);
      return done(413);
    }
    sendError(res, 400, 'The body is not valid UTF-8 text.');
    return done(400);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch (error) {
    sendError(res, 400, `The body is not valid JSON: ${(error as Error).message}`);
    return done(400, ' malformed JSON');
  }
  const checked = validateSubmission(parsed);
  if (!checked.ok) {
    sendError(res, 400, checked.message, { path: checked.path });
    return done(400, ` wrong shape at ${checked.path}`);
  }
  const submission = checked.submission;
  const tag = ` id=${submission.id} kind=${submission.kind}`;
  const key = req.headers['idempotency-key'];
  if (key !== undefined && key !== submission.id) {
    sendError(res, 400, 'The Idempotency-Key header must equal the submission id.', { path: 'id' });
    return done(400, `${tag} idempotency key mismatch`);
  }

  let result;
  try {
    result = store.save(submission);
  } catch (error) {
    // The device keeps the submission and retries; tell it when.
    const code = (error as { code?: string }).code ?? 'unknown';
    sendJson(res, 503, { error: 'The feedback store is busy. Try again shortly.' }, { 'Retry-After': '5' });
    return done(503, `${tag} store error ${code}`);
  }
  if (result.outcome === 'stored') {
    sendJson(res, 201, result.ack);
    return done(201, tag);
  }
  if (result.outcome === 'repeat') {
    sendJson(res, 200, result.ack, { 'Idempotent-Replayed': 'true' });
    return done(200, `${tag} repeat`);
  }
  sendError(res, 422, 'A different submission with this id is already stored.', { path: 'id' });
  return done(422, `${tag} conflict`);
}
