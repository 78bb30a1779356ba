/**
 * The request ledger: every request, decision and execution, with who and when. Never a secret.
 * SQLite by default (src/ledger/sqlite-ledger.ts, one process per file); PostgreSQL
 * (src/ledger/postgres-ledger.ts) for several replicas on one database. Both pass the same
 * contract suite (test/ledger/ledger-contract.ts).
 */
export type RequestState =
  | 'awaiting_choice'
  | 'awaiting_confirmation'
  | 'awaiting_approval'
  | 'approved'
  | 'executing'
  | 'awaiting_old_key_decision'
  | 'completed'
  | 'failed'
  | 'cancelled'
  | 'denied'
  | 'expired';

export const TERMINAL_STATES: readonly RequestState[] = [
  'completed',
  'failed',
  'cancelled',
  'denied',
  'expired',
];

export interface RequestRecord {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  requesterId: string;
  requesterName: string;
  requesterEmail: string | null;
  surface: string;
  intent: string;
  businessUnit: string | null;
  state: RequestState;
  /** JSON-serialisable request data (parse result, plan, choices). Must never contain a secret. */
  payload: Record<string, unknown>;
  /** JSON-serialisable delivery context from the front end (channel, thread, message ts). */
  context: Record<string, string>;
}

export const LEDGER_EVENT_KINDS = [
  'requested',
  'confirmed',
  'cancelled',
  'approval_requested',
  'approved',
  'denied',
  'expired',
  'executed',
  'failed',
  'revealed',
  'token_issued',
  'key_created',
  'key_deleted',
  'reconciled',
  'refused',
  'reminded',
] as const;
export type LedgerEventKind = (typeof LEDGER_EVENT_KINDS)[number];

export interface LedgerEvent {
  id: number;
  at: Date;
  requestId: string | null;
  kind: LedgerEventKind;
  actorId: string;
  actorName: string;
  businessUnit: string | null;
  /** Short human-readable detail, never a secret (key IDs and aliases are fine). */
  detail: string;
}

export type NewLedgerEvent = Omit<LedgerEvent, 'id'>;

/** What a transition may change besides the state: the payload, context keys (merged) and the deadline. */
export interface TransitionPatch {
  payload?: Record<string, unknown>;
  context?: Record<string, string>;
  /** A new deadline for the new state (e.g. how long an approved key may wait to be revealed). */
  expiresAt?: Date;
  /**
   * Moves only while the payload holds nothing under this key (absent or null): a compare-and-set on
   * one payload field, for a change that does not change the state (the first of two approvals).
   * A plain identifier.
   */
  unlessPayloadHas?: string;
}

/**
 * A message waiting to go out (an approval card, a DM to a requester), kept in the ledger so that
 * a Slack outage or a restart does not lose it. Never a secret: secrets are never queued.
 */
export interface OutboxItem {
  id: number;
  /** JSON-serialisable message and where it goes; the front end decides the shape. */
  payload: Record<string, unknown>;
  createdAt: Date;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
}

export interface OutboxStore {
  /**
   * Queues a message; returns its ID. It becomes due at `dueAt`: the sender tries it at once
   * itself, and only a message it could not send (or a crash mid-send) is picked up later.
   */
  enqueue(payload: Record<string, unknown>, now: Date, dueAt: Date): Promise<number>;
  /**
   * Pending messages due at `now`, oldest first, each claimed until `leaseUntil`: not due again for
   * anyone (this process or another replica on the same store) before then, so two replicas
   * draining at once never send one message twice. A sender that dies mid-send leaves the message
   * due again when the lease ends.
   */
  claimDue(now: Date, limit: number, leaseUntil: Date): Promise<OutboxItem[]>;
  /** The message went out: it is never sent again. */
  delivered(id: number): Promise<void>;
  /** It failed: try again at `nextAttemptAt`, or give up (`dead`) after too many attempts. */
  failed(id: number, error: string, nextAttemptAt: Date | null): Promise<void>;
}

/** Where a newest-first page of events stopped: the last event shown (its time and ID). */
export interface EventCursor {
  at: Date;
  id: number;
}

/**
 * Which events to read: oldest first by ID (audit export; page on with `afterId`), or newest first
 * by time then ID (history; page on with `before`). Both stores index every filter, so a page
 * costs the same over a million events as over a hundred.
 */
export interface EventQuery {
  /** Only events after this event ID (the last one of the previous page). */
  afterId?: number;
  /** Newest first (by `at`, then ID) instead of ID order. */
  newestFirst?: boolean;
  /** With `newestFirst`: only events older than this one (the last of the previous page). */
  before?: EventCursor;
  /** undefined = any unit; null = events with no business unit. */
  businessUnit?: string | null;
  actorId?: string;
  kinds?: readonly LedgerEventKind[];
  /** Inclusive lower and exclusive upper bound on `at`. */
  since?: Date;
  until?: Date;
  limit: number;
}

/** Which requests to read, newest first (App Home: my requests, pending approvals). */
export interface RequestQuery {
  requesterId?: string;
  states?: readonly RequestState[];
  limit: number;
}

/** What `runExclusive` did: ran the work (here) or skipped it (another holder ran it). */
export type ExclusiveResult<T> = { ran: true; value: T } | { ran: false };

export interface Ledger {
  /** The durable outbox (approval cards, requester DMs), shared by every replica on the store. */
  readonly outbox: OutboxStore;
  insert(record: RequestRecord): Promise<void>;
  get(id: string): Promise<RequestRecord | null>;
  /**
   * Atomic compare-and-set: moves the request from one of `from` to `to` and records `event`,
   * in one transaction. Returns the updated record, or null when the request was not in `from`
   * (someone else won the race, it expired, or it does not exist). This is what makes two clicks
   * lead to exactly one execution.
   */
  transition(
    id: string,
    from: readonly RequestState[],
    to: RequestState,
    event: Omit<NewLedgerEvent, 'requestId'>,
    patch?: TransitionPatch,
  ): Promise<RequestRecord | null>;
  /** Merges keys into a request's context (e.g. the ts of the approval message). */
  updateContext(id: string, context: Record<string, string>): Promise<void>;
  record(event: NewLedgerEvent): Promise<void>;
  history(query: { businessUnit?: string | null; limit: number }): Promise<LedgerEvent[]>;
  /** Events matching `query`: in ID order (page on with `afterId`), or newest first (page on with `before`). */
  queryEvents(query: EventQuery): Promise<LedgerEvent[]>;
  /** Requests matching `query`, most recently updated first. */
  findRequests(query: RequestQuery): Promise<RequestRecord[]>;
  /** Requests in one of `states` whose expiresAt is before `now`. */
  findExpired(states: readonly RequestState[], now: Date): Promise<RequestRecord[]>;
  /**
   * Remembers a delivery key (e.g. a Slack event_id) and returns true the first time only,
   * so that retries never repeat a side effect.
   */
  claimOnce(key: string, now: Date): Promise<boolean>;
  /**
   * Claims a reminder key (e.g. "expiry:marketing-bedrock-user:ACCA…:7d") for good: true for the
   * one caller, in any process or replica, that may send it; false forever after (a unique key,
   * never pruned). `releaseReminder` gives the key back when the message could not be sent.
   */
  claimReminder(key: string, at: Date): Promise<boolean>;
  releaseReminder(key: string): Promise<void>;
  /** Notes that someone opened the App Home tab (in any replica), so changes republish it. */
  noteHomeViewer(userId: string, at: Date): Promise<void>;
  /** Which of `userIds` have opened the App Home tab (in any replica). */
  homeViewers(userIds: readonly string[]): Promise<string[]>;
  /**
   * Runs `work` unless another holder of the same job name is running it right now, in this
   * process or (on a shared store) any replica; then it is skipped. For periodic jobs such as the
   * expiry sweep, which should run once per tick, not once per replica.
   */
  runExclusive<T>(name: string, work: () => Promise<T>): Promise<ExclusiveResult<T>>;
  /**
   * Marks the process using this handle as running, under `instanceId`, until `close()` or until
   * the process dies. Requests it executes carry the ID, so recovery elsewhere leaves them alone.
   */
  holdInstance(instanceId: string): Promise<void>;
  /**
   * Whether a process holding `instanceId` is still running. PostgreSQL: its session still holds
   * the instance's lock (a killed process's connection, and so its lock, goes at once). SQLite,
   * which serves one bot process per file: only an ID held through this very handle.
   */
  instanceAlive(instanceId: string): Promise<boolean>;
  /** Resolves when the store answers a trivial query; rejects otherwise (readiness checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
