/**
 * Migration 5: a submission that looks sent by a program rather than a patient (src/core/automation.ts: the hidden
 * field filled, or sent faster than a person answers) is stored like any other but flagged, so the inbox can show it
 * as such and leave it out of results while exports still include it. `automation` holds the sign; null is a patient.
 * Rows stored before this migration keep null: nothing is guessed about them afterwards.
 */
import type { Kysely, Migration } from 'kysely';

export const automationFlag: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('submissions').addColumn('automation', 'text').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('submissions').dropColumn('automation').execute();
  },
};
