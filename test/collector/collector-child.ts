/**
 * The parent's side of collector-process.ts: start a collector process on a database, ask for its memory, stop it.
 * Used by the flood export test and the export bench.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MemoryReport } from './collector-process.js';

export type { MemoryReport } from './collector-process.js';

export interface CollectorChild {
  url: string;
  pid: number;
  /** A garbage collection, then the baseline; measuring starts. */
  startMeasuring(): Promise<MemoryReport>;
  /** Now, and the peaks since `startMeasuring`. */
  stopMeasuring(): Promise<MemoryReport>;
  stop(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('./collector-process.ts', import.meta.url));

function next<T>(child: ChildProcess, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Record<string, unknown>) => {
      if (!(key in message)) return;
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(message[key] as T);
    };
    const onExit = (code: number | null) => reject(new Error(`The collector process exited (${code}).`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function startCollectorChild(settings: {
  dataDir: string;
  databaseUrl?: string;
}): Promise<CollectorChild> {
  const child = fork(ENTRY, [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: {
      ...process.env,
      DATA_DIR: settings.dataDir,
      ...(settings.databaseUrl ? { DATABASE_URL: settings.databaseUrl } : { DATABASE_URL: '' }),
    },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const port = await next<number>(child, 'port');
  const measure = (step: 'start' | 'stop') => {
    const answer = next<MemoryReport>(child, 'memory');
    child.send({ measure: step });
    return answer;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    startMeasuring: () => measure('start'),
    stopMeasuring: () => measure('stop'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
