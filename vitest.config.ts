import { defineConfig } from 'vitest/config';

// Unit tests for the pure core and the export writers, and the collector over real HTTP with a real SQLite file.
// Browser tests (elements, delivery, kiosk) run in Chromium through web-test-runner.config.mjs.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/collector/**/*.test.ts'],
    environment: 'node',
    // A throwaway PostgreSQL server for the store's PostgreSQL half (or TEST_DATABASE_URL's; see the file).
    globalSetup: ['test/collector/postgres-server.ts'],
    testTimeout: 20000,
  },
});
