/**
 * Background work claimed by one process at a time (collector/store/claim.ts): on both engines a job does not run
 * twice at once in one process; on PostgreSQL two claimants on one database — two pools, as two collector processes
 * would have — take turns, and a process killed while holding a claim does not keep it.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Claims } from '../../../collector/store/claim.js';
import { connect, type Connection } from '../../../collector/store/connect.js';
import { openTestDatabase, type OpenTestDatabase } from '../accounts/database.js';
import { engines } from '../engines.js';

const HOLDER = fileURLToPath(new URL('./claim-holder.ts', import.meta.url));
const postgres = engines.find((e) => e.name === 'postgres');

/** A job that runs until told to end, saying when it has started. */
function heldJob() {
  let end = (): void => undefined;
  let started = (): void => undefined;
  const hasStarted = new Promise<void>((resolve) => (started = resolve));
  const work = () =>
    new Promise<string>((resolve) => {
      started();
      end = () => resolve('done');
    });
  return { work, hasStarted, end: () => end() };
}

describe.each(engines)('background claims on $name', (engine) => {
  describe.skipIf(engine.skip !== undefined)('', () => {
    let open: OpenTestDatabase;
    let claims: Claims;
    beforeAll(async () => {
      open = await openTestDatabase(engine);
      claims = new Claims(open.connection.db, open.connection.engine);
    });
    afterAll(() => open?.close());

    it('skips a second run of a job while the first is under way, and runs it again after', async () => {
      const job = heldJob();
      const first = claims.run('retention', job.work);
      await job.hasStarted;
      expect(await claims.run('retention', () => Promise.resolve('second'))).toEqual({ ran: false });
      expect(await claims.run('alerts', () => Promise.resolve('another job'))).toEqual({
        ran: true,
        value: 'another job',
      });
      job.end();
      expect(await first).toEqual({ ran: true, value: 'done' });
      expect(await claims.run('retention', () => Promise.resolve('next hour'))).toEqual({
        ran: true,
        value: 'next hour',
      });
    });

    it('lets the claim go when the work fails', async () => {
      await expect(claims.run('retention', () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
      expect(await claims.run('retention', () => Promise.resolve(1))).toEqual({ ran: true, value: 1 });
    });
  });
});

describe.skipIf(postgres?.skip !== undefined)('background claims across processes on PostgreSQL', () => {
  let open: OpenTestDatabase;
  let other: Connection;
  let here: Claims;
  let there: Claims;
  beforeAll(async () => {
    if (!postgres) return;
    open = await openTestDatabase(postgres);
    other = await connect(open.database.settings);
    here = new Claims(open.connection.db, 'postgres');
    there = new Claims(other.db, 'postgres');
  });
  afterAll(async () => {
    await other?.db.destroy();
    await open?.close();
  });

  it('lets one of two claimants run a job at a time; the other skips, then gets its turn', async () => {
    const job = heldJob();
    const first = here.run('retention', job.work);
    await job.hasStarted;
    expect(await there.run('retention', () => Promise.resolve('twice at once'))).toEqual({ ran: false });
    expect(await there.run('webhooks', () => Promise.resolve('webhooks'))).toEqual({ ran: true, value: 'webhooks' });
    job.end();
    expect(await first).toEqual({ ran: true, value: 'done' });
    expect(await there.run('retention', () => Promise.resolve('its turn'))).toEqual({ ran: true, value: 'its turn' });
  });

  it('releases the lock after a run that failed, for the other process too', async () => {
    await expect(here.run('retention', () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await there.run('retention', () => Promise.resolve('after'))).toEqual({ ran: true, value: 'after' });
  });

  it('gives exactly one of many simultaneous claims the run', async () => {
    let runs = 0;
    let skipped = 0;
    let othersDone = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      othersDone = resolve;
      // Should a second run get in, the first must not wait for ever: the count below then says so.
      setTimeout(resolve, 10_000).unref();
    });
    // The run holds its claim until every other claim has been answered, however slowly the machine goes.
    const work = async () => {
      runs += 1;
      await gate;
    };
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? here : there).run('alerts', work).then((outcome) => {
          if (!outcome.ran && (skipped += 1) === 5) othersDone();
          return outcome;
        }),
      ),
    );
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    expect(runs).toBe(1);
  });

  it('frees the claim of a process killed with SIGKILL while it held it', async () => {
    const holder = fork(HOLDER, [], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        DATA_DIR: open.database.settings.dataDir,
        DATABASE_URL: open.database.settings.databaseUrl,
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      holder.once('message', () => resolve());
      holder.once('exit', (code) => reject(new Error(`The claim holder exited (${code}) before claiming.`)));
    });
    expect(await here.run('retention', () => Promise.resolve('taken over'))).toEqual({ ran: false });

    holder.kill('SIGKILL');
    await exited;
    // PostgreSQL ends the dead client's session when it sees the connection close; until then the lock is held.
    let outcome = await here.run('retention', () => Promise.resolve('taken over'));
    for (let tries = 0; !outcome.ran && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      outcome = await here.run('retention', () => Promise.resolve('taken over'));
    }
    expect(outcome).toEqual({ ran: true, value: 'taken over' });
  }, 30_000);
});
