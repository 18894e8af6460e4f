/**
 * Where the collector keeps submissions and staff follow-up: SQLite in DATA_DIR by default, PostgreSQL when
 * DATABASE_URL is set (docs/collector.md). Every method is async and means the same on both engines; the store knows
 * nothing of HTTP. `openStore` connects, migrates (with a backup of an existing SQLite file first) and says where.
 */
import { sql, type Kysely } from 'kysely';
import type { FollowUp, FollowUpStatus } from '../follow-up.js';
import { Claims } from './claim.js';
import { SubmissionCounts, type PracticeCount } from './counts.js';
import { connect, type Connection, type StoreSettings } from './connect.js';
import { Erasures, type Found } from './erasure.js';
import { FollowUps } from './follow-up.js';
import { InboxRows } from './inbox-rows.js';
import { CaseFiles } from './case-files.js';
import { CaseClocks } from './case-clocks.js';
import { migrate } from './migrate.js';
import type { Database, Engine, ErasureReason } from './schema.js';
import {
  Submissions,
  type ListOptions,
  type SaveMarks,
  type SaveResult,
  type StoredSubmission,
  type SubmissionFilter,
} from './submissions.js';

export type {
  Acknowledgement,
  ListOptions,
  SaveMarks,
  SaveResult,
  StoredSubmission,
  SubmissionFilter,
} from './submissions.js';
export type { Engine, ErasureReason } from './schema.js';
export type { PracticeCount } from './counts.js';
export type { Found } from './erasure.js';
export type { ClaimOutcome, Claims, Job } from './claim.js';
export type { StoreSettings } from './connect.js';
export { StoreSettingError, postgresUrl } from './settings.js';

export class SubmissionStore {
  readonly engine: Engine;
  /** Which database, for logs and the staff console: the SQLite file, or PostgreSQL server and database. */
  readonly location: string;
  /** DATA_DIR: the SQLite file and the copies made before migrations (DATA_DIR/backups). */
  readonly dataDir: string;
  /** The typed database itself, for the rooms that keep their own tables (accounts, sessions, the audit trail). */
  readonly db: Kysely<Database>;
  /** Background jobs claimed by one process at a time (claim.ts). */
  readonly claims: Claims;
  /** The staff inbox's rows, filtered and paged (inbox-rows.ts). */
  readonly inboxRows: InboxRows;
  /** What-went-wrong cases and their history (case-files.ts). */
  readonly caseFiles: CaseFiles;
  /** Each case's next deadline, kept for the Cases screen's order (case-clocks.ts). */
  readonly caseClocks: CaseClocks;
  private readonly submissions: Submissions;
  private readonly counts: SubmissionCounts;
  private readonly followUps: FollowUps;
  private readonly erasures: Erasures;

  constructor(private readonly connection: Connection) {
    this.engine = connection.engine;
    this.location = connection.location;
    this.dataDir = connection.dataDir;
    this.db = connection.db;
    this.claims = new Claims(connection.db, connection.engine);
    this.inboxRows = new InboxRows(connection.db, connection.engine);
    this.caseFiles = new CaseFiles(connection.db, connection.engine);
    this.caseClocks = new CaseClocks(connection.db);
    this.submissions = new Submissions(connection.db, connection.engine);
    this.counts = new SubmissionCounts(connection.db);
    this.followUps = new FollowUps(connection.db);
    this.erasures = new Erasures(connection.db);
  }

  save(submission: { id: string; kind: string }, receivedAt?: string, marks?: SaveMarks): Promise<SaveResult> {
    return this.submissions.save(submission, receivedAt, marks);
  }

  count(filter?: Pick<SubmissionFilter, 'automated' | 'practices'>): Promise<number> {
    return this.counts.count(filter);
  }

  countByKind(filter?: Pick<SubmissionFilter, 'automated' | 'practices'>): Promise<Record<string, number>> {
    return this.counts.countByKind(filter);
  }

  /** Per practice and kind, for a group's roll-up. */
  countByPractice(practices?: readonly string[]): Promise<PracticeCount[]> {
    return this.counts.countByPractice(practices);
  }

  openCasesByPractice(practices?: readonly string[]): Promise<Map<string, number>> {
    return this.followUps.openCasesByPractice(practices);
  }

  list(options?: ListOptions): Promise<StoredSubmission[]> {
    return this.submissions.list(options);
  }

  /** Everything (or one kind, or only the patients') in arrival order, a chunk of rows at a time: for exports of any size. */
  iterate(filter?: SubmissionFilter, chunk?: number): AsyncGenerator<StoredSubmission> {
    return this.submissions.iterate(filter, chunk);
  }

  /** The arrival number of the latest submission: a moment an export can read up to. */
  lastArrival(): Promise<number> {
    return this.submissions.lastArrival();
  }

  /** One submission; with `practices`, only if it is one of theirs. */
  get(id: string, practices?: readonly string[]): Promise<StoredSubmission | undefined> {
    return this.submissions.get(id, practices);
  }

  followUp(id: string): Promise<FollowUp> {
    return this.followUps.followUp(id);
  }

  /** False when there is no such case (among `practices`' when given). */
  setFollowUp(
    id: string,
    status: FollowUpStatus,
    note: string,
    updatedAt?: string,
    practices?: readonly string[],
  ): Promise<boolean> {
    return this.followUps.setFollowUp(id, status, note, updatedAt, practices);
  }

  /** Candidates for one patient's submissions: stored text containing any of these LIKE patterns, newest first. */
  search(
    patterns: readonly string[],
    limit: number,
    beforeSeq?: number,
    practices?: readonly string[],
  ): Promise<Found[]> {
    return this.erasures.search(patterns, limit, beforeSeq, practices);
  }

  /** The recovery forms that followed this survey. */
  followedBy(id: string, practices?: readonly string[]): Promise<StoredSubmission[]> {
    return this.erasures.followedBy(id, practices);
  }

  /**
   * Replace each body with its redacted form (the words and contact details gone), mark it erased and empty the
   * notes of those cases; returns the ids erased now. On SQLite the old text is overwritten in the file
   * (`secure_delete`) and the write-ahead log, which still held it, is emptied.
   */
  async erase(
    items: readonly { id: string; body: Record<string, unknown> }[],
    reason: ErasureReason,
    at = new Date().toISOString(),
  ): Promise<string[]> {
    const erased = await this.erasures.erase(items, reason, at);
    if (erased.length) this.connection.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
    return erased;
  }

  /** Submissions received before `cutoff` whose words are still kept, oldest first. */
  keptBefore(cutoff: string, limit: number): Promise<StoredSubmission[]> {
    return this.erasures.keptBefore(cutoff, limit);
  }

  /** The settings an acknowledged submission's survival rests on, as the database reports them. */
  async durability(): Promise<Record<string, string>> {
    const sqlite = this.connection.sqlite;
    if (sqlite) {
      const read = (name: string) => String(sqlite.pragma(name, { simple: true }));
      // synchronous is a number: 2 is FULL.
      return {
        journal_mode: read('journal_mode'),
        synchronous: read('synchronous') === '2' ? 'full' : read('synchronous'),
      };
    }
    const { rows } = await sql<{ name: string; setting: string }>`
      select name, setting from pg_settings where name in ('fsync', 'synchronous_commit')`.execute(this.connection.db);
    return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
  }

  close(): Promise<void> {
    return this.connection.db.destroy();
  }
}

/** Connect, bring the schema up to date, and log where the data is. */
export async function openStore(settings: StoreSettings): Promise<SubmissionStore> {
  const log = settings.log ?? ((line: string) => console.log(line));
  const connection = await connect({ ...settings, log });
  try {
    await migrate(connection, log);
  } catch (error) {
    await connection.db.destroy();
    throw error;
  }
  log(`Storing submissions in ${connection.location}.`);
  return new SubmissionStore(connection);
}
