/**
 * Deleting an endpoint: it, its messages and their delivery log go together (one transaction; the queue's rows
 * name the endpoint), and the audit trail keeps that it was deleted, by whom, and its address. The endpoint the
 * environment sets cannot be deleted here: it would come back at the next start (unset WEBHOOK_URL instead).
 */
import type { Kysely } from 'kysely';
import type { Actor, AuditTrail } from '../accounts/audit.js';
import type { Database } from '../store/schema.js';

/** What became of it: deleted, not there, or kept because the environment sets it. */
export async function removeEndpoint(
  db: Kysely<Database>,
  audit: AuditTrail,
  actor: Actor,
  id: string,
): Promise<'deleted' | 'none' | 'environment'> {
  const row = await db
    .selectFrom('webhook_endpoints')
    .select(['url', 'set_by', 'kind'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return 'none';
  if (row.set_by === 'environment') return 'environment';
  await db.transaction().execute(async (trx) => {
    const messages = trx.selectFrom('webhook_messages').select('id').where('endpoint_id', '=', id);
    await trx.deleteFrom('webhook_attempts').where('message_id', 'in', messages).execute();
    await trx.deleteFrom('webhook_messages').where('endpoint_id', '=', id).execute();
    await trx.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
  });
  await audit.record(actor, 'webhook.deleted', id, { url: row.url, ...(row.kind === 'fhir' ? { kind: 'fhir' } : {}) });
  return 'deleted';
}
