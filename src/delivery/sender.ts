/**
 * One POST of one submission, classified. It never throws: every way a request can end is an outcome.
 *   delivered     2xx, or 409 (the endpoint already has this id)
 *   retry         network error, timeout, 408, 425, 429, 5xx — with the endpoint's Retry-After when given
 *   undeliverable any other status: the endpoint refuses this submission for good
 */
import type { Submission } from '../core/definition.js';
import { parseRetryAfter } from './backoff.js';
import { deviceHeaders } from './device-token.js';

export interface SendOutcome {
  kind: 'delivered' | 'retry' | 'undeliverable';
  /** Absent when no answer came (network error, timeout). */
  httpStatus?: number;
  /** Plain words for the record and the staff export. */
  reason: string;
  retryAfterMs?: number;
}

/** keepalive lets a send finish after the page closes, but Chrome allows only 64 KB of such bodies in flight. */
const KEEPALIVE_MAX_BYTES = 8 * 1024;

/**
 * `keepalive`: let the request outlive the page (a patient closing the tab right after "Thank you"). A backlog's
 * sends go without it — Chromium's keepalive path costs about a fifth more per request, and a record in flight when
 * the page closes is still in the outbox and is sent again on the next pass.
 */
export async function sendSubmission(
  endpoint: string,
  submission: Submission,
  timeoutMs: number,
  keepalive = true,
): Promise<SendOutcome> {
  const body = JSON.stringify(submission);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.id, ...deviceHeaders(endpoint) },
      body,
      credentials: 'omit',
      cache: 'no-store',
      keepalive: keepalive && body.length <= KEEPALIVE_MAX_BYTES,
      signal: controller.signal,
    });
    // The body is not needed, but reading it frees the connection for the next send.
    await response.arrayBuffer().catch(() => {});
    const { status } = response;
    const reason = `HTTP ${status}`;
    if (response.ok || status === 409) return { kind: 'delivered', httpStatus: status, reason };
    if (status < 500 && ![408, 425, 429].includes(status)) return { kind: 'undeliverable', httpStatus: status, reason };
    return {
      kind: 'retry',
      httpStatus: status,
      reason,
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
    };
  } catch (error) {
    return {
      kind: 'retry',
      reason: controller.signal.aborted
        ? `no answer within ${timeoutMs} ms`
        : `network error: ${(error as Error)?.message}`,
    };
  } finally {
    clearTimeout(timer);
  }
}
