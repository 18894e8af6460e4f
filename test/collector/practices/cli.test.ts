/**
 * `npm run staff -- practice | location | practices` and `--practice` on add and token, as a group's administrator
 * types them: the real command line against a temp DATA_DIR. Wrong input names what to fix and exits 2; a refusal
 * (an unknown practice, a taken id) exits 1; nothing is half-written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../../collector/accounts/api-tokens.js';
import { StaffAccounts } from '../../../collector/accounts/staff-accounts.js';
import { Practices } from '../../../collector/practices/practices.js';
import { connect, type Connection } from '../../../collector/store/connect.js';
import { staff } from '../accounts/run-staff.js';
import { engines, type TestDatabase } from '../engines.js';

const sqlite = engines.find((e) => e.name === 'sqlite');

describe('npm run staff for a group of practices', { timeout: 60_000 }, () => {
  let database: TestDatabase;
  let connection: Connection | undefined;
  beforeAll(async () => {
    database = await sqlite!.newDatabase();
  });
  afterAll(async () => {
    await connection?.db.destroy();
    await database.remove();
  });

  it('adds and changes practices and their locations, and lists them with their endpoints', async () => {
    const added = await staff(database, [
      'practice',
      'add',
      'north',
      '--name',
      'North Clinic',
      '--time-zone',
      'Europe/London',
      '--origin',
      'https://north.example',
      '--promise',
      'We will call you within one working day',
    ]);
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toContain('Its pages and tablets post to /api/feedback/p/north.');
    expect((await staff(database, ['location', 'add', 'north', 'front-desk-tablet'])).status).toBe(0);
    const changed = await staff(database, [
      'practice',
      'set',
      'north',
      '--time-zone',
      'America/Chicago',
      '--origin',
      'none',
      '--promise-days',
      '1',
      '--complaint-rule',
      'scotland',
      '--holidays',
      '2026-12-25, 2027-01-01',
    ]);
    expect(changed.status, changed.stderr).toBe(0);
    expect(changed.stdout).toMatch(/contact +within 1 working day\(s\)\n +complaints +Scotland/);
    expect(changed.stdout).toMatch(/holidays +2026-12-25, 2027-01-01/);
    const wrong = await staff(database, ['practice', 'set', 'north', '--name', 'Renamed', '--holidays', '25/12']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Not saved. holidays[0]: "25/12" is not a day: write it as 2026-12-25');
    const list = await staff(database, ['practice', 'list']);
    expect(list.stdout).toContain('Practices (2):');
    expect(list.stdout).toMatch(
      /north +North Clinic\n +endpoint +\/api\/feedback\/p\/north\n +time zone +America\/Chicago/,
    );
    expect(list.stdout).toMatch(/default +Our practice\n +endpoint +\/api\/feedback\n/);
    connection = await connect(database.settings);
    const north = await new Practices(connection.db).get('north');
    expect(north?.clocks.rule.id).toBe('scotland');
    expect(north).toMatchObject({
      name: 'North Clinic',
      timeZone: 'America/Chicago',
      origins: [],
      promise: 'We will call you within one working day',
      locations: [{ id: 'front-desk-tablet', name: 'front-desk-tablet' }],
    });
  });

  it('refuses what cannot work, naming what to fix, and changes nothing', async () => {
    const zone = await staff(database, ['practice', 'add', 'west', '--name', 'West', '--time-zone', 'Mars/Olympus']);
    expect(zone.status).toBe(2);
    expect(zone.stderr).toContain('"Mars/Olympus" is not a time zone: use a name such as Europe/London');
    const id = await staff(database, ['practice', 'add', 'West Clinic', '--name', 'West', '--time-zone', 'UTC']);
    expect(id.status).toBe(2);
    expect(id.stderr).toContain("A practice's id is 1 to 40 lower-case letters, digits and hyphens");
    const taken = await staff(database, ['practice', 'add', 'north', '--name', 'Again', '--time-zone', 'UTC']);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('There is already a practice "north".');
    const stray = await staff(database, ['location', 'add', 'north', 'x', '--time-zone', 'UTC']);
    expect(stray.status).toBe(2);
    expect(stray.stderr).toContain('location takes no --time-zone.');
    expect((await new Practices(connection!.db).list()).map((p) => p.id)).toEqual(['default', 'north']);
  });

  it('makes accounts and tokens that see only the practices named, and changes what an account sees', async () => {
    const ann = await staff(
      database,
      ['add', 'ann@north.example', '--role', 'staff', '--practice', 'north'],
      'wombat lantern seventy\n',
    );
    expect(ann.status, ann.stderr).toBe(0);
    expect(ann.stdout).toContain('Added ann@north.example (staff). They see north');
    const unknown = await staff(
      database,
      ['add', 'bob@x.example', '--role', 'staff', '--practice', 'nowhere'],
      'wombat lantern seventy\n',
    );
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('There is no practice "nowhere"');
    const token = await staff(database, ['token', 'north dashboard', '--practice', 'north,default']);
    expect(token.status, token.stderr).toBe(0);
    const accounts = new StaffAccounts(connection!.db, 'sqlite');
    expect(await accounts.find('bob@x.example')).toBeUndefined();
    const annId = (await accounts.find('ann@north.example'))!.id;
    expect(await accounts.practicesOf(annId)).toEqual(['north']);
    const secret = token.stdout.trim().split('\n').at(-1) ?? '';
    expect((await new ApiTokens(connection!.db).verify(secret))?.practices).toEqual(['default', 'north']);
    expect((await staff(database, ['practices', 'ann@north.example', 'all'])).status).toBe(0);
    expect(await accounts.practicesOf(annId)).toBe('every');
    const list = await staff(database, ['list']);
    expect(list.stdout).toMatch(/ann@north\.example +staff +added .*, sees every practice/);
    expect(list.stdout).toMatch(/north dashboard +staff +made .*, sees default, north/);
  });
});
