/**
 * An in-memory Ledger with the same semantics as the SQLite one:
 * - `transition` is an atomic compare-and-set (the check and the write happen in the same
 *   synchronous turn, so `Promise.all([confirm, confirm])` has exactly one winner);
 * - records and payloads go through a JSON round trip on the way in and out, like a database
 *   column would, so a test can never rely on object identity or on a Secret surviving storage
 *   (a Secret serialises as "[secret redacted]"; `dump()` lets tests scan everything stored).
 *
 *   const ledger = createMemoryLedger();
 *   await engine.handleText(...);
 *   expect(ledger.events.map((e) => e.kind)).toContain('requested');
 *   expect(ledger.dump()).not.toContain(secretValue);
 */
import type {
  Ledger,
  LedgerEvent,
  NewLedgerEvent,
  RequestRecord,
  RequestState,
} from '../../src/core/ledger-port.js';

interface StoredRecord
  extends Omit<RequestRecord, 'createdAt' | 'updatedAt' | 'expiresAt' | 'payload' | 'context'> {
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  /** JSON text, as a database column would hold it. */
  payload: string;
  context: string;
}

export interface MemoryLedger extends Ledger {
  /** Every event recorded so far, oldest first (copies). */
  readonly events: LedgerEvent[];
  /** Every request stored so far (copies). */
  readonly records: RequestRecord[];
  /** Everything stored, as one JSON string: scan it for secrets. */
  dump(): string;
  /** Number of transition calls that lost the compare-and-set (for race tests). */
  readonly lostTransitions: number;
  readonly closed: boolean;
}

function load(row: StoredRecord): RequestRecord {
  return {
    ...row,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
    expiresAt: new Date(row.expiresAt),
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    context: JSON.parse(row.context) as Record<string, string>,
  };
}

function store(record: RequestRecord): StoredRecord {
  return {
    ...record,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    expiresAt: record.expiresAt.toISOString(),
    payload: JSON.stringify(record.payload),
    context: JSON.stringify(record.context),
  };
}

function copyEvent(event: LedgerEvent): LedgerEvent {
  return { ...event, at: new Date(event.at) };
}

export function createMemoryLedger(): MemoryLedger {
  const rows = new Map<string, StoredRecord>();
  const events: LedgerEvent[] = [];
  const claims = new Map<string, Date>();
  const reminders = new Map<string, Date>();
  const viewers = new Set<string>();
  const outboxRows: Array<{
    id: number;
    payload: string;
    createdAt: Date;
    attempts: number;
    nextAttemptAt: Date;
    lastError: string | null;
    state: 'pending' | 'delivered' | 'dead';
  }> = [];
  let nextEventId = 1;
  let lost = 0;
  let closed = false;
  const runningJobs = new Set<string>();
  const instances = new Set<string>();

  const assertOpen = (): void => {
    if (closed) throw new Error('ledger is closed');
  };
  const addEvent = (event: NewLedgerEvent): void => {
    events.push({ ...event, at: new Date(event.at), id: nextEventId++ });
  };

  const ledger: MemoryLedger = {
    get events() {
      return events.map(copyEvent);
    },
    get records() {
      return [...rows.values()].map(load);
    },
    get lostTransitions() {
      return lost;
    },
    get closed() {
      return closed;
    },
    dump() {
      return JSON.stringify({
        requests: [...rows.values()],
        events,
        claims: [...claims.keys()],
        reminders: [...reminders.keys()],
      });
    },

    async insert(record) {
      assertOpen();
      if (rows.has(record.id)) throw new Error(`request ${record.id} already exists`);
      rows.set(record.id, store(record));
    },

    async get(id) {
      assertOpen();
      const row = rows.get(id);
      return row ? load(row) : null;
    },

    async transition(id, from, to, event, patch) {
      assertOpen();
      // Check and write in one synchronous turn: nothing can interleave (the atomic compare-and-set).
      const row = rows.get(id);
      const guard = patch?.unlessPayloadHas;
      if (
        !row ||
        !from.includes(row.state) ||
        (guard !== undefined && (load(row).payload[guard] ?? null) !== null)
      ) {
        lost += 1;
        return null;
      }
      const current = load(row);
      const updated: RequestRecord = {
        ...current,
        state: to,
        updatedAt: new Date(event.at),
        payload: patch?.payload ?? current.payload,
        context: patch?.context ? { ...current.context, ...patch.context } : current.context,
        expiresAt: patch?.expiresAt ?? current.expiresAt,
      };
      rows.set(id, store(updated));
      addEvent({ ...event, requestId: id });
      return load(store(updated));
    },

    async updateContext(id, context) {
      assertOpen();
      const row = rows.get(id);
      if (!row) return;
      const current = load(row);
      rows.set(id, store({ ...current, context: { ...current.context, ...context } }));
    },

    async record(event) {
      assertOpen();
      addEvent(event);
    },

    async history(query) {
      assertOpen();
      // Same semantics as SQLite: undefined = all events, null = events with no business unit.
      const matching = events.filter(
        (e) => query.businessUnit === undefined || e.businessUnit === query.businessUnit,
      );
      return matching.slice(-query.limit).reverse().map(copyEvent);
    },

    async queryEvents(query) {
      assertOpen();
      const after = query.afterId ?? 0;
      const newest = query.newestFirst === true;
      const older = (e: LedgerEvent): boolean => {
        const b = query.before;
        if (!newest || b === undefined) return true;
        return e.at.getTime() < b.at.getTime() || (e.at.getTime() === b.at.getTime() && e.id < b.id);
      };
      const ordered = newest
        ? [...events].sort((x, y) => y.at.getTime() - x.at.getTime() || y.id - x.id)
        : events;
      return ordered
        .filter(
          (e) =>
            e.id > after &&
            older(e) &&
            (query.businessUnit === undefined || e.businessUnit === query.businessUnit) &&
            (query.actorId === undefined || e.actorId === query.actorId) &&
            (query.kinds === undefined || query.kinds.includes(e.kind)) &&
            (query.since === undefined || e.at.getTime() >= query.since.getTime()) &&
            (query.until === undefined || e.at.getTime() < query.until.getTime()),
        )
        .slice(0, Math.max(0, Math.floor(query.limit)))
        .map(copyEvent);
    },

    async findRequests(query) {
      assertOpen();
      return [...rows.values()]
        .filter(
          (row) =>
            (query.requesterId === undefined || row.requesterId === query.requesterId) &&
            (query.states === undefined || query.states.includes(row.state)),
        )
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id))
        .slice(0, Math.max(0, Math.floor(query.limit)))
        .map(load);
    },

    async findExpired(states: readonly RequestState[], now: Date) {
      assertOpen();
      return [...rows.values()]
        .filter((row) => states.includes(row.state) && new Date(row.expiresAt).getTime() < now.getTime())
        .map(load);
    },

    async claimReminder(key, at) {
      assertOpen();
      if (reminders.has(key)) return false;
      reminders.set(key, at);
      return true;
    },
    async releaseReminder(key) {
      assertOpen();
      reminders.delete(key);
    },
    async noteHomeViewer(userId) {
      assertOpen();
      viewers.add(userId);
    },
    async homeViewers(userIds) {
      assertOpen();
      return [...new Set(userIds)].filter((id) => viewers.has(id));
    },
    async claimOnce(key, now) {
      assertOpen();
      if (claims.has(key)) return false;
      claims.set(key, now);
      return true;
    },

    async runExclusive(name, work) {
      assertOpen();
      if (runningJobs.has(name)) return { ran: false };
      runningJobs.add(name);
      try {
        return { ran: true, value: await work() };
      } finally {
        runningJobs.delete(name);
      }
    },

    async ping() {
      assertOpen();
    },

    async close() {
      closed = true;
    },

    async holdInstance(instanceId) {
      instances.add(instanceId);
    },
    async instanceAlive(instanceId) {
      return !closed && instances.has(instanceId);
    },

    outbox: {
      async enqueue(payload, now, dueAt) {
        assertOpen();
        const id = outboxRows.length + 1;
        outboxRows.push({
          id,
          payload: JSON.stringify(payload),
          createdAt: now,
          attempts: 0,
          nextAttemptAt: dueAt,
          lastError: null,
          state: 'pending',
        });
        return id;
      },
      async claimDue(now, limit, leaseUntil) {
        assertOpen();
        const claimed = outboxRows
          .filter((r) => r.state === 'pending' && r.nextAttemptAt.getTime() <= now.getTime())
          .slice(0, limit);
        for (const row of claimed) row.nextAttemptAt = leaseUntil;
        return claimed.map((r) => ({ ...r, payload: JSON.parse(r.payload) as Record<string, unknown> }));
      },
      async delivered(id) {
        const row = outboxRows.find((r) => r.id === id);
        if (row) {
          row.state = 'delivered';
          row.attempts += 1;
        }
      },
      async failed(id, error, nextAttemptAt) {
        const row = outboxRows.find((r) => r.id === id);
        if (!row) return;
        row.attempts += 1;
        row.lastError = error;
        if (nextAttemptAt === null) row.state = 'dead';
        else row.nextAttemptAt = nextAttemptAt;
      },
    },
  };
  return ledger;
}
