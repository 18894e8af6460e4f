/**
 * What a stored submission tells the endpoints (pure): `submission.created` for every one, and `case.created` too
 * for a what-went-wrong submission (each is a case). `data` holds ids, the kind, the overall answer, the reference,
 * practice, location and a link to the case in the console — never the patient's words or contact details, which a
 * receiver reads through the staff API where every look is audited.
 */
import type { AlertEventData } from '../../src/core/alerts-api.js';
import type { CaseEventData, SubmissionEventData, WebhookBody, WebhookEventType } from '../../src/core/webhooks-api.js';

/** The facts of a stored submission an event is made from. */
export interface StoredFacts {
  submission: { id: string; kind: string };
  practiceId: string;
  receivedAt: string;
  automation?: string | undefined;
}

/** One event: its type, the key that keeps it from being queued twice for one endpoint, and the body to sign. */
export interface WebhookEvent {
  type: WebhookEventType;
  key: string;
  practiceId: string;
  body: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The case's page in the console, when the collector knows the address staff use (PUBLIC_URL). */
export function caseLink(publicUrl: URL | undefined, id: string): string | null {
  return publicUrl ? new URL(`/staff/submissions/${encodeURIComponent(id)}`, publicUrl).toString() : null;
}

export function submissionData(facts: StoredFacts, publicUrl: URL | undefined): SubmissionEventData {
  const submission = facts.submission as { id: string; kind: string } & Record<string, unknown>;
  const survey = submission.survey as { id?: unknown; version?: unknown } | undefined;
  const answers = submission.answers as Record<string, unknown> | undefined;
  return {
    submissionId: submission.id,
    kind: submission.kind,
    survey:
      typeof survey?.id === 'string' && typeof survey.version === 'string'
        ? { id: survey.id, version: survey.version }
        : null,
    rating: text(answers?.overall),
    reference: text(submission.reference),
    practice: facts.practiceId,
    location: text(submission.location),
    receivedAt: facts.receivedAt,
    looksAutomated: facts.automation ?? null,
    link: caseLink(publicUrl, submission.id),
  };
}

function body<T>(type: WebhookEventType, timestamp: string, data: T): string {
  return JSON.stringify({ type, timestamp, data } satisfies WebhookBody<T>);
}

export function submissionEvents(facts: StoredFacts, publicUrl: URL | undefined): WebhookEvent[] {
  const data = submissionData(facts, publicUrl);
  const id = facts.submission.id;
  const events: WebhookEvent[] = [
    {
      type: 'submission.created',
      key: `submission:${id}`,
      practiceId: facts.practiceId,
      body: body('submission.created', facts.receivedAt, data),
    },
  ];
  if (facts.submission.kind === 'what-went-wrong') {
    const caseData: CaseEventData = { ...data, caseId: id, status: 'new' };
    events.push({
      type: 'case.created',
      key: `case:${id}`,
      practiceId: facts.practiceId,
      body: body('case.created', facts.receivedAt, caseData),
    });
  }
  return events;
}

/**
 * `case.updated`: a case's status, assignee, outcome, notes or clocks changed (`changed`: the fields, never a note's
 * words), keyed by the moment of the change so each change is one message.
 */
export function caseUpdatedEvent(
  facts: StoredFacts,
  change: { status: string; changed: readonly string[]; at: string },
  publicUrl: URL | undefined,
): WebhookEvent {
  const id = facts.submission.id;
  const data: CaseEventData & { changed: readonly string[] } = {
    ...submissionData(facts, publicUrl),
    caseId: id,
    status: change.status,
    changed: change.changed,
  };
  return {
    type: 'case.updated',
    key: `case:${id}:${change.at}`,
    practiceId: facts.practiceId,
    body: body('case.updated', change.at, data),
  };
}

/** `alert.triggered`: an alert was raised (its facts hold no patient's words), once per alert. */
export function alertEvent(data: AlertEventData): WebhookEvent {
  return {
    type: 'alert.triggered',
    key: `alert:${data.alertId}`,
    practiceId: data.practice,
    body: body('alert.triggered', data.triggeredAt, data),
  };
}

/** Whether an endpoint asked for this type of event from this practice (`every`: no filter). */
export function wants(
  endpoint: { practices: 'every' | readonly string[]; types: 'every' | readonly string[] },
  event: { type: string; practiceId: string },
): boolean {
  return (
    (endpoint.practices === 'every' || endpoint.practices.includes(event.practiceId)) &&
    (endpoint.types === 'every' || endpoint.types.includes(event.type))
  );
}
