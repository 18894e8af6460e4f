/**
 * One POST of one submission, classified. It never throws: every way a request can end is an outcome.
 *   delivered     2xx, or 409 (the endpoint already has this id)
 *   retry         network error, timeout, 408, 425, 429, 5xx — with the endpoint's Retry-After when given
 *   undeliverable any other status: the endpoint refuses this submission for good
 */
import type { Submission } from '../core/definition.js';
import { parseRetryAfter } from './backoff.js';

export type SendOutcome =
  | { kind: 'delivered'; httpStatus: number }
  | { kind: 'retry'; reason: string; httpStatus?: number; retryAfterMs?: number }
  | { kind: 'undeliverable'; httpStatus: number; reason: string };

/** keepalive lets a send finish after the page closes, but Chrome allows only 64 KB of such bodies in flight. */
const KEEPALIVE_MAX_BYTES = 8 * 1024;

const RETRY_STATUSES = new Set([408, 425, 429]);

export async function sendSubmission(endpoint: string, submission: Submission, timeoutMs: number): Promise<SendOutcome> {
  const body = JSON.stringify(submission);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.id },
      body,
      credentials: 'omit',
      cache: 'no-store',
      keepalive: body.length <= KEEPALIVE_MAX_BYTES,
      signal: controller.signal,
    });
    // The body is not needed, but reading it frees the connection for the next send.
    await response.arrayBuffer().catch(() => undefined);
    return classify(response);
  } catch (error) {
    return timedOut
      ? { kind: 'retry', reason: `no answer within ${timeoutMs} ms` }
      : { kind: 'retry', reason: `network error: ${(error as Error)?.message ?? String(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

function classify(response: Response): SendOutcome {
  const status = response.status;
  if ((status >= 200 && status < 300) || status === 409) return { kind: 'delivered', httpStatus: status };
  if (RETRY_STATUSES.has(status) || status >= 500) {
    return {
      kind: 'retry',
      reason: `HTTP ${status}`,
      httpStatus: status,
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
    };
  }
  return { kind: 'undeliverable', httpStatus: status, reason: `HTTP ${status}` };
}
