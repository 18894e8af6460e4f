/**
 * The practices of a group and their locations (migration 009): add, change, list — each change written to the
 * audit trail. Kept in the database so every collector process serves the same practices; a process reads them
 * through a `PracticeDirectory` (practice-directory.ts), which sees a change within seconds.
 */
import type { Kysely, Selectable } from 'kysely';
import { AuditTrail, type Actor } from '../accounts/audit.js';
import { clockRules, storedClocks, type ClockRules } from '../cases/clock-settings.js';
import { CaseClocks } from '../store/case-clocks.js';
import { DEFAULT_PRACTICE } from '../store/migrations/009-practices.js';
import { isOdsCode, normalizeOdsCode } from '../../src/core/results/ods-code.js';
import type { Database, PracticesTable } from '../store/schema.js';
import {
  checkLocationId,
  checkName,
  checkOrigin,
  checkPracticeId,
  checkPromise,
  checkTimeZone,
  PracticeError,
} from './practice-rules.js';

export { DEFAULT_PRACTICE };

export interface Location {
  id: string;
  name: string;
}

export interface Practice {
  id: string;
  name: string;
  timeZone: string;
  /** What patients are promised after asking to be contacted; null: no promise is made. */
  promise: string | null;
  /** Websites allowed to post to this practice's endpoint from the browser (besides ALLOWED_ORIGINS). */
  origins: string[];
  locations: Location[];
  /** The endpoint a practice's pages and tablets post to. */
  path: string;
  /** Its NHS organisation (ODS) code, printed with its Friends and Family Test return; null when not set. */
  odsCode: string | null;
  /** What its cases' clocks run on: promise days, complaint rule, public holidays (cases/clock-settings.ts). */
  clocks: ClockRules;
}

/** What may be set on a practice; each is checked (practice-rules.ts) before anything is written. */
export interface PracticeChanges {
  name?: string | undefined;
  timeZone?: string | undefined;
  promise?: string | undefined;
  origins?: readonly string[] | undefined;
}

export function endpointPath(id: string): string {
  return id === DEFAULT_PRACTICE ? '/api/feedback' : `/api/feedback/p/${id}`;
}

function origins(json: string): string[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.filter((o): o is string => typeof o === 'string') : [];
  } catch {
    return [];
  }
}

function toPractice(row: Selectable<PracticesTable>, locations: Location[]): Practice {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    promise: row.promise,
    origins: origins(row.origins),
    locations,
    path: endpointPath(row.id),
    clocks: clockRules(row),
    odsCode: row.ods_code,
  };
}

function checked(changes: PracticeChanges) {
  return {
    ...(changes.name !== undefined ? { name: checkName(changes.name) } : {}),
    ...(changes.timeZone !== undefined ? { time_zone: checkTimeZone(changes.timeZone) } : {}),
    ...(changes.promise !== undefined ? { promise: checkPromise(changes.promise) } : {}),
    ...(changes.origins !== undefined
      ? { origins: JSON.stringify([...new Set(changes.origins.map(checkOrigin))]) }
      : {}),
  };
}

export class Practices {
  private readonly audit: AuditTrail;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.audit = new AuditTrail(db, now);
  }

  /** Every practice with its locations, the default one first, then by name. */
  async list(): Promise<Practice[]> {
    const [rows, locations] = await Promise.all([
      this.db.selectFrom('practices').selectAll().orderBy('name').execute(),
      this.db.selectFrom('locations').select(['practice_id', 'id', 'name']).orderBy('id').execute(),
    ]);
    return rows
      .map((row) =>
        toPractice(
          row,
          locations.filter((l) => l.practice_id === row.id).map(({ id, name }) => ({ id, name })),
        ),
      )
      .sort((a, b) => Number(b.id === DEFAULT_PRACTICE) - Number(a.id === DEFAULT_PRACTICE));
  }

  async get(id: string): Promise<Practice | undefined> {
    return (await this.list()).find((p) => p.id === id);
  }

  async require(id: string): Promise<Practice> {
    const practice = await this.get(id);
    if (!practice)
      throw new PracticeError(
        'unknown-practice',
        `There is no practice "${id}" (see: npm run staff -- practice list).`,
      );
    return practice;
  }

  /** A new practice, reachable at once at `/api/feedback/p/<id>`. */
  async add(
    actor: Actor,
    typedId: string,
    changes: PracticeChanges & { name: string; timeZone: string },
  ): Promise<Practice> {
    const id = checkPracticeId(typedId);
    const values = checked(changes);
    if (await this.get(id)) throw new PracticeError('duplicate', `There is already a practice "${id}".`);
    const at = this.now().toISOString();
    try {
      await this.db
        .insertInto('practices')
        .values({
          id,
          name: values.name ?? id,
          time_zone: values.time_zone ?? 'UTC',
          promise: values.promise ?? null,
          origins: values.origins ?? '[]',
          created_at: at,
          updated_at: at,
        })
        .execute();
    } catch (error) {
      if (await this.get(id)) throw new PracticeError('duplicate', `There is already a practice "${id}".`);
      throw error;
    }
    await this.audit.record(actor, 'practice.added', id, {
      name: values.name ?? id,
      timeZone: values.time_zone ?? 'UTC',
    });
    return this.require(id);
  }

  async change(actor: Actor, id: string, changes: PracticeChanges): Promise<Practice> {
    await this.require(id);
    const values = checked(changes);
    if (Object.keys(values).length === 0) return this.require(id);
    await this.db
      .updateTable('practices')
      .set({ ...values, updated_at: this.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await this.audit.record(actor, 'practice.changed', id, { fields: Object.keys(changes) });
    return this.require(id);
  }

  /**
   * Changes a practice's clocks (a `ClockSettingsChange` as sent; ClockSettingsError names a field that cannot be
   * used), then moves the next deadline of each of its open cases to match.
   */
  async changeClocks(actor: Actor, id: string, change: unknown): Promise<Practice> {
    const practice = await this.require(id);
    const columns = storedClocks(change, practice.clocks);
    if (Object.keys(columns).length === 0) return practice;
    await this.db
      .updateTable('practices')
      .set({ ...columns, updated_at: this.now().toISOString() })
      .where('id', '=', id)
      .execute();
    const changed = await this.require(id);
    await new CaseClocks(this.db).recompute(changed.id, changed.clocks);
    await this.audit.record(actor, 'practice.clocks-changed', id, {
      fields: Object.keys(change as object),
      rule: changed.clocks.rule.id,
      promiseDays: changed.clocks.promiseDays,
      holidays: changed.clocks.holidays.size,
    });
    return changed;
  }

  /** Sets (or with '' clears) the practice's ODS code: a GP practice's letter and 5 digits, or 3–8 letters and digits. */
  async setOdsCode(actor: Actor, id: string, typed: string): Promise<Practice> {
    await this.require(id);
    const code = normalizeOdsCode(typed);
    if (code !== '' && !isOdsCode(code, 'gp') && !isOdsCode(code, 'other')) {
      throw new PracticeError(
        'invalid',
        `"${typed}" is not an organisation (ODS) code: a GP practice's is a letter and 5 digits, such as F81001.`,
      );
    }
    await this.db
      .updateTable('practices')
      .set({ ods_code: code === '' ? null : code, updated_at: this.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await this.audit.record(actor, 'practice.changed', id, { fields: ['odsCode'] });
    return this.require(id);
  }

  async addLocation(actor: Actor, practiceId: string, typedId: string, typedName?: string): Promise<Location> {
    const practice = await this.require(practiceId);
    const id = checkLocationId(typedId);
    const name = typedName === undefined ? id : checkName(typedName, "A location's name");
    if (practice.locations.some((l) => l.id === id)) {
      throw new PracticeError('duplicate', `${practice.name} already has the location "${id}".`);
    }
    await this.db
      .insertInto('locations')
      .values({ practice_id: practice.id, id, name, created_at: this.now().toISOString() })
      .execute();
    await this.audit.record(actor, 'location.added', practice.id, { location: id });
    return { id, name };
  }

  /** Submissions already stored keep their location; new ones naming it are flagged as unknown. */
  async removeLocation(actor: Actor, practiceId: string, typedId: string): Promise<void> {
    const practice = await this.require(practiceId);
    const id = checkLocationId(typedId);
    const result = await this.db
      .deleteFrom('locations')
      .where('practice_id', '=', practice.id)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) {
      throw new PracticeError('unknown-location', `${practice.name} has no location "${id}".`);
    }
    await this.audit.record(actor, 'location.removed', practice.id, { location: id });
  }
}
