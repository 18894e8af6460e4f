/**
 * `npm run staff -- survey add <file.json> [--practice <id>]` and `survey list`: the survey registry from the command
 * line, with the same rules and audit trail as the staff API (collector/surveys/). A mistake in the file is named by
 * its path (`questions[2].options: needs at least 2 options`) and nothing is written.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AuditTrail } from '../accounts/audit.js';
import { localize } from '../../src/core/text.js';
import type { RegisteredSurvey } from '../surveys/survey-registry.js';
import { SurveyRegistry } from '../surveys/survey-registry.js';
import { MAX_DEFINITION_BYTES, SurveyError } from '../surveys/survey-rules.js';
import { onlyOptions, UsageError, type CommandContext, type ParsedCommand } from './command-parts.js';

function describe(s: RegisteredSurvey, say: (line: string) => void): void {
  const title = localize(s.title, 'en', s.languages[0] ?? 'en');
  const whose = s.builtIn ? 'built in' : s.practiceId === null ? 'every practice' : `practice ${s.practiceId}`;
  const state = s.builtIn
    ? ''
    : s.usedAt
      ? `, answered since ${s.usedAt} (fixed)`
      : ', not answered yet (may be replaced)';
  say(`  ${`${s.id} version ${s.version}`.padEnd(36)} ${title}`);
  say(`    ${s.kind}, ${whose}${state}; published at ${s.url}`);
}

/** The file as typed, from the folder `npm run` was started in (npm itself runs in the project's). */
function readFile(typed: string): string {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), typed);
  try {
    const buffer = readFileSync(path);
    if (buffer.length > MAX_DEFINITION_BYTES) {
      throw new SurveyError(
        'bad-definition',
        `${typed}: larger than ${MAX_DEFINITION_BYTES / 1024} KB; is it a survey?`,
      );
    }
    return buffer.toString('utf8');
  } catch (error) {
    if (error instanceof SurveyError) throw error;
    throw new SurveyError(
      'bad-definition',
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
    );
  }
}

export async function surveyCommand(parsed: ParsedCommand, ctx: CommandContext): Promise<void> {
  const [action, file, ...rest] = parsed.args;
  const registry = new SurveyRegistry(ctx.db, new AuditTrail(ctx.db));
  if (action === 'list' && file === undefined) {
    onlyOptions(parsed, []);
    const all = await registry.all();
    ctx.say(`Surveys (${all.length}):`);
    for (const s of all) describe(s, ctx.say);
    return;
  }
  if (action !== 'add' || file === undefined || rest.length) {
    throw new UsageError('Use: survey add <file.json> [--practice <id>], or survey list.');
  }
  onlyOptions(parsed, ['practice']);
  const practice = parsed.options?.practice?.trim() || null;
  const { survey, outcome } = await registry.add(ctx.actor, readFile(file), practice);
  const said = {
    added: 'Added',
    replaced: 'Replaced (no patient had answered it yet)',
    unchanged: 'Already there, the same: nothing changed',
  }[outcome];
  ctx.say(`${said}: ${survey.id} version ${survey.version}.`);
  describe(survey, ctx.say);
  ctx.say(`Every collector process knows it within 10 seconds; a page or tablet loads it from ${survey.url}.`);
}
