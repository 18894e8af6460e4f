/**
 * One attempt to a FHIR destination: the submission's QuestionnaireResponse (fhir-resource.ts) POSTed to
 * `[base]/QuestionnaireResponse` as a conditional create — `Content-Type` and `Accept: application/fhir+json`,
 * `If-None-Exist`, `Authorization: Bearer` with the destination's token or a SMART access token (smart-token.ts) —
 * and what the answer means (FHIR R4 http.html#ccreate, #2.21.0.17 "Support for HTTP status codes"):
 *
 * - 2xx: delivered (201: created; 200: the resource was already there, so nothing new was made).
 * - 400, 422: the server refused the resource; 412: more than one resource holds its identifier. Sending the same
 *   resource again would be refused again, so the message fails at once, the OperationOutcome's words in the log.
 * - 401: the access token was refused. With SMART, the token is forgotten and the next attempt — at once — asks for
 *   a fresh one; a second 401 in a row (or with a fixed bearer token) waits for the schedule like any failure.
 * - anything else (5xx, 408, 429, no answer): tried again on the webhooks' schedule.
 *
 * The patient's answers go only in the request's body: never in the log, which holds codes and the server's words.
 */
import type { SurveyDefinition } from '../../src/core/definition.js';
import type { SubmissionStore } from '../store/index.js';
import { deliver, type AttemptResult } from './delivery.js';
import { parseCredentials } from './fhir-credentials.js';
import { forwardedResource } from './fhir-resource.js';
import type { DueMessage, Verdict } from './queue.js';
import { SmartTokens, TokenRefusal } from './smart-token.js';

const REFUSED = [400, 412, 422];
const WORDS_LENGTH = 300;

/** What an OperationOutcome says, in at most WORDS_LENGTH characters; '' when the answer holds none. */
export function outcomeWords(answer: string | undefined): string {
  try {
    const outcome = JSON.parse(answer ?? '') as { issue?: { diagnostics?: unknown; details?: { text?: unknown } }[] };
    const words = (outcome.issue ?? [])
      .map((issue) => issue.diagnostics ?? issue.details?.text)
      .filter((w): w is string => typeof w === 'string' && w !== '');
    const joined = words.join('; ');
    return joined.length > WORDS_LENGTH ? `${joined.slice(0, WORDS_LENGTH - 1)}…` : joined;
  } catch {
    return '';
  }
}

/** What an answer means for the message (see the top of this file). Pure. */
export function fhirVerdict(code: number | null, smart: boolean, lastStatusCode: number | null): Verdict {
  if (code !== null && code >= 200 && code < 300) return 'delivered';
  if (code !== null && REFUSED.includes(code)) return 'refused';
  if (code === 401 && smart && lastStatusCode !== 401) return 'retry-now';
  return 'retry';
}

function explained(result: AttemptResult, verdict: Verdict): AttemptResult {
  const { answer: _answer, ...rest } = result;
  if (verdict === 'refused') {
    const words = outcomeWords(result.answer);
    const why = result.statusCode === 412 ? 'found more than one resource with its identifier' : 'refused the resource';
    return { ...rest, error: `the FHIR server ${why}${words ? `: ${words}` : ''}` };
  }
  if (verdict === 'retry-now') return { ...rest, error: 'the access token was refused: a fresh one is asked for' };
  if (result.statusCode === 401) return { ...rest, error: 'the access token was refused' };
  return rest;
}

export class FhirForwarding {
  readonly tokens: SmartTokens;

  constructor(
    private readonly store: SubmissionStore,
    private readonly definitions: () => Promise<readonly SurveyDefinition[]>,
    private readonly timeoutMs: number,
    now: () => Date,
  ) {
    this.tokens = new SmartTokens(now, timeoutMs);
  }

  async attempt(message: DueMessage, stopping: AbortSignal): Promise<{ result: AttemptResult; verdict: Verdict }> {
    const started = performance.now();
    const failed = (error: string, verdict: Verdict) => ({
      result: {
        statusCode: null,
        error,
        durationMs: Math.round(performance.now() - started),
        retryAfter: null,
        interrupted: stopping.aborted,
      },
      verdict,
    });
    const { data } = JSON.parse(message.payload) as { data: { submissionId: string } };
    const stored = await this.store.get(data.submissionId);
    if (!stored) return failed('the submission is no longer stored', 'refused');
    const credentials = parseCredentials(message.credentials);
    if (!credentials) return failed('the destination has no credentials', 'retry');
    let token: string;
    try {
      token =
        credentials.type === 'bearer'
          ? credentials.token
          : await this.tokens.token(message.endpointId, credentials, stopping);
    } catch (error) {
      if (error instanceof TokenRefusal) return failed(error.message, 'retry');
      throw error;
    }
    const resource = forwardedResource(stored, await this.definitions());
    const headers = {
      'Content-Type': 'application/fhir+json',
      Accept: 'application/fhir+json',
      'If-None-Exist': resource.ifNoneExist,
      Authorization: `Bearer ${token}`,
    };
    const url = `${message.url}/QuestionnaireResponse`;
    const result = await deliver(url, resource.body, headers, this.timeoutMs, stopping, (s) => REFUSED.includes(s));
    const verdict = fhirVerdict(result.statusCode, credentials.type === 'smart', message.lastStatusCode);
    if (verdict === 'retry-now' || (result.statusCode === 401 && credentials.type === 'smart')) {
      this.tokens.forget(message.endpointId);
    }
    return { result: explained(result, verdict), verdict };
  }
}
