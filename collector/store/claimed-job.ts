/**
 * A background job that one collector process at a time runs (claim.ts): once at start, every `everyMs`, and at once
 * when `wake` is called (something was queued in this process). A wake while a run is under way asks for one more
 * run after it, for what was queued meanwhile; a failure is logged, never thrown. `halt` stops the ticks and the
 * wakes and answers the run under way (if any), for the job's own stop to wait on (or cut off first).
 */
import type { Claims, Job } from './claim.js';

export interface ClaimedJob {
  wake: () => void;
  halt: () => Promise<void> | undefined;
}

export function startClaimedJob(
  claims: Claims,
  job: Job,
  work: () => Promise<unknown>,
  options: { everyMs: number; log: (line: string) => void; failure: string },
): ClaimedJob {
  let halted = false;
  let running: Promise<void> | undefined;
  let again = false;
  const run = () => {
    if (halted) return;
    if (running) return void (again = true);
    running = claims
      .run(job, work)
      .then(
        () => undefined,
        (error: unknown) => options.log(`${options.failure}: ${(error as Error).message}`),
      )
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  run();
  const timer = setInterval(run, options.everyMs);
  timer.unref();
  return {
    wake: run,
    halt() {
      halted = true;
      clearInterval(timer);
      return running;
    },
  };
}
