/**
 * When the outbox is flushed: at start, when the network comes back (`online`), when the page becomes visible again
 * (a tablet waking up), on a timer, and when the soonest scheduled retry falls due. Works in a page and in a service
 * worker (no window/document there: only the timers run).
 */
import { flush, onNextAttempt } from './flush.js';

const DEFAULT_INTERVAL_MS = 30_000;

let users = 0;
const intervals = new Map<symbol, number>();
let timer: ReturnType<typeof setInterval> | undefined;
let wakeTimer: ReturnType<typeof setTimeout> | undefined;

const onOnline = () => void flush(true);
const onVisible = () => {
  if (document.visibilityState === 'visible') void flush();
};

function intervalMs(): number {
  return Math.min(...intervals.values());
}

function wakeAt(at: number): void {
  if (!users) return;
  const delay = Math.max(0, at - Date.now());
  // The periodic timer covers anything further away than one interval.
  if (delay >= intervalMs()) return;
  clearTimeout(wakeTimer);
  wakeTimer = setTimeout(() => void flush(), delay);
}

function restartTimer(): void {
  clearInterval(timer);
  timer = setInterval(() => void flush(), intervalMs());
}

function install(): void {
  globalThis.addEventListener?.('online', onOnline);
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
  onNextAttempt(wakeAt);
}

function uninstall(): void {
  globalThis.removeEventListener?.('online', onOnline);
  if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
  onNextAttempt(undefined);
  clearInterval(timer);
  clearTimeout(wakeTimer);
  timer = wakeTimer = undefined;
}

/**
 * Starts flushing; safe to call from every element on the page (listeners are installed once). Each call returns its
 * own stop; flushing ends when the last caller stops. The shortest requested interval wins.
 */
export function startDelivery(options: { intervalMs?: number } = {}): () => void {
  const key = Symbol('delivery user');
  intervals.set(key, options.intervalMs ?? DEFAULT_INTERVAL_MS);
  if (users++ === 0) install();
  restartTimer();
  void flush();
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    intervals.delete(key);
    if (--users === 0) uninstall();
    else restartTimer();
  };
}
