/**
 * A wrong database setting stops the collector with a message naming the setting — never with a password.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, postgresUrl, StoreSettingError } from '../../../collector/store/index.js';

const root = mkdtempSync(join(tmpdir(), 'pf-settings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function refusal(settings: { databaseUrl?: string; dataDir: string }): Promise<StoreSettingError> {
  try {
    const store = await openStore({ ...settings, log: () => undefined });
    await store.close();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreSettingError);
    return error as StoreSettingError;
  }
  throw new Error('the store opened');
}

/** A port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('DATABASE_URL', () => {
  it('unset or empty means SQLite; postgres:// and postgresql:// mean PostgreSQL', () => {
    expect(postgresUrl(undefined)).toBeUndefined();
    expect(postgresUrl('  ')).toBeUndefined();
    expect(postgresUrl('postgres://u:p@db.example:5432/feedback')?.hostname).toBe('db.example');
    expect(postgresUrl('postgresql://db.example/feedback')?.pathname).toBe('/feedback');
  });

  it.each([
    [
      'mysql://admin:s3cret-pw@db.example/feedback',
      /must start with postgres:\/\/ or postgresql:\/\/ \(it starts with mysql:\/\/\)/,
    ],
    ['feedback.sqlite', /is not an address/],
    ['postgres://', /names no server/],
  ])('%s is refused, naming the setting', async (value, message) => {
    const error = await refusal({ databaseUrl: value, dataDir: join(root, 'a') });
    expect(error.setting).toBe('DATABASE_URL');
    expect(error.message).toMatch(/^DATABASE_URL /);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('s3cret-pw');
  });

  it('naming a server that does not answer is refused with where it looked, without the password', async () => {
    const port = await closedPort();
    const error = await refusal({
      databaseUrl: `postgres://pf:s3cret-pw@127.0.0.1:${port}/feedback`,
      dataDir: join(root, 'b'),
    });
    expect(error.setting).toBe('DATABASE_URL');
    expect(error.message).toContain(`PostgreSQL 127.0.0.1:${port}/feedback`);
    expect(error.message).not.toContain('s3cret-pw');
  });
});

describe('DATA_DIR', () => {
  it('that cannot hold the database is refused, naming the setting', async () => {
    const notAFolder = join(root, 'file');
    writeFileSync(notAFolder, '');
    const error = await refusal({ dataDir: join(notAFolder, 'data') });
    expect(error.setting).toBe('DATA_DIR');
    expect(error.message).toMatch(/^DATA_DIR: cannot keep the database in /);
  });
});
