/**
 * The alerts in the database: raised once per rule and key (insert-or-ignore on `alerts_once`), listed newest first
 * for the practices a person sees, moved open → acknowledged → closed (or reopened) with comments, each move and
 * comment audited (the audit keeps that a comment was made, not its words).
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  Alert,
  AlertChange,
  AlertComment,
  AlertDetail,
  AlertPage,
  AlertRule,
  AlertStatus,
} from '../../src/core/alerts-api.js';
import { ALERT_STATUSES } from '../../src/core/alerts-api.js';
import type { Actor, AuditTrail } from '../accounts/audit.js';
import { inPractices } from '../store/practice-limit.js';
import type { Database } from '../store/schema.js';
import { AlertInputError } from './rule-input.js';
import type { AlertsTable } from './tables.js';
import type { Raised } from './triggers.js';

const PAGE = 50;
const COMMENT_LENGTH = 2000;

type AlertRow = AlertsTable & { rule_name: string; comments: number | string | bigint };

const alertOf = (row: AlertRow): Alert => ({
  id: row.id,
  ruleId: row.rule_id,
  ruleName: row.rule_name,
  kind: row.kind,
  practiceId: row.practice_id,
  status: row.status,
  triggeredAt: row.triggered_at,
  facts: JSON.parse(row.facts) as Alert['facts'],
  submissionId: row.submission_id,
  tabletId: row.tablet_id,
  acknowledgedAt: row.acknowledged_at,
  acknowledgedBy: row.acknowledged_by,
  closedAt: row.closed_at,
  closedBy: row.closed_by,
  comments: Number(row.comments),
});

/** `open`, `acknowledged`, `closed`, or `active` (open and acknowledged). */
export type AlertStatusFilter = AlertStatus | 'active';

export class AlertStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditTrail,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Raises an alert unless its rule already raised one with this key: the new alert, or undefined. */
  async raise(rule: AlertRule, raised: Raised): Promise<Alert | undefined> {
    const id = `alert_${randomBytes(9).toString('base64url')}`;
    const inserted = await this.db
      .insertInto('alerts')
      .values({
        id,
        rule_id: rule.id,
        practice_id: raised.practiceId,
        kind: raised.kind,
        dedupe_key: raised.key,
        status: 'open',
        facts: JSON.stringify(raised.facts),
        submission_id: raised.submissionId ?? null,
        tablet_id: raised.tabletId ?? null,
        triggered_at: this.now().toISOString(),
        acknowledged_at: null,
        acknowledged_by: null,
        closed_at: null,
        closed_by: null,
        notified_at: null,
      })
      .onConflict((oc) => oc.columns(['rule_id', 'dedupe_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted ? this.find(id) : undefined;
  }

  /** When this rule last raised an alert for this practice (the negative share's one-per-window). */
  async lastRaised(ruleId: string, practiceId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('alerts')
      .select((eb) => eb.fn.max('triggered_at').as('at'))
      .where('rule_id', '=', ruleId)
      .where('practice_id', '=', practiceId)
      .executeTakeFirst();
    return row?.at ?? undefined;
  }

  private base() {
    return this.db
      .selectFrom('alerts as a')
      .innerJoin('alert_rules as r', 'r.id', 'a.rule_id')
      .selectAll('a')
      .select('r.name as rule_name')
      .select((eb) =>
        eb
          .selectFrom('alert_comments as c')
          .select((c) => c.fn.countAll().as('n'))
          .whereRef('c.alert_id', '=', 'a.id')
          .as('comments'),
      );
  }

  async find(id: string, practices?: readonly string[]): Promise<Alert | undefined> {
    let query = this.base().where('a.id', '=', id);
    const limit = inPractices(practices, 'a.practice_id');
    if (limit) query = query.where(limit);
    const row = (await query.executeTakeFirst()) as AlertRow | undefined;
    return row && alertOf(row);
  }

  /** Newest first; `before` is the last page's `next` (`<triggered at>_<id>`). */
  async list(
    practices: readonly string[] | undefined,
    options: { status?: AlertStatusFilter; practice?: string; before?: string } = {},
  ): Promise<AlertPage> {
    let query = this.base();
    const limit = inPractices(practices, 'a.practice_id');
    if (limit) query = query.where(limit);
    if (options.practice) query = query.where('a.practice_id', '=', options.practice);
    if (options.status === 'active') query = query.where('a.status', 'in', ['open', 'acknowledged']);
    else if (options.status) query = query.where('a.status', '=', options.status);
    const cursor = options.before ? /^(.+)_(alert_[\w-]+)$/.exec(options.before) : null;
    if (cursor) {
      const [, at, id] = cursor as unknown as [string, string, string];
      query = query.where((eb) =>
        eb.or([eb('a.triggered_at', '<', at), eb.and([eb('a.triggered_at', '=', at), eb('a.id', '<', id)])]),
      );
    }
    const rows = (await query
      .orderBy('a.triggered_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(PAGE + 1)
      .execute()) as AlertRow[];
    const alerts = rows.slice(0, PAGE).map(alertOf);
    const last = alerts.at(-1);
    return { alerts, next: rows.length > PAGE && last ? `${last.triggeredAt}_${last.id}` : null };
  }

  async detail(id: string, practices?: readonly string[]): Promise<AlertDetail | undefined> {
    const alert = await this.find(id, practices);
    if (!alert) return undefined;
    const comments: AlertComment[] = await this.db
      .selectFrom('alert_comments')
      .select(['at', 'by', 'text'])
      .where('alert_id', '=', id)
      .orderBy('id')
      .execute();
    return { alert, comments };
  }

  /** A move and/or a comment by a person who sees the alert; undefined when it is not theirs to see. */
  async change(
    actor: Actor,
    id: string,
    raw: unknown,
    practices?: readonly string[],
  ): Promise<AlertDetail | undefined> {
    const change = changeOf(raw);
    const alert = await this.find(id, practices);
    if (!alert) return undefined;
    const at = this.now().toISOString();
    await this.db.transaction().execute(async (tx) => {
      if (change.status && change.status !== alert.status) {
        const moved =
          change.status === 'acknowledged'
            ? { status: change.status, acknowledged_at: at, acknowledged_by: actor.name }
            : change.status === 'closed'
              ? {
                  status: change.status,
                  closed_at: at,
                  closed_by: actor.name,
                  ...(alert.acknowledgedAt ? {} : { acknowledged_at: at, acknowledged_by: actor.name }),
                }
              : { status: change.status, closed_at: null, closed_by: null };
        await tx.updateTable('alerts').set(moved).where('id', '=', id).execute();
      }
      if (change.comment) {
        await tx
          .insertInto('alert_comments')
          .values({ alert_id: id, at, by: actor.name, text: change.comment })
          .execute();
      }
    });
    await this.audit.record(actor, 'alert-changed', id, {
      status: change.status ?? alert.status,
      commented: Boolean(change.comment),
    });
    return this.detail(id, practices);
  }

  /** Alerts whose e-mails and webhook are not queued yet (a crash between the two), oldest first. */
  async unnotified(limit = 100): Promise<Alert[]> {
    const rows = (await this.base()
      .where('a.notified_at', 'is', null)
      .orderBy('a.triggered_at')
      .limit(limit)
      .execute()) as AlertRow[];
    return rows.map(alertOf);
  }

  async notified(id: string): Promise<void> {
    await this.db.updateTable('alerts').set({ notified_at: this.now().toISOString() }).where('id', '=', id).execute();
  }
}

function changeOf(raw: unknown): AlertChange {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AlertInputError('The body is a JSON object: { "status"?, "comment"? }.', '');
  }
  const { status, comment } = raw as Record<string, unknown>;
  if (status !== undefined && !(ALERT_STATUSES as readonly unknown[]).includes(status)) {
    throw new AlertInputError(`status: one of ${ALERT_STATUSES.join(', ')}.`, 'status');
  }
  if (comment !== undefined && (typeof comment !== 'string' || comment.length > COMMENT_LENGTH)) {
    throw new AlertInputError(`comment: text of at most ${COMMENT_LENGTH} characters.`, 'comment');
  }
  const text = typeof comment === 'string' ? comment.trim() : '';
  if (status === undefined && !text) throw new AlertInputError('Give a status, a comment, or both.', 'status');
  return { ...(status ? { status: status as AlertStatus } : {}), ...(text ? { comment: text } : {}) };
}
