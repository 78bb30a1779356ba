import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ledger, RequestRecord } from '../../src/core/ledger-port.js';
import { LEDGER_SCHEMA_VERSION, openSqliteLedger } from '../../src/ledger/sqlite-ledger.js';

const T0 = new Date('2025-03-01T10:00:00.000Z');
const minutes = (n: number): Date => new Date(T0.getTime() + n * 60_000);

function request(overrides: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id: 'r-1',
    createdAt: T0,
    updatedAt: T0,
    expiresAt: minutes(30),
    requesterId: 'U1',
    requesterName: 'Ada',
    requesterEmail: 'ada@example.com',
    surface: 'slash',
    intent: 'long_term_key',
    businessUnit: 'research',
    state: 'awaiting_approval',
    payload: { plan: { kind: 'create_key' }, choices: ['a', 'b'] },
    context: { channelId: 'C1' },
    ...overrides,
  };
}

const actor = (kind: 'approved' | 'denied' | 'executed' | 'expired', at = minutes(1)) => ({
  at,
  kind,
  actorId: 'UADMIN',
  actorName: 'Grace',
  businessUnit: 'research',
  detail: `${kind} by Grace`,
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const targets: Array<[string, () => string]> = [
  ['a file', () => join(dir, 'ledger.db')],
  [':memory:', () => ':memory:'],
];

describe.each(targets)('SqliteLedger contract (%s)', (_name, pathOf) => {
  let ledger: Ledger;
  beforeEach(() => {
    ledger = openSqliteLedger(pathOf());
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('inserts and reads back a request with dates, payload and context intact', async () => {
    await ledger.insert(request());
    const got = await ledger.get('r-1');
    expect(got).toEqual(request());
    expect(got?.createdAt).toBeInstanceOf(Date);
    expect(await ledger.get('missing')).toBeNull();
  });

  it('transition is a compare-and-set that records the event', async () => {
    await ledger.insert(request());
    const moved = await ledger.transition('r-1', ['awaiting_approval'], 'approved', actor('approved'));
    expect(moved?.state).toBe('approved');
    expect(moved?.updatedAt).toEqual(minutes(1));
    // A second attempt from the old state loses.
    expect(await ledger.transition('r-1', ['awaiting_approval'], 'denied', actor('denied'))).toBeNull();
    expect(
      await ledger.transition('missing', ['awaiting_approval'], 'approved', actor('approved')),
    ).toBeNull();
    expect(await ledger.transition('r-1', [], 'approved', actor('approved'))).toBeNull();
    const events = await ledger.history({ limit: 10 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      requestId: 'r-1',
      kind: 'approved',
      actorId: 'UADMIN',
      actorName: 'Grace',
      at: minutes(1),
    });
  });

  it('two concurrent transitions from the same state: exactly one wins', async () => {
    await ledger.insert(request({ state: 'approved' }));
    const results = await Promise.all([
      ledger.transition('r-1', ['approved'], 'executing', actor('executed')),
      ledger.transition('r-1', ['approved'], 'executing', actor('executed')),
      ledger.transition('r-1', ['approved'], 'executing', actor('executed')),
    ]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect((await ledger.history({ limit: 10 })).filter((e) => e.kind === 'executed')).toHaveLength(1);
  });

  it('transition patches payload (replace) and context (merge)', async () => {
    await ledger.insert(request());
    const moved = await ledger.transition('r-1', ['awaiting_approval'], 'approved', actor('approved'), {
      payload: { plan: { kind: 'rotate' } },
      context: { approvalTs: '111.222' },
    });
    expect(moved?.payload).toEqual({ plan: { kind: 'rotate' } });
    expect(moved?.context).toEqual({ channelId: 'C1', approvalTs: '111.222' });
  });

  it('updateContext merges keys and ignores unknown requests', async () => {
    await ledger.insert(request());
    await ledger.updateContext('r-1', { approvalChannel: 'CAPPROVE', approvalTs: '1.2' });
    await ledger.updateContext('r-1', { approvalTs: '1.3' });
    await ledger.updateContext('missing', { x: 'y' });
    expect((await ledger.get('r-1'))?.context).toEqual({
      channelId: 'C1',
      approvalChannel: 'CAPPROVE',
      approvalTs: '1.3',
    });
  });

  it('history is newest first, limited, and filtered by business unit', async () => {
    await ledger.record({ ...actor('approved', minutes(1)), requestId: null, businessUnit: 'research' });
    await ledger.record({ ...actor('denied', minutes(2)), requestId: 'r-2', businessUnit: 'sales' });
    await ledger.record({ ...actor('expired', minutes(3)), requestId: 'r-3', businessUnit: null });
    expect((await ledger.history({ limit: 10 })).map((e) => e.kind)).toEqual([
      'expired',
      'denied',
      'approved',
    ]);
    expect((await ledger.history({ limit: 2 })).map((e) => e.kind)).toEqual(['expired', 'denied']);
    expect((await ledger.history({ businessUnit: 'sales', limit: 10 })).map((e) => e.kind)).toEqual([
      'denied',
    ]);
    expect((await ledger.history({ businessUnit: null, limit: 10 })).map((e) => e.kind)).toEqual(['expired']);
  });

  it('transition can set a new deadline for the new state, which findExpired then uses', async () => {
    await ledger.insert(request({ expiresAt: minutes(5) }));
    const moved = await ledger.transition('r-1', ['awaiting_approval'], 'approved', actor('approved'), {
      expiresAt: minutes(120),
    });
    expect(moved?.expiresAt).toEqual(minutes(120));
    expect(await ledger.findExpired(['approved'], minutes(60))).toEqual([]);
    expect((await ledger.findExpired(['approved'], minutes(121))).map((r) => r.id)).toEqual(['r-1']);
  });

  it('findExpired returns only requests in the given states past their expiry', async () => {
    await ledger.insert(request({ id: 'old', expiresAt: minutes(5) }));
    await ledger.insert(request({ id: 'fresh', expiresAt: minutes(60) }));
    await ledger.insert(request({ id: 'done', expiresAt: minutes(5), state: 'completed' }));
    await ledger.insert(request({ id: 'confirm', expiresAt: minutes(2), state: 'awaiting_confirmation' }));
    const expired = await ledger.findExpired(['awaiting_approval', 'awaiting_confirmation'], minutes(10));
    expect(expired.map((r) => r.id)).toEqual(['confirm', 'old']);
    expect(await ledger.findExpired([], minutes(10))).toEqual([]);
    expect(await ledger.findExpired(['awaiting_approval'], minutes(5))).toEqual([]);
  });

  it('claimOnce is true the first time only, and forgets claims older than a day', async () => {
    expect(await ledger.claimOnce('Ev1', T0)).toBe(true);
    expect(await ledger.claimOnce('Ev1', minutes(1))).toBe(false);
    expect(await ledger.claimOnce('Ev2', minutes(1))).toBe(true);
    const nextDay = new Date(T0.getTime() + 25 * 60 * 60 * 1000);
    expect(await ledger.claimOnce('Ev1', nextDay)).toBe(true);
  });

  it('close is idempotent', async () => {
    await ledger.close();
    await ledger.close();
    ledger = openSqliteLedger(':memory:');
  });
});

describe('SqliteLedger on disk', () => {
  it('survives a restart: write, close, reopen, read', async () => {
    const path = join(dir, 'ledger.db');
    const first = openSqliteLedger(path);
    await first.insert(request());
    await first.transition('r-1', ['awaiting_approval'], 'approved', actor('approved'));
    await first.claimOnce('Ev1', T0);
    await first.close();

    const second = openSqliteLedger(path);
    expect((await second.get('r-1'))?.state).toBe('approved');
    expect((await second.history({ limit: 10 })).map((e) => e.kind)).toEqual(['approved']);
    expect(await second.claimOnce('Ev1', minutes(1))).toBe(false);
    await second.close();
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

  it('two handles on the same file still give one winner', async () => {
    const path = join(dir, 'ledger.db');
    const a = openSqliteLedger(path);
    const b = openSqliteLedger(path);
    await a.insert(request({ state: 'approved' }));
    const [ra, rb] = await Promise.all([
      a.transition('r-1', ['approved'], 'executing', actor('executed')),
      b.transition('r-1', ['approved'], 'executing', actor('executed')),
    ]);
    expect([ra, rb].filter((r) => r !== null)).toHaveLength(1);
    await a.close();
    await b.close();
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

describe('outbox', () => {
  it('keeps queued messages across reopening; due, retried later, delivered once, or given up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bedrock-outbox-'));
    try {
      const path = join(dir, 'ledger.db');
      const first = openSqliteLedger(path);
      const outbox = first.outbox;
      if (outbox === undefined) throw new Error('no outbox');
      const a = await outbox.enqueue({ audience: 'approvers', text: 'card' }, T0, minutes(1));
      const b = await outbox.enqueue({ audience: 'requester-dm', text: 'dm' }, T0, minutes(1));
      expect(await outbox.due(T0, 10)).toEqual([]); // being sent right now
      await first.close();
      const again = openSqliteLedger(path);
      const box = again.outbox;
      if (box === undefined) throw new Error('no outbox');
      expect((await box.due(minutes(1), 10)).map((i) => [i.id, i.payload.text, i.attempts])).toEqual([
        [a, 'card', 0],
        [b, 'dm', 0],
      ]);
      await box.failed(a, 'HTTP 500', minutes(5));
      await box.delivered(b);
      expect(await box.due(minutes(2), 10)).toEqual([]);
      const [retry] = await box.due(minutes(5), 10);
      expect(retry).toMatchObject({ id: a, attempts: 1, lastError: 'HTTP 500' });
      await box.failed(a, 'HTTP 500 again', null);
      expect(await box.due(minutes(60), 10)).toEqual([]);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
