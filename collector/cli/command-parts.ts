/**
 * What every `npm run staff -- …` command is given and how it refuses misuse: the parsed command line, the open
 * database, and UsageError (exit status 2).
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../accounts/audit.js';
import type { Database, Engine } from '../store/schema.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CommandContext {
  db: Kysely<Database>;
  engine: Engine;
  actor: Actor;
  say: (line: string) => void;
  /** Asks (terminal) or reads (pipe) a new password for `email`, checked against the password rules. */
  newPassword: (email: string) => Promise<string>;
}

export interface CommandOptions {
  practice?: string | undefined;
  name?: string | undefined;
  timeZone?: string | undefined;
  promise?: string | undefined;
  origin?: string[] | undefined;
  /** `practice set`: the clocks (working days to first contact or `none`; a complaint rule; holidays, comma-separated). */
  promiseDays?: string | undefined;
  complaintRule?: string | undefined;
  holidays?: string | undefined;
  /** `practice move`: the old DATA_DIR, and whose submissions in it are moved. */
  from?: string | undefined;
  sourcePractice?: string | undefined;
}

export interface ParsedCommand {
  command: string;
  args: string[];
  role: string | undefined;
  options?: CommandOptions;
}

const FLAGS: Record<keyof CommandOptions, string> = {
  practice: '--practice',
  name: '--name',
  timeZone: '--time-zone',
  promise: '--promise',
  origin: '--origin',
  promiseDays: '--promise-days',
  complaintRule: '--complaint-rule',
  holidays: '--holidays',
  from: '--from',
  sourcePractice: '--source-practice',
};

/** Refuses an option this command does not take, rather than silently ignoring it. */
export function onlyOptions(parsed: ParsedCommand, allowed: readonly (keyof CommandOptions)[]): void {
  for (const [key, value] of Object.entries(parsed.options ?? {})) {
    if (value !== undefined && !allowed.includes(key as keyof CommandOptions)) {
      throw new UsageError(`${parsed.command} takes no ${FLAGS[key as keyof CommandOptions]}.`);
    }
  }
}
