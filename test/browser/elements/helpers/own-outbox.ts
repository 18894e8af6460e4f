import { configureDelivery } from '../../../../src/delivery/index.js';

/**
 * Test pages share one origin, so by default they would share one IndexedDB outbox and one sender lock: a hanging
 * request in another test file would hold up this file's sends. Each test page gets an outbox of its own.
 * Import this first in every test file.
 */
configureDelivery({ dbName: `pf-elements-test-${Math.random().toString(36).slice(2)}` });
