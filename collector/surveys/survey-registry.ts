/**
 * The survey registry: the built-in surveys plus the practice's own versions (migration 011), added through the staff
 * JSON API or `npm run staff -- survey add <file.json>`, each change written to the audit trail. A version may be
 * replaced until a submission names it (`markUsed`); from then on it never changes. A collector process reads the
 * registry through a `SurveyDirectory` (survey-directory.ts).
 */
import type { Kysely, Selectable } from 'kysely';
import type { SurveyDefinition } from '../../src/core/definition.js';
import type { AddOutcome, SurveyVersion } from '../../src/core/surveys-api.js';
import { parseDefinition } from '../../src/core/parse.js';
import type { Actor, AuditTrail } from '../accounts/audit.js';
import type { Database, SurveysTable } from '../store/schema.js';
import { BUILT_IN_SURVEYS } from './built-in-surveys.js';
import { readDefinition, SurveyError } from './survey-rules.js';

/** A version as the staff API lists it (src/core/surveys-api.ts), with its checked definition. */
export interface RegisteredSurvey extends SurveyVersion {
  definition: SurveyDefinition;
}

export type { AddOutcome };

export const definitionPath = (id: string, version: string): string =>
  `/surveys/${encodeURIComponent(id)}/${encodeURIComponent(version)}.json`;

function builtIn(definition: SurveyDefinition): RegisteredSurvey {
  return {
    ...summary(definition),
    practiceId: null,
    builtIn: true,
    addedAt: null,
    addedBy: null,
    usedAt: null,
    definition,
  };
}

function summary(d: SurveyDefinition) {
  return {
    id: d.id,
    version: d.version,
    kind: d.kind,
    title: d.title,
    languages: d.languages,
    url: definitionPath(d.id, d.version),
  };
}

/** A stored row as the registry serves it; undefined when its definition no longer reads (left out, never guessed). */
function fromRow(row: Selectable<SurveysTable>): RegisteredSurvey | undefined {
  let definition: SurveyDefinition;
  try {
    definition = parseDefinition(JSON.parse(row.definition));
  } catch {
    return undefined;
  }
  return {
    ...summary(definition),
    practiceId: row.practice_id,
    builtIn: false,
    addedAt: row.added_at,
    addedBy: row.added_by,
    usedAt: row.used_at,
    definition,
  };
}

export class SurveyRegistry {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditTrail,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every survey version: the built-in ones first, then the practices' own, oldest first. */
  async all(): Promise<RegisteredSurvey[]> {
    const rows = await this.db.selectFrom('surveys').selectAll().orderBy('added_at').orderBy('id').execute();
    const stored = rows.map(fromRow).filter((s): s is RegisteredSurvey => s !== undefined);
    return [...BUILT_IN_SURVEYS.map(builtIn), ...stored];
  }

  /**
   * Adds a version of a practice's own survey (`practiceId` null: for every practice). Adding the same definition
   * again changes nothing; a different one replaces the version only while no submission has named it.
   */
  async add(
    actor: Actor,
    input: unknown,
    practiceId: string | null,
  ): Promise<{ survey: RegisteredSurvey; outcome: AddOutcome }> {
    const definition = readDefinition(input);
    const json = JSON.stringify(definition);
    const at = this.now().toISOString();
    const outcome = await this.db.transaction().execute(async (tx) => {
      if (practiceId !== null) {
        const practice = await tx.selectFrom('practices').select('id').where('id', '=', practiceId).executeTakeFirst();
        if (!practice) throw new SurveyError('unknown-practice', `There is no practice "${practiceId}".`);
      }
      const owner = await tx
        .selectFrom('surveys')
        .select('practice_id')
        .where('id', '=', definition.id)
        .executeTakeFirst();
      if (owner && owner.practice_id !== practiceId) {
        const whose = owner.practice_id === null ? 'every practice' : `the practice "${owner.practice_id}"`;
        throw new SurveyError(
          'other-practice',
          `The survey "${definition.id}" belongs to ${whose}; a new version stays with it. Give this survey another id.`,
        );
      }
      const existing = await tx
        .selectFrom('surveys')
        .select(['definition', 'used_at'])
        .where('id', '=', definition.id)
        .where('version', '=', definition.version)
        .executeTakeFirst();
      if (existing?.definition === json) return 'unchanged' as const;
      if (existing?.used_at) {
        throw new SurveyError(
          'used',
          `Version ${definition.version} of "${definition.id}" has been answered since ${existing.used_at}, so it ` +
            'can no longer change: give the changed survey a new version (such as "' +
            `${nextVersion(definition.version)}").`,
        );
      }
      const row = {
        kind: definition.kind,
        practice_id: practiceId,
        definition: json,
        added_at: at,
        added_by: actor.name,
      };
      if (existing) {
        const replaced = await tx
          .updateTable('surveys')
          .set(row)
          .where('id', '=', definition.id)
          .where('version', '=', definition.version)
          .where('used_at', 'is', null)
          .executeTakeFirst();
        if (Number(replaced.numUpdatedRows) === 0) {
          throw new SurveyError('used', `Version ${definition.version} of "${definition.id}" was answered just now.`);
        }
        return 'replaced' as const;
      }
      try {
        await tx
          .insertInto('surveys')
          .values({ id: definition.id, version: definition.version, used_at: null, ...row })
          .execute();
      } catch (error) {
        // The same new version added by someone else at this very moment (PostgreSQL; SQLite writes one at a time).
        if ((error as { code?: string }).code === '23505') {
          throw new SurveyError(
            'used',
            `Version ${definition.version} of "${definition.id}" was added by someone else just now: look at it, and add yours again if it differs.`,
          );
        }
        throw error;
      }
      return 'added' as const;
    });
    if (outcome !== 'unchanged') {
      await this.audit.record(actor, `survey.${outcome}`, `${definition.id}@${definition.version}`, {
        practice: practiceId ?? 'every',
      });
    }
    const survey = (await this.all()).find((s) => s.id === definition.id && s.version === definition.version);
    if (!survey) throw new Error(`survey ${definition.id}@${definition.version} was written but cannot be read back`);
    return { survey, outcome };
  }

  /** A submission named this version: from now on it never changes. Returns whether this call was the first. */
  async markUsed(id: string, version: string): Promise<boolean> {
    const result = await this.db
      .updateTable('surveys')
      .set({ used_at: this.now().toISOString() })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

/** "2" → "3", "2026.1" → "2026.2"; anything else gets "-2". Only a suggestion in a message. */
function nextVersion(version: string): string {
  const last = /(\d+)$/.exec(version);
  return last ? version.slice(0, last.index) + String(Number(last[1]) + 1) : `${version}-2`;
}
