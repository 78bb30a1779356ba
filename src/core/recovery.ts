/**
 * Exactly one key per request, even across crashes, and never a live key nobody holds.
 *
 * - Before each AWS write the executor records its intent in the request's ledger context
 *   (`ledgerJournal`); before a key create, the IDs of the keys that existed; after it, the new
 *   key's ID. None of this is secret.
 * - A secret that could not be delivered is deleted (`revokeUndelivered`), and the person told.
 * - A request still `executing` whose process no longer runs was interrupted (kill -9, a deploy, a
 *   crash): `recoverInterrupted`, at start-up and on every sweep, finishes or rolls it back. The
 *   request names its process (EXECUTOR_KEY) and the ledger knows which processes still run
 *   (Ledger.instanceAlive), so a replica never recovers what a live one is still executing, and the
 *   compare-and-set on the state lets exactly one replica settle and report each request. A key create is never finished (its secret is
 *   gone with the process): the key it made, or any key that appeared since the intent was
 *   recorded, is deleted. Revocations, deprovisioning and owner changes are idempotent and are
 *   run again to the end. Either way the person gets a message saying what happened.
 */
import type { AwsPort } from './aws-port.js';
import { deleteOldKeys, executePlan, type WriteJournal } from './executor.js';
import { kindName, listKeyRefs } from './key-refs.js';
import type { Ledger, RequestRecord, RequestState } from './ledger-port.js';
import type { Outcome } from './outcome.js';
import type { KeyRef, Plan } from './plan.js';
import type { KeyKind } from './request.js';
import type { CoreSettings } from './settings.js';

/** Context keys (strings, merged into RequestRecord.context; never a secret). */
export const INTENT_KEY = 'writeIntent';
export const KNOWN_KEYS_KEY = 'keysBeforeCreate';
export const CREATED_KEY = 'createdKey';
/** Which job is executing: the plan itself, or a rotation's second half (deleting the old keys). */
export const JOB_KEY = 'job';
/** Set while a created secret waits for the front end to confirm delivery: the state to move to then. */
export const AFTER_DELIVERY_KEY = 'afterDelivery';
/** The process executing the request (EngineDeps.instanceId), set as it moves to `executing`. */
export const EXECUTOR_KEY = 'executor';
/** Set once the requester was told that an interrupted request's clean-up has to wait. */
const PENDING_NOTICE_KEY = 'recoveryNoticeSent';

export interface CreatedKeyRecord {
  kind: KeyKind;
  id: string;
  userName: string;
}

export function ledgerJournal(ledger: Ledger, requestId: string): WriteJournal {
  return {
    async intend(intent) {
      await ledger.updateContext(requestId, {
        [INTENT_KEY]: JSON.stringify({ step: intent.step, target: intent.target }),
        ...(intent.knownKeyIds ? { [KNOWN_KEYS_KEY]: JSON.stringify(intent.knownKeyIds) } : {}),
      });
    },
    async created(key) {
      await ledger.updateContext(requestId, { [CREATED_KEY]: JSON.stringify(key) });
    },
  };
}

function parseJson<T>(text: string | undefined): T | null {
  if (text === undefined || text === '') return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function createdKeyOf(record: RequestRecord): CreatedKeyRecord | null {
  return parseJson<CreatedKeyRecord>(record.context[CREATED_KEY]);
}

function ref(kind: KeyKind, id: string): KeyRef {
  return { kind, id, label: id, createdAt: '' };
}

async function deleteKey(aws: AwsPort, key: CreatedKeyRecord): Promise<boolean> {
  const r =
    key.kind === 'api-key'
      ? await aws.deleteApiKey(key.userName, key.id)
      : await aws.deleteAccessKey(key.userName, key.id);
  return r.ok || r.error.code === 'NoSuchEntity';
}

/** Deletes a key whose secret never reached its requester. True when it is gone. */
export async function revokeUndelivered(aws: AwsPort, key: CreatedKeyRecord): Promise<boolean> {
  return deleteKey(aws, key);
}

export interface RecoveryDeps {
  aws: AwsPort;
  ledger: Ledger;
  settings: CoreSettings;
  now: () => Date;
  reference: () => string;
  /** This process (EngineDeps.instanceId): its own requests are in flight, never recovered. */
  instanceId?: string;
}

export interface Recovered {
  record: RequestRecord;
  /** What to tell the requester (never a secret). */
  outcome: Outcome;
  /**
   * False when the clean-up could not be done now (the request stays `executing` for the next
   * attempt) or another replica settled it first: then there is nothing to tell anyone.
   */
  settled: boolean;
  /** Whether to tell the requester: settled here, or the first time a clean-up has to wait. */
  tell: boolean;
}

const SYSTEM = { actorId: 'system', actorName: 'bedrock-bot' };

/** Rolls back an interrupted key create: deletes the created key, or any key that appeared since the intent. */
async function rollBackCreate(record: RequestRecord, plan: Plan, deps: RecoveryDeps): Promise<Recovered> {
  const kind: KeyKind = plan.params.keyKind ?? 'api-key';
  const created = createdKeyOf(record);
  const known = parseJson<string[]>(record.context[KNOWN_KEYS_KEY]);
  const doomed: CreatedKeyRecord[] = [];
  if (created !== null) doomed.push(created);
  else if (known !== null) {
    // The create may have landed without its answer being recorded: any new key is ours.
    const now = await listKeyRefs(deps.aws, plan.userName, kind);
    if (!now.ok && now.error.code !== 'NoSuchEntity') {
      return unsettled(record, plan, deps);
    }
    for (const k of now.ok ? now.value : [])
      if (!known.includes(k.id)) doomed.push({ kind, id: k.id, userName: plan.userName });
  }
  const deleted: KeyRef[] = [];
  for (const key of doomed) {
    if (!(await deleteKey(deps.aws, key))) return unsettled(record, plan, deps);
    deleted.push(ref(key.kind, key.id));
  }
  const oldGone =
    plan.kind === 'rotate'
      ? plan.steps.filter((s) => s.kind.startsWith('delete-') && s.kind.endsWith('-key')).map((s) => s.target)
      : [];
  const intent = parseJson<{ step: string }>(record.context[INTENT_KEY]);
  const reachedOldKeyDeletion = oldGone.length > 0 && intent !== null && intent.step !== 'create-user';
  const message = [
    `Your request "${plan.title}" was interrupted (the bot restarted) before the new ${kindName(kind)} reached you.`,
    deleted.length > 0
      ? `I deleted the key that was being made (${deleted.map((k) => k.id).join(', ')}), so nothing is left behind${record.context[AFTER_DELIVERY_KEY] ? ' (if it was shown to you just before, it no longer works)' : ''}.`
      : 'No key had been created, so no key is left behind.',
    reachedOldKeyDeletion
      ? `To make room, the old key ${oldGone.join(', ')} may already have been deleted: check "details for ${plan.businessUnit}".`
      : '',
    'Ask again to get a new key.',
  ]
    .filter((l) => l !== '')
    .join(' ');
  await deps.ledger.record({
    at: deps.now(),
    requestId: record.id,
    kind: 'reconciled',
    ...SYSTEM,
    businessUnit: record.businessUnit,
    detail:
      deleted.length > 0
        ? `interrupted: deleted undelivered ${kindName(kind)} ${deleted.map((k) => k.id).join(', ')}`
        : 'interrupted before a key was created',
  });
  const moved = await deps.ledger.transition(record.id, ['executing'], 'failed', {
    at: deps.now(),
    kind: 'failed',
    ...SYSTEM,
    businessUnit: record.businessUnit,
    detail: 'interrupted by a restart; rolled back',
  });
  return {
    record: moved ?? record,
    outcome: { type: 'reconciled', businessUnit: plan.businessUnit, deleted, message },
    settled: moved !== null,
    tell: moved !== null,
  };
}

/** The clean-up must wait: the person is told once (not on every sweep that tries again). */
async function unsettled(record: RequestRecord, plan: Plan, deps: RecoveryDeps): Promise<Recovered> {
  const told = record.context[PENDING_NOTICE_KEY] === '1';
  if (!told) await deps.ledger.updateContext(record.id, { [PENDING_NOTICE_KEY]: '1' });
  return { record, outcome: pending(plan), settled: false, tell: !told };
}

function pending(plan: Plan): Outcome {
  return {
    type: 'reconciled',
    businessUnit: plan.businessUnit,
    deleted: [],
    message: `Your request "${plan.title}" was interrupted, and AWS did not answer while I cleaned up; I will try again.`,
  };
}

/** Runs an idempotent plan (revoke, deprovision, owner change, old-key deletion) again to its end. */
async function finish(record: RequestRecord, plan: Plan, deps: RecoveryDeps): Promise<Recovered> {
  const ctx = {
    aws: deps.aws,
    settings: deps.settings,
    requestId: record.id,
    approvedBy: null,
    reference: deps.reference,
    journal: ledgerJournal(deps.ledger, record.id),
  };
  const result =
    record.context[JOB_KEY] === 'delete-old' ? await deleteOldKeys(plan, ctx) : await executePlan(plan, ctx);
  for (const event of result.events)
    await deps.ledger.record({
      at: deps.now(),
      requestId: record.id,
      kind: event.kind,
      ...SYSTEM,
      businessUnit: record.businessUnit,
      detail: event.detail,
    });
  const to: RequestState = result.succeeded ? 'completed' : 'failed';
  const moved = await deps.ledger.transition(record.id, ['executing'], to, {
    at: deps.now(),
    kind: result.succeeded ? 'executed' : 'failed',
    ...SYSTEM,
    businessUnit: record.businessUnit,
    detail: `interrupted by a restart; ${result.succeeded ? 'finished' : 'could not finish'}`,
  });
  const intro = `Your request "${plan.title}" was interrupted (the bot restarted); ${result.succeeded ? 'I finished it.' : 'finishing it failed.'}`;
  return {
    record: moved ?? record,
    outcome: result.succeeded
      ? { type: 'done', title: intro, actorName: 'bedrock-bot', succeeded: true, summary: result.summary }
      : result.outcome,
    settled: moved !== null,
    tell: moved !== null,
  };
}

/**
 * Whether the process that was executing `record` has stopped. A request that names no process
 * (an engine without an instance ID, or an older bot) is recovered only when listed in `untagged`
 * (a front end lists those it found before it took work), or when no list is given.
 */
async function orphaned(record: RequestRecord, deps: RecoveryDeps, untagged?: string[]): Promise<boolean> {
  const executor = record.context[EXECUTOR_KEY];
  if (executor === undefined || executor === '')
    return untagged === undefined || untagged.includes(record.id);
  if (executor === deps.instanceId) return false;
  return !(await deps.ledger.instanceAlive(executor));
}

/**
 * Recovers the requests left `executing` by processes that no longer run: at start-up and on every
 * sweep. Requests of this process or of a live replica are skipped; see `orphaned` for `untagged`.
 */
export async function recoverInterrupted(deps: RecoveryDeps, untagged?: string[]): Promise<Recovered[]> {
  // findExpired with a far-future "now" lists every request in the state, whatever its deadline.
  const all = await deps.ledger.findExpired(['executing'], new Date('9999-12-31T23:59:59.999Z'));
  const out: Recovered[] = [];
  for (const record of all) {
    if (!(await orphaned(record, deps, untagged))) continue;
    const plan = (record.payload as { plan?: Plan }).plan;
    if (plan === undefined) {
      const moved = await deps.ledger.transition(record.id, ['executing'], 'failed', {
        at: deps.now(),
        kind: 'failed',
        ...SYSTEM,
        businessUnit: record.businessUnit,
        detail: 'interrupted by a restart; nothing to resume',
      });
      if (moved === null) continue;
      out.push({
        record: moved ?? record,
        outcome: {
          type: 'refused',
          reason: 'Your request was interrupted by a restart.',
          hint: 'Ask again.',
        },
        settled: true,
        tell: true,
      });
      continue;
    }
    const createsKey =
      (plan.kind === 'create_key' || plan.kind === 'rotate') && record.context[JOB_KEY] !== 'delete-old';
    out.push(createsKey ? await rollBackCreate(record, plan, deps) : await finish(record, plan, deps));
  }
  return out;
}

/** Deliver or revoke: the request stays `executing` until the front end settles it (settleDelivery). */
export async function awaitDelivery(
  ledger: Ledger,
  requestId: string,
  after: { to: RequestState; detail: string; expiresAt: Date | null },
): Promise<void> {
  await ledger.updateContext(requestId, {
    [AFTER_DELIVERY_KEY]: JSON.stringify({
      to: after.to,
      detail: after.detail,
      expiresAt: after.expiresAt?.toISOString() ?? null,
    }),
  });
}

export interface Settled {
  record: RequestRecord;
  /** What to tell the requester by DM; null when the secret arrived (nothing to say). */
  outcome: Outcome | null;
}

/**
 * Settles a request whose new key was (or was not) delivered. Delivered: it moves on (completed,
 * or waiting for the old-key decision). Not delivered: the key is deleted and the request fails;
 * if AWS refuses the deletion too, it stays `executing` and the next start retries it.
 */
export async function settleDelivery(
  deps: RecoveryDeps,
  requestId: string,
  delivered: boolean,
): Promise<Settled | null> {
  const { ledger } = deps;
  const record = await ledger.get(requestId);
  if (record === null || record.state !== 'executing') return null;
  const after = parseJson<{ to: RequestState; detail: string; expiresAt: string | null }>(
    record.context[AFTER_DELIVERY_KEY],
  );
  if (after === null) return null;
  const by = {
    actorId: record.requesterId,
    actorName: record.requesterName,
    businessUnit: record.businessUnit,
  };
  if (delivered) {
    const moved = await ledger.transition(
      record.id,
      ['executing'],
      after.to,
      { at: deps.now(), kind: 'executed', ...by, detail: after.detail },
      after.expiresAt !== null ? { expiresAt: new Date(after.expiresAt) } : undefined,
    );
    await ledger.updateContext(record.id, { [AFTER_DELIVERY_KEY]: '', [CREATED_KEY]: '' });
    return { record: moved ?? record, outcome: null };
  }
  const key = createdKeyOf(record);
  const gone = key === null || (await revokeUndelivered(deps.aws, key));
  const plan = (record.payload as { plan?: Plan }).plan;
  if (key !== null && gone)
    await ledger.record({
      at: deps.now(),
      requestId: record.id,
      kind: 'key_deleted',
      ...SYSTEM,
      businessUnit: record.businessUnit,
      detail: `${key.id} of ${key.userName}: its secret could not be delivered`,
    });
  const moved = gone
    ? await ledger.transition(record.id, ['executing'], 'failed', {
        at: deps.now(),
        kind: 'failed',
        ...SYSTEM,
        businessUnit: record.businessUnit,
        detail: 'the new key could not be delivered; deleted',
      })
    : null;
  const title = plan?.title ?? 'Your key request';
  const message = gone
    ? `"${title}": the new key could not be shown to you (Slack did not accept the message), so I deleted it${key ? ` (${key.id})` : ''}. Nothing is left behind. Ask again to get a new key.`
    : `"${title}": the new key could not be shown to you, and deleting it failed for now; I will try again when I restart. Ask a bot admin to revoke ${key?.id ?? 'it'} if you do not hear back.`;
  return {
    record: moved ?? record,
    outcome: {
      type: 'reconciled',
      businessUnit: record.businessUnit ?? plan?.businessUnit ?? '',
      deleted: gone && key ? [ref(key.kind, key.id)] : [],
      message,
    },
  };
}
