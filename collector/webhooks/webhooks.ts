/**
 * The webhooks room as the rest of the collector sees it: the endpoints, the queue, the sender, and the one call
 * ingest makes once a submission is stored (`stored`) — an insert into the queue and a nudge to the sender, never an
 * HTTP call inside a patient's request. The endpoints switched on are kept in memory for `maxAgeMs` (10 s), so a
 * submission costs no extra read, and read again at once after a change in this process. FHIR destinations are
 * endpoints too (fhir-forwarding.ts): the resource is made at each attempt from the stored submission and the survey
 * definitions (`definitions`, the built-ins by default).
 */
import type { SurveyDefinition } from '../../src/core/definition.js';
import type { AuditTrail } from '../accounts/audit.js';
import { BUILT_IN_SURVEYS } from '../surveys/known-surveys.js';
import type { SubmissionStore } from '../store/index.js';
import type { AlertEventData } from '../../src/core/alerts-api.js';
import type { SendingEndpoint } from './endpoint-rows.js';
import { WebhookEndpoints } from './endpoints.js';
import { alertEvent, caseUpdatedEvent, submissionEvents, type StoredFacts } from './events.js';
import { FhirForwarding } from './fhir-forwarding.js';
import { WebhookQueue } from './queue.js';
import { startSender, type SenderOptions } from './sender.js';
import { WebhookCatchUp } from './catch-up.js';

export interface WebhookOptions extends SenderOptions {
  /** PUBLIC_URL: the links to cases in `data`. */
  publicUrl?: URL | undefined;
  /** The waits between attempts (schedule.ts; tests use milliseconds). */
  schedule?: readonly number[];
  random?: () => number;
  /** How long this process serves its list of endpoints before reading it again. */
  maxAgeMs?: number;
  /** The survey versions known (built-in and the practices' own): the words of a forwarded QuestionnaireResponse. */
  definitions?: () => Promise<readonly SurveyDefinition[]>;
}

export class Webhooks {
  readonly endpoints: WebhookEndpoints;
  readonly queue: WebhookQueue;
  readonly forwarding: FhirForwarding;
  private cached: { at: number; endpoints: Promise<SendingEndpoint[]> } | undefined;
  private sender: ReturnType<typeof startSender> | undefined;

  constructor(
    private readonly store: SubmissionStore,
    audit: AuditTrail,
    private readonly log: (line: string) => void,
    private readonly options: WebhookOptions = {},
  ) {
    const now = options.now ?? (() => new Date());
    this.endpoints = new WebhookEndpoints(store.db, audit, now, () => (this.cached = undefined));
    this.queue = new WebhookQueue(store.db, () => this.sending(), now, options.schedule, options.random);
    const definitions = options.definitions ?? (() => Promise.resolve(BUILT_IN_SURVEYS));
    this.forwarding = new FhirForwarding(store, definitions, options.timeoutMs ?? 15_000, now);
  }

  /**
   * A submission was stored (not a repeat): its events queued for every endpoint that wants them. A failure here is
   * logged, not thrown: the patient's submission is stored and must be acknowledged all the same.
   */
  async stored(facts: StoredFacts): Promise<void> {
    try {
      if (!(await this.sending()).length) return;
      if ((await this.queue.enqueue(submissionEvents(facts, this.options.publicUrl))) > 0) this.sender?.wake();
    } catch (error) {
      this.log(`Webhooks for submission ${facts.submission.id} could not be queued: ${(error as Error).message}`);
    }
  }

  /**
   * A case changed (staff API): `case.updated` queued for every endpoint that wants it. The submission is read only
   * when some endpoint is switched on. Logged, not thrown: the change is saved whatever happens here.
   */
  async caseUpdated(id: string, change: { status: string; changed: readonly string[]; at: string }): Promise<void> {
    try {
      if (!(await this.sending()).length) return;
      const s = await this.store.get(id);
      if (!s) return;
      const facts = {
        submission: s.body as StoredFacts['submission'],
        practiceId: s.practiceId,
        receivedAt: s.receivedAt,
      };
      if ((await this.queue.enqueue([caseUpdatedEvent(facts, change, this.options.publicUrl)])) > 0)
        this.sender?.wake();
    } catch (error) {
      this.log(`Webhooks for case ${id} could not be queued: ${(error as Error).message}`);
    }
  }

  /** An alert was raised by a rule that sends webhooks: `alert.triggered` queued for the endpoints that want it. */
  async alertTriggered(data: AlertEventData): Promise<void> {
    if (!(await this.sending()).length) return;
    if ((await this.queue.enqueue([alertEvent(data)])) > 0) this.sender?.wake();
  }

  /** The sender's next run now (after "send again", or a change of endpoint). */
  wake(): void {
    this.sender?.wake();
  }

  start(): void {
    const catchUp = new WebhookCatchUp(
      this.store.db,
      this.queue,
      this.options.publicUrl,
      async () => (await this.sending()).length > 0,
    );
    this.sender ??= startSender(
      this.queue,
      this.endpoints,
      this.store.claims,
      this.log,
      this.options,
      this.forwarding,
      () => catchUp.whenDue(),
    );
  }

  async stop(): Promise<void> {
    await this.sender?.stop();
  }

  private sending(): Promise<SendingEndpoint[]> {
    const maxAge = this.options.maxAgeMs ?? 10_000;
    if (!this.cached || Date.now() - this.cached.at > maxAge) {
      const endpoints = this.endpoints.sending();
      this.cached = { at: Date.now(), endpoints };
      endpoints.catch(() => (this.cached = undefined));
    }
    return this.cached.endpoints;
  }
}
