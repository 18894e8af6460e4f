/**
 * The alerts room as the rest of the collector sees it: the rules, the alerts, the e-mail outbox and its mailer, and
 * the alerts job — which, at start, every `everyMs` (15 s) and at once when ingest stores a submission (`wake`),
 * raises what the rules catch (alert-scan.ts), tells people (an e-mail to each recipient who still sees the practice,
 * an `alert.triggered` webhook when the rule asks) and queues the practices' digests when due. With several collector
 * processes on one PostgreSQL database one of them runs the job at a time (the `alerts` claim).
 */
import type { Alert } from '../../src/core/alerts-api.js';
import { fftFigures } from '../../src/core/results/fft-figures.js';
import type { AuditTrail } from '../accounts/audit.js';
import type { PracticeDirectory } from '../practices/practice-directory.js';
import { sees } from '../practices/scope.js';
import { enabledAccountScopes } from '../practices/scopes.js';
import { startClaimedJob, type ClaimedJob } from '../store/claimed-job.js';
import type { SubmissionStore } from '../store/index.js';
import type { Webhooks } from '../webhooks/webhooks.js';
import { alertMail, digestMail, type PatientWords } from './alert-mail.js';
import { AlertScan, type TabletSeen } from './alert-scan.js';
import { AlertStore } from './alert-store.js';
import { digestFigures } from './digest-figures.js';
import { digestDue } from './digest-time.js';
import { MailOutbox, type Mail } from './mail-outbox.js';
import { startMailer, type MailerOptions } from './mailer.js';
import { AlertRules } from './rule-store.js';

export interface AlertOptions {
  publicUrl?: URL | undefined;
  smtp?: { url: string; from: string } | undefined;
  /** How often the job looks for deadlines, silent tablets, digests and anything ingest did not wake it for. */
  everyMs?: number;
  mailer?: MailerOptions;
  /** The mail schedule's waits (tests use milliseconds). */
  mailSchedule?: readonly number[];
  now?: () => Date;
}

export class Alerts {
  readonly rules: AlertRules;
  readonly store: AlertStore;
  readonly outbox: MailOutbox;
  private readonly scan: AlertScan;
  private readonly now: () => Date;
  private mailer: ReturnType<typeof startMailer> | undefined;
  private job: ClaimedJob | undefined;
  /** The tablets silent for `minutes` while their practice is open (set by the collector from the tablets room). */
  silentTablets: (now: Date, minutes: number) => Promise<TabletSeen[]> = () => Promise.resolve([]);

  constructor(
    private readonly submissions: SubmissionStore,
    private readonly directory: PracticeDirectory,
    private readonly webhooks: Webhooks,
    audit: AuditTrail,
    private readonly log: (line: string) => void,
    private readonly options: AlertOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    const db = submissions.db;
    this.rules = new AlertRules(db, audit, this.now);
    this.store = new AlertStore(db, audit, this.now);
    this.outbox = new MailOutbox(db, this.now, options.mailSchedule);
    this.scan = new AlertScan(db, this.store, this.now);
  }

  get emailConfigured(): boolean {
    return this.options.smtp !== undefined;
  }

  /** A submission was stored: look now rather than at the next tick. */
  wake(): void {
    this.job?.wake();
  }

  start(): void {
    if (this.job) return;
    if (this.options.smtp) {
      this.mailer = startMailer(this.outbox, this.options.smtp, this.submissions.claims, this.log, this.options.mailer);
    }
    this.job = startClaimedJob(this.submissions.claims, 'alerts', () => this.runOnce(), {
      everyMs: this.options.everyMs ?? 15_000,
      log: this.log,
      failure: 'Alerts could not be checked',
    });
  }

  async stop(): Promise<void> {
    await this.job?.halt();
    await this.mailer?.stop();
  }

  /** One look: raise, tell, and queue the digests due. */
  async runOnce(): Promise<void> {
    const rules = (await this.rules.list()).filter((r) => r.enabled);
    // Always, rules or none: the mark moves on, so a rule added later catches what arrives after it, not before.
    await this.scan.arrivals(rules);
    if (rules.length) {
      if (rules.some((r) => r.kind === 'deadline-near')) {
        const practices = await this.directory.all();
        await this.submissions.caseClocks.open(new Map(practices.map((p) => [p.id, p.clocks])), this.now().getTime());
        await this.scan.deadlines(rules);
      }
      for (const rule of rules.filter((r) => r.kind === 'tablet-silent')) {
        await this.scan.tablets([rule], await this.silentTablets(this.now(), rule.settings.silentMinutes ?? 10));
      }
    }
    // Every alert not yet told, whichever run or process raised it: e-mails and webhooks are keyed, so never twice.
    let queued = 0;
    for (const alert of await this.store.unnotified()) queued += await this.notify(alert);
    queued += await this.digests();
    if (queued) this.mailer?.wake();
  }

  private link(path: string): string | null {
    return this.options.publicUrl ? new URL(path, this.options.publicUrl).toString() : null;
  }

  /** The e-mails (to recipients who still see the practice) and the webhook of one alert; the e-mails queued. */
  private async notify(alert: Alert): Promise<number> {
    const rule = await this.rules.find(alert.ruleId);
    const practice = await this.directory.find(alert.practiceId);
    let queued = 0;
    if (rule && practice) {
      const links = {
        alert: this.link(`/staff/alerts?alert=${encodeURIComponent(alert.id)}`),
        case: alert.submissionId ? this.link(`/staff/submissions/${encodeURIComponent(alert.submissionId)}`) : null,
      };
      if (this.options.smtp && rule.emailTo.length) {
        const words = rule.includeWords ? await this.wordsOf(alert) : undefined;
        const { subject, text } = alertMail(alert, rule, practice, links, words);
        const to = await this.stillSeeing(rule.emailTo, alert.practiceId);
        queued = await this.outbox.queue(
          to.map((address) => ({ key: `alert:${alert.id}:${address}`, to: address, subject, text })),
        );
      }
      if (rule.webhook) {
        await this.webhooks.alertTriggered({
          alertId: alert.id,
          rule: rule.name,
          kind: alert.kind,
          practice: alert.practiceId,
          triggeredAt: alert.triggeredAt,
          submissionId: alert.submissionId,
          tabletId: alert.tabletId,
          facts: alert.facts,
          link: links.alert,
        });
      }
    }
    await this.store.notified(alert.id);
    return queued;
  }

  /** The patient's words for an e-mail whose practice opted in: as text, from the stored submission. */
  private async wordsOf(alert: Alert): Promise<PatientWords | undefined> {
    if (!alert.submissionId) return undefined;
    const s = await this.submissions.get(alert.submissionId);
    const answers = (s?.body.answers ?? {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
    const contact = answers.contact as { method?: unknown; value?: unknown; bestTime?: unknown } | undefined;
    const reach =
      contact && contact.method !== 'none'
        ? [contact.method, contact.value, contact.bestTime].map(str).filter(Boolean).join(', ')
        : '';
    return {
      ...(str(answers.details) ? { details: str(answers.details)! } : {}),
      ...(str(answers.remedy) ? { remedy: str(answers.remedy)! } : {}),
      ...(str(answers.comments) ? { comments: str(answers.comments)! } : {}),
      ...(reach ? { contact: reach } : {}),
    };
  }

  /** The addresses of enabled accounts that see the practice now (an account disabled since is left out). */
  private async stillSeeing(emails: readonly string[], practiceId: string): Promise<string[]> {
    const scopes = new Map((await enabledAccountScopes(this.submissions.db)).map((a) => [a.email, a.practices]));
    return emails.filter((email) => {
      const scope = scopes.get(email);
      return scope !== undefined && sees(scope, practiceId);
    });
  }

  /** Each practice's digest whose time has come, queued once per period and address. */
  private async digests(): Promise<number> {
    if (!this.options.smtp) return 0;
    let queued = 0;
    const now = this.now();
    for (const digest of await this.rules.digests()) {
      const practice = await this.directory.find(digest.practiceId);
      if (!practice || digest.frequency === 'off' || !digest.emailTo.length) continue;
      const day = digestDue(digest, now.getTime(), practice.timeZone);
      if (!day) continue;
      const keys = (await this.stillSeeing(digest.emailTo, practice.id)).map((to) => ({
        key: `digest:${practice.id}:${digest.frequency}:${day}:${to}`,
        to,
      }));
      const fresh = await this.outbox.unqueued(keys.map((k) => k.key));
      if (!fresh.length) continue;
      const days = digest.frequency === 'daily' ? 1 : 7;
      const figures = await digestFigures(this.submissions, practice, new Date(now.getTime() - days * 86_400_000), now);
      const { subject, text } = digestMail(
        practice,
        digest.frequency,
        { ...figures, fft: fftFigures(figures.counts) },
        this.link('/staff/'),
      );
      const mails: Mail[] = keys.filter((k) => fresh.includes(k.key)).map((k) => ({ ...k, subject, text }));
      queued += await this.outbox.queue(mails);
    }
    return queued;
  }
}
