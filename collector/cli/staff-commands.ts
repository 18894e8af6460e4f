/**
 * What each `npm run staff -- …` command does, given an open database and a way to read a password. Output goes
 * through `say` (standard output); a refusal is thrown as an AccountError, a misuse as a UsageError.
 */
import { ApiTokens } from '../accounts/api-tokens.js';
import { AccountError } from '../accounts/errors.js';
import { emailProblem, normalizeEmail } from '../accounts/email.js';
import { FIRST_ACCOUNT_COMMAND, StaffAccounts } from '../accounts/staff-accounts.js';
import { describeScope, type PracticeScope } from '../practices/scope.js';
import { parseScope } from '../practices/scopes.js';
import { onlyOptions, UsageError, type CommandContext, type ParsedCommand } from './command-parts.js';
import { locationCommand, practiceCommand } from './practice-commands.js';
import { surveyCommand } from './survey-commands.js';

export { UsageError, type CommandContext, type ParsedCommand } from './command-parts.js';

/** `--practice north,south` (checked to exist), or every practice when it is not given. */
async function scopeOption(parsed: ParsedCommand, ctx: CommandContext): Promise<PracticeScope> {
  const typed = parsed.options?.practice;
  return typed === undefined ? 'every' : parseScope(ctx.db, typed);
}

function when(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

function oneArgument(parsed: ParsedCommand, what: string): string {
  if (parsed.args.length !== 1) {
    throw new UsageError(`${parsed.command} takes one ${what} (got ${parsed.args.length}).`);
  }
  return parsed.args[0] ?? '';
}

function email(parsed: ParsedCommand): string {
  const typed = oneArgument(parsed, 'email address');
  const problem = emailProblem(typed);
  if (problem) throw new AccountError('bad-email', problem);
  return normalizeEmail(typed);
}

function noRole(parsed: ParsedCommand): void {
  if (parsed.role !== undefined) throw new UsageError(`${parsed.command} takes no --role.`);
}

async function add(parsed: ParsedCommand, ctx: CommandContext): Promise<void> {
  const address = email(parsed);
  onlyOptions(parsed, ['practice']);
  if (parsed.role === undefined) throw new UsageError('add needs --role admin or --role staff.');
  const practices = await scopeOption(parsed, ctx);
  const accounts = new StaffAccounts(ctx.db, ctx.engine);
  if (await accounts.find(address)) {
    throw new AccountError('duplicate-account', `There is already an account for ${address}.`);
  }
  const account = await accounts.add(ctx.actor, address, parsed.role, await ctx.newPassword(address), practices);
  ctx.say(
    `Added ${account.email} (${account.role}). They see ${describeScope(practices)} ` +
      "and can sign in at the collector's /staff/ now.",
  );
}

async function list(parsed: ParsedCommand, ctx: CommandContext): Promise<void> {
  if (parsed.args.length) throw new UsageError('list takes no arguments.');
  noRole(parsed);
  onlyOptions(parsed, []);
  const accounts = new StaffAccounts(ctx.db, ctx.engine);
  const people = await accounts.list();
  if (people.length === 0) ctx.say(`No accounts yet. Add the first: ${FIRST_ACCOUNT_COMMAND}`);
  else ctx.say(`Accounts (${people.length}):`);
  for (const p of people) {
    const state = p.disabledAt
      ? `disabled ${when(p.disabledAt)}`
      : p.settingUp
        ? `added ${when(p.createdAt)}, waiting for their set-up link`
        : `added ${when(p.createdAt)}`;
    const sees = describeScope(await accounts.practicesOf(p.id));
    ctx.say(`  ${p.email.padEnd(36)} ${p.role.padEnd(6)} ${state}, sees ${sees}`);
  }
  const tokens = await new ApiTokens(ctx.db).list();
  if (tokens.length) ctx.say(`API tokens (${tokens.length}):`);
  for (const t of tokens) {
    const state = t.revokedAt
      ? `revoked ${when(t.revokedAt)}`
      : `made ${when(t.createdAt)} by ${t.createdBy}, last used ${t.lastUsedAt ? when(t.lastUsedAt) : 'never'}`;
    ctx.say(`  ${t.name.padEnd(36)} ${t.role.padEnd(6)} ${state}, sees ${describeScope(t.practices)}`);
  }
}

async function remove(parsed: ParsedCommand, ctx: CommandContext): Promise<void> {
  const address = email(parsed);
  noRole(parsed);
  const before = await new StaffAccounts(ctx.db, ctx.engine).find(address);
  const account = await new StaffAccounts(ctx.db, ctx.engine).disable(ctx.actor, address);
  ctx.say(
    before?.disabledAt
      ? `${account.email} was already disabled.`
      : `Disabled ${account.email}: they can no longer sign in. The audit trail keeps their name.`,
  );
}

async function enable(parsed: ParsedCommand, ctx: CommandContext): Promise<void> {
  const address = email(parsed);
  noRole(parsed);
  const account = await new StaffAccounts(ctx.db, ctx.engine).enable(ctx.actor, address);
  ctx.say(`Enabled ${account.email} (${account.role}): they can sign in again.`);
}

async function resetPassword(parsed: ParsedCommand, ctx: CommandContext): Promise<void> {
  const address = email(parsed);
  noRole(parsed);
  const accounts = new StaffAccounts(ctx.db, ctx.engine);
  if (!(await accounts.find(address))) throw new AccountError('unknown-account', `There is no account for ${address}.`);
  const account = await accounts.setPassword(ctx.actor, address, await ctx.newPassword(address));
  ctx.say(`New password set for ${account.email}.`);
}

async function token(parsed: ParsedCommand, ctx: CommandContext): Promise<void> {
  const name = oneArgument(parsed, 'name (quote a name with spaces)');
  onlyOptions(parsed, ['practice']);
  const practices = await scopeOption(parsed, ctx);
  const made = await new ApiTokens(ctx.db).create(ctx.actor, name, parsed.role ?? 'staff', practices);
  ctx.say(
    `API token "${made.name}" (${made.role}) made; it sees ${describeScope(practices)}. ` +
      'It is shown only now: keep it in a password manager.',
  );
  ctx.say(`Use it as the header  Authorization: Bearer <token>  for the staff JSON API and the exports.`);
  // Alone on the last line, so a script can take it with `tail -n 1`.
  ctx.say(made.secret);
}

async function revokeToken(parsed: ParsedCommand, ctx: CommandContext): Promise<void> {
  const name = oneArgument(parsed, 'token name');
  noRole(parsed);
  const revoked = await new ApiTokens(ctx.db).revoke(ctx.actor, name);
  ctx.say(`Revoked the token "${revoked.name}": it no longer works.`);
}

async function practicesOfAccount(parsed: ParsedCommand, ctx: CommandContext): Promise<void> {
  noRole(parsed);
  onlyOptions(parsed, []);
  if (parsed.args.length !== 2) throw new UsageError('practices takes an email and the practice ids (or all).');
  const [typedEmail = '', typedScope = ''] = parsed.args;
  const scope = await parseScope(ctx.db, typedScope);
  const account = await new StaffAccounts(ctx.db, ctx.engine).setPractices(ctx.actor, typedEmail, scope);
  ctx.say(`${account.email} now sees ${describeScope(scope)}, from their next page on.`);
}

export const COMMANDS: Record<string, (parsed: ParsedCommand, ctx: CommandContext) => Promise<void>> = {
  practice: practiceCommand,
  location: locationCommand,
  practices: practicesOfAccount,
  survey: surveyCommand,
  add,
  list,
  remove,
  enable,
  'reset-password': resetPassword,
  token,
  'revoke-token': revokeToken,
};
