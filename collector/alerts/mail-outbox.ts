/**
 * The durable e-mail queue (`mail_outbox`): an alert's or a digest's e-mail, one row per address, kept until the mail
 * server took it and tried again on a schedule spanning about three days — so a mail server down over a weekend, or
 * a password changed on a Friday, loses nothing, and the console shows what is stuck. `mail_key` is unique: a
 * catch-up or a second process never queues one e-mail twice.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** The waits after each failed attempt: 1 min, 5 min, 15 min, 1 h, 3 h, 6 h, 12 h, then 24 h twice (≈ 3 days). */
export const MAIL_SCHEDULE_MS = [1, 5, 15, 60, 180, 360, 720, 1440, 1440].map((m) => m * 60_000);

export interface Mail {
  key: string;
  to: string;
  subject: string;
  text: string;
}

export interface QueuedMail extends Mail {
  id: string;
  attempts: number;
}

export class MailOutbox {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
    private readonly schedule: readonly number[] = MAIL_SCHEDULE_MS,
  ) {}

  /** Queues the e-mails not queued before; how many were new. */
  async queue(mails: readonly Mail[]): Promise<number> {
    if (!mails.length) return 0;
    const at = this.now().toISOString();
    const rows = await this.db
      .insertInto('mail_outbox')
      .values(
        mails.map((m) => ({
          id: `mail_${randomBytes(9).toString('base64url')}`,
          mail_key: m.key,
          to_address: m.to,
          subject: m.subject,
          text_body: m.text,
          created_at: at,
          next_attempt_at: at,
          last_error: null,
          sent_at: null,
        })),
      )
      .onConflict((oc) => oc.column('mail_key').doNothing())
      .returning('id')
      .execute();
    return rows.length;
  }

  /** Which of these keys are not queued yet (a digest's figures are counted only when someone still needs them). */
  async unqueued(keys: readonly string[]): Promise<string[]> {
    if (!keys.length) return [];
    const queued = await this.db.selectFrom('mail_outbox').select('mail_key').where('mail_key', 'in', keys).execute();
    const have = new Set(queued.map((q) => q.mail_key));
    return keys.filter((k) => !have.has(k));
  }

  async due(limit: number): Promise<QueuedMail[]> {
    const rows = await this.db
      .selectFrom('mail_outbox')
      .select(['id', 'mail_key', 'to_address', 'subject', 'text_body', 'attempts'])
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', this.now().toISOString())
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      key: r.mail_key,
      to: r.to_address,
      subject: r.subject,
      text: r.text_body,
      attempts: Number(r.attempts),
    }));
  }

  /**
   * The mail server took it. Its body is emptied: a practice that opted in to patients' words in e-mails has them in
   * the body, and a sent e-mail has no need of it (erasure and retention do not reach this table).
   */
  async sent(id: string): Promise<void> {
    await this.db
      .updateTable('mail_outbox')
      .set((eb) => ({
        status: 'sent',
        text_body: '',
        sent_at: this.now().toISOString(),
        attempts: eb('attempts', '+', 1),
        last_error: null,
      }))
      .where('id', '=', id)
      .execute();
  }

  /**
   * A failed attempt: tried again after the schedule's next wait, or given up (`failed`) after the last — its body
   * emptied then too, as once sent: nothing sends it again.
   */
  async failed(mail: QueuedMail, error: string): Promise<'retry' | 'failed'> {
    const wait = this.schedule[mail.attempts];
    await this.db
      .updateTable('mail_outbox')
      .set({
        attempts: mail.attempts + 1,
        last_error: error.slice(0, 500),
        ...(wait === undefined
          ? { status: 'failed' as const, text_body: '' }
          : { next_attempt_at: new Date(this.now().getTime() + wait).toISOString() }),
      })
      .where('id', '=', mail.id)
      .execute();
    return wait === undefined ? 'failed' : 'retry';
  }

  /** What the console shows: e-mails waiting to go, given up, and the latest error. */
  async health(): Promise<{ waiting: number; failed: number; lastError: string | null }> {
    const counts = await this.db
      .selectFrom('mail_outbox')
      .select(['status', (eb) => eb.fn.countAll().as('n')])
      .where('status', '!=', 'sent')
      .groupBy('status')
      .execute();
    const last = await this.db
      .selectFrom('mail_outbox')
      .select('last_error')
      .where('status', '!=', 'sent')
      .where('last_error', 'is not', null)
      .orderBy('next_attempt_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const n = (status: string) => Number(counts.find((c) => c.status === status)?.n ?? 0);
    return { waiting: n('pending'), failed: n('failed'), lastError: last?.last_error ?? null };
  }
}
