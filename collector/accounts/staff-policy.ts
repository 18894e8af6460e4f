/**
 * The staff side's own switches (staff_policy: "every admin needs a second factor", how long things are kept): read
 * by name, written with who changed them and when. Auditing a change is the caller's, with the particulars it knows.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** The values of these policies that are set; a name never set is absent. */
export async function readPolicies(db: Kysely<Database>, names: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.selectFrom('staff_policy').select(['name', 'value']).where('name', 'in', names).execute();
  return new Map(rows.map((r) => [r.name, r.value]));
}

export async function writePolicy(
  db: Kysely<Database>,
  name: string,
  value: string,
  by: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('staff_policy')
    .values({ name, value, updated_at: at, updated_by: by })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value, updated_at: at, updated_by: by }))
    .execute();
}
