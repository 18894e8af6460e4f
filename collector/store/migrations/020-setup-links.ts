/**
 * Migration 20: set-up links for staff accounts made in the console (collector/accounts/setup-links.ts).
 *
 * - `account_setup_links`: one row per link an admin made — the SHA-256 of its random token (the token itself is
 *   shown once, in the link's fragment, and never stored), whose account it sets a password for, who made it and
 *   when, when it stops working (72 hours on), and when it was used or replaced by a newer one (each works once).
 * - An account added in the console has no password until its link is used: its `password_hash` is `!` (no hash
 *   can match it; accounts/no-password.ts).
 */
import type { Kysely, Migration } from 'kysely';

export const setupLinks: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('account_setup_links')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('staff_accounts.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .addColumn('replaced_at', 'text')
      .execute();
    await db.schema.createIndex('account_setup_links_account').on('account_setup_links').column('account_id').execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('account_setup_links').execute();
  },
};
