/**
 * Migration 19: FHIR destinations (issue 14, part 3; docs/fhir.md, "Forwarding to a FHIR server"). A FHIR server is
 * one more kind of webhook endpoint, so its submissions go through the same durable queue and delivery log.
 *
 * - `webhook_endpoints.kind`: `webhook` (every row before this migration) or `fhir`; for `fhir`, `url` is the
 *   server's base and `secret` is empty (nothing is signed).
 * - `webhook_endpoints.credentials`: a FHIR destination's credentials as JSON — a bearer token, or SMART Backend
 *   Services' client id, token URL, scope, key id, algorithm and private key (PKCS #8 PEM) — kept as they are, like
 *   the webhook secrets: the collector must present them, so they cannot be hashed. NULL for a webhook.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const fhirDestinations: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('webhook_endpoints')
      .addColumn('kind', 'text', (c) =>
        c
          .notNull()
          .defaultTo('webhook')
          .check(sql`kind in ('webhook', 'fhir')`),
      )
      .execute();
    await db.schema.alterTable('webhook_endpoints').addColumn('credentials', 'text').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('webhook_endpoints').dropColumn('credentials').execute();
    await db.schema.alterTable('webhook_endpoints').dropColumn('kind').execute();
  },
};
