/**
 * What an admin sends to add or change an account, checked at the boundary (src/core/accounts-api.ts), and which
 * accounts an admin may manage at all. Pure: the practices' existence is checked by the caller.
 *
 * A scoped admin (not every practice) manages only accounts whose practices are some of theirs — not an account
 * that sees every practice, nor one that sees none (it may be another practice's, left without) — and gives only
 * practices of theirs. An admin who sees every practice manages everyone.
 */
import type { AccountChange, AccountPractices, AccountRole } from '../../src/core/accounts-api.js';
import type { PracticeScope } from '../practices/scope.js';
import { AccountError } from './errors.js';
import { ROLES } from './tables.js';

type Body = Record<string, unknown>;

function bodyOf(body: unknown): Body {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AccountError('bad-email', 'Send a JSON object: { "email", "role", "practices" }.');
  }
  return body as Body;
}

function roleOf(value: unknown): AccountRole {
  if (typeof value === 'string' && (ROLES as readonly string[]).includes(value)) return value as AccountRole;
  throw new AccountError('bad-role', 'The role must be "admin" or "staff".', 'role');
}

function practicesOf(value: unknown): AccountPractices {
  if (value === 'every') return 'every';
  if (Array.isArray(value) && value.length > 0 && value.length <= 500) {
    const ids = value.filter((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100);
    if (ids.length === value.length) return [...new Set(ids)];
  }
  throw new AccountError(
    'bad-practices',
    'Choose at least one practice (a list of practice ids), or "every" for every practice.',
    'practices',
  );
}

export function newAccountInput(raw: unknown): { email: string; role: AccountRole; practices: AccountPractices } {
  const body = bodyOf(raw);
  if (typeof body.email !== 'string' || body.email.length > 254) {
    throw new AccountError('bad-email', 'Give the person’s email address.', 'email');
  }
  return { email: body.email, role: roleOf(body.role), practices: practicesOf(body.practices) };
}

export function accountChangeInput(raw: unknown): AccountChange {
  const body = bodyOf(raw);
  const change: AccountChange = {};
  if (body.role !== undefined) change.role = roleOf(body.role);
  if (body.practices !== undefined) change.practices = practicesOf(body.practices);
  return change;
}

/** Whether an admin seeing `mine` may see and manage an account seeing `theirs`. */
export function manages(mine: PracticeScope, theirs: PracticeScope): boolean {
  if (mine === 'every') return true;
  if (theirs === 'every' || theirs.length === 0) return false;
  return theirs.every((p) => mine.includes(p));
}

/** Refuses practices an admin may not give (403): the whole group, or a practice not theirs. */
export function checkGivable(mine: PracticeScope, given: PracticeScope): void {
  if (manages(mine, given)) return;
  throw new AccountError(
    'out-of-scope',
    given === 'every'
      ? 'Only an admin who sees every practice can give every practice.'
      : 'You can only give practices you see yourself.',
    'practices',
  );
}
