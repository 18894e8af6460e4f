/**
 * The results job: the monthly aggregates rolled up at start and every minute (monthly-results.ts), in the background.
 */
import type { MonthlyResults } from './monthly-results.js';

/**
 * Rolls the results up now and then every `everyMs` (a minute), until stopped; failures are logged, not thrown. With
 * several collector processes on one PostgreSQL database one of them folds each run and the others skip it.
 */
export function startResults(results: MonthlyResults, log: (line: string) => void, everyMs = 60_000) {
  const stopping = new AbortController();
  let running: Promise<void> | undefined;
  const run = () => {
    // A run still under way (a catch-up of many rows) is left to finish: the next tick after it goes on.
    if (running) return;
    running = results
      .rollUp({ signal: stopping.signal })
      .then(
        () => undefined,
        (error: unknown) => log(`Results could not be rolled up: ${(error as Error).message}`),
      )
      .finally(() => (running = undefined));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    /** Stops the timer and waits for the chunk under way to commit (before the store closes). */
    async stop() {
      clearInterval(timer);
      stopping.abort();
      await running;
    },
  };
}
