import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEDGER_SCHEMA_VERSION, openSqliteLedger } from '../../src/ledger/sqlite-ledger.js';
import { actor, describeLedgerContract, request } from './ledger-contract.js';

let path = '';
describeLedgerContract('SQLite file', {
  async fresh() {
    path = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'ledger.db');
  },
  async open() {
    return openSqliteLedger(path);
  },
  async dispose() {
    rmSync(join(path, '..'), { recursive: true, force: true });
  },
});

describe('SqliteLedger', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('also works in memory (the dry run), with the same compare-and-set', async () => {
    const ledger = openSqliteLedger(':memory:');
    await ledger.insert(request());
    expect(
      await ledger.transition('r-1', ['awaiting_approval'], 'approved', actor('approved')),
    ).not.toBeNull();
    expect(await ledger.transition('r-1', ['awaiting_approval'], 'denied', actor('denied'))).toBeNull();
    await ledger.close();
  });

  it('events recorded at the same moment are each committed when their caller hears so; a bad one fails alone', async () => {
    const file = join(dir, 'ledger.db');
    const ledger = openSqliteLedger(file);
    const at = new Date('2026-11-30T10:00:00Z');
    const recorded = await Promise.allSettled([
      ledger.record({ ...actor('approved', at), requestId: null, businessUnit: 'research' }),
      // NOT NULL kind: refused by SQLite inside the shared transaction.
      ledger.record({
        ...actor('denied', at),
        kind: null as unknown as 'denied',
        requestId: null,
        businessUnit: null,
      }),
      ledger.record({ ...actor('expired', at), requestId: null, businessUnit: 'sales' }),
      ledger.record({ ...actor('expired', new Date(Number.NaN)), requestId: null, businessUnit: null }),
    ]);
    expect(recorded.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    // Committed: another connection to the file sees both good events.
    const reader = new Database(file, { readonly: true });
    const kinds = (
      reader.prepare('SELECT kind FROM events ORDER BY id').all() as Array<{ kind: string }>
    ).map((r) => r.kind);
    reader.close();
    expect(kinds).toEqual(['approved', 'expired']);
    // Recorded just before closing: written before the file closes.
    const last = ledger.record({ ...actor('approved', at), requestId: null, businessUnit: null });
    await ledger.close();
    await expect(last).resolves.toBeUndefined();
    const again = openSqliteLedger(file);
    expect(await again.history({ limit: 10 })).toHaveLength(3);
    await again.close();
  });

  it('uses WAL, a busy timeout, ISO date strings and a schema version', async () => {
    const path = join(dir, 'ledger.db');
    const ledger = openSqliteLedger(path);
    await ledger.insert(request());
    await ledger.close();

    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.prepare('SELECT version FROM schema_version').get()).toEqual({
        version: LEDGER_SCHEMA_VERSION,
      });
      const row = raw.prepare('SELECT created_at, expires_at FROM requests').get() as {
        created_at: string;
        expires_at: string;
      };
      expect(row.created_at).toBe('2025-03-01T10:00:00.000Z');
      expect(row.expires_at).toBe('2025-03-01T10:30:00.000Z');
      const tables = (
        raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>
      ).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(['requests', 'events', 'claims', 'schema_version']));
    } finally {
      raw.close();
    }
  });

  it('refuses a ledger written by a newer schema', async () => {
    const path = join(dir, 'ledger.db');
    await openSqliteLedger(path).close();
    const raw = new Database(path);
    raw.prepare('UPDATE schema_version SET version = 999').run();
    raw.close();
    expect(() => openSqliteLedger(path)).toThrow(/newer bedrock-bot/);
  });
});

describe('file permissions', () => {
  it('creates the ledger file (and its WAL) readable by the owner only, and tightens an existing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bedrock-ledger-mode-'));
    try {
      const { statSync, writeFileSync } = await import('node:fs');
      const path = join(dir, 'ledger.db');
      const ledger = openSqliteLedger(path);
      await ledger.insert(request());
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(`${path}-wal`).mode & 0o777).toBe(0o600);
      await ledger.close();
      const old = join(dir, 'old.db');
      writeFileSync(old, '', { mode: 0o644 });
      await openSqliteLedger(old).close();
      expect(statSync(old).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
