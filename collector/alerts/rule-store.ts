/**
 * The alert rules and the practices' digest settings in the database. Every change is audited (never a patient's
 * words: there are none here). Recipients must be enabled staff accounts that see the practice — an alert e-mail
 * goes to staff only — and are checked again when each e-mail is queued (recipients.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AlertRule, DigestSettings } from '../../src/core/alerts-api.js';
import type { Actor, AuditTrail } from '../accounts/audit.js';
import { enabledAccountScopes } from '../practices/scopes.js';
import { sees } from '../practices/scope.js';
import type { Database } from '../store/schema.js';
import { AlertInputError, digestInput, ruleInput } from './rule-input.js';
import type { AlertRulesTable, PracticeDigestsTable } from './tables.js';

const ruleOf = (row: AlertRulesTable): AlertRule => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  practiceId: row.practice_id,
  settings: JSON.parse(row.settings) as AlertRule['settings'],
  emailTo: JSON.parse(row.email_to) as string[],
  webhook: Number(row.webhook) === 1,
  includeWords: Number(row.include_words) === 1,
  enabled: Number(row.enabled) === 1,
  createdAt: row.created_at,
  createdBy: row.created_by,
  updatedAt: row.updated_at,
});

const digestOf = (row: PracticeDigestsTable): DigestSettings => ({
  practiceId: row.practice_id,
  frequency: row.frequency,
  time: row.time,
  weekday: Number(row.weekday),
  emailTo: JSON.parse(row.email_to) as string[],
});

export class AlertRules {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditTrail,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(): Promise<AlertRule[]> {
    return (await this.db.selectFrom('alert_rules').selectAll().orderBy('created_at').execute()).map(ruleOf);
  }

  async find(id: string): Promise<AlertRule | undefined> {
    const row = await this.db.selectFrom('alert_rules').selectAll().where('id', '=', id).executeTakeFirst();
    return row && ruleOf(row);
  }

  async add(actor: Actor, raw: unknown): Promise<AlertRule> {
    const rule = ruleInput(raw);
    await this.checkRecipients(rule.emailTo, rule.practiceId);
    const at = this.now().toISOString();
    const id = `rule_${randomBytes(9).toString('base64url')}`;
    await this.db
      .insertInto('alert_rules')
      .values({ id, ...columns(rule), created_at: at, created_by: actor.name, updated_at: at })
      .execute();
    await this.audit.record(actor, 'alert-rule-added', id, { ...audited(rule), practice: rule.practiceId ?? 'every' });
    return (await this.find(id))!;
  }

  async change(actor: Actor, id: string, raw: unknown): Promise<AlertRule | undefined> {
    const was = await this.find(id);
    if (!was) return undefined;
    const rule = ruleInput(raw, was);
    await this.checkRecipients(rule.emailTo, rule.practiceId);
    await this.db
      .updateTable('alert_rules')
      .set({ ...columns(rule), updated_at: this.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await this.audit.record(actor, 'alert-rule-changed', id, {
      ...audited(rule),
      practice: rule.practiceId ?? 'every',
    });
    return this.find(id);
  }

  /** A rule with alerts is turned off rather than removed: its alerts keep their rule's name. */
  async remove(actor: Actor, id: string): Promise<'removed' | 'turned-off' | undefined> {
    if (!(await this.find(id))) return undefined;
    const used = await this.db.selectFrom('alerts').select('id').where('rule_id', '=', id).limit(1).executeTakeFirst();
    if (used) {
      await this.db
        .updateTable('alert_rules')
        .set({ enabled: 0, updated_at: this.now().toISOString() })
        .where('id', '=', id)
        .execute();
    } else {
      await this.db.deleteFrom('alert_rules').where('id', '=', id).execute();
    }
    await this.audit.record(actor, used ? 'alert-rule-turned-off' : 'alert-rule-removed', id);
    return used ? 'turned-off' : 'removed';
  }

  async digests(): Promise<DigestSettings[]> {
    return (await this.db.selectFrom('practice_digests').selectAll().orderBy('practice_id').execute()).map(digestOf);
  }

  async digest(practiceId: string): Promise<DigestSettings | undefined> {
    const row = await this.db
      .selectFrom('practice_digests')
      .selectAll()
      .where('practice_id', '=', practiceId)
      .executeTakeFirst();
    return row && digestOf(row);
  }

  async setDigest(actor: Actor, practiceId: string, raw: unknown): Promise<DigestSettings> {
    const digest = digestInput(raw, practiceId, await this.digest(practiceId));
    await this.checkRecipients(digest.emailTo, practiceId);
    const row = {
      frequency: digest.frequency,
      time: digest.time,
      weekday: digest.weekday,
      email_to: JSON.stringify(digest.emailTo),
      updated_at: this.now().toISOString(),
      updated_by: actor.name,
    };
    await this.db
      .insertInto('practice_digests')
      .values({ practice_id: practiceId, ...row })
      .onConflict((oc) => oc.column('practice_id').doUpdateSet(row))
      .execute();
    await this.audit.record(actor, 'digest-changed', practiceId, {
      frequency: digest.frequency,
      time: digest.time,
      emailTo: digest.emailTo,
    });
    return digest;
  }

  /** Each address an enabled account that sees the practice (`null`: every practice). */
  private async checkRecipients(emails: readonly string[], practiceId: string | null): Promise<void> {
    if (!emails.length) return;
    const accounts = new Map((await enabledAccountScopes(this.db)).map((a) => [a.email, a.practices]));
    emails.forEach((email, i) => {
      const scope = accounts.get(email);
      const path = `emailTo[${i}]`;
      if (!scope) throw new AlertInputError(`${path}: ${email} is not a staff account that can sign in.`, path);
      const seesIt = practiceId === null ? scope === 'every' : sees(scope, practiceId);
      if (!seesIt) {
        throw new AlertInputError(
          `${path}: ${email} does not see ${practiceId === null ? 'every practice' : `practice ${practiceId}`}.`,
          path,
        );
      }
    });
  }
}

/**
 * What the audit keeps of a rule: its kind, whether it is on, who is e-mailed, and — a privacy choice a reviewer
 * looks for — whether its e-mails carry the patient's words.
 */
function audited(rule: ReturnType<typeof ruleInput>) {
  return { kind: rule.kind, enabled: rule.enabled, emailTo: rule.emailTo, includeWords: rule.includeWords };
}

function columns(rule: ReturnType<typeof ruleInput>) {
  return {
    name: rule.name,
    kind: rule.kind,
    practice_id: rule.practiceId,
    settings: JSON.stringify(rule.settings),
    email_to: JSON.stringify(rule.emailTo),
    webhook: rule.webhook ? 1 : 0,
    include_words: rule.includeWords ? 1 : 0,
    enabled: rule.enabled ? 1 : 0,
  };
}
