/**
 * The parent's side of collector-process.ts: start a collector process on a database, ask for its memory, stop it
 * or kill it. Used by the flood export test, the export bench and the test of several processes on one database.
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
  /** SIGKILL: no shutdown, no closing of connections — a crash. Resolves once the process is gone. */
  kill(): Promise<void>;
}

export interface CollectorChildSettings {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** INGEST_RATE; the collector's default (120 a minute per address) when left out. */
  ingestRate?: number;
  /** A cheap password hash for accounts the collector creates or renews. */
  cheapHash?: boolean;
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

export async function startCollectorChild(settings: CollectorChildSettings): Promise<CollectorChild> {
  const child = fork(ENTRY, [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: {
      ...process.env,
      DATA_DIR: settings.dataDir,
      ...(settings.databaseUrl ? { DATABASE_URL: settings.databaseUrl } : { DATABASE_URL: '' }),
      INGEST_RATE: settings.ingestRate ? String(settings.ingestRate) : '',
      TEST_CHEAP_HASH: settings.cheapHash ? '1' : '',
    },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const port = await next<number>(child, 'port');
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
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
    stop: () => {
      if (!gone() && child.connected) child.disconnect();
      return exited;
    },
    kill: () => {
      if (!gone()) child.kill('SIGKILL');
      return exited;
    },
  };
}
