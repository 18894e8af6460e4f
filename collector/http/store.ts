/**
 * The one place routes reach the store: `app.store`, a Fastify decoration shared across every route plugin.
 * Every method is asynchronous and means the same on SQLite and PostgreSQL (collector/store/).
 */
import type { FastifyInstance } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import type { SubmissionStore } from '../store/index.js';

/** What the HTTP side asks of the store. */
export type CollectorStore = SubmissionStore;

declare module 'fastify' {
  interface FastifyInstance {
    store: CollectorStore;
  }
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
