import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    restoreMocks: true,
    // One real PostgreSQL server per run (or DATABASE_URL's), for the ledger and replica tests.
    globalSetup: ['test/support/postgres-global-setup.ts'],
  },
});
