/**
 * The audit trail: one row per thing a person (or a token, or the command line) did with patients' answers or with
 * accounts — who, when, from where, to what. Rows are only ever added (the database refuses changes). The detail
 * holds particulars such as a role, an export's format and row count, or a new case status: never a patient's words
 * or contact details, so the trail can be shown and exported without becoming a second copy of them.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** Who is acting, and from where: passed down from the command line or a request. */
export interface Actor {
  /** As a person reads it: an email, `token "nightly export"`, `command line (root)`. */
  name: string;
  /** The client address, for what came over the network. */
  address?: string | undefined;
}

export type AuditDetail = Record<string, string | number | boolean | null | string[]>;

export interface AuditEvent {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  detail: AuditDetail;
  address: string | null;
}

export interface AuditQuery {
  /** Newest first, this many (default 100). */
  limit?: number;
  /** Only events older than this seq: the next page. */
  before?: number;
  /** Only events newer than this seq, the nearest first taken: the page before (still answered newest first). */
  after?: number;
  action?: string;
  target?: string;
  /** Part of the actor's name, any case. */
  who?: string;
  /** ISO 8601 instants: at or after `since`, before `until`. */
  since?: string;
  until?: string;
}

export class AuditTrail {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(actor: Actor, action: string, target?: string | null, detail: AuditDetail = {}): Promise<void> {
    await this.db
      .insertInto('audit_events')
      .values({
        at: this.now().toISOString(),
        actor: actor.name,
        action,
        target: target ?? null,
        detail: JSON.stringify(detail),
        address: actor.address ?? null,
      })
      .execute();
  }

  /**
   * Removes the rows written before `cutoff` (ISO 8601): the trail's retention period has passed for them. The
   * database refuses to remove a younger row (migration 007's trigger), whoever asks.
   */
  async deleteBefore(cutoff: string): Promise<number> {
    const result = await this.db.deleteFrom('audit_events').where('at', '<', cutoff).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async list(query: AuditQuery = {}): Promise<AuditEvent[]> {
    let select = this.db.selectFrom('audit_events').selectAll();
    if (query.before !== undefined) select = select.where('seq', '<', query.before);
    if (query.action !== undefined) select = select.where('action', '=', query.action);
    if (query.target !== undefined) select = select.where('target', '=', query.target);
    if (query.after !== undefined) select = select.where('seq', '>', query.after);
    if (query.since !== undefined) select = select.where('at', '>=', query.since);
    if (query.until !== undefined) select = select.where('at', '<', query.until);
    if (query.who) {
      const pattern = `%${query.who.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      select = select.where(sql<boolean>`lower(actor) like ${pattern} escape '\\'`);
    }
    const rows = await select
      .orderBy('seq', query.after !== undefined ? 'asc' : 'desc')
      .limit(query.limit ?? 100)
      .execute();
    if (query.after !== undefined) rows.reverse();
    return rows.map((r) => ({ ...r, seq: Number(r.seq), detail: JSON.parse(r.detail) as AuditDetail }));
  }
}
