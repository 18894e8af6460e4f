/**
 * A collector in a process of its own: for measuring what an export costs the collector and nothing else (the test
 * or bench that downloads the file lives in the parent), and for several collectors on one database, one of which a
 * test may kill. Started by collector-child.ts with `fork`: it listens on a free port on 127.0.0.1 (so the staff gate
 * lets this computer sign in and export), tells the parent the port, and answers `{ measure: 'start' | 'stop' }`
 * with its memory. Besides DATA_DIR and DATABASE_URL it reads INGEST_RATE, and TEST_CHEAP_HASH (a cheaper password
 * hash for accounts it creates or renews, where the cost is not what a test is about).
 *
 * Two peaks are kept between start and stop: RSS and heap as they are (sampled every 10 ms; they include garbage
 * V8 has not collected yet), and the live heap — what the collector really holds — from a garbage collection every
 * 250 ms. The baseline at `start` is taken after a collection.
 */
import type { AddressInfo } from 'node:net';
import { createCollector } from '../../collector/http/server.js';

export interface MemoryReport {
  rss: number;
  heapUsed: number;
  peakRss: number;
  peakHeapUsed: number;
  peakLiveHeap: number;
}

const collector = await createCollector({
  dataDir: process.env.DATA_DIR ?? '.',
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  ...(process.env.INGEST_RATE ? { ingestRate: Number(process.env.INGEST_RATE) } : {}),
  ...(process.env.TEST_CHEAP_HASH ? { signIn: { cost: { ln: 10, r: 8, p: 1 } } } : {}),
  log: () => undefined,
  notice: () => undefined,
});
await new Promise<void>((resolve) => collector.server.listen(0, '127.0.0.1', resolve));

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('collector-process.ts needs --expose-gc.');
const peak = { rss: 0, heapUsed: 0, live: 0 };
const timers: NodeJS.Timeout[] = [];

function sample(): NodeJS.MemoryUsage {
  const now = process.memoryUsage();
  peak.rss = Math.max(peak.rss, now.rss);
  peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
  return now;
}

function sampleLive(): void {
  sample();
  gc?.();
  peak.live = Math.max(peak.live, process.memoryUsage().heapUsed);
}

process.on('message', (message: { measure?: 'start' | 'stop' }) => {
  if (message.measure === 'start') {
    gc?.();
    Object.assign(peak, { rss: 0, heapUsed: 0, live: 0 });
    timers.push(setInterval(sample, 10), setInterval(sampleLive, 250));
  } else if (message.measure === 'stop') {
    for (const timer of timers.splice(0)) clearInterval(timer);
    sampleLive();
  }
  const { rss, heapUsed } = sample();
  const report: MemoryReport = {
    rss,
    heapUsed,
    peakRss: peak.rss,
    peakHeapUsed: peak.heapUsed,
    peakLiveHeap: peak.live || heapUsed,
  };
  process.send?.({ memory: report });
});
process.on('disconnect', () => void collector.close().then(() => process.exit(0)));
process.send?.({ port: (collector.server.address() as AddressInfo).port });
