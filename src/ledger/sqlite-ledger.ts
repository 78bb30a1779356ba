/**
 * The request ledger on SQLite (better-sqlite3): every request, decision and execution with who
 * and when, never a secret. WAL mode so readers never block the writer; a busy timeout so a second
 * process (the console next to the bot) waits instead of failing; versioned migrations.
 *
 * `transition` is one compare-and-set transaction (UPDATE … WHERE id = ? AND state IN (…)) that
 * also writes the event, so two concurrent clicks lead to exactly one winner.
 */
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Database as DatabaseType, Statement } from 'better-sqlite3';
import type {
  EventQuery,
  Ledger,
  LedgerEvent,
  NewLedgerEvent,
  OutboxStore,
  RequestQuery,
  RequestRecord,
  RequestState,
  TransitionPatch,
} from '../core/ledger-port.js';
import {
  CLAIM_RETENTION_MS,
  EVENT_COLUMNS,
  eventValues,
  iso,
  payloadKey,
  REQUEST_COLUMNS,
  requestValues,
  toEvent,
  toRecord,
  type EventRow,
  type RequestRow,
} from './rows.js';

/** Each entry moves the schema from version i to i + 1. Append only; never edit a shipped step. */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE requests (
    id              TEXT PRIMARY KEY,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    requester_id    TEXT NOT NULL,
    requester_name  TEXT NOT NULL,
    requester_email TEXT,
    surface         TEXT NOT NULL,
    intent          TEXT NOT NULL,
    business_unit   TEXT,
    state           TEXT NOT NULL,
    payload         TEXT NOT NULL,
    context         TEXT NOT NULL
  );
  CREATE INDEX requests_state_expiry ON requests (state, expires_at);
  CREATE TABLE events (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT NOT NULL,
    request_id    TEXT,
    kind          TEXT NOT NULL,
    actor_id      TEXT NOT NULL,
    actor_name    TEXT NOT NULL,
    business_unit TEXT,
    detail        TEXT NOT NULL
  );
  CREATE INDEX events_request ON events (request_id);
  CREATE INDEX events_business_unit ON events (business_unit, id);
  CREATE TABLE claims (
    key        TEXT PRIMARY KEY,
    claimed_at TEXT NOT NULL
  );
  CREATE INDEX claims_claimed_at ON claims (claimed_at);
  `,
  // 2: leases for jobs that one process at a time may run (runExclusive), e.g. the expiry sweep.
  `
  CREATE TABLE job_leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  `,
  // 3: the outbox of approval cards and requester DMs (never a secret), sent again until delivered.
  `
  CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at      TEXT NOT NULL,
    payload         TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending',
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT
  );
  CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
  `,
  // 4: reminders sent (expiry, rotation age, weekly digest), one row each, kept for good; and who
  // uses the App Home tab, so that any replica republishes it after a change.
  `
  CREATE TABLE reminders (
    key     TEXT PRIMARY KEY,
    sent_at TEXT NOT NULL
  );
  CREATE TABLE home_viewers (
    user_id   TEXT PRIMARY KEY,
    opened_at TEXT NOT NULL
  );
  `,
  // 5: history pages newest first, filtered by unit, person, kind or time, over millions of events
  // (keyset paging on (at, id)); App Home's "my requests".
  `
  CREATE INDEX events_at ON events (at, id);
  CREATE INDEX events_unit_at ON events (business_unit, at, id);
  CREATE INDEX events_actor_at ON events (actor_id, at, id);
  CREATE INDEX events_kind_at ON events (kind, at, id);
  CREATE INDEX requests_requester ON requests (requester_id, updated_at);
  `,
];

/** Statements kept for asking who of up to this many people uses the Home tab. */
const MAX_KEPT_VIEWER_STATEMENT = 32;

/** A lease outlives a crashed holder by at most this long. */
const JOB_LEASE_MS = 10 * 60 * 1000;

export const LEDGER_SCHEMA_VERSION = MIGRATIONS.length;

function migrate(db: DatabaseType): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const run = db.transaction(() => {
    const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
    const current = row?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `The ledger was written by a newer bedrock-bot (schema ${current}, this build knows ${MIGRATIONS.length}). Upgrade the bot.`,
      );
    }
    for (let version = current; version < MIGRATIONS.length; version += 1) {
      db.exec(MIGRATIONS[version] as string);
    }
    if (row === undefined)
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(MIGRATIONS.length);
    else if (current !== MIGRATIONS.length)
      db.prepare('UPDATE schema_version SET version = ?').run(MIGRATIONS.length);
  });
  run.immediate();
}

/**
 * runExclusive on SQLite: a lease row per job name, so that two processes on one file (the console
 * next to the bot) take turns. A crashed holder's lease lapses after JOB_LEASE_MS.
 */
function createJobLeases(db: DatabaseType, isClosed: () => boolean): Ledger['runExclusive'] {
  const holder = randomUUID();
  const take = db.transaction((name: string, nowMs: number): boolean => {
    db.prepare('DELETE FROM job_leases WHERE name = ? AND expires_at < ?').run(name, iso(new Date(nowMs)));
    const inserted = db
      .prepare('INSERT OR IGNORE INTO job_leases (name, holder, expires_at) VALUES (?, ?, ?)')
      .run(name, holder, iso(new Date(nowMs + JOB_LEASE_MS)));
    return inserted.changes === 1;
  });
  return async (name, work) => {
    if (!take.immediate(name, Date.now())) return { ran: false };
    try {
      return { ran: true, value: await work() };
    } finally {
      if (!isClosed()) db.prepare('DELETE FROM job_leases WHERE name = ? AND holder = ?').run(name, holder);
    }
  };
}

/** The outbox table (migration 3) behind Ledger.outbox. */
function createOutboxStore(db: DatabaseType): OutboxStore {
  const outboxInsert = db.prepare(
    'INSERT INTO outbox (created_at, payload, next_attempt_at) VALUES (?, ?, ?)',
  );
  const outboxDue = db.prepare(
    "SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
  );
  const outboxLease = db.prepare('UPDATE outbox SET next_attempt_at = ? WHERE id = ?');
  const outboxDelivered = db.prepare(
    "UPDATE outbox SET state = 'delivered', attempts = attempts + 1 WHERE id = ?",
  );
  const outboxRetry = db.prepare(
    'UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?',
  );
  const outboxDead = db.prepare(
    "UPDATE outbox SET state = 'dead', attempts = attempts + 1, last_error = ? WHERE id = ?",
  );
  interface OutboxRow {
    id: number;
    created_at: string;
    payload: string;
    attempts: number;
    next_attempt_at: string;
    last_error: string | null;
  }
  // One write transaction: a second process on the file claims only what this one left.
  const claimTx = db.transaction((now: Date, limit: number, leaseUntil: Date): OutboxRow[] => {
    const rows = outboxDue.all(iso(now), limit) as OutboxRow[];
    for (const row of rows) outboxLease.run(iso(leaseUntil), row.id);
    return rows.map((r) => ({ ...r, next_attempt_at: iso(leaseUntil) }));
  });
  return {
    async enqueue(payload, now, dueAt) {
      return Number(outboxInsert.run(iso(now), JSON.stringify(payload), iso(dueAt)).lastInsertRowid);
    },
    async claimDue(now, limit, leaseUntil) {
      return claimTx.immediate(now, limit, leaseUntil).map((r) => ({
        id: r.id,
        payload: JSON.parse(r.payload) as Record<string, unknown>,
        createdAt: new Date(r.created_at),
        attempts: r.attempts,
        nextAttemptAt: new Date(r.next_attempt_at),
        lastError: r.last_error,
      }));
    },
    async delivered(id) {
      outboxDelivered.run(id);
    },
    async failed(id, error, nextAttemptAt) {
      if (nextAttemptAt === null) outboxDead.run(error.slice(0, 500), id);
      else outboxRetry.run(error.slice(0, 500), iso(nextAttemptAt), id);
    },
  };
}

/**
 * The ledger names who asked for what, for which unit: readable by the bot's own user only. The
 * file is created 0600 before SQLite opens it (SQLite gives its -wal and -shm files the same mode),
 * and an existing file is tightened to 0600.
 */
function ownerOnly(path: string): void {
  if (path === ':memory:' || path === '' || path.startsWith('file:')) return;
  closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);
  for (const side of [`${path}-wal`, `${path}-shm`]) if (existsSync(side)) chmodSync(side, 0o600);
}

/** Events matching `query`, oldest first (history pages, audit export, App Home). */
function selectEvents(db: DatabaseType, query: EventQuery): LedgerEvent[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.afterId !== undefined) {
    where.push('id > ?');
    params.push(query.afterId);
  }
  if (query.businessUnit === null) where.push('business_unit IS NULL');
  else if (query.businessUnit !== undefined) {
    where.push('business_unit = ?');
    params.push(query.businessUnit);
  }
  if (query.actorId !== undefined) {
    where.push('actor_id = ?');
    params.push(query.actorId);
  }
  if (query.kinds !== undefined) {
    if (query.kinds.length === 0) return [];
    where.push(`kind IN (${query.kinds.map(() => '?').join(', ')})`);
    params.push(...query.kinds);
  }
  if (query.since !== undefined) {
    where.push('at >= ?');
    params.push(iso(query.since));
  }
  if (query.until !== undefined) {
    where.push('at < ?');
    params.push(iso(query.until));
  }
  if (query.newestFirst === true && query.before !== undefined) {
    where.push('(at, id) < (?, ?)');
    params.push(iso(query.before.at), query.before.id);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const order = query.newestFirst === true ? 'at DESC, id DESC' : 'id';
  const rows = db
    .prepare(`SELECT * FROM events ${clause} ORDER BY ${order} LIMIT ?`)
    .all(...params, Math.max(0, Math.floor(query.limit))) as EventRow[];
  return rows.map(toEvent);
}

/** Requests matching `query`, most recently updated first. */
function selectRequests(db: DatabaseType, query: RequestQuery): RequestRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.requesterId !== undefined) {
    where.push('requester_id = ?');
    params.push(query.requesterId);
  }
  if (query.states !== undefined) {
    if (query.states.length === 0) return [];
    where.push(`state IN (${query.states.map(() => '?').join(', ')})`);
    params.push(...query.states);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db
    .prepare(`SELECT * FROM requests ${clause} ORDER BY updated_at DESC, id DESC LIMIT ?`)
    .all(...params, Math.max(0, Math.floor(query.limit))) as RequestRow[];
  return rows.map(toRecord);
}

/**
 * Reminder claims (a unique row per reminder, never pruned: INSERT OR IGNORE decides who sends)
 * and the App Home tab's viewers.
 */
function reminderClaims(
  db: DatabaseType,
): Pick<Ledger, 'claimReminder' | 'releaseReminder' | 'noteHomeViewer' | 'homeViewers'> {
  const insertReminder = db.prepare('INSERT OR IGNORE INTO reminders (key, sent_at) VALUES (?, ?)');
  const deleteReminder = db.prepare('DELETE FROM reminders WHERE key = ?');
  const upsertViewer = db.prepare(
    'INSERT INTO home_viewers (user_id, opened_at) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET opened_at = excluded.opened_at',
  );
  // Asked after every delivery, mostly for one or two people: preparing the statement each time
  // cost more than running it (bench/ profile), so one is kept per list length.
  const viewerStatements = new Map<number, Statement>();
  const viewersOf = (count: number): Statement => {
    let statement = viewerStatements.get(count);
    if (statement === undefined) {
      statement = db.prepare(
        `SELECT user_id FROM home_viewers WHERE user_id IN (${Array.from({ length: count }, () => '?').join(', ')})`,
      );
      if (count <= MAX_KEPT_VIEWER_STATEMENT) viewerStatements.set(count, statement);
    }
    return statement;
  };
  return {
    async noteHomeViewer(userId, at) {
      upsertViewer.run(userId, iso(at));
    },
    async homeViewers(userIds) {
      const ids = [...new Set(userIds)];
      if (ids.length === 0) return [];
      const rows = viewersOf(ids.length).all(...ids) as Array<{ user_id: string }>;
      return rows.map((r) => r.user_id);
    },
    async claimReminder(key, at) {
      return insertReminder.run(key, iso(at)).changes === 1;
    },
    async releaseReminder(key) {
      deleteReminder.run(key);
    },
  };
}

/** The newest events, of one unit, of none, or of all. */
function selectHistory(
  db: DatabaseType,
  query: { businessUnit?: string | null; limit: number },
): LedgerEvent[] {
  const limit = Math.max(0, Math.floor(query.limit));
  const rows =
    query.businessUnit === undefined
      ? db.prepare('SELECT * FROM events ORDER BY id DESC LIMIT ?').all(limit)
      : query.businessUnit === null
        ? db.prepare('SELECT * FROM events WHERE business_unit IS NULL ORDER BY id DESC LIMIT ?').all(limit)
        : db
            .prepare('SELECT * FROM events WHERE business_unit = ? ORDER BY id DESC LIMIT ?')
            .all(query.businessUnit, limit);
  return (rows as EventRow[]).map(toEvent);
}

/** Requests in one of `states` whose deadline is before `now`, soonest first. */
function selectExpired(db: DatabaseType, states: readonly RequestState[], now: Date): RequestRecord[] {
  if (states.length === 0) return [];
  const placeholders = states.map(() => '?').join(', ');
  const rows = db
    .prepare(`SELECT * FROM requests WHERE state IN (${placeholders}) AND expires_at < ? ORDER BY expires_at`)
    .all(...states, iso(now)) as RequestRow[];
  return rows.map(toRecord);
}

/**
 * Group commit for `record`: the events recorded in one turn of the event loop are written in one
 * transaction, and each caller's promise settles once its event is committed. Every commit costs
 * WAL frames for the events table and each of its indexes; under a burst of token commands one
 * transaction per event was the largest single cost after the acknowledgements (0.08 ms of CPU
 * each on this machine, 0.02 ms each in a transaction of ten; bench/RESULTS.md).
 */
function createEventBatcher(db: DatabaseType, insertEvent: Statement) {
  let pending: Array<{ values: unknown[]; settle: (error: unknown) => void }> = [];
  const writeAll = db.transaction((batch: typeof pending): void => {
    for (const item of batch) insertEvent.run(...item.values);
  });
  function flush(): void {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    try {
      writeAll.immediate(batch);
    } catch {
      // Rolled back: write them one by one, so that only an event that fails itself fails.
      for (const item of batch) {
        try {
          insertEvent.run(...item.values);
          item.settle(null);
        } catch (error) {
          item.settle(error);
        }
      }
      return;
    }
    for (const item of batch) item.settle(null);
  }
  return {
    flush,
    record(event: NewLedgerEvent): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        // Converted now, so that an invalid event is refused to its caller alone.
        const values = eventValues(event);
        if (pending.length === 0) setImmediate(flush);
        pending.push({
          values,
          settle: (error) =>
            error === null ? resolve() : reject(error instanceof Error ? error : new Error(String(error))),
        });
      });
    },
  };
}

/** Opens (creating and migrating if needed) the ledger at `path`; `':memory:'` for a throwaway one. */
export function openSqliteLedger(path: string): Ledger {
  ownerOnly(path);
  const db = new Database(path);
  db.pragma('busy_timeout = 5000');
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);

  const insertRequest = db.prepare(
    `INSERT INTO requests (${REQUEST_COLUMNS.join(', ')}) VALUES (${REQUEST_COLUMNS.map(() => '?').join(', ')})`,
  );
  const selectRequest = db.prepare('SELECT * FROM requests WHERE id = ?');
  const insertEvent = db.prepare(
    `INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`,
  );
  const updateContextStmt = db.prepare('UPDATE requests SET context = ? WHERE id = ?');
  const pruneClaims = db.prepare('DELETE FROM claims WHERE claimed_at < ?');
  const insertClaim = db.prepare('INSERT OR IGNORE INTO claims (key, claimed_at) VALUES (?, ?)');

  const writeEvent = (event: NewLedgerEvent): void => {
    insertEvent.run(...eventValues(event));
  };

  const transitionTx = db.transaction(
    (
      id: string,
      from: readonly RequestState[],
      to: RequestState,
      event: Omit<NewLedgerEvent, 'requestId'>,
      patch: TransitionPatch | undefined,
    ): RequestRecord | null => {
      if (from.length === 0) return null;
      const placeholders = from.map(() => '?').join(', ');
      const sets = ['state = ?', 'updated_at = ?'];
      const params: unknown[] = [to, iso(event.at)];
      if (patch?.payload !== undefined) {
        sets.push('payload = ?');
        params.push(JSON.stringify(patch.payload));
      }
      if (patch?.context !== undefined) {
        // Merge, like updateContext: the front end's message references must survive a transition.
        sets.push('context = json_patch(context, ?)');
        params.push(JSON.stringify(patch.context));
      }
      if (patch?.expiresAt !== undefined) {
        sets.push('expires_at = ?');
        params.push(iso(patch.expiresAt));
      }
      const guard = patch?.unlessPayloadHas;
      const unless = guard === undefined ? '' : ' AND json_extract(payload, ?) IS NULL';
      const result = db
        .prepare(
          `UPDATE requests SET ${sets.join(', ')} WHERE id = ? AND state IN (${placeholders})${unless}`,
        )
        .run(...params, id, ...from, ...(guard === undefined ? [] : [`$.${payloadKey(guard)}`]));
      if (result.changes !== 1) return null;
      writeEvent({ ...event, requestId: id });
      const row = selectRequest.get(id) as RequestRow | undefined;
      return row === undefined ? null : toRecord(row);
    },
  );

  const updateContextTx = db.transaction((id: string, context: Record<string, string>): void => {
    const row = selectRequest.get(id) as RequestRow | undefined;
    if (row === undefined) return;
    const merged = { ...toRecord(row).context, ...context };
    updateContextStmt.run(JSON.stringify(merged), id);
  });

  const claimTx = db.transaction((key: string, now: Date): boolean => {
    pruneClaims.run(iso(new Date(now.getTime() - CLAIM_RETENTION_MS)));
    return insertClaim.run(key, iso(now)).changes === 1;
  });

  const outbox = createOutboxStore(db);

  let closed = false;
  const runExclusive = createJobLeases(db, () => closed);
  const events = createEventBatcher(db, insertEvent);
  // One bot process per ledger file (README): every instance but this handle's own has stopped.
  const instances = new Set<string>();

  const ledger: Ledger = {
    outbox,
    async insert(record) {
      insertRequest.run(...requestValues(record));
    },
    async get(id) {
      const row = selectRequest.get(id) as RequestRow | undefined;
      return row === undefined ? null : toRecord(row);
    },
    async transition(id, from, to, event, patch) {
      return transitionTx.immediate(id, from, to, event, patch);
    },
    async updateContext(id, context) {
      updateContextTx.immediate(id, context);
    },
    record(event) {
      return events.record(event);
    },
    async history(query) {
      return selectHistory(db, query);
    },
    async queryEvents(query) {
      return selectEvents(db, query);
    },
    async findRequests(query) {
      return selectRequests(db, query);
    },
    async findExpired(states, now) {
      return selectExpired(db, states, now);
    },
    async claimOnce(key, now) {
      return claimTx.immediate(key, now);
    },
    ...reminderClaims(db),
    runExclusive,
    async holdInstance(instanceId) {
      instances.add(instanceId);
    },
    async instanceAlive(instanceId) {
      return !closed && instances.has(instanceId);
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (closed) return;
      closed = true;
      events.flush();
      db.close();
    },
  };
  return ledger;
}
