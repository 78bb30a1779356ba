/**
 * Where an end-to-end bot keeps its ledger: a SQLite file in a temp dir, or a fresh database on the
 * test run's real PostgreSQL server (postgres-global-setup.ts). A restarted bot opens the same place;
 * tests read every row of it (the secret canary) and which requests sit in a state.
 *
 * `abandon` is kill -9 as the database sees it: for PostgreSQL the dead process's connections are
 * terminated by the server (so its instance lock goes, as when a pod dies) and its pool takes no new
 * work; a SQLite file is simply left as it is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Ledger } from '../../src/core/ledger-port.js';
import { openPostgresLedger } from '../../src/ledger/postgres-ledger.js';
import { openSqliteLedger } from '../../src/ledger/sqlite-ledger.js';
import { createTestDatabase } from './postgres-db.js';

export type LedgerKind = 'sqlite' | 'postgres';

export interface LedgerPlace {
  readonly kind: LedgerKind;
  open(): Promise<Ledger>;
  /** Every row of every table, as raw text (JSON per table). */
  dump(): Promise<string>;
  /** Ids of the requests in `state`. */
  requestsIn(state: string): Promise<string[]>;
  /** kill -9 of the process that opened `ledger`. */
  abandon(ledger: Ledger): Promise<void>;
  /** Removes the file or drops the database. */
  remove(): Promise<void>;
}

export function sqlitePlace(): LedgerPlace {
  const dir = mkdtempSync(join(tmpdir(), 'bedrock-ledger-'));
  const path = join(dir, 'ledger.db');
  const read = <T>(work: (db: Database.Database) => T): T => {
    const db = new Database(path, { readonly: true });
    try {
      return work(db);
    } finally {
      db.close();
    }
  };
  return {
    kind: 'sqlite',
    open: async () => openSqliteLedger(path),
    dump: async () =>
      read((db) => {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{
          name: string;
        }>;
        return tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t.name}"`).all())).join('\n');
      }),
    requestsIn: async (state) =>
      read((db) =>
        (db.prepare('SELECT id FROM requests WHERE state = ?').all(state) as Array<{ id: string }>).map(
          (r) => r.id,
        ),
      ),
    abandon: async () => undefined,
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresPlace(): Promise<LedgerPlace> {
  const database = await createTestDatabase();
  const query = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    kind: 'postgres',
    open: () => openPostgresLedger(database.url),
    async dump() {
      const tables = await query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      const out: string[] = [];
      for (const t of tables) out.push(JSON.stringify(await query(`SELECT * FROM "${t.tablename}"`)));
      return out.join('\n');
    },
    requestsIn: async (state) =>
      (await query<{ id: string }>('SELECT id FROM requests WHERE state = $1', [state])).map((r) => r.id),
    async abandon(ledger) {
      // Only the dead bot is connected now (the next one starts after): every other connection is its.
      await query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [database.name],
      );
      // Its pool takes no new work (a dead process runs nothing more); pending work is abandoned.
      void ledger.close().catch(() => undefined);
    },
    remove: () => database.drop(),
  };
}

export function openPlace(kind: LedgerKind): Promise<LedgerPlace> {
  return kind === 'sqlite' ? Promise.resolve(sqlitePlace()) : postgresPlace();
}
