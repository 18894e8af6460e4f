/**
 * API tokens: how a script (a nightly export, a practice's own dashboard) reaches the staff JSON API and the exports
 * with `Authorization: Bearer pft_…`. Each has a name and a role, is shown once when made and kept only as a
 * SHA-256 hash, and can be revoked; its last use is recorded. Every change is written to the audit trail.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PracticeScope } from '../practices/scope.js';
import { readScope, writeScope } from '../practices/scopes.js';
import type { Database } from '../store/schema.js';
import { AuditTrail, type Actor } from './audit.js';
import { AccountError } from './errors.js';
import { looksLikeApiToken, newApiToken, sha256 } from './secrets.js';
import { checkRole } from './staff-accounts.js';
import type { Role } from './tables.js';

export const MAX_TOKEN_NAME_LENGTH = 100;

export interface ApiToken {
  name: string;
  role: Role;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** Last use is written at most this often per token, so a busy script does not write on every request. */
const LAST_USED_EVERY_MS = 60_000;

function checkedName(typed: string): string {
  const name = typed.trim();
  if (name === '')
    throw new AccountError('bad-name', 'A token needs a name that says what it is for, such as "nightly export".');
  if (name.length > MAX_TOKEN_NAME_LENGTH) {
    throw new AccountError('bad-name', `A token's name has at most ${MAX_TOKEN_NAME_LENGTH} characters.`);
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(name))
    throw new AccountError('bad-name', "A token's name cannot hold control characters.");
  return name;
}

export class ApiTokens {
  private readonly audit: AuditTrail;
  private readonly now: () => Date;

  constructor(
    private readonly db: Kysely<Database>,
    now?: () => Date,
  ) {
    this.now = now ?? (() => new Date());
    this.audit = new AuditTrail(db, this.now);
  }

  /** A new token: the secret is in the answer and nowhere else, ever. */
  async create(
    actor: Actor,
    typedName: string,
    role: string = 'staff',
    practices: PracticeScope = 'every',
  ): Promise<ApiToken & { secret: string }> {
    const name = checkedName(typedName);
    const checkedRole = checkRole(role);
    if (await this.live(name)) {
      throw new AccountError(
        'duplicate-token',
        `There is already a token named "${name}": revoke it first, or pick another name.`,
      );
    }
    const { secret, hash } = newApiToken();
    const at = this.now().toISOString();
    const id = randomUUID();
    try {
      await this.db.transaction().execute(async (tx) => {
        await tx
          .insertInto('api_tokens')
          .values({
            id,
            name,
            token_hash: hash,
            role: checkedRole,
            created_at: at,
            created_by: actor.name,
            revoked_at: null,
            last_used_at: null,
            every_practice: practices === 'every' ? 1 : 0,
          })
          .execute();
        await writeScope(tx, 'token', id, practices);
      });
    } catch (error) {
      if (await this.live(name)) throw new AccountError('duplicate-token', `There is already a token named "${name}".`);
      throw error;
    }
    await this.audit.record(actor, 'token.created', name, {
      role: checkedRole,
      practices: practices === 'every' ? 'all' : [...practices],
    });
    return { name, role: checkedRole, createdAt: at, createdBy: actor.name, revokedAt: null, lastUsedAt: null, secret };
  }

  async revoke(actor: Actor, typedName: string): Promise<ApiToken> {
    const name = typedName.trim();
    const token = await this.live(name);
    if (!token)
      throw new AccountError('unknown-token', `There is no token named "${name}" (or it was already revoked).`);
    const at = this.now().toISOString();
    await this.db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', token.id).execute();
    await this.audit.record(actor, 'token.revoked', name, {});
    return { ...token, revokedAt: at };
  }

  /** Tokens not revoked first, then revoked ones, each by name. */
  async list(): Promise<(ApiToken & { practices: PracticeScope })[]> {
    const rows = await this.db.selectFrom('api_tokens').selectAll().orderBy('name').orderBy('created_at').execute();
    const scopes = await Promise.all(rows.map((r) => readScope(this.db, 'token', r.id)));
    return rows
      .map((r, i) => ({
        practices: scopes[i] ?? [],
        name: r.name,
        role: r.role,
        createdAt: r.created_at,
        createdBy: r.created_by,
        revokedAt: r.revoked_at,
        lastUsedAt: r.last_used_at,
      }))
      .sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));
  }

  /** The token a Bearer header carries, if it is one of ours and not revoked; records its use. */
  async verify(secret: string): Promise<(Pick<ApiToken, 'name' | 'role'> & { practices: PracticeScope }) | undefined> {
    if (!looksLikeApiToken(secret)) return undefined;
    const row = await this.db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'role', 'last_used_at'])
      .where('token_hash', '=', sha256(secret))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    const now = this.now();
    if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > LAST_USED_EVERY_MS) {
      await this.db
        .updateTable('api_tokens')
        .set({ last_used_at: now.toISOString() })
        .where('id', '=', row.id)
        .execute();
    }
    return { name: row.name, role: row.role, practices: await readScope(this.db, 'token', row.id) };
  }

  private async live(name: string) {
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('name', '=', name)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row
      ? {
          id: row.id,
          name: row.name,
          role: row.role,
          createdAt: row.created_at,
          createdBy: row.created_by,
          revokedAt: row.revoked_at,
          lastUsedAt: row.last_used_at,
        }
      : undefined;
  }
}
