/**
 * One attempt over HTTP: POST the signed body, wait at most `timeoutMs` (the spec recommends 15 to 30 s), and say
 * what came back. Redirects are not followed (the spec: a 3xx is a failure; the address should be updated instead).
 * Only the status is read: the answer's body is let go unread — unless `readAnswer` asks for it (a FHIR server's
 * OperationOutcome saying why it refused a resource), and then at most `ANSWER_BYTES` of it.
 */

const ANSWER_BYTES = 64 * 1024;

export interface AttemptResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** The receiver's Retry-After, as sent. */
  retryAfter: string | null;
  /** The collector was closing: this attempt does not count (the message stays due, under the same id). */
  interrupted: boolean;
  /** The answer's body, when `readAnswer` asked for it. */
  answer?: string;
}

/** Reads at most ANSWER_BYTES of an answer and lets the rest go. */
async function firstBytes(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < ANSWER_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  await reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, ANSWER_BYTES).toString('utf8');
}

/** Why no answer came, in words for the delivery log: never the request's or the answer's bytes. */
export function reason(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const code = err.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host name not found';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  return code ? `could not connect (${code})` : 'could not connect';
}

export async function deliver(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  stopping: AbortSignal,
  readAnswer: (status: number) => boolean = () => false,
): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'patient-feedback-webhooks', ...headers },
      body,
      redirect: 'manual',
      signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), stopping]),
    });
    const answer = readAnswer(response.status) ? await firstBytes(response) : undefined;
    if (answer === undefined) await response.body?.cancel().catch(() => undefined);
    return {
      ...(answer === undefined ? {} : { answer }),
      statusCode: response.status,
      error: null,
      durationMs: elapsed(),
      retryAfter: response.headers.get('retry-after'),
      interrupted: false,
    };
  } catch (error) {
    return {
      statusCode: null,
      error: reason(error, timeoutMs),
      durationMs: elapsed(),
      retryAfter: null,
      interrupted: stopping.aborted,
    };
  }
}
