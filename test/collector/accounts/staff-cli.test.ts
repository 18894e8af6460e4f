/**
 * `npm run staff -- …` as an administrator uses it on a fresh install: the real command line as a child process,
 * against a temp DATA_DIR (SQLite) and a real PostgreSQL database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../collector/accounts/password-hash.js';
import { sha256 } from '../../../collector/accounts/secrets.js';
import { connect, type Connection } from '../../../collector/store/connect.js';
import { engines, type TestDatabase } from '../engines.js';
import { staff } from './run-staff.js';

const PASSWORD = 'wombat lantern seventy\n';

describe.each(engines)('npm run staff on $name', (engine) => {
  // Each step spawns the real command line, which compiles itself with tsx (seconds on a busy 2-core machine): a
  // test of several steps needs more than the 20 s default. A hang still fails, at a minute.
  describe.skipIf(engine.skip !== undefined)('', { timeout: 60_000 }, () => {
    let database: TestDatabase;
    let connection: Connection;
    beforeAll(async () => {
      database = await engine.newDatabase();
      if (database.settings.databaseUrl) {
        // A password in DATABASE_URL must never be printed (the test server trusts any password).
        const url = new URL(database.settings.databaseUrl);
        url.password = 'do-not-print-me';
        database.settings.databaseUrl = url.toString();
      }
    });
    afterAll(async () => {
      await connection?.db.destroy();
      await database?.remove();
    });

    const where = () =>
      database.settings.databaseUrl
        ? `Database: PostgreSQL 127.0.0.1:${new URL(database.settings.databaseUrl).port}/${new URL(database.settings.databaseUrl).pathname.slice(1)}`
        : `Database: SQLite ${database.settings.dataDir}/feedback.sqlite`;

    it('creates the schema on a fresh install, says which database, and names the first command', async () => {
      const run = await staff(database, ['list']);
      expect(run.status).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe(where());
      expect(run.stdout).toContain(
        'No accounts yet. Add the first: npm run staff -- add you@practice.example --role admin',
      );
      expect(run.stderr).toMatch(/migrations applied .*003-staff-accounts/);
      expect(`${run.stdout}${run.stderr}`).not.toContain('do-not-print-me');
      connection = await connect(database.settings);
    });

    it('adds an admin with the password from standard input, keeping only its hash', async () => {
      const run = await staff(database, ['add', 'Ana@SmileDental.example', '--role', 'admin'], PASSWORD);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(run.stdout).toContain('Added ana@smiledental.example (admin).');
      const row = await connection.db.selectFrom('staff_accounts').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ email: 'ana@smiledental.example', role: 'admin', disabled_at: null });
      expect(row.password_hash).toMatch(/^\$scrypt\$ln=17,/);
      expect(await verifyPassword('wombat lantern seventy', row.password_hash)).toBe(true);
      const listed = await staff(database, ['list']);
      expect(listed.stdout).toMatch(/Accounts \(1\):\n {2}ana@smiledental\.example +admin +added \d{4}-\d\d-\d\d/);
    });

    // Misuse is found before the engine matters: once is enough.
    it.skipIf(engine.name !== 'sqlite')('answers every misuse with a message and exit status 2', async () => {
      const cases: [string[], RegExp][] = [
        [['frob'], /Unknown command "frob"/],
        [[], /Which command\?/],
        [['add', 'front desk', '--role', 'staff'], /"front desk" is not an email address/],
        [['add', 'bo@smiledental.example'], /add needs --role admin or --role staff/],
        [['add', 'bo@smiledental.example', '--role', 'owner'], /The role must be admin or staff \(got "owner"\)/],
        [['add', 'bo@smiledental.example', 'extra', '--role', 'staff'], /add takes one email address \(got 2\)/],
        [['list', '--colour'], /Unknown option '--colour'/],
        [['token'], /token takes one name/],
        [['remove', 'ana@smiledental.example', '--role', 'staff'], /remove takes no --role/],
      ];
      for (const [args, message] of cases) {
        const run = await staff(database, args, PASSWORD);
        expect({ args, status: run.status }).toEqual({ args, status: 2 });
        expect(run.stderr).toMatch(message);
      }
    });

    it('refuses with exit status 1: duplicates, weak passwords, unknown accounts, the last admin', async () => {
      const cases: [string[], string, RegExp][] = [
        [['add', 'ANA@smiledental.example', '--role', 'staff'], PASSWORD, /already an account for ana@smiledental/],
        [
          ['add', 'bo@smiledental.example', '--role', 'staff'],
          'short one\n',
          /at least 12 characters \(this one has 9\)/,
        ],
        [['add', 'bo@smiledental.example', '--role', 'staff'], 'Password1234\n', /most common passwords/],
        [['add', 'bo@smiledental.example', '--role', 'staff'], '', /No password on standard input/],
        [['remove', 'nobody@smiledental.example'], '', /There is no account for nobody@smiledental\.example/],
        [['reset-password', 'nobody@smiledental.example'], PASSWORD, /There is no account for nobody/],
        [['remove', 'ana@smiledental.example'], '', /last admin who can sign in: add another admin first/],
        [['revoke-token', 'nothing'], '', /There is no token named "nothing"/],
      ];
      for (const [args, input, message] of cases) {
        const run = await staff(database, args, input);
        expect({ args, status: run.status }).toEqual({ args, status: 1 });
        expect(run.stderr).toMatch(message);
      }
      const count = await connection.db.selectFrom('staff_accounts').select('email').execute();
      expect(count.map((r) => r.email)).toEqual(['ana@smiledental.example']);
    });

    it('disables a person who leaves (the audit keeps the name) once another admin exists', async () => {
      expect((await staff(database, ['add', 'ben@smiledental.example', '--role', 'admin'], PASSWORD)).status).toBe(0);
      const run = await staff(database, ['remove', 'Ana@smiledental.example']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Disabled ana@smiledental.example: they can no longer sign in.');
      expect((await staff(database, ['remove', 'ben@smiledental.example'])).status).toBe(1);
      const listed = await staff(database, ['list']);
      expect(listed.stdout).toMatch(
        /ben@smiledental\.example +admin +added[^\n]*\n {2}ana@smiledental\.example +admin +disabled/,
      );
      const audit = await connection.db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
      expect(audit.map((e) => [e.action, e.target])).toEqual([
        ['account.added', 'ana@smiledental.example'],
        ['account.added', 'ben@smiledental.example'],
        ['account.disabled', 'ana@smiledental.example'],
      ]);
      expect(audit[0]?.actor).toMatch(/^command line/);
      expect((await staff(database, ['enable', 'ana@smiledental.example'])).stdout).toContain('Enabled ana@');
    });

    it('sets a new password', async () => {
      const run = await staff(database, ['reset-password', 'ben@smiledental.example'], 'a different long password\n');
      expect(run.status).toBe(0);
      const ben = await connection.db
        .selectFrom('staff_accounts')
        .select('password_hash')
        .where('email', '=', 'ben@smiledental.example')
        .executeTakeFirstOrThrow();
      expect(await verifyPassword('a different long password', ben.password_hash)).toBe(true);
    });

    it('prints a new token once, alone on the last line, and stores only its hash; revoked, it is gone', async () => {
      const run = await staff(database, ['token', 'nightly export', '--role', 'admin']);
      expect(run.status).toBe(0);
      const lines = run.stdout.trimEnd().split('\n');
      const token = lines.at(-1) ?? '';
      expect(token).toMatch(/^pft_[A-Za-z0-9_-]{43}$/);
      expect(lines.slice(0, -1).join('\n')).not.toContain(token);
      const rows = await connection.db.selectFrom('api_tokens').selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ name: 'nightly export', role: 'admin', token_hash: sha256(token) });
      expect(JSON.stringify(rows)).not.toContain(token);
      expect((await staff(database, ['token', 'nightly export'])).status).toBe(1);
      expect((await staff(database, ['list'])).stdout).toMatch(/API tokens \(1\):\n {2}nightly export +admin +made/);
      const revoked = await staff(database, ['revoke-token', 'nightly export']);
      expect(revoked.stdout).toContain('Revoked the token "nightly export"');
      expect((await staff(database, ['revoke-token', 'nightly export'])).status).toBe(1);
    });
  });
});
