/**
 * When the outbox is flushed: at start, when the network comes back (`online`), when the page becomes visible again
 * (a tablet waking up), on a timer, and when the soonest scheduled retry falls due. Works in a page and in a service
 * worker (no document there: only the timers run).
 */
import { flush, setNextAttemptListener } from './flush.js';

/** The interval each caller of startDelivery asked for; the shortest wins. */
const intervals: number[] = [];
let timer: ReturnType<typeof setInterval> | undefined;
let wakeTimer: ReturnType<typeof setTimeout> | undefined;

// flush() reports its own failures and never rejects, so timers and listeners drop its promise.
const flushNow = (): void => void flush();
const onOnline = (): void => void flush(true);
const onVisible = (): void => {
  if (document.visibilityState === 'visible') flushNow();
};

function wakeAt(at: number): void {
  const delay = at - Date.now();
  // The periodic timer covers anything further away than one interval.
  if (delay < Math.min(...intervals)) {
    clearTimeout(wakeTimer);
    wakeTimer = setTimeout(flushNow, delay);
  }
}

function listen(on: boolean): void {
  const method = on ? 'addEventListener' : 'removeEventListener';
  globalThis[method]?.('online', onOnline);
  if (typeof document !== 'undefined') document[method]('visibilitychange', onVisible);
  setNextAttemptListener(on ? wakeAt : undefined);
  if (!on) clearTimeout(wakeTimer);
}

function restartTimer(): void {
  clearInterval(timer);
  timer = intervals.length ? setInterval(flushNow, Math.min(...intervals)) : undefined;
}

/**
 * Starts flushing; safe to call from every element on the page (listeners are installed once). Each call returns its
 * own stop; flushing ends when the last caller stops. The shortest requested interval wins.
 */
export function startDelivery(options: { intervalMs?: number } = {}): () => void {
  const interval = options.intervalMs ?? 30_000;
  if (intervals.push(interval) === 1) listen(true);
  restartTimer();
  void flush();
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    intervals.splice(intervals.indexOf(interval), 1);
    if (!intervals.length) listen(false);
    restartTimer();
  };
}
