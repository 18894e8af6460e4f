/**
 * The command line as a person at a terminal uses it: `npm run staff` itself, and the password asked twice without
 * echo in a real pseudo-terminal (util-linux `script`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, type TestDatabase } from '../engines.js';
import { collectorEnv, ROOT, staff } from './run-staff.js';

const sqlite = engines.find((e) => e.name === 'sqlite');
const hasScript = spawnSync('script', ['--version']).status === 0;

/** Types `answers` one at a time, each once the terminal shows the text it waits for. */
function atTerminal(database: TestDatabase, args: string[], answers: [RegExp, string][]) {
  const command = ['node', '--import', 'tsx', 'collector/cli/staff.ts', ...args].map((a) => `'${a}'`).join(' ');
  return new Promise<{ status: number | null; screen: string }>((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: collectorEnv(database) });
    let screen = '';
    let next = 0;
    const timer = setTimeout(() => child.kill(), 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString();
      const answer = answers[next];
      if (answer && answer[0].test(screen.slice(screen.lastIndexOf('\n', screen.length - 2) + 1))) {
        next += 1;
        child.stdin.write(`${answer[1]}\r`);
      }
    });
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, screen });
    });
  });
}

describe.skipIf(!sqlite || !hasScript)('npm run staff at a terminal', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = (await sqlite?.newDatabase()) as TestDatabase;
  });
  afterAll(() => database?.remove());

  it('is the npm script of a fresh install: no build needed', async () => {
    const run = await staff(
      database,
      ['add', 'ana@smiledental.example', '--role', 'admin'],
      'wombat lantern seventy\n',
      ['npm', 'run', '--silent', 'staff', '--'],
    );
    expect(run.stderr).toContain('003-staff-accounts');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Added ana@smiledental.example (admin).');
  });

  it('asks for the password twice, shows nothing of it, and asks again when the two differ', async () => {
    const run = await atTerminal(
      database,
      ['add', 'tess@smiledental.example', '--role', 'staff'],
      [
        [/Password for tess@smiledental\.example: $/, 'first long password'],
        [/The same password again: $/, 'first long passw0rd'],
        [/Password for tess@smiledental\.example: $/, 'pass'],
        [/Password for tess@smiledental\.example: $/, 'second long password'],
        [/The same password again: $/, 'second long password'],
      ],
    );
    expect(run.screen).toContain('Nothing is shown while you type.');
    expect(run.screen).toContain('The two passwords differ. Try again.');
    expect(run.screen).toContain('at least 12 characters (this one has 4). Try again.');
    expect(run.screen).toContain('Added tess@smiledental.example (staff).');
    expect(run.screen).not.toMatch(/long pass|\*\*\*/);
    expect(run.status).toBe(0);
    const check = await staff(database, ['list']);
    expect(check.stdout).toMatch(/tess@smiledental\.example +staff/);
  });
});
