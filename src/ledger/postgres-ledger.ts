/**
 * The request ledger on PostgreSQL (node-postgres), for several replicas on one database.
 * Same contract as the SQLite ledger (test/ledger/ledger-contract.ts runs against both):
 *
 * - `transition` is one statement: an UPDATE … WHERE state = ANY(from) that also inserts the
 *   event in a data-modifying CTE. Row locking makes concurrent compare-and-sets from any number
 *   of processes have exactly one winner; the loser's UPDATE re-checks the row and matches nothing.
 * - `claimOnce` is INSERT … ON CONFLICT DO NOTHING on the claim's primary key: a Slack retry that
 *   lands on another replica finds the claim the first one made.
 * - `claimReminder` is the same on the reminders table, whose rows are never pruned: a reminder
 *   is sent once, whichever replica's timer finds it due first.
 * - `runExclusive` holds a session-level advisory lock (pg_try_advisory_lock) for the work, so a
 *   periodic job such as the expiry sweep runs on one replica per tick; the others skip it.
 * - The outbox's `claimDue` is one UPDATE over rows picked FOR UPDATE SKIP LOCKED: replicas
 *   draining at once each claim different messages, and a claimed one is not due again until its
 *   sending lease ends.
 * - `holdInstance` keeps a session advisory lock on a connection of its own for as long as the
 *   process runs; `instanceAlive` looks for that lock in pg_locks. A killed process's connection
 *   closes, its lock goes with it, and another replica may recover what it was executing.
 * - Migrations are versioned and run in one transaction under a transaction-level advisory lock,
 *   so two replicas starting at once apply each step exactly once.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type {
  EventQuery,
  ExclusiveResult,
  Ledger,
  LedgerEvent,
  NewLedgerEvent,
  OutboxStore,
  RequestRecord,
  RequestState,
  TransitionPatch,
  RequestQuery,
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
/** Pruning old claims is housekeeping: at most once a minute per process. */
const CLAIM_PRUNE_EVERY_MS = 60_000;

/** Advisory lock keys (one 64-bit key space per database): migrations, then named jobs. */
const MIGRATION_LOCK = 0x6272_6b00; // "brk" + 0
const JOB_LOCK_BASE = 0x6272_6b01;
/** Instance locks use the two-key form: this namespace, then a hash of the instance ID. */
const INSTANCE_LOCK_SPACE = 0x6272_6b02;

/** Each entry moves the schema from version i to i + 1. Append only; never edit a shipped step. */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE requests (
    id              TEXT PRIMARY KEY,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    requester_id    TEXT NOT NULL,
    requester_name  TEXT NOT NULL,
    requester_email TEXT,
    surface         TEXT NOT NULL,
    intent          TEXT NOT NULL,
    business_unit   TEXT,
    state           TEXT NOT NULL,
    payload         JSONB NOT NULL,
    context         JSONB NOT NULL
  );
  CREATE INDEX requests_state_expiry ON requests (state, expires_at);
  CREATE TABLE events (
    id            BIGSERIAL PRIMARY KEY,
    at            TIMESTAMPTZ NOT NULL,
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
    claimed_at TIMESTAMPTZ NOT NULL
  );
  CREATE INDEX claims_claimed_at ON claims (claimed_at);
  `,
  // 2: the outbox of approval cards and requester DMs (never a secret), sent again until delivered.
  `
  CREATE TABLE outbox (
    id              BIGSERIAL PRIMARY KEY,
    created_at      TIMESTAMPTZ NOT NULL,
    payload         JSONB NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending',
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT
  );
  CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
  `,
  // 3: reminders sent (expiry, rotation age, weekly digest), one row each, kept for good; and who
  // uses the App Home tab, so that any replica republishes it after a change.
  `
  CREATE TABLE reminders (
    key     TEXT PRIMARY KEY,
    sent_at TIMESTAMPTZ NOT NULL
  );
  CREATE TABLE home_viewers (
    user_id   TEXT PRIMARY KEY,
    opened_at TIMESTAMPTZ NOT NULL
  );
  `,
  // 4: history pages newest first, filtered by unit, person, kind or time, over millions of events
  // (keyset paging on (at, id)); App Home's "my requests".
  `
  CREATE INDEX events_at ON events (at, id);
  CREATE INDEX events_unit_at ON events (business_unit, at, id);
  CREATE INDEX events_actor_at ON events (actor_id, at, id);
  CREATE INDEX events_kind_at ON events (kind, at, id);
  CREATE INDEX requests_requester ON requests (requester_id, updated_at);
  `,
];

export const POSTGRES_LEDGER_SCHEMA_VERSION = MIGRATIONS.length;

const placeholders = (count: number): string =>
  Array.from({ length: count }, (_, i) => `$${i + 1}`).join(', ');
const INSERT_REQUEST = `INSERT INTO requests (${REQUEST_COLUMNS.join(', ')}) VALUES (${placeholders(REQUEST_COLUMNS.length)})`;
const INSERT_EVENT = `INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${placeholders(EVENT_COLUMNS.length)})`;

/** Events matching `query`, oldest first (history pages, audit export, App Home). */
async function selectEvents(pool: pg.Pool, query: EventQuery): Promise<LedgerEvent[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (n: number) => string, value: unknown): void => {
    params.push(value);
    where.push(clause(params.length));
  };
  if (query.afterId !== undefined) add((n) => `id > $${n}`, query.afterId);
  if (query.businessUnit === null) where.push('business_unit IS NULL');
  else if (query.businessUnit !== undefined) add((n) => `business_unit = $${n}`, query.businessUnit);
  if (query.actorId !== undefined) add((n) => `actor_id = $${n}`, query.actorId);
  if (query.kinds !== undefined) {
    if (query.kinds.length === 0) return [];
    add((n) => `kind = ANY($${n}::text[])`, [...query.kinds]);
  }
  if (query.since !== undefined) add((n) => `at >= $${n}`, iso(query.since));
  if (query.until !== undefined) add((n) => `at < $${n}`, iso(query.until));
  if (query.newestFirst === true && query.before !== undefined) {
    const { before } = query;
    add((n) => `(at, id) < ($${n}::timestamptz, $${n + 1}::bigint)`, iso(before.at));
    params.push(before.id);
  }
  params.push(Math.max(0, Math.floor(query.limit)));
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const order = query.newestFirst === true ? 'at DESC, id DESC' : 'id';
  const { rows } = await pool.query<EventRow>(
    `SELECT * FROM events ${clause} ORDER BY ${order} LIMIT $${params.length}`,
    params,
  );
  return rows.map(toEvent);
}

/** Requests matching `query`, most recently updated first. */
async function selectRequests(pool: pg.Pool, query: RequestQuery): Promise<RequestRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.requesterId !== undefined) {
    params.push(query.requesterId);
    where.push(`requester_id = $${params.length}`);
  }
  if (query.states !== undefined) {
    if (query.states.length === 0) return [];
    params.push([...query.states]);
    where.push(`state = ANY($${params.length}::text[])`);
  }
  params.push(Math.max(0, Math.floor(query.limit)));
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const { rows } = await pool.query<RequestRow>(
    `SELECT * FROM requests ${clause} ORDER BY updated_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  return rows.map(toRecord);
}

interface OutboxRow {
  id: string;
  created_at: Date;
  payload: Record<string, unknown>;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
}

/** The outbox table (migration 2) behind Ledger.outbox. */
function createOutboxStore(pool: pg.Pool): OutboxStore {
  return {
    async enqueue(payload, now, dueAt) {
      const { rows } = await pool.query<{ id: string }>(
        'INSERT INTO outbox (created_at, payload, next_attempt_at) VALUES ($1, $2::jsonb, $3) RETURNING id',
        [iso(now), JSON.stringify(payload), iso(dueAt)],
      );
      return Number(rows[0]?.id);
    },
    async claimDue(now, limit, leaseUntil) {
      const { rows } = await pool.query<OutboxRow>(
        `UPDATE outbox SET next_attempt_at = $3
          WHERE id IN (SELECT id FROM outbox WHERE state = 'pending' AND next_attempt_at <= $1
                        ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING *`,
        [iso(now), Math.max(0, Math.floor(limit)), iso(leaseUntil)],
      );
      return rows
        .map((r) => ({
          id: Number(r.id),
          payload: r.payload,
          createdAt: r.created_at,
          attempts: r.attempts,
          nextAttemptAt: r.next_attempt_at,
          lastError: r.last_error,
        }))
        .sort((a, b) => a.id - b.id);
    },
    async delivered(id) {
      await pool.query("UPDATE outbox SET state = 'delivered', attempts = attempts + 1 WHERE id = $1", [id]);
    },
    async failed(id, error, nextAttemptAt) {
      if (nextAttemptAt === null)
        await pool.query(
          "UPDATE outbox SET state = 'dead', attempts = attempts + 1, last_error = $2 WHERE id = $1",
          [id, error.slice(0, 500)],
        );
      else
        await pool.query(
          'UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3 WHERE id = $1',
          [id, error.slice(0, 500), iso(nextAttemptAt)],
        );
    },
  };
}

/** A stable, non-negative 31-bit key for an instance ID (the second half of its lock key). */
function instanceLockKey(instanceId: string): number {
  return createHash('sha256').update(instanceId).digest().readUInt32BE(0) >>> 1;
}

/**
 * Holds an instance's lock on a connection of its own until close; if that connection breaks (a
 * database restart), takes the lock again on a new one, so that the process does not look dead.
 */
const RELOCK_RETRY_MS = 1_000;

function instanceHolder(pool: pg.Pool, onError: (error: Error) => void) {
  let client: pg.PoolClient | null = null;
  let closed = false;
  const held = new Set<string>();
  async function lock(target: pg.PoolClient, instanceId: string): Promise<void> {
    await target.query('SELECT pg_advisory_lock($1, $2)', [INSTANCE_LOCK_SPACE, instanceLockKey(instanceId)]);
  }
  async function connect(): Promise<pg.PoolClient> {
    const fresh = await pool.connect();
    let broken = false;
    fresh.on('error', (error) => {
      if (broken) return;
      broken = true;
      onError(error);
      if (client !== fresh) return;
      client = null;
      fresh.release(error);
      relockSoon(0);
    });
    return fresh;
  }
  /** Takes the locks again on a new connection, retrying every second while the database is away. */
  function relockSoon(delayMs: number): void {
    if (closed) return;
    const timer = setTimeout(() => {
      relock().catch((again: unknown) => {
        onError(again instanceof Error ? again : new Error(String(again)));
        relockSoon(RELOCK_RETRY_MS);
      });
    }, delayMs);
    timer.unref();
  }
  async function relock(): Promise<void> {
    if (closed || client !== null) return;
    const fresh = await connect();
    try {
      for (const id of held) await lock(fresh, id);
    } catch (error) {
      // A connection that never became the holder goes back, or `pool.end()` would wait for it forever.
      fresh.release(error instanceof Error ? error : true);
      throw error;
    }
    if (closed) {
      fresh.release(true);
      return;
    }
    client = fresh;
  }
  return {
    async hold(instanceId: string): Promise<void> {
      client ??= await connect();
      await lock(client, instanceId);
      held.add(instanceId);
    },
    /** Lets go at once (the server may take a moment to notice a closed connection). */
    async close(): Promise<void> {
      closed = true;
      const last = client;
      client = null;
      if (last === null) return;
      const unlocked = await last.query('SELECT pg_advisory_unlock_all()').then(
        () => undefined,
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      );
      last.release(unlocked ?? true);
    },
  };
}

/** A stable advisory-lock key for a job name. */
function jobLockKey(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) | 0;
  return JOB_LOCK_BASE + (hash >>> 8);
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Held until COMMIT: a second replica starting now waits here, then finds nothing to do.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_migrations',
    );
    const current = rows[0]?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `The ledger database was written by a newer bedrock-bot (schema ${current}, this build knows ${MIGRATIONS.length}). Upgrade the bot.`,
      );
    }
    for (let version = current; version < MIGRATIONS.length; version += 1) {
      await client.query(MIGRATIONS[version] as string);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** One statement: the compare-and-set UPDATE, and the event inserted only if it matched a row. */
function transitionQuery(
  id: string,
  from: readonly RequestState[],
  to: RequestState,
  event: Omit<NewLedgerEvent, 'requestId'>,
  patch: TransitionPatch | undefined,
): { text: string; params: unknown[] } {
  const params: unknown[] = [id, [...from], to, iso(event.at)];
  const sets = ['state = $3', 'updated_at = $4'];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (patch?.payload !== undefined) sets.push(`payload = ${param(JSON.stringify(patch.payload))}::jsonb`);
  // Merge, like updateContext: the front end's message references must survive a transition.
  if (patch?.context !== undefined)
    sets.push(`context = context || ${param(JSON.stringify(patch.context))}::jsonb`);
  if (patch?.expiresAt !== undefined) sets.push(`expires_at = ${param(iso(patch.expiresAt))}`);
  const eventValues = [event.kind, event.actorId, event.actorName, event.businessUnit, event.detail].map(
    param,
  );
  const unless =
    patch?.unlessPayloadHas === undefined
      ? ''
      : ` AND (payload ->> ${param(payloadKey(patch.unlessPayloadHas))}) IS NULL`;
  const text = `WITH moved AS (
       UPDATE requests SET ${sets.join(', ')} WHERE id = $1 AND state = ANY($2::text[])${unless} RETURNING *
     ), written AS (
       INSERT INTO events (at, request_id, kind, actor_id, actor_name, business_unit, detail)
       SELECT $4, moved.id, ${eventValues.join(', ')} FROM moved
     )
     SELECT * FROM moved`;
  return { text, params };
}

/** Holds a session advisory lock for the job while it runs; skips when another session holds it. */
async function runExclusive<T>(
  pool: pg.Pool,
  name: string,
  work: () => Promise<T>,
): Promise<ExclusiveResult<T>> {
  const client = await pool.connect();
  const key = jobLockKey(name);
  let locked = false;
  // The connection waits idle while the job runs: if the server drops it meanwhile, pg emits the
  // error on the client, which with no listener would be an uncaught exception (seen when a test
  // dropped the database during start-up recovery). Keep it, and close that connection on release.
  let lost: Error | undefined;
  const onLost = (error: Error): void => {
    lost = error;
  };
  client.on('error', onLost);
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
      key,
    ]);
    locked = rows[0]?.locked === true;
    if (!locked) return { ran: false };
    return { ran: true, value: await work() };
  } finally {
    let broken: Error | undefined;
    if (locked) {
      // A connection that could not unlock is closed rather than reused: closing releases the lock.
      await client.query('SELECT pg_advisory_unlock($1)', [key]).catch((error: unknown) => {
        broken = error instanceof Error ? error : new Error(String(error));
      });
    }
    client.off('error', onLost);
    client.release(lost ?? broken);
  }
}

/** Reminder claims (a unique row each, never pruned) and the App Home tab's viewers. */
function reminderStore(
  pool: pg.Pool,
): Pick<Ledger, 'claimReminder' | 'releaseReminder' | 'noteHomeViewer' | 'homeViewers'> {
  return {
    async claimReminder(key, at) {
      const result = await pool.query(
        'INSERT INTO reminders (key, sent_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
        [key, iso(at)],
      );
      return result.rowCount === 1;
    },
    async releaseReminder(key) {
      await pool.query('DELETE FROM reminders WHERE key = $1', [key]);
    },
    async noteHomeViewer(userId, at) {
      await pool.query(
        'INSERT INTO home_viewers (user_id, opened_at) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET opened_at = EXCLUDED.opened_at',
        [userId, iso(at)],
      );
    },
    async homeViewers(userIds) {
      if (userIds.length === 0) return [];
      const { rows } = await pool.query<{ user_id: string }>(
        'SELECT user_id FROM home_viewers WHERE user_id = ANY($1::text[])',
        [[...new Set(userIds)]],
      );
      return rows.map((r) => r.user_id);
    },
  };
}

export interface PostgresLedgerOptions {
  /** Connections per process; default 10. */
  maxConnections?: number;
  /** Told about errors on idle connections (a database restart); the pool reconnects on next use. */
  onIdleError?: (error: Error) => void;
}

/** Connects to `url` (postgres://…), applies pending migrations and returns the ledger. */
export async function openPostgresLedger(url: string, options: PostgresLedgerOptions = {}): Promise<Ledger> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'bedrock-bot',
  });
  // Without a listener an idle connection's error (the server restarted) would crash the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  let lastPrune = 0;
  let closed = false;
  const instances = instanceHolder(pool, (error) => options.onIdleError?.(error));

  const ledger: Ledger = {
    outbox: createOutboxStore(pool),
    async insert(record) {
      await pool.query(INSERT_REQUEST, requestValues(record));
    },
    async get(id) {
      const { rows } = await pool.query<RequestRow>('SELECT * FROM requests WHERE id = $1', [id]);
      return rows[0] === undefined ? null : toRecord(rows[0]);
    },
    async transition(id, from, to, event, patch?: TransitionPatch) {
      if (from.length === 0) return null;
      const { text, params } = transitionQuery(id, from, to, event, patch);
      const { rows } = await pool.query<RequestRow>(text, params);
      return rows[0] === undefined ? null : toRecord(rows[0]);
    },
    async updateContext(id, context) {
      await pool.query('UPDATE requests SET context = context || $2::jsonb WHERE id = $1', [
        id,
        JSON.stringify(context),
      ]);
    },
    async record(event: NewLedgerEvent) {
      await pool.query(INSERT_EVENT, eventValues(event));
    },
    async history(query) {
      const limit = Math.max(0, Math.floor(query.limit));
      let result: pg.QueryResult<EventRow>;
      if (query.businessUnit === undefined)
        result = await pool.query<EventRow>('SELECT * FROM events ORDER BY id DESC LIMIT $1', [limit]);
      else if (query.businessUnit === null)
        result = await pool.query<EventRow>(
          'SELECT * FROM events WHERE business_unit IS NULL ORDER BY id DESC LIMIT $1',
          [limit],
        );
      else
        result = await pool.query<EventRow>(
          'SELECT * FROM events WHERE business_unit = $1 ORDER BY id DESC LIMIT $2',
          [query.businessUnit, limit],
        );
      return result.rows.map(toEvent);
    },
    queryEvents: (query) => selectEvents(pool, query),
    findRequests: (query) => selectRequests(pool, query),
    async findExpired(states, now) {
      if (states.length === 0) return [];
      const { rows } = await pool.query<RequestRow>(
        'SELECT * FROM requests WHERE state = ANY($1::text[]) AND expires_at < $2 ORDER BY expires_at',
        [[...states], iso(now)],
      );
      return rows.map(toRecord);
    },
    async claimOnce(key, now) {
      if (now.getTime() - lastPrune >= CLAIM_PRUNE_EVERY_MS || now.getTime() < lastPrune) {
        lastPrune = now.getTime();
        await pool.query('DELETE FROM claims WHERE claimed_at < $1', [
          iso(new Date(now.getTime() - CLAIM_RETENTION_MS)),
        ]);
      }
      const result = await pool.query(
        'INSERT INTO claims (key, claimed_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
        [key, iso(now)],
      );
      return result.rowCount === 1;
    },
    ...reminderStore(pool),
    runExclusive: (name, work) => runExclusive(pool, name, work),
    holdInstance: (instanceId) => instances.hold(instanceId),
    async instanceAlive(instanceId) {
      const { rows } = await pool.query<{ alive: boolean }>(
        `SELECT EXISTS (
           SELECT 1 FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND objsubid = 2
              AND classid = $1::oid AND objid = $2::oid
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
         ) AS alive`,
        [INSTANCE_LOCK_SPACE, instanceLockKey(instanceId)],
      );
      return rows[0]?.alive === true;
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      if (closed) return;
      closed = true;
      await instances.close();
      await pool.end();
    },
  };
  return ledger;
}
