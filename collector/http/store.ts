/**
 * The one place routes reach the store: `app.store`, a Fastify decoration shared across every route plugin.
 * Routes see it through `CollectorStore`, an asynchronous interface, so the SQLite store of today (synchronous
 * better-sqlite3) and an asynchronous store (Kysely on SQLite or PostgreSQL) serve the same routes unchanged.
 */
import type { FastifyInstance } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import type { FollowUp, FollowUpStatus } from '../follow-up.js';
import type { SaveResult, StoredSubmission, SubmissionStore } from '../store.js';

export interface ListOptions {
  kind?: string;
  newestFirst?: boolean;
  limit?: number;
}

/** What the HTTP side asks of the store; each answer may come later (a database server over the network). */
export interface CollectorStore {
  save(submission: { id: string; kind: string }): Promise<SaveResult>;
  count(): Promise<number>;
  countByKind(): Promise<Record<string, number>>;
  list(options?: ListOptions): Promise<StoredSubmission[]>;
  get(id: string): Promise<StoredSubmission | undefined>;
  followUp(id: string): Promise<FollowUp>;
  setFollowUp(id: string, status: FollowUpStatus, note: string): Promise<boolean>;
  cases(limit: number): Promise<StoredSubmission[]>;
  openCaseCount(): Promise<number>;
  close(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    store: CollectorStore;
  }
}

/** Today's synchronous store behind the asynchronous interface (a thrown error becomes a rejected promise). */
export function asyncStore(store: SubmissionStore): CollectorStore {
  const later =
    <A extends unknown[], R>(run: (...args: A) => R) =>
    (...args: A): Promise<R> => {
      try {
        return Promise.resolve(run(...args));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
  return {
    save: later((submission: { id: string; kind: string }) => store.save(submission)),
    count: later(() => store.count()),
    countByKind: later(() => store.countByKind()),
    list: later((options?: ListOptions) => store.list(options)),
    get: later((id: string) => store.get(id)),
    followUp: later((id: string) => store.followUp(id)),
    setFollowUp: later((id: string, status: FollowUpStatus, note: string) => store.setFollowUp(id, status, note)),
    cases: later((limit: number) => store.cases(limit)),
    openCaseCount: later(() => store.openCaseCount()),
    close: later(() => store.close()),
  };
}

/** Registers the store for every route and closes it when the server closes, after in-flight requests finish. */
export const storePlugin = fastifyPlugin(
  (app: FastifyInstance, options: { store: CollectorStore }, done: (error?: Error) => void) => {
    app.decorate('store', options.store);
    app.addHook('onClose', async () => {
      await options.store.close();
    });
    done();
  },
  { name: 'collector-store' },
);
