/** Keeping a query to the practices a staff member sees (migration 009: `submissions.practice_id`). */
import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * The condition that keeps a query to some practices' rows: undefined when every practice may be read, never true
 * for an empty list. Every read of patients' submissions on behalf of staff goes through it.
 */
export function inPractices(
  practices: readonly string[] | undefined,
  column = 'practice_id',
): Expression<SqlBool> | undefined {
  if (practices === undefined) return undefined;
  if (practices.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join([...practices])})`;
}
