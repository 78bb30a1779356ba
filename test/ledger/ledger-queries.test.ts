/** The ledger's queries for paging, exports and App Home: the same answers from SQLite and the memory fake. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger, LedgerEventKind, RequestRecord } from '../../src/core/ledger-port.js';
import { openPostgresLedger } from '../../src/ledger/postgres-ledger.js';
import { openSqliteLedger } from '../../src/ledger/sqlite-ledger.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-db.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';

const T0 = new Date('2026-03-01T10:00:00.000Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);

function record(
  id: string,
  requesterId: string,
  state: RequestRecord['state'],
  minutes: number,
): RequestRecord {
  return {
    id,
    createdAt: at(minutes),
    updatedAt: at(minutes),
    expiresAt: at(minutes + 60),
    requesterId,
    requesterName: requesterId,
    requesterEmail: null,
    surface: 'slash',
    intent: 'create_key',
    businessUnit: 'research',
    state,
    payload: {},
    context: {},
  };
}

async function seed(ledger: Ledger): Promise<void> {
  const rows: Array<[LedgerEventKind, string, string | null]> = [
    ['requested', 'U1', 'research'],
    ['token_issued', 'U1', null],
    ['approved', 'U2', 'research'],
    ['key_created', 'U2', 'sales'],
    ['token_issued', 'U2', null],
  ];
  for (const [i, [kind, actorId, businessUnit]] of rows.entries()) {
    await ledger.record({
      at: at(i * 10),
      requestId: null,
      kind,
      actorId,
      actorName: actorId,
      businessUnit,
      detail: kind,
    });
  }
  await ledger.insert(record('r-a', 'U1', 'completed', 1));
  await ledger.insert(record('r-b', 'U1', 'awaiting_approval', 5));
  await ledger.insert(record('r-c', 'U2', 'awaiting_approval', 3));
}

const databases: TestDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.drop();
});

describe.each([
  ['sqlite', async (): Promise<Ledger> => openSqliteLedger(':memory:')],
  ['memory', async (): Promise<Ledger> => createMemoryLedger()],
  [
    'postgres',
    async (): Promise<Ledger> => {
      const db = await createTestDatabase();
      databases.push(db);
      return openPostgresLedger(db.url);
    },
  ],
])('%s ledger queries', (_name, open) => {
  it('pages through every event in order with afterId, and filters by unit, person, kind and time', async () => {
    const ledger = await open();
    await seed(ledger);
    const first = await ledger.queryEvents({ limit: 2 });
    const second = await ledger.queryEvents({ limit: 2, afterId: first.at(-1)?.id ?? 0 });
    const third = await ledger.queryEvents({ limit: 2, afterId: second.at(-1)?.id ?? 0 });
    expect([...first, ...second, ...third].map((e) => e.detail)).toEqual([
      'requested',
      'token_issued',
      'approved',
      'key_created',
      'token_issued',
    ]);
    expect((await ledger.queryEvents({ limit: 10, businessUnit: 'research' })).map((e) => e.kind)).toEqual([
      'requested',
      'approved',
    ]);
    expect((await ledger.queryEvents({ limit: 10, businessUnit: null })).length).toBe(2);
    expect((await ledger.queryEvents({ limit: 10, actorId: 'U2', kinds: ['token_issued'] })).length).toBe(1);
    expect((await ledger.queryEvents({ limit: 10, kinds: [] })).length).toBe(0);
    const window = await ledger.queryEvents({ limit: 10, since: at(10), until: at(30) });
    expect(window.map((e) => e.kind)).toEqual(['token_issued', 'approved']);
    await ledger.close();
  });

  it('pages newest first with a keyset cursor, through equal times, with every filter', async () => {
    const ledger = await open();
    await seed(ledger);
    // Two more events at the same instant as the newest: the cursor must keep its ID as tie-breaker.
    for (const actorId of ['U3', 'U4']) {
      await ledger.record({
        at: at(40),
        requestId: null,
        kind: 'approved',
        actorId,
        actorName: actorId,
        businessUnit: 'research',
        detail: `same time ${actorId}`,
      });
    }
    const pages: string[][] = [];
    let before: { at: Date; id: number } | undefined;
    for (;;) {
      const page = await ledger.queryEvents({ limit: 2, newestFirst: true, ...(before ? { before } : {}) });
      if (page.length === 0) break;
      pages.push(page.map((e) => e.detail));
      const last = page.at(-1);
      if (last === undefined) break;
      before = { at: last.at, id: last.id };
    }
    expect(pages).toEqual([
      ['same time U4', 'same time U3'],
      ['token_issued', 'key_created'],
      ['approved', 'token_issued'],
      ['requested'],
    ]);
    const unit = await ledger.queryEvents({ limit: 10, newestFirst: true, businessUnit: 'research' });
    expect(unit.map((e) => e.detail)).toEqual(['same time U4', 'same time U3', 'approved', 'requested']);
    const mine = await ledger.queryEvents({
      limit: 10,
      newestFirst: true,
      actorId: 'U2',
      kinds: ['approved'],
    });
    expect(mine.map((e) => e.actorId)).toEqual(['U2']);
    const window = await ledger.queryEvents({ limit: 10, newestFirst: true, since: at(10), until: at(30) });
    expect(window.map((e) => e.kind)).toEqual(['approved', 'token_issued']);
    await ledger.close();
  });

  it('finds requests by person and state, most recently updated first', async () => {
    const ledger = await open();
    await seed(ledger);
    expect((await ledger.findRequests({ requesterId: 'U1', limit: 10 })).map((r) => r.id)).toEqual([
      'r-b',
      'r-a',
    ]);
    expect(
      (await ledger.findRequests({ states: ['awaiting_approval'], limit: 10 })).map((r) => r.id),
    ).toEqual(['r-b', 'r-c']);
    expect((await ledger.findRequests({ states: ['awaiting_approval'], limit: 1 })).length).toBe(1);
    await ledger.close();
  });
});
