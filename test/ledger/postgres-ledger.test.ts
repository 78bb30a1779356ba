/**
 * The PostgreSQL ledger against a real server (started by test/support/postgres-global-setup.ts,
 * or DATABASE_URL's), each test on its own new database.
 */
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgresLedger, POSTGRES_LEDGER_SCHEMA_VERSION } from '../../src/ledger/postgres-ledger.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-db.js';
import { describeLedgerContract, request } from './ledger-contract.js';

let db: TestDatabase | null = null;
describeLedgerContract('PostgreSQL', {
  async fresh() {
    db = await createTestDatabase();
  },
  async open() {
    if (db === null) throw new Error('no test database');
    return openPostgresLedger(db.url);
  },
  async dispose() {
    await db?.drop();
    db = null;
  },
});

describe('PostgresLedger', () => {
  let own: TestDatabase | null = null;
  afterEach(async () => {
    await own?.drop();
    own = null;
  });

  it('records each applied migration once, with timestamps in timestamptz and documents in jsonb', async () => {
    own = await createTestDatabase();
    const [a, b] = await Promise.all([openPostgresLedger(own.url), openPostgresLedger(own.url)]);
    await a.insert(request());
    await a.close();
    await b.close();
    const client = new pg.Client({ connectionString: own.url });
    await client.connect();
    try {
      const versions = await client.query('SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.rows.map((r: { version: number }) => r.version)).toEqual(
        Array.from({ length: POSTGRES_LEDGER_SCHEMA_VERSION }, (_, i) => i + 1),
      );
      const types = await client.query(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'requests' AND column_name IN ('expires_at', 'payload') ORDER BY column_name",
      );
      expect(types.rows).toEqual([
        { column_name: 'expires_at', data_type: 'timestamp with time zone' },
        { column_name: 'payload', data_type: 'jsonb' },
      ]);
    } finally {
      await client.end();
    }
  });

  it('an instance held by one replica is alive for the others, and stays so when its connection breaks', async () => {
    own = await createTestDatabase();
    const [a, b] = await Promise.all([openPostgresLedger(own.url), openPostgresLedger(own.url)]);
    try {
      await a.holdInstance('replica-a');
      expect(await b.instanceAlive('replica-a')).toBe(true);
      expect(await b.instanceAlive('replica-b')).toBe(false);
      // The database drops the holder's connection (a failover): the lock is taken again.
      const client = new pg.Client({ connectionString: own.url });
      await client.connect();
      const holder = async (): Promise<number | null> =>
        (
          await client.query<{ pid: number }>(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2 AND granted",
          )
        ).rows[0]?.pid ?? null;
      try {
        const before = await holder();
        expect(before).not.toBeNull();
        await client.query('SELECT pg_terminate_backend($1)', [before]);
        // Held again, by a new connection of the same process.
        await expect
          .poll(
            async () => {
              const now = await holder();
              return now !== null && now !== before;
            },
            { timeout: 10_000 },
          )
          .toBe(true);
      } finally {
        await client.end();
      }
      expect(await b.instanceAlive('replica-a')).toBe(true);
      await a.close();
      expect(await b.instanceAlive('replica-a')).toBe(false);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses a database written by a newer schema', async () => {
    own = await createTestDatabase();
    await (await openPostgresLedger(own.url)).close();
    const client = new pg.Client({ connectionString: own.url });
    await client.connect();
    await client.query('INSERT INTO schema_migrations (version) VALUES (999)');
    await client.end();
    await expect(openPostgresLedger(own.url)).rejects.toThrow(/newer bedrock-bot/);
  });

  it('fails to open with a clear error when the server is not there', async () => {
    await expect(openPostgresLedger('postgres://postgres@127.0.0.1:1/none')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('ping rejects once the database is gone, and the ledger works again when it is back', async () => {
    own = await createTestDatabase();
    const ledger = await openPostgresLedger(own.url, { onIdleError: () => undefined });
    try {
      await ledger.ping();
      await own.drop();
      await expect(ledger.ping()).rejects.toThrow();
    } finally {
      await ledger.close();
    }
  });
});
