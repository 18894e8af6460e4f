/**
 * Running the real `staff` command line as a child process, as an administrator would, against a test database.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestDatabase } from '../engines.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment the collector would have: DATA_DIR and, on PostgreSQL, DATABASE_URL. */
export function collectorEnv(database: TestDatabase): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: database.settings.dataDir };
  delete env.DATABASE_URL;
  if (database.settings.databaseUrl) env.DATABASE_URL = database.settings.databaseUrl;
  return env;
}

/** `tsx collector/cli/staff.ts …` (what `npm run staff --` runs), with `input` on standard input (a pipe). */
export function staff(database: TestDatabase, args: string[], input = '', command?: string[]): Promise<Run> {
  const [file, ...pre] = command ?? [process.execPath, '--import', 'tsx', 'collector/cli/staff.ts'];
  return new Promise((resolve, reject) => {
    const child = spawn(file ?? '', [...pre, ...args], { cwd: ROOT, env: collectorEnv(database) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}
