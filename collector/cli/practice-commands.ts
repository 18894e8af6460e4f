/**
 * `npm run staff -- practice …` and `location …`: a group's practices and their locations from the command line
 * (the same rules and audit trail as the console's practices page).
 */
import { Practices, type Practice } from '../practices/practices.js';
import { onlyOptions, UsageError, type CommandContext, type ParsedCommand } from './command-parts.js';

function describe(p: Practice, say: (line: string) => void): void {
  say(`  ${p.id.padEnd(20)} ${p.name}`);
  say(`    endpoint   ${p.path}`);
  say(`    time zone  ${p.timeZone}`);
  say(`    promise    ${p.promise ?? '(none)'}`);
  say(`    websites   ${p.origins.length ? p.origins.join(', ') : '(only ALLOWED_ORIGINS)'}`);
  say(`    locations  ${p.locations.length ? p.locations.map((l) => l.id).join(', ') : '(any; none listed)'}`);
}

/** `--origin none` clears the list; otherwise the origins given replace it. */
function origins(parsed: ParsedCommand): string[] | undefined {
  const given = parsed.options?.origin;
  if (given === undefined) return undefined;
  return given.length === 1 && given[0] === 'none' ? [] : given;
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
    onlyOptions(parsed, ['name', 'timeZone', 'promise', 'origin']);
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
    const changed = await practices.change(ctx.actor, id, { name, timeZone, promise, origins: origins(parsed) });
    ctx.say(`Saved ${changed.name}. Every collector process serves the change within 10 seconds.`);
    describe(changed, ctx.say);
    return;
  }
  throw new UsageError('practice takes: list · add <id> --name … --time-zone … · set <id> [options].');
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
