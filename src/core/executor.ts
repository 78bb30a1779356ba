/**
 * Runs a Plan through the AwsPort, idempotently: each step re-checks AWS before acting, so running
 * a plan again after a partial failure finishes the job and never duplicates anything. Stops at the
 * first real failure and says which steps were done. After an ambiguous failure creating a key
 * (the key may exist but its secret was lost) it lists the keys and deletes the orphan.
 */
import { slotsFull } from './choices.js';
import type { KeyKind } from './request.js';
import type { AwsFailure, AwsPort, CreatedAccessKey, CreatedApiKey, IamUser, Tag } from './aws-port.js';
import { emptyCatalog, loadModelCatalog, type ModelCatalog } from './model-catalog.js';
import { explainFailure } from './explain-error.js';
import { inspectUnit, REFUSAL_HINT, refusalReason } from './managed-user.js';
import { describeKey, kindName, KEYS_PER_KIND, listKeyRefs } from './key-refs.js';
import type { LedgerEventKind } from './ledger-port.js';
import type { Outcome } from './outcome.js';
import type { KeyRef, Plan, PlanStep } from './plan.js';
import { deleteKeySteps } from './planner.js';
import type { CoreSettings } from './settings.js';
import { businessUnitOf } from './validation.js';

export interface ExecContext {
  aws: AwsPort;
  settings: CoreSettings;
  /** The request being executed (used for the rotation follow-up). */
  requestId: string;
  /** Value of the approved-by tag when the request went through approval, else null. */
  approvedBy: string | null;
  /** A short reference for failure reports. */
  reference: () => string;
  /**
   * Where each AWS write is recorded before it is made (the ledger, for start-up recovery after a
   * crash): a throwing journal stops the plan before the write. Absent in dry runs and unit tests.
   */
  journal?: WriteJournal;
}

/** What is about to be written, and which keys existed before a key create (to find an orphan later). */
export interface WriteIntent {
  step: PlanStep['kind'];
  target: string;
  /** For key creates: the IDs of the unit's keys of that kind just before the create call. */
  knownKeyIds?: string[];
}

export interface WriteJournal {
  intend(intent: WriteIntent): Promise<void>;
  /** A key was created and its secret is held in memory only: delete it if it cannot be delivered. */
  created(key: { kind: KeyKind; id: string; userName: string }): Promise<void>;
}

export interface ExecEvent {
  kind: LedgerEventKind;
  detail: string;
}

export interface ExecResult {
  outcome: Outcome;
  succeeded: boolean;
  /** Ledger events to record (never a secret: key IDs only). */
  events: ExecEvent[];
  /** Plain-words lines for the card that replaces the confirmation or approval card. */
  summary: string[];
}

type StepResult =
  | { status: 'done' | 'skipped' }
  | { status: 'failed'; failure: AwsFailure }
  | { status: 'stop'; outcome: Outcome; succeeded: boolean; events?: ExecEvent[] }
  | {
      status: 'created';
      apiKey: CreatedApiKey | null;
      accessKey: CreatedAccessKey | null;
      otherKeys: KeyRef[];
    };

interface RunState {
  userCreated: boolean;
  user: IamUser | null;
}

/** A user may be reused when it is the business unit's: tagged for it, or untagged (hand-made legacy). */
function isMatchingUnitUser(user: IamUser, businessUnit: string): boolean {
  return businessUnitOf(user) === businessUnit;
}

function tagsForCreate(plan: Plan, approvedBy: string | null): Tag[] {
  return approvedBy
    ? [...plan.params.tags.filter((t) => t.key !== 'approved-by'), { key: 'approved-by', value: approvedBy }]
    : plan.params.tags;
}

async function catalogFor(ctx: ExecContext, region: string): Promise<ModelCatalog> {
  const r = await loadModelCatalog(ctx.aws, region, { defaultModel: ctx.settings.defaultModel });
  return r.ok ? r.value : emptyCatalog(region);
}

async function runKeyDeletion(aws: AwsPort, userName: string, s: PlanStep): Promise<StepResult> {
  const kind: KeyKind = s.kind.endsWith('api-key') ? 'api-key' : 'access-key';
  const keys = await listKeyRefs(aws, userName, kind);
  if (!keys.ok)
    return keys.error.code === 'NoSuchEntity'
      ? { status: 'skipped' }
      : { status: 'failed', failure: keys.error };
  if (!keys.value.some((k) => k.id === s.target)) return { status: 'skipped' };
  let r;
  switch (s.kind) {
    case 'deactivate-api-key':
      r = await aws.setApiKeyStatus(userName, s.target, 'Inactive');
      break;
    case 'delete-api-key':
      r = await aws.deleteApiKey(userName, s.target);
      break;
    case 'deactivate-access-key':
      r = await aws.setAccessKeyStatus(userName, s.target, 'Inactive');
      break;
    default:
      r = await aws.deleteAccessKey(userName, s.target);
  }
  if (r.ok) return { status: 'done' };
  return r.error.code === 'NoSuchEntity' ? { status: 'skipped' } : { status: 'failed', failure: r.error };
}

async function runCreateKey(plan: Plan, s: PlanStep, ctx: ExecContext): Promise<StepResult> {
  const { aws } = ctx;
  const kind: KeyKind = s.kind === 'create-api-key' ? 'api-key' : 'access-key';
  const before = await listKeyRefs(aws, plan.userName, kind);
  if (!before.ok) return { status: 'failed', failure: before.error };
  if (before.value.length >= KEYS_PER_KIND) {
    return {
      status: 'stop',
      outcome: slotsFull(plan.businessUnit, kind, before.value),
      succeeded: false,
    };
  }
  await ctx.journal?.intend({ step: s.kind, target: s.target, knownKeyIds: before.value.map((k) => k.id) });
  const created =
    kind === 'api-key'
      ? await aws.createApiKey(plan.userName, plan.params.ageDays)
      : await aws.createAccessKey(plan.userName);
  if (created.ok) {
    const id =
      kind === 'api-key'
        ? (created.value as CreatedApiKey).credentialId
        : (created.value as CreatedAccessKey).accessKeyId;
    await ctx.journal?.created({ kind, id, userName: plan.userName });
    return kind === 'api-key'
      ? {
          status: 'created',
          apiKey: created.value as CreatedApiKey,
          accessKey: null,
          otherKeys: before.value,
        }
      : {
          status: 'created',
          apiKey: null,
          accessKey: created.value as CreatedAccessKey,
          otherKeys: before.value,
        };
  }
  if (!created.error.ambiguous) {
    if (created.error.code === 'LimitExceeded') {
      const now = await listKeyRefs(aws, plan.userName, kind);
      return {
        status: 'stop',
        outcome: slotsFull(plan.businessUnit, kind, now.ok ? now.value : before.value),
        succeeded: false,
      };
    }
    return { status: 'failed', failure: created.error };
  }
  return reconcile(plan, kind, before.value, created.error, ctx);
}

/** The create call may have worked without us seeing the secret: delete any key that appeared. */
async function reconcile(
  plan: Plan,
  kind: KeyKind,
  before: KeyRef[],
  failure: AwsFailure,
  ctx: ExecContext,
): Promise<StepResult> {
  const { aws } = ctx;
  const after = await listKeyRefs(aws, plan.userName, kind);
  if (!after.ok) {
    const explained = explainFailure(failure, {
      doing: `create a ${kindName(kind)}`,
      businessUnit: plan.businessUnit,
    });
    explained.detail += ` I could not check afterwards whether a key was created (${after.error.code}); look at "details for ${plan.businessUnit}" and revoke any key created just now that you did not receive.`;
    return {
      status: 'stop',
      outcome: { type: 'failure', failure: explained, reference: ctx.reference() },
      succeeded: false,
    };
  }
  const known = new Set(before.map((k) => k.id));
  const orphans = after.value.filter((k) => !known.has(k.id));
  const deleted: KeyRef[] = [];
  for (const orphan of orphans) {
    const r =
      kind === 'api-key'
        ? await aws.deleteApiKey(plan.userName, orphan.id)
        : await aws.deleteAccessKey(plan.userName, orphan.id);
    if (!r.ok && r.error.code !== 'NoSuchEntity') {
      const explained = explainFailure(r.error, {
        doing: `delete the orphaned key ${orphan.id}`,
        businessUnit: plan.businessUnit,
      });
      explained.detail = `AWS did not answer when creating the key, but the key ${orphan.id} was created; its secret never reached me, so nobody can use it. Deleting it failed: ${explained.detail}`;
      explained.fix = [`Revoke it: "revoke key ${orphan.id} for ${plan.businessUnit}".`, ...explained.fix];
      return {
        status: 'stop',
        outcome: { type: 'failure', failure: explained, reference: ctx.reference() },
        succeeded: false,
      };
    }
    deleted.push(orphan);
  }
  const message =
    deleted.length > 0
      ? `AWS did not answer in time (${failure.code}) while creating the ${kindName(kind)}, but the key was created; its secret never reached me, so nobody could use it. I deleted it (${deleted.map((k) => k.id).join(', ')}). Nothing else changed: ask again to get a new key.`
      : `AWS did not answer in time (${failure.code}) while creating the ${kindName(kind)}. I checked: no key was created, nothing changed. Ask again to get a new key.`;
  return {
    status: 'stop',
    outcome: { type: 'reconciled', businessUnit: plan.businessUnit, deleted, message },
    succeeded: false,
    events: [
      {
        kind: 'reconciled',
        detail:
          deleted.length > 0
            ? `deleted orphaned ${kindName(kind)} ${deleted.map((k) => k.id).join(', ')} after ${failure.code}`
            : `no key created after ${failure.code}`,
      },
    ],
  };
}

async function runStep(plan: Plan, s: PlanStep, ctx: ExecContext, state: RunState): Promise<StepResult> {
  const { aws } = ctx;
  const userName = plan.userName;
  switch (s.kind) {
    case 'create-user': {
      const got = await aws.getUser(userName);
      if (!got.ok) return { status: 'failed', failure: got.error };
      if (got.value) {
        if (!isMatchingUnitUser(got.value, plan.businessUnit)) {
          return {
            status: 'failed',
            failure: {
              code: 'EntityAlreadyExists',
              action: 'iam:CreateUser',
              awsErrorName: 'EntityAlreadyExists',
              message: `${userName} exists and belongs to ${businessUnitOf(got.value)}`,
              ambiguous: false,
              resource: userName,
            },
          };
        }
        state.user = got.value;
        return { status: 'skipped' };
      }
      const created = await aws.createUser({
        userName,
        path: plan.params.path,
        tags: tagsForCreate(plan, ctx.approvedBy),
      });
      if (created.ok) {
        state.user = created.value;
        state.userCreated = true;
        return { status: 'done' };
      }
      if (created.error.code === 'EntityAlreadyExists' || created.error.ambiguous) {
        // Someone (or our own lost request) created it: fine if it is this business unit's user.
        const again = await aws.getUser(userName);
        if (again.ok && again.value && isMatchingUnitUser(again.value, plan.businessUnit)) {
          state.user = again.value;
          state.userCreated = created.error.ambiguous;
          return { status: 'done' };
        }
      }
      return { status: 'failed', failure: created.error };
    }
    case 'tag-user': {
      const keys = new Set(s.target.split(','));
      const r = await aws.tagUser(
        userName,
        plan.params.tags.filter((t) => keys.has(t.key)),
      );
      return r.ok ? { status: 'done' } : { status: 'failed', failure: r.error };
    }
    case 'attach-policy': {
      const attached = await aws.listAttachedUserPolicies(userName);
      if (!attached.ok) return { status: 'failed', failure: attached.error };
      if (attached.value.some((p) => p.policyArn === s.target)) return { status: 'skipped' };
      const r = await aws.attachUserPolicy(userName, s.target);
      return r.ok ? { status: 'done' } : { status: 'failed', failure: r.error };
    }
    case 'create-api-key':
    case 'create-access-key':
      return runCreateKey(plan, s, ctx);
    case 'deactivate-api-key':
    case 'delete-api-key':
    case 'deactivate-access-key':
    case 'delete-access-key':
      return runKeyDeletion(aws, userName, s);
    case 'delete-login-profile': {
      const r = await aws.deleteLoginProfile(userName);
      return r.ok || r.error.code === 'NoSuchEntity'
        ? { status: 'done' }
        : { status: 'failed', failure: r.error };
    }
    case 'detach-policy': {
      const attached = await aws.listAttachedUserPolicies(userName);
      if (!attached.ok)
        return attached.error.code === 'NoSuchEntity'
          ? { status: 'skipped' }
          : { status: 'failed', failure: attached.error };
      if (!attached.value.some((p) => p.policyArn === s.target)) return { status: 'skipped' };
      const r = await aws.detachUserPolicy(userName, s.target);
      return r.ok || r.error.code === 'NoSuchEntity'
        ? { status: 'done' }
        : { status: 'failed', failure: r.error };
    }
    case 'delete-inline-policy': {
      const inline = await aws.listUserPolicies(userName);
      if (!inline.ok)
        return inline.error.code === 'NoSuchEntity'
          ? { status: 'skipped' }
          : { status: 'failed', failure: inline.error };
      if (!inline.value.includes(s.target)) return { status: 'skipped' };
      const r = await aws.deleteUserPolicy(userName, s.target);
      return r.ok || r.error.code === 'NoSuchEntity'
        ? { status: 'done' }
        : { status: 'failed', failure: r.error };
    }
    case 'delete-user': {
      const got = await aws.getUser(userName);
      if (!got.ok) return { status: 'failed', failure: got.error };
      if (!got.value) return { status: 'skipped' };
      const r = await aws.deleteUser(userName);
      return r.ok || r.error.code === 'NoSuchEntity'
        ? { status: 'done' }
        : { status: 'failed', failure: r.error };
    }
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function failed(
  plan: Plan,
  s: PlanStep,
  failure: AwsFailure,
  done: PlanStep[],
  rest: PlanStep[],
  ctx: ExecContext,
  events: ExecEvent[],
): ExecResult {
  const explained = explainFailure(failure, {
    doing: lowerFirst(s.description),
    businessUnit: plan.businessUnit,
    region: plan.params.region,
    iamUserPath: ctx.settings.iamUserPath,
  });
  const doneText =
    done.length > 0
      ? ` Done before the failure: ${done.map((d) => lowerFirst(d.description)).join('; ')}.`
      : ' Nothing had been changed yet.';
  const notDone = [s, ...rest].map((d) => lowerFirst(d.description));
  explained.detail += `${doneText} Not done: ${notDone.join('; ')}.`;
  if (done.length > 0 || explained.retryable) {
    explained.fix = [
      ...explained.fix,
      'Once fixed, ask again with the same words: steps already done are skipped, nothing is duplicated.',
    ];
  }
  return {
    outcome: { type: 'failure', failure: explained, reference: ctx.reference() },
    succeeded: false,
    events: [
      ...events,
      { kind: 'failed', detail: `${s.kind} ${s.target} failed: ${failure.code} on ${failure.action}` },
    ],
    summary: [`Failed at: ${s.description} (${failure.code}).`, ...done.map((d) => `Done: ${d.description}`)],
  };
}

function step0(plan: Plan): PlanStep {
  return {
    kind: 'tag-user',
    target: '',
    description: `Check ${plan.userName}`,
    actions: ['iam:GetUser'],
    destructive: false,
    alreadyDone: false,
  };
}

/**
 * Re-checks, right before acting, that the unit is still one the bot may act on and still what
 * the plan was made for: a unit deprovisioned after approval is not recreated by a late Reveal,
 * and a user that gained a console password, a group or another policy is refused.
 */
async function stillManaged(plan: Plan, ctx: ExecContext): Promise<StepResult | null> {
  const got = await ctx.aws.getUser(plan.userName);
  if (!got.ok) return { status: 'failed', failure: got.error };
  if (got.value === null) {
    const createsUser = plan.steps.some((s) => s.kind === 'create-user' && !s.alreadyDone);
    if (createsUser || plan.kind === 'deprovision') return null;
    return {
      status: 'stop',
      outcome: {
        type: 'refused',
        reason: `The business unit ${plan.businessUnit} no longer exists (its IAM user ${plan.userName} was removed after this request was made), so I did not recreate it. Nothing was created.`,
        hint: `Ask again if ${plan.businessUnit} still needs a key.`,
      },
      succeeded: false,
      events: [{ kind: 'refused', detail: `${plan.userName} no longer exists` }],
    };
  }
  const management = await inspectUnit(ctx.aws, got.value, ctx.settings);
  if (!management.ok) return { status: 'failed', failure: management.error };
  if (management.value.managed) return null;
  return {
    status: 'stop',
    outcome: { type: 'refused', reason: refusalReason(management.value), hint: REFUSAL_HINT },
    succeeded: false,
    events: [{ kind: 'refused', detail: `not managed: ${management.value.reasons.join('; ')}` }],
  };
}

/** Executes a plan. For create_key and rotate the outcome carries the new secret: deliver it privately only. */
export async function executePlan(plan: Plan, ctx: ExecContext): Promise<ExecResult> {
  const state: RunState = { userCreated: false, user: null };
  const done: PlanStep[] = [];
  const events: ExecEvent[] = [];
  let created: Extract<StepResult, { status: 'created' }> | null = null;

  const guard = await stillManaged(plan, ctx);
  if (guard !== null) {
    if (guard.status === 'failed')
      return failed(plan, plan.steps[0] ?? step0(plan), guard.failure, [], plan.steps.slice(1), ctx, events);
    if (guard.status === 'stop')
      return {
        outcome: guard.outcome,
        succeeded: false,
        events: guard.events ?? [],
        summary: ['Nothing was changed.'],
      };
  }

  for (let i = 0; i < plan.steps.length; i += 1) {
    const s = plan.steps[i] as PlanStep;
    // Key creates record their own intent, with the keys that existed just before.
    if (!s.kind.startsWith('create-') || s.kind === 'create-user')
      await ctx.journal?.intend({ step: s.kind, target: s.target });
    const r = await runStep(plan, s, ctx, state);
    if (r.status === 'failed') return failed(plan, s, r.failure, done, plan.steps.slice(i + 1), ctx, events);
    if (r.status === 'stop') {
      return {
        outcome: r.outcome,
        succeeded: r.succeeded,
        events: [...events, ...(r.events ?? [])],
        summary: [...done.map((d) => `Done: ${d.description}`), `Stopped at: ${s.description}`],
      };
    }
    if (r.status === 'created') {
      created = r;
      const id = r.apiKey?.credentialId ?? r.accessKey?.accessKeyId ?? '';
      events.push({
        kind: 'key_created',
        detail: `${kindName(plan.params.keyKind ?? 'api-key')} ${id} for ${plan.userName}`,
      });
    }
    if (r.status === 'done' || r.status === 'created') {
      done.push(s);
      if (s.kind.startsWith('delete-') && s.kind.endsWith('-key'))
        events.push({ kind: 'key_deleted', detail: `${s.target} of ${plan.userName}` });
    }
  }

  const summary = done.map((d) => d.description);
  switch (plan.kind) {
    case 'create_key':
    case 'rotate': {
      if (!created) throw new Error(`plan ${plan.kind} has no key creation step`);
      const keyKind: KeyKind = created.apiKey ? 'api-key' : 'access-key';
      const user = state.user ?? (await ctx.aws.getUser(plan.userName).then((r) => (r.ok ? r.value : null)));
      const notes: string[] = [];
      if (user && user.path === '/' && ctx.settings.iamUserPath !== '/')
        notes.push(`${plan.userName} was created by hand before the bot; it was reused as it is.`);
      if (created.otherKeys.length > 0 && plan.kind === 'create_key') {
        notes.push(
          `${plan.businessUnit} now has ${created.otherKeys.length + 1} ${kindName(keyKind, true)} (the most IAM allows is ${KEYS_PER_KIND}); revoke the old one when nothing uses it: "rotate key for ${plan.businessUnit}".`,
        );
      }
      const oldKeys = plan.kind === 'rotate' ? plan.params.targetKeys : [];
      return {
        outcome: {
          type: 'key-created',
          businessUnit: plan.businessUnit,
          userName: plan.userName,
          userCreated: state.userCreated,
          keyKind,
          apiKey: created.apiKey,
          accessKey: created.accessKey,
          region: plan.params.region,
          tags: user?.tags ?? tagsForCreate(plan, ctx.approvedBy),
          catalog: await catalogFor(ctx, plan.params.region),
          otherKeys: created.otherKeys,
          notes,
          rotation:
            plan.kind === 'rotate' && oldKeys.length > 0 ? { requestId: ctx.requestId, oldKeys } : null,
        },
        succeeded: true,
        events,
        summary: [...summary, 'The new key was shown once, privately, to the requester.'],
      };
    }
    case 'revoke':
      return {
        outcome: {
          type: 'keys-deleted',
          businessUnit: plan.businessUnit,
          userName: plan.userName,
          deleted: plan.params.targetKeys,
          notes: [],
        },
        succeeded: true,
        events,
        summary,
      };
    case 'change_owner':
      return {
        outcome: {
          type: 'done',
          title: plan.title,
          actorName: ctx.approvedBy ?? 'you',
          succeeded: true,
          summary,
        },
        succeeded: true,
        events,
        summary,
      };
    case 'deprovision':
      return {
        outcome: {
          type: 'deprovisioned',
          businessUnit: plan.businessUnit,
          userName: plan.userName,
          removed: summary,
        },
        succeeded: true,
        events,
        summary,
      };
  }
}

/** The second half of a rotation: delete the old keys once the person confirmed the new one works. */
export async function deleteOldKeys(plan: Plan, ctx: ExecContext): Promise<ExecResult> {
  const keys = plan.params.targetKeys;
  const deletion: Plan = {
    ...plan,
    kind: 'revoke',
    title: `Delete the old key${keys.length === 1 ? '' : 's'} of ${plan.businessUnit}`,
    steps: keys.flatMap((k) => deleteKeySteps(k)),
    destructive: true,
  };
  const result = await executePlan(deletion, ctx);
  if (result.succeeded && result.outcome.type === 'keys-deleted') {
    result.outcome.notes.push(`Rotation finished: only the new key of ${plan.businessUnit} works now.`);
    result.summary = keys.map((k) => `Deleted ${describeKey(k)}`);
  }
  return result;
}
