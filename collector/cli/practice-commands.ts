/**
 * `npm run staff -- practice …` and `location …`: a group's practices and their locations from the command line
 * (the same rules and audit trail as the console's Practices screen), and `practice move`: a practice's own SQLite
 * data into the group's PostgreSQL (practices/move-practice.ts).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { movePractice, targetPractice, type MoveResult } from '../practices/move-practice.js';
import { PracticeError } from '../practices/practice-rules.js';
import { storedClocks } from '../cases/clock-settings.js';
import { DEFAULT_PRACTICE, Practices, type Practice } from '../practices/practices.js';
import { openStore } from '../store/index.js';
import { DATABASE_FILE } from '../store/sqlite-files.js';
import { onlyOptions, UsageError, type CommandContext, type ParsedCommand } from './command-parts.js';

function describe(p: Practice, say: (line: string) => void): void {
  say(`  ${p.id.padEnd(20)} ${p.name}`);
  say(`    endpoint   ${p.path}`);
  say(`    time zone  ${p.timeZone}`);
  say(`    promise    ${p.promise ?? '(none)'}`);
  const { clocks } = p;
  say(
    `    contact    ${clocks.promiseDays === null ? '(no promise clock)' : `within ${clocks.promiseDays} working day(s)`}`,
  );
  say(`    complaints ${clocks.rule.name}${clocks.edited ? ' (edited)' : ''}`);
  say(`    holidays   ${clocks.holidays.size ? [...clocks.holidays].sort().join(', ') : '(none)'}`);
  say(`    websites   ${p.origins.length ? p.origins.join(', ') : '(only ALLOWED_ORIGINS)'}`);
  say(`    locations  ${p.locations.length ? p.locations.map((l) => l.id).join(', ') : '(any; none listed)'}`);
}

const CLOCK_OPTIONS = ['promiseDays', 'complaintRule', 'holidays'] as const;

/** The clocks' options as a `ClockSettingsChange` (checked by Practices.changeClocks, which names what is wrong). */
function clockChange(parsed: ParsedCommand): Record<string, unknown> {
  const { promiseDays, complaintRule, holidays } = parsed.options ?? {};
  const change: Record<string, unknown> = {};
  if (promiseDays !== undefined) {
    change.promiseDays = promiseDays === 'none' ? null : /^\d+$/.test(promiseDays) ? Number(promiseDays) : promiseDays;
  }
  if (complaintRule !== undefined) change.ruleId = complaintRule;
  if (holidays !== undefined) {
    change.holidays =
      holidays === 'none'
        ? []
        : holidays
            .split(',')
            .map((d) => d.trim())
            .filter(Boolean);
  }
  return change;
}

/** `--origin none` clears the list; otherwise the origins given replace it. */
function origins(parsed: ParsedCommand): string[] | undefined {
  const given = parsed.options?.origin;
  if (given === undefined) return undefined;
  return given.length === 1 && given[0] === 'none' ? [] : given;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the move printed: counts and ids only, never a patient's words. */
function report(result: MoveResult, practice: Practice, dataDir: string, say: (line: string) => void): void {
  say(`Submissions moved:       ${result.moved}`);
  say(
    `Already there:           ${result.alreadyThere}  (the same submission was in the group's database: not copied again)`,
  );
  say(`Conflicts:               ${result.conflicts.length}`);
  say(`Case follow-ups copied:  ${result.followUps}  (where the group's database had one already, it is kept)`);
  if (result.moved === 0 && result.alreadyThere > 0 && result.conflicts.length === 0) {
    say(
      result.alreadyThere === 1
        ? 'The one submission was already there: nothing was moved twice.'
        : `All ${result.alreadyThere} submissions were already there: nothing was moved twice.`,
    );
  }
  if (result.conflicts.length) {
    say(
      `These ids are taken in the group's database by a different submission; each was left as it is there, ` +
        'and the old one was not moved (compare the two before deciding):',
    );
    for (const id of result.conflicts) say(`  ${id}`);
  }
  say('Not moved (by design):');
  say(
    `  - staff accounts: make them in the group, e.g. npm run staff -- add <email> --role staff --practice ${practice.id}`,
  );
  say(`  - the old audit trail: keep ${dataDir} as the archive of who looked at what, and when`);
  say(
    `  - settings (websites, promise, clocks, alerts, webhooks, retention): set them for ${practice.id} in the group ` +
      `(npm run staff -- practice set ${practice.id} …, and the console)`,
  );
}

const NEEDS_POSTGRES =
  "practice move copies into the group's PostgreSQL: set DATABASE_URL to it (postgres://…). DATABASE_URL is not set here.";

/**
 * What a command refuses before any database is opened: `practice move` without DATABASE_URL would otherwise open
 * (and create) the SQLite file of DATA_DIR first.
 */
export function refuseBeforeOpening(parsed: ParsedCommand, env: NodeJS.ProcessEnv): void {
  if (parsed.command === 'practice' && parsed.args[0] === 'move' && !env.DATABASE_URL?.trim()) {
    throw new PracticeError('invalid', NEEDS_POSTGRES);
  }
}

async function move(id: string, parsed: ParsedCommand, ctx: CommandContext): Promise<void> {
  onlyOptions(parsed, ['from', 'sourcePractice']);
  const from = parsed.options?.from?.trim();
  if (!from)
    throw new UsageError('practice move needs --from <the old DATA_DIR> (the folder that holds feedback.sqlite).');
  if (ctx.engine !== 'postgres') {
    throw new PracticeError('invalid', NEEDS_POSTGRES);
  }
  const dataDir = resolve(from);
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) {
    throw new PracticeError(
      'invalid',
      `There is no ${file}: --from is the old DATA_DIR, the folder that holds ${DATABASE_FILE}.`,
    );
  }
  const practice = await targetPractice(ctx.db, id);
  const sourcePractice = parsed.options?.sourcePractice?.trim() || DEFAULT_PRACTICE;
  ctx.say(`Moving practice "${sourcePractice}" of ${file} into ${practice.name} (${practice.id}).`);
  // An older file is brought up to date in place first, after a copy in its backups folder: say so.
  const source = await openStore({
    dataDir,
    log: (line) => {
      if (!line.startsWith('Storing submissions in')) ctx.say(`Old database: ${line}`);
    },
  });
  let result: MoveResult;
  try {
    result = await movePractice(source, ctx, {
      targetPractice: practice.id,
      sourcePractice,
      from: dataDir,
      actor: ctx.actor,
    });
  } finally {
    await source.close();
  }
  report(result, practice, dataDir, ctx.say);
  if (result.conflicts.length) {
    throw new PracticeError(
      'duplicate',
      `${plural(result.conflicts.length, 'submission was', 'submissions were')} not moved: a conflict (ids listed above). ` +
        'Everything else was moved.',
    );
  }
}

export async function practiceCommand(parsed: ParsedCommand, ctx: CommandContext): Promise<void> {
  if (parsed.role !== undefined) throw new UsageError('practice takes no --role.');
  const [sub, id, ...rest] = parsed.args;
  const practices = new Practices(ctx.db);
  if (sub === 'list' && id === undefined) {
    onlyOptions(parsed, []);
    const all = await practices.list();
    ctx.say(`Practices (${all.length}):`);
    for (const p of all) describe(p, ctx.say);
    return;
  }
  if ((sub === 'add' || sub === 'set') && id !== undefined && rest.length === 0) {
    onlyOptions(parsed, ['name', 'timeZone', 'promise', 'origin', ...(sub === 'set' ? CLOCK_OPTIONS : [])]);
    const { name, timeZone, promise } = parsed.options ?? {};
    if (sub === 'add') {
      if (name === undefined || timeZone === undefined) {
        throw new UsageError('practice add needs --name and --time-zone (such as Europe/London).');
      }
      const added = await practices.add(ctx.actor, id, { name, timeZone, promise, origins: origins(parsed) });
      ctx.say(`Added the practice ${added.name}. Its pages and tablets post to ${added.path}.`);
      describe(added, ctx.say);
      return;
    }
    // The clocks are checked before anything is written, so a wrong one changes nothing.
    storedClocks(clockChange(parsed), (await practices.require(id)).clocks);
    await practices.change(ctx.actor, id, { name, timeZone, promise, origins: origins(parsed) });
    const changed = await practices.changeClocks(ctx.actor, id, clockChange(parsed));
    ctx.say(`Saved ${changed.name}. Every collector process serves the change within 10 seconds.`);
    describe(changed, ctx.say);
    return;
  }
  if (sub === 'move' && id !== undefined && rest.length === 0) return move(id, parsed, ctx);
  throw new UsageError(
    'practice takes: list · add <id> --name … --time-zone … · set <id> [options] · move <id> --from <old DATA_DIR>.',
  );
}

export async function locationCommand(parsed: ParsedCommand, ctx: CommandContext): Promise<void> {
  if (parsed.role !== undefined) throw new UsageError('location takes no --role.');
  const [sub, practiceId, location, ...rest] = parsed.args;
  if (practiceId === undefined || location === undefined || rest.length) {
    throw new UsageError('location takes: add <practice-id> <location> [--name …] · remove <practice-id> <location>.');
  }
  const practices = new Practices(ctx.db);
  if (sub === 'add') {
    onlyOptions(parsed, ['name']);
    const added = await practices.addLocation(ctx.actor, practiceId, location, parsed.options?.name);
    ctx.say(`Added the location ${added.id} to ${practiceId}.`);
    return;
  }
  if (sub === 'remove') {
    onlyOptions(parsed, []);
    await practices.removeLocation(ctx.actor, practiceId, location);
    ctx.say(`Removed the location ${location} from ${practiceId}. New submissions naming it are kept and flagged.`);
    return;
  }
  throw new UsageError('location takes: add <practice-id> <location> [--name …] · remove <practice-id> <location>.');
}
