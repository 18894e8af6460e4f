/**
 * Server-side sessions: a signed-in person is a row here, found by the SHA-256 of their cookie's value. A session
 * ends after 15 minutes without a person's action (a background refresh does not count), after 12 hours whatever
 * happens, on Sign out, when an admin ends it, and as soon as the account is disabled or its password changes.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { looksLikeSessionId, newSessionId, sha256 } from './secrets.js';
import type { SessionStage } from './sign-in-tables.js';
import type { Role } from './tables.js';

export const IDLE_LIMIT_MS = 15 * 60_000;
export const ABSOLUTE_LIMIT_MS = 12 * 3_600_000;
/** The second factor must follow the password within this time. */
const SECOND_FACTOR_LIMIT_MS = 5 * 60_000;
/**
 * Activity is written at most this often (or every sixtieth of a shorter idle limit, as in tests), so a busy page
 * does not write on every request.
 */
const ACTIVITY_EVERY_MS = 15_000;

/**
 * Why a session ended, as the audit and the sessions page show it: 'idle', 'expired', 'signed-out',
 * 'account disabled', 'password changed', 'second factor turned on', or `ended by <admin's email>`.
 */
export type EndReason = string;

export interface SessionHolder {
  sessionId: string;
  stage: SessionStage;
  accountId: string;
  email: string;
  role: Role;
  createdAt: string;
  lastActivityAt: string;
  expiresAt: string;
}

export interface OpenSession {
  id: string;
  email: string;
  role: Role;
  stage: SessionStage;
  createdAt: string;
  lastActivityAt: string;
  expiresAt: string;
  address: string | null;
  userAgent: string | null;
}

export type Resumed = { ok: true; holder: SessionHolder } | { ok: false; reason: EndReason };

export interface SessionOptions {
  now?: () => Date;
  idleLimitMs?: number;
  absoluteLimitMs?: number;
}

export class StaffSessions {
  /** How long a session lasts without a person's action: the staff pages' idle timer is set from it. */
  readonly idleLimitMs: number;
  private readonly now: () => Date;
  private readonly absoluteLimitMs: number;
  private readonly activityEveryMs: number;

  constructor(
    private readonly db: Kysely<Database>,
    options: SessionOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.idleLimitMs = options.idleLimitMs ?? IDLE_LIMIT_MS;
    this.absoluteLimitMs = options.absoluteLimitMs ?? ABSOLUTE_LIMIT_MS;
    this.activityEveryMs = Math.min(ACTIVITY_EVERY_MS, this.idleLimitMs / 60);
  }

  /**
   * Whole seconds until an open session ends for want of a person's action, counted from its last recorded
   * activity (which may be up to the write interval older than the request that just resumed it), or until the
   * session's absolute end if that is sooner.
   */
  idleSecondsLeft(holder: SessionHolder): number {
    // Or until its absolute end, when that comes first: the page then warns before it too, and Stay signed in
    // cannot promise more than the session has.
    const end = Math.min(Date.parse(holder.lastActivityAt) + this.idleLimitMs, Date.parse(holder.expiresAt));
    return Math.max(0, Math.floor((end - this.now().getTime()) / 1000));
  }

  /** A new session; the secret goes into the cookie and is never stored. */
  async start(
    accountId: string,
    stage: SessionStage,
    client: { address?: string | undefined; userAgent?: string | undefined },
  ): Promise<{ id: string; secret: string }> {
    const { secret, hash } = newSessionId();
    const now = this.now();
    const limit = stage === 'second-factor' ? SECOND_FACTOR_LIMIT_MS : this.absoluteLimitMs;
    const id = randomUUID();
    await this.db
      .insertInto('staff_sessions')
      .values({
        id,
        secret_hash: hash,
        account_id: accountId,
        stage,
        created_at: now.toISOString(),
        last_activity_at: now.toISOString(),
        expires_at: new Date(now.getTime() + limit).toISOString(),
        address: client.address ?? null,
        user_agent: client.userAgent?.slice(0, 300) ?? null,
        ended_at: null,
        end_reason: null,
      })
      .execute();
    return { id, secret };
  }

  /**
   * The session a cookie names, if it is still open; `activity` (a person's request, not a background refresh)
   * moves its idle clock. A session found idle or past its end is ended here, with the reason.
   */
  async resume(secret: string | undefined, activity: boolean): Promise<Resumed> {
    if (!secret || !looksLikeSessionId(secret)) return { ok: false, reason: 'unknown' };
    const row = await this.db
      .selectFrom('staff_sessions as s')
      .innerJoin('staff_accounts as a', 'a.id', 's.account_id')
      .select([
        's.id',
        's.stage',
        's.account_id',
        's.created_at',
        's.last_activity_at',
        's.expires_at',
        's.ended_at',
        's.end_reason',
        'a.email',
        'a.role',
        'a.disabled_at',
      ])
      .where('s.secret_hash', '=', sha256(secret))
      .executeTakeFirst();
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.ended_at) return { ok: false, reason: row.end_reason ?? 'signed-out' };
    const now = this.now();
    const ended =
      row.disabled_at !== null
        ? 'account disabled'
        : now.getTime() >= Date.parse(row.expires_at)
          ? 'expired'
          : now.getTime() - Date.parse(row.last_activity_at) >= this.idleLimitMs
            ? 'idle'
            : undefined;
    if (ended) {
      await this.endById(row.id, ended);
      return { ok: false, reason: ended };
    }
    let lastActivityAt = row.last_activity_at;
    if (activity && now.getTime() - Date.parse(row.last_activity_at) >= this.activityEveryMs) {
      lastActivityAt = now.toISOString();
      await this.db
        .updateTable('staff_sessions')
        .set({ last_activity_at: lastActivityAt })
        .where('id', '=', row.id)
        .execute();
    }
    return {
      ok: true,
      holder: {
        sessionId: row.id,
        stage: row.stage,
        accountId: row.account_id,
        email: row.email,
        role: row.role,
        createdAt: row.created_at,
        lastActivityAt,
        expiresAt: row.expires_at,
      },
    };
  }

  /** The password was right and now the code too: the session opens fully, with the full absolute limit. */
  async completeSecondFactor(id: string): Promise<void> {
    const now = this.now();
    await this.db
      .updateTable('staff_sessions')
      .set({
        stage: 'signed-in',
        last_activity_at: now.toISOString(),
        expires_at: new Date(now.getTime() + this.absoluteLimitMs).toISOString(),
      })
      .where('id', '=', id)
      .where('stage', '=', 'second-factor')
      .execute();
  }

  /** Ends one session; false when it was not open. */
  async endById(id: string, reason: EndReason): Promise<boolean> {
    const result = await this.db
      .updateTable('staff_sessions')
      .set({ ended_at: this.now().toISOString(), end_reason: reason })
      .where('id', '=', id)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Ends every open session of one account (disabled, new password, second factor changed). */
  async endAllFor(accountId: string, reason: EndReason): Promise<number> {
    const result = await this.db
      .updateTable('staff_sessions')
      .set({ ended_at: this.now().toISOString(), end_reason: reason })
      .where('account_id', '=', accountId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Every session still open (idle ones not yet noticed are left out), newest activity first: for admins. */
  async listOpen(): Promise<OpenSession[]> {
    const now = this.now().getTime();
    const rows = await this.db
      .selectFrom('staff_sessions as s')
      .innerJoin('staff_accounts as a', 'a.id', 's.account_id')
      .select([
        's.id',
        's.stage',
        's.created_at',
        's.last_activity_at',
        's.expires_at',
        's.address',
        's.user_agent',
        'a.email',
        'a.role',
      ])
      .where('s.ended_at', 'is', null)
      .where('a.disabled_at', 'is', null)
      .where('s.expires_at', '>', new Date(now).toISOString())
      .where('s.last_activity_at', '>', new Date(now - this.idleLimitMs).toISOString())
      .orderBy('s.last_activity_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      role: r.role,
      stage: r.stage,
      createdAt: r.created_at,
      lastActivityAt: r.last_activity_at,
      expiresAt: r.expires_at,
      address: r.address,
      userAgent: r.user_agent,
    }));
  }
}
