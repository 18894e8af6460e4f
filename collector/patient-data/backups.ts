/**
 * The copies the collector itself makes (DATA_DIR/backups: an online copy of the SQLite file before each migration)
 * hold patients' words too, so an erasure reaches them: each copy is opened and the same submissions rewritten in
 * it, with SQLite's secure_delete so the old text is overwritten in the file. Copies made by other tools (a nightly
 * `sqlite3 .backup`, `pg_dump`) are the practice's to handle: docs/collector.md says so.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

export interface ErasedBody {
  id: string;
  body: Record<string, unknown>;
}

function hasColumn(db: BetterSqlite3.Database, table: string, column: string): boolean {
  const columns = db.pragma(`table_info(${table})`) as { name: string }[];
  return columns.some((c) => c.name === column);
}

/** Rewrites these submissions in every backup copy in `dataDir/backups`; returns the copies that held any of them. */
export function eraseInBackups(dataDir: string, items: readonly ErasedBody[], at: string, reason: string): string[] {
  const dir = join(dataDir, 'backups');
  if (items.length === 0 || !existsSync(dir)) return [];
  const touched: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.sqlite'))) {
    const path = join(dir, name);
    const copy = new BetterSqlite3(path);
    try {
      copy.pragma('secure_delete = ON');
      const marks = hasColumn(copy, 'submissions', 'erased_at');
      const update = copy.prepare(
        marks
          ? 'update submissions set body = ?, erased_at = ?, erased_reason = ? where id = ?'
          : 'update submissions set body = ? where id = ?',
      );
      const notes = hasColumn(copy, 'case_follow_up', 'note')
        ? copy.prepare(`update case_follow_up set note = '' where submission_id = ?`)
        : undefined;
      const history = hasColumn(copy, 'case_events', 'value')
        ? copy.prepare(`update case_events set value = '' where submission_id = ? and what = 'note'`)
        : undefined;
      let changed = 0;
      copy.transaction(() => {
        for (const item of items) {
          const body = JSON.stringify(item.body);
          const result = marks ? update.run(body, at, reason, item.id) : update.run(body, item.id);
          changed += result.changes;
          notes?.run(item.id);
          history?.run(item.id);
        }
      })();
      if (changed) touched.push(path);
    } finally {
      copy.close();
    }
  }
  return touched;
}
