/**
 * What a waiting request keeps in the ledger between the message that asks (a question, a plan, an
 * approval card) and the click that answers it, and the codec between that and the ledger's plain
 * JSON payload. Never a secret.
 */
import type { Clock, IdSource } from './clock.js';
import type { Ledger, RequestRecord, RequestState } from './ledger-port.js';
import type { Choice } from './outcome.js';
import type { Plan } from './plan.js';
import type { ParseResult } from './request.js';
import type { Requester, Surface } from './requester.js';

export interface Approver {
  id: string;
  name: string;
  /** The approver as the key's tags name them. */
  tag: string;
}

/** What a request stores: the parse result and the plan (plus choices and who approved). */
export interface RequestPayload {
  parse: ParseResult;
  plan?: Plan;
  choices?: Choice[];
  approver?: Approver;
  /** When two approvals are needed: who gave the first one. */
  firstApprover?: Approver;
  /** An admin's break-glass reason, when the request was approved that way. */
  breakGlass?: string;
  /** The requester's justification (request form), never a secret. */
  reason?: string;
}

/** What the engine reads back; a part without the expected shape (e.g. from an older version) is left out. */
export type StoredPayload = Omit<RequestPayload, 'parse'>;

export function encodePayload(payload: RequestPayload): Record<string, unknown> {
  return JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
}

export function decodePayload(raw: Record<string, unknown>): StoredPayload {
  const stored: StoredPayload = {};
  if (isPlan(raw.plan)) stored.plan = raw.plan;
  if (Array.isArray(raw.choices)) stored.choices = raw.choices.filter(isChoice);
  if (isApprover(raw.approver)) stored.approver = raw.approver;
  if (isApprover(raw.firstApprover)) stored.firstApprover = raw.firstApprover;
  if (typeof raw.breakGlass === 'string' && raw.breakGlass !== '') stored.breakGlass = raw.breakGlass;
  if (typeof raw.reason === 'string' && raw.reason !== '') stored.reason = raw.reason;
  return stored;
}

export const payloadOf = (record: RequestRecord): StoredPayload => decodePayload(record.payload);

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const strings = (value: Fields, ...keys: string[]): boolean =>
  keys.every((key) => typeof value[key] === 'string');

function isPlan(value: unknown): value is Plan {
  return (
    isObject(value) &&
    strings(value, 'kind', 'businessUnit', 'userName', 'title') &&
    Array.isArray(value.steps) &&
    Array.isArray(value.warnings) &&
    isObject(value.params) &&
    Array.isArray(value.params.targetKeys)
  );
}

function isChoice(value: unknown): value is Choice {
  return (
    isObject(value) &&
    strings(value, 'key', 'label', 'text') &&
    isObject(value.request) &&
    typeof value.request.intent === 'string'
  );
}

function isApprover(value: unknown): value is Approver {
  return isObject(value) && strings(value, 'id', 'name', 'tag');
}

export interface NewRequest {
  requester: Requester;
  surface: Surface;
  /** Opaque delivery context from the front end (e.g. Slack channel and thread). */
  context?: Record<string, string>;
}

export interface RequestStore {
  /** Stores a new waiting request that expires `ttlSeconds` from now. */
  open(
    input: NewRequest,
    state: RequestState,
    payload: RequestPayload,
    ttlSeconds: number,
    businessUnit: string | null,
  ): Promise<RequestRecord>;
}

export function createRequestStore(deps: { ledger: Ledger; clock: Clock; ids: IdSource }): RequestStore {
  return {
    async open(input, state, payload, ttlSeconds, businessUnit) {
      const now = deps.clock.now();
      const record: RequestRecord = {
        id: deps.ids.requestId(),
        createdAt: now,
        updatedAt: now,
        expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
        requesterId: input.requester.userId,
        requesterName: input.requester.displayName,
        requesterEmail: input.requester.email,
        surface: input.surface,
        intent: payload.parse.intent,
        businessUnit,
        state,
        payload: encodePayload(payload),
        context: input.context ?? {},
      };
      await deps.ledger.insert(record);
      return record;
    },
  };
}
