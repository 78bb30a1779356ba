/**
 * The ledger's rows as both databases hold them, and their mapping to the core's records: one
 * table layout, two drivers. SQLite hands back dates and JSON as text and event IDs as numbers;
 * PostgreSQL hands back Date objects, parsed JSONB and BIGSERIAL IDs as strings. Pure: no SQL runs here.
 */
import type {
  LedgerEvent,
  LedgerEventKind,
  NewLedgerEvent,
  RequestRecord,
  RequestState,
} from '../core/ledger-port.js';

/** Claims older than this are pruned: Slack stops retrying an event long before. */
export const CLAIM_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface RequestRow {
  id: string;
  created_at: Date | string;
  updated_at: Date | string;
  expires_at: Date | string;
  requester_id: string;
  requester_name: string;
  requester_email: string | null;
  surface: string;
  intent: string;
  business_unit: string | null;
  state: string;
  payload: Record<string, unknown> | string;
  context: Record<string, string> | string;
}

export interface EventRow {
  id: number | string;
  at: Date | string;
  request_id: string | null;
  kind: string;
  actor_id: string;
  actor_name: string;
  business_unit: string | null;
  detail: string;
}

/** The requests table's columns, in the order of `requestValues`. */
export const REQUEST_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'expires_at',
  'requester_id',
  'requester_name',
  'requester_email',
  'surface',
  'intent',
  'business_unit',
  'state',
  'payload',
  'context',
] as const;

/** The events table's columns (its ID is the database's), in the order of `eventValues`. */
export const EVENT_COLUMNS = [
  'at',
  'request_id',
  'kind',
  'actor_id',
  'actor_name',
  'business_unit',
  'detail',
] as const;

/** How the ledger stores an instant: ISO 8601 in UTC; an invalid date is refused, never stored. */
export function iso(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('The ledger cannot store an invalid date');
  return date.toISOString();
}

const toDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
const fromJson = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

export function toRecord(row: RequestRow): RequestRecord {
  return {
    id: row.id,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
    expiresAt: toDate(row.expires_at),
    requesterId: row.requester_id,
    requesterName: row.requester_name,
    requesterEmail: row.requester_email,
    surface: row.surface,
    intent: row.intent,
    businessUnit: row.business_unit,
    state: row.state as RequestState,
    payload: fromJson(row.payload),
    context: fromJson(row.context),
  };
}

export function toEvent(row: EventRow): LedgerEvent {
  return {
    id: Number(row.id),
    at: toDate(row.at),
    requestId: row.request_id,
    kind: row.kind as LedgerEventKind,
    actorId: row.actor_id,
    actorName: row.actor_name,
    businessUnit: row.business_unit,
    detail: row.detail,
  };
}

/** A request as the values of REQUEST_COLUMNS (JSON as text: both databases take it so). */
export function requestValues(record: RequestRecord): unknown[] {
  return [
    record.id,
    iso(record.createdAt),
    iso(record.updatedAt),
    iso(record.expiresAt),
    record.requesterId,
    record.requesterName,
    record.requesterEmail,
    record.surface,
    record.intent,
    record.businessUnit,
    record.state,
    JSON.stringify(record.payload),
    JSON.stringify(record.context),
  ];
}

/** An event as the values of EVENT_COLUMNS. */
export function eventValues(event: NewLedgerEvent): unknown[] {
  return [
    iso(event.at),
    event.requestId,
    event.kind,
    event.actorId,
    event.actorName,
    event.businessUnit,
    event.detail,
  ];
}

/** A payload key a transition may guard on (TransitionPatch.unlessPayloadHas): a plain identifier. */
export function payloadKey(key: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) throw new Error(`not a payload key: ${JSON.stringify(key)}`);
  return key;
}
