/**
 * `npm run staff -- <command>`: staff accounts and API tokens, from the command line of the computer the collector
 * runs on (docs/collector.md). Runs from source with tsx, so it works on a fresh `npm install`, before any build and
 * before anyone can sign in.
 *
 * Exit status: 0 done · 1 refused (duplicate, unknown account or token, weak password, the last admin, a database
 * that cannot be used) · 2 misuse (unknown command, wrong arguments, not an email address, a role other than
 * admin or staff).
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { AccountError } from '../accounts/errors.js';
import { PracticeError } from '../practices/practice-rules.js';
import { ClockSettingsError } from '../cases/clock-settings.js';
import { SurveyError } from '../surveys/survey-rules.js';
import { passwordProblem } from '../accounts/password-rules.js';
import { SettingsError } from '../settings.js';
import { StoreSettingError } from '../store/settings.js';
import { openDatabase } from './open-database.js';
import { refuseBeforeOpening } from './practice-commands.js';
import { askPassword, PasswordInputError, readPasswordLine } from './read-password.js';
import { COMMANDS, UsageError, type ParsedCommand } from './staff-commands.js';

const USAGE = `Staff accounts and API tokens of the patient-feedback collector.

  npm run staff -- add <email> --role admin|staff      a new account; password from standard input, or asked twice
  npm run staff -- list                                accounts and API tokens
  npm run staff -- remove <email>                      disable an account (the audit keeps the name; never the last admin)
  npm run staff -- enable <email>                      let a disabled account sign in again
  npm run staff -- reset-password <email>              a new password
  npm run staff -- token <name> [--role staff|admin]   a new API token, printed once on the last line
  npm run staff -- revoke-token <name>                 the token stops working

  A group of practices (each has its own endpoint, /api/feedback/p/<id>; "default" is /api/feedback's):
  npm run staff -- practice list                       practices, their endpoints, time zones and locations
  npm run staff -- practice add <id> --name "North Clinic" --time-zone Europe/London [--promise "…"] [--origin https://…]…
  npm run staff -- practice set <id> [--name …] [--time-zone …] [--promise …] [--origin …]…   (--origin none: no website)
      [--promise-days 1|none] [--complaint-rule england|wales|scotland|northern-ireland|custom] [--holidays 2026-12-25,…|none]
  npm run staff -- location add <practice-id> <location> [--name "Front desk tablet"]
  npm run staff -- location remove <practice-id> <location>
  npm run staff -- practices <email> <id,id…|all>      which practices an account sees (every practice by default)
  add and token also take --practice <id,id…>: the account or token sees only those practices' patients.
  npm run staff -- practice move <id> --from <old DATA_DIR> [--source-practice default]
                                                       with DATABASE_URL set to the group's PostgreSQL: copies a practice's
                                                       own SQLite submissions and case follow-up into the group as <id>'s
                                                       (add <id> first; running it again moves nothing twice)

  A practice's own surveys (the built-in ones are always there):
  npm run staff -- survey add <file.json> [--practice <id>]   add a version (for every practice unless --practice);
                                                       served at /surveys/<id>/<version>.json. A version may be
                                                       replaced until a patient answers it; then it is fixed.
  npm run staff -- survey list                         every survey version, whose it is, where it is published

Uses the collector's database: DATA_DIR/feedback.sqlite (default ./data), or PostgreSQL when DATABASE_URL is set.`;

const say = (line: string) => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);

function parse(argv: string[]): ParsedCommand & { help: boolean } {
  let values: {
    role?: string | undefined;
    help?: boolean | undefined;
    practice?: string | undefined;
    name?: string | undefined;
    'time-zone'?: string | undefined;
    promise?: string | undefined;
    origin?: string[] | undefined;
    'promise-days'?: string | undefined;
    'complaint-rule'?: string | undefined;
    holidays?: string | undefined;
    from?: string | undefined;
    'source-practice'?: string | undefined;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        practice: { type: 'string' },
        name: { type: 'string' },
        'time-zone': { type: 'string' },
        promise: { type: 'string' },
        origin: { type: 'string', multiple: true },
        'promise-days': { type: 'string' },
        'complaint-rule': { type: 'string' },
        holidays: { type: 'string' },
        from: { type: 'string' },
        'source-practice': { type: 'string' },
      },
      allowPositionals: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'));
  }
  const [command = '', ...args] = positionals;
  return {
    command,
    args,
    role: values.role,
    help: values.help === true,
    options: {
      practice: values.practice,
      name: values.name,
      timeZone: values['time-zone'],
      promise: values.promise,
      origin: values.origin,
      promiseDays: values['promise-days'],
      complaintRule: values['complaint-rule'],
      holidays: values.holidays,
      from: values.from,
      sourcePractice: values['source-practice'],
    },
  };
}

function actorName(): string {
  try {
    return `command line (${userInfo().username})`;
  } catch {
    return 'command line';
  }
}

/** A new password: asked twice at a terminal (again while it is refused), else one line of standard input. */
async function newPassword(email: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const password = await readPasswordLine(process.stdin);
    const problem = passwordProblem(password, email);
    if (problem) throw new AccountError('weak-password', problem);
    return password;
  }
  note('At least 12 characters; a few unrelated words make a good one. Nothing is shown while you type.');
  for (let attempt = 1; ; attempt += 1) {
    const first = await askPassword(`Password for ${email}: `, process.stdin, process.stderr);
    const problem = passwordProblem(first, email);
    const second = problem ? undefined : await askPassword('The same password again: ', process.stdin, process.stderr);
    const refusal = problem ?? (second === first ? undefined : 'The two passwords differ.');
    if (!refusal) return first;
    if (attempt === 3) throw new AccountError('weak-password', refusal);
    note(`${refusal} Try again.`);
  }
}

async function main(argv: string[]): Promise<number> {
  const parsed = parse(argv);
  if (parsed.help || parsed.command === 'help') {
    say(USAGE);
    return 0;
  }
  const run = COMMANDS[parsed.command];
  if (!run) {
    throw new UsageError(parsed.command ? `Unknown command "${parsed.command}".` : 'Which command? See below.');
  }
  refuseBeforeOpening(parsed, process.env);
  const connection = await openDatabase(process.env, note);
  try {
    say(`Database: ${connection.location}`);
    await run(parsed, {
      db: connection.db,
      engine: connection.engine,
      actor: { name: actorName() },
      say,
      newPassword,
    });
    return 0;
  } finally {
    await connection.db.destroy();
  }
}

function exitStatus(error: unknown): number {
  if (error instanceof UsageError) {
    note(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (error instanceof PracticeError) {
    note(error.message);
    return error.code === 'invalid' ? 2 : 1;
  }
  if (error instanceof ClockSettingsError) {
    note(`Not saved. ${error.message}`);
    return 2;
  }
  if (error instanceof SurveyError) {
    note(error.code === 'bad-definition' ? `Not added. ${error.message}` : error.message);
    return 1;
  }
  if (error instanceof AccountError) {
    note(error.message);
    return error.kind === 'invalid' && error.code !== 'weak-password' ? 2 : 1;
  }
  if (error instanceof PasswordInputError || error instanceof SettingsError || error instanceof StoreSettingError) {
    note(error.message);
    return 1;
  }
  note(`Could not finish: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.exitCode = exitStatus(error);
  },
);
