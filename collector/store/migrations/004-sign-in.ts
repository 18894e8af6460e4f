/**
 * Migration 4: signing in. Server-side sessions (staff_sessions: only a hash of the cookie's value is kept, so a
 * copy of the database signs no one in), the second factor (a TOTP secret per account, recovery codes), and the
 * staff side's own policy switches (staff_policy: e.g. "every admin needs a second factor").
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const signIn: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('staff_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'text', (c) => c.notNull().references('staff_accounts.id'))
      .addColumn('stage', 'text', (c) => c.notNull().check(sql`stage in ('second-factor', 'signed-in')`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_activity_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('address', 'text')
      .addColumn('user_agent', 'text')
      .addColumn('ended_at', 'text')
      .addColumn('end_reason', 'text')
      .execute();
    await db.schema
      .createIndex('staff_sessions_account')
      .on('staff_sessions')
      .columns(['account_id', 'ended_at'])
      .execute();

    await db.schema.alterTable('staff_accounts').addColumn('totp_secret', 'text').execute();
    await db.schema.alterTable('staff_accounts').addColumn('totp_enabled_at', 'text').execute();
    await db.schema.alterTable('staff_accounts').addColumn('totp_last_step', 'integer').execute();

    await db.schema
      .createTable('recovery_codes')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('staff_accounts.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema.createIndex('recovery_codes_account').on('recovery_codes').column('account_id').execute();

    await db.schema
      .createTable('staff_policy')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('staff_policy').execute();
    await db.schema.dropTable('recovery_codes').execute();
    await db.schema.alterTable('staff_accounts').dropColumn('totp_last_step').execute();
    await db.schema.alterTable('staff_accounts').dropColumn('totp_enabled_at').execute();
    await db.schema.alterTable('staff_accounts').dropColumn('totp_secret').execute();
    await db.schema.dropTable('staff_sessions').execute();
  },
};
