/**
 * Where the collector keeps submissions: one SQLite file (better-sqlite3).
 *
 * Durability: WAL journal with `synchronous = FULL`. In WAL mode NORMAL is already crash-safe for the database
 * file, but a power cut can lose the last transactions that were acknowledged. We answer 201 only after the row
 * is committed, and the device deletes its copy on that 201 — so a lost commit would be a lost patient answer.
 * FULL fsyncs the WAL on every commit: a few milliseconds per submission, which a practice never notices.
 */
import Database from 'better-sqlite3';
import { canonicalHash } from './canonical-hash.js';
import type { FollowUp, FollowUpStatus } from './follow-up.js';

/** What the patient's device is told once a submission is stored; a repeat gets exactly this again. */
export interface Acknowledgement {
  id: string;
  status: 'stored';
  receivedAt: string;
}

export type SaveResult =
  | { outcome: 'stored'; ack: Acknowledgement }
  | { outcome: 'repeat'; ack: Acknowledgement }
  | { outcome: 'conflict'; ack: Acknowledgement };

export interface StoredSubmission {
  id: string;
  kind: string;
  receivedAt: string;
  /** The submission exactly as the device sent it (parsed). */
  body: Record<string, unknown>;
}

interface Row {
  id: string;
  kind: string;
  body: string;
  body_hash: string;
  received_at: string;
}

/** Bump and add a step in `migrate` when the schema changes; `PRAGMA user_version` records what a file has. */
const SCHEMA_VERSION = 2;

export class SubmissionStore {
  readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly find: Database.Statement;

  constructor(dbPath: string) {
    this.db = new Database(dbPath);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // A staff export reading while a submission is written must wait, not fail.
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    // Prepared once: every submission pays only for its own insert (and the fsync FULL asks for).
    this.insert = this.db.prepare(
      'INSERT INTO submissions (id, kind, body, body_hash, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
    );
    this.find = this.db.prepare('SELECT id, kind, body, body_hash, received_at FROM submissions WHERE id = ?');
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version < 1) {
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS submissions (
          id          TEXT PRIMARY KEY,
          kind        TEXT NOT NULL,
          body        TEXT NOT NULL,
          body_hash   TEXT NOT NULL,
          received_at TEXT NOT NULL
        );
      `);
    }
    if (version < 2) {
      // Staff follow-up lives beside the submission, never in it: the stored body and its hash stay exactly what
      // the device sent, so a late retry of that submission is still recognised as a repeat.
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS case_follow_up (
          submission_id TEXT PRIMARY KEY REFERENCES submissions (id),
          status        TEXT NOT NULL CHECK (status IN ('new', 'contacted', 'resolved')),
          note          TEXT NOT NULL DEFAULT '',
          updated_at    TEXT NOT NULL
        );
      `);
    }
    this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }

  /**
   * Store a validated submission once. A repeat of the same body (the device retrying after a lost
   * acknowledgement) gets the original acknowledgement; the same id with a different body is a conflict.
   */
  save(submission: { id: string; kind: string }, receivedAt = new Date().toISOString()): SaveResult {
    const hash = canonicalHash(submission);
    // One transaction, so two requests with the same id cannot both be told "stored".
    return this.db
      .transaction((): SaveResult => {
        const inserted = this.insert.run(submission.id, submission.kind, JSON.stringify(submission), hash, receivedAt);
        if (inserted.changes === 1)
          return { outcome: 'stored', ack: { id: submission.id, status: 'stored', receivedAt } };
        const existing = this.find.get(submission.id) as Row;
        const ack: Acknowledgement = { id: existing.id, status: 'stored', receivedAt: existing.received_at };
        return existing.body_hash === hash ? { outcome: 'repeat', ack } : { outcome: 'conflict', ack };
      })
      .immediate();
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n;
  }

  countByKind(): Record<string, number> {
    const rows = this.db.prepare('SELECT kind, COUNT(*) AS n FROM submissions GROUP BY kind').all() as {
      kind: string;
      n: number;
    }[];
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  }

  /**
   * In the order they arrived (rowid: receivedAt can tie within a millisecond), as a spreadsheet reads;
   * `kind`, `newestFirst` and `limit` narrow it for the staff inbox.
   */
  list(options: { kind?: string; newestFirst?: boolean; limit?: number } = {}): StoredSubmission[] {
    const where = options.kind ? 'WHERE kind = ?' : '';
    const order = options.newestFirst ? 'DESC' : 'ASC';
    const limit = options.limit ? `LIMIT ${Math.max(1, Math.floor(options.limit))}` : '';
    const sql = `SELECT id, kind, body, body_hash, received_at FROM submissions ${where} ORDER BY rowid ${order} ${limit}`;
    const rows = (options.kind ? this.db.prepare(sql).all(options.kind) : this.db.prepare(sql).all()) as Row[];
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      receivedAt: r.received_at,
      body: JSON.parse(r.body) as Record<string, unknown>,
    }));
  }

  /** One submission by id (the staff inbox links a "what went wrong" case to the survey it followed). */
  get(id: string): StoredSubmission | undefined {
    const r = this.find.get(id) as Row | undefined;
    return (
      r && { id: r.id, kind: r.kind, receivedAt: r.received_at, body: JSON.parse(r.body) as Record<string, unknown> }
    );
  }

  /** Where staff are with one "what went wrong" case; a case nobody has touched is `new`. */
  followUp(id: string): FollowUp {
    const r = this.db.prepare('SELECT status, note, updated_at FROM case_follow_up WHERE submission_id = ?').get(id) as
      { status: FollowUpStatus; note: string; updated_at: string } | undefined;
    return r ? { status: r.status, note: r.note, updatedAt: r.updated_at } : { status: 'new', note: '' };
  }

  /** Record a follow-up step; false when there is no such "what went wrong" case. */
  setFollowUp(id: string, status: FollowUpStatus, note: string, updatedAt = new Date().toISOString()): boolean {
    return this.db
      .transaction((): boolean => {
        const found = this.db.prepare("SELECT 1 FROM submissions WHERE id = ? AND kind = 'what-went-wrong'").get(id);
        if (!found) return false;
        this.db
          .prepare(
            `INSERT INTO case_follow_up (submission_id, status, note, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (submission_id) DO UPDATE SET status = excluded.status, note = excluded.note, updated_at = excluded.updated_at`,
          )
          .run(id, status, note, updatedAt);
        return true;
      })
      .immediate();
  }

  /**
   * "What went wrong" cases for the inbox: open ones (not resolved) first, newest first within each group, so the
   * front desk sees what still needs a call before what is done.
   */
  cases(limit: number): StoredSubmission[] {
    const rows = this.db
      .prepare(
        `SELECT s.id, s.kind, s.body, s.body_hash, s.received_at FROM submissions s
         LEFT JOIN case_follow_up f ON f.submission_id = s.id
         WHERE s.kind = 'what-went-wrong'
         ORDER BY (COALESCE(f.status, 'new') = 'resolved'), s.rowid DESC LIMIT ?`,
      )
      .all(Math.max(1, Math.floor(limit))) as Row[];
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      receivedAt: r.received_at,
      body: JSON.parse(r.body) as Record<string, unknown>,
    }));
  }

  /** Cases not yet resolved (all of them, not just those the inbox lists). */
  openCaseCount(): number {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS n FROM submissions s LEFT JOIN case_follow_up f ON f.submission_id = s.id
         WHERE s.kind = 'what-went-wrong' AND COALESCE(f.status, 'new') <> 'resolved'`,
      )
      .get() as { n: number };
    return row.n;
  }

  journalMode(): string {
    return this.db.pragma('journal_mode', { simple: true }) as string;
  }

  close(): void {
    this.db.close();
  }
}
