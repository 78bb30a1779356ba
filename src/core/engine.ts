/**
 * The conversation state machine: text and button clicks in, deliveries out, every step recorded
 * in the ledger (who, when, what — never a secret). The Ledger's atomic `transition` makes each
 * click count once: two concurrent Confirm or Approve clicks lead to exactly one execution.
 *
 * States: awaiting_choice → (choose) → a new request;
 *         awaiting_confirmation → (confirm) executing → completed | failed | awaiting_old_key_decision;
 *         awaiting_approval → (approve) approved → (reveal) executing → completed | failed;
 *         awaiting_old_key_decision → (delete_old) executing → completed | failed, or (keep_old) completed;
 *         any waiting state → cancelled | denied | expired.
 */
import type { ParseResult } from './request.js';
import { renderOutcome } from '../render/render-outcome.js';
import type { IamUser } from './aws-port.js';
import { authorize, authorizeApproval, isAdmin, isOwner } from './authorize.js';
import type {
  ActionInput,
  Audience,
  BotEngine,
  Delivery,
  EngineDeps,
  Reply,
  TextInput,
} from './engine-api.js';
import { explainFailure } from './explain-error.js';
import { managedOrRefusal } from './managed-user.js';
import {
  AFTER_DELIVERY_KEY,
  CREATED_KEY,
  createdKeyOf,
  JOB_KEY,
  ledgerJournal,
  recoverInterrupted,
  revokeUndelivered,
} from './recovery.js';
import { deleteOldKeys, executePlan, type ExecResult } from './executor.js';
import type { RequestRecord, RequestState } from './ledger-port.js';
import type { Choice, Outcome } from './outcome.js';
import type { Plan } from './plan.js';
import {
  planCreateKey,
  planDeprovision,
  planRevoke,
  planRotate,
  requesterTagValue,
  type PlanResult,
} from './planner.js';
import { history, listBusinessUnits, listModels, unitDetails } from './read-flows.js';
import type { Requester, Surface } from './requester.js';
import { issueToken } from './token-flow.js';
import { businessUnitOf, checkRegion, invalid, userNameFor, validateKeyRequest } from './validation.js';

/** What a request stores: the parse result and the plan (plus choices and who approved). Never a secret. */
interface Payload {
  parse: ParseResult;
  plan?: Plan;
  choices?: Choice[];
  approver?: { id: string; name: string; tag: string };
}

const WAITING: readonly RequestState[] = [
  'awaiting_choice',
  'awaiting_confirmation',
  'awaiting_approval',
  'approved',
  'awaiting_old_key_decision',
];
const MAX_CHOICES = 10;
/** How long the person has to decide about the old key after a rotation (they need time to update systems). */
const OLD_KEY_DECISION_SECONDS = 7 * 86_400;

/**
 * When a waiting request expires. Each waiting state has its own deadline, set when the request
 * enters it: confirmation or approval (from the settings), the reveal window after an approval,
 * and the old-key decision after a rotation.
 */
function deadlineOf(record: RequestRecord): Date {
  return record.expiresAt;
}

const SECRET_OUTCOMES: ReadonlySet<Outcome['type']> = new Set<Outcome['type']>(['token', 'key-created']);

export function createEngine(deps: EngineDeps): BotEngine {
  const { aws, ledger, clock, ids, settings } = deps;

  const now = (): Date => clock.now();
  const later = (seconds: number): Date => new Date(now().getTime() + seconds * 1000);
  const reference = (): string => ids.reference();

  function delivery(
    audience: Audience,
    outcome: Outcome,
    surface: Surface,
    extra: { requestId?: string; userId?: string } = {},
  ): Delivery {
    const message = renderOutcome(outcome, { surface, now: now(), commandName: deps.commandName });
    const secret = message.containsSecret || SECRET_OUTCOMES.has(outcome.type);
    if (secret && audience !== 'requester-private') {
      throw new Error(
        `refusing to deliver a ${outcome.type} outcome to ${audience}: secrets go only to requester-private`,
      );
    }
    return { audience, message: secret ? { ...message, containsSecret: true } : message, outcome, ...extra };
  }

  const privately = (outcome: Outcome, surface: Surface, requestId?: string): Reply => ({
    deliveries: [delivery('requester-private', outcome, surface, requestId ? { requestId } : {})],
  });

  const actor = (r: Requester) => ({ actorId: r.userId, actorName: r.displayName });
  const SYSTEM = { actorId: 'system', actorName: 'bedrock-bot' };

  async function refuse(
    requester: Requester,
    surface: Surface,
    reason: string,
    hint: string | undefined,
    businessUnit: string | null,
    requestId: string | null = null,
  ): Promise<Reply> {
    await ledger.record({
      at: now(),
      requestId,
      kind: 'refused',
      ...actor(requester),
      businessUnit,
      detail: reason,
    });
    return privately(
      hint === undefined ? { type: 'refused', reason } : { type: 'refused', reason, hint },
      surface,
    );
  }

  async function store(
    input: { requester: Requester; surface: Surface; context?: Record<string, string> },
    parse: ParseResult,
    state: RequestState,
    payload: Payload,
    ttlSeconds: number,
    businessUnit: string | null,
  ): Promise<RequestRecord> {
    const record: RequestRecord = {
      id: ids.requestId(),
      createdAt: now(),
      updatedAt: now(),
      expiresAt: later(ttlSeconds),
      requesterId: input.requester.userId,
      requesterName: input.requester.displayName,
      requesterEmail: input.requester.email,
      surface: input.surface,
      intent: parse.intent,
      businessUnit,
      state,
      payload: JSON.parse(JSON.stringify(payload)) as Record<string, unknown>,
      context: input.context ?? {},
    };
    await ledger.insert(record);
    return record;
  }

  // ---------------------------------------------------------------- questions

  async function unitChoices(requester: Requester, textFor: (bu: string) => string): Promise<Choice[]> {
    const users = await aws.listBedrockUsers();
    if (!users.ok) return [];
    const admin = isAdmin(requester, settings);
    return users.value
      .filter((u) => admin || isOwner(requester, u))
      .map((u) => businessUnitOf(u))
      .sort()
      .slice(0, MAX_CHOICES)
      .map((bu) => ({ key: `bu-${bu}`, label: bu, text: textFor(bu) }));
  }

  async function ask(
    input: TextInput,
    parse: ParseResult,
    question: string,
    choices: Choice[],
    businessUnit: string | null,
  ): Promise<Reply> {
    if (choices.length === 0) {
      return privately(
        invalid(
          [question],
          `Say it in one message, e.g. "${deps.commandName} ${parse.intent === 'create_key' ? 'create key for marketing' : `${parse.intent} for marketing`}".`,
        ),
        input.surface,
      );
    }
    const record = await store(
      input,
      parse,
      'awaiting_choice',
      { parse, choices },
      settings.confirmationTtlSeconds,
      businessUnit,
    );
    await ledger.record({
      at: now(),
      requestId: record.id,
      kind: 'requested',
      ...actor(input.requester),
      businessUnit,
      detail: `asked: ${question}`,
    });
    return privately({ type: 'question', question, choices, requestId: record.id }, input.surface, record.id);
  }

  async function askBusinessUnit(input: TextInput, parse: ParseResult): Promise<Reply> {
    const verb: Record<string, string> = {
      details: 'details for',
      rotate: 'rotate key for',
      revoke: 'revoke key for',
      deprovision: 'deprovision',
      create_key: 'create key for',
    };
    const prefix = verb[parse.intent] ?? `${parse.intent} for`;
    const choices = await unitChoices(input.requester, (bu) => `${prefix} ${bu}`);
    if (parse.intent === 'create_key') {
      choices.unshift({
        key: 'token',
        label: 'A short-term token for me (recommended)',
        text: 'token',
        style: 'primary',
      });
      return ask(
        input,
        parse,
        `Is this for you, or for a system? For a system, which business unit? (Or type "${prefix} <business unit>".)`,
        choices,
        null,
      );
    }
    return ask(input, parse, `Which business unit? (Or type "${prefix} <business unit>".)`, choices, null);
  }

  // ---------------------------------------------------------------- mutating requests

  async function offerPlan(
    input: TextInput,
    parse: ParseResult,
    result: PlanResult,
    approval: boolean,
    businessUnit: string,
  ): Promise<Reply> {
    if (result.kind === 'question') return ask(input, parse, result.question, result.choices, businessUnit);
    if (result.kind === 'outcome') {
      const o = result.outcome;
      if (o.type === 'slots-full') {
        const kindText = o.keyKind === 'access-key' ? 'access key' : 'api key';
        const choices: Choice[] = [
          {
            key: 'rotate',
            label: 'Rotate instead',
            text: `rotate ${kindText} for ${o.businessUnit}`,
            style: 'primary',
          },
        ];
        const record = await store(
          input,
          parse,
          'awaiting_choice',
          { parse, choices },
          settings.confirmationTtlSeconds,
          businessUnit,
        );
        await ledger.record({
          at: now(),
          requestId: record.id,
          kind: 'requested',
          ...actor(input.requester),
          businessUnit,
          detail: `slots full for ${o.keyKind}: offered rotation`,
        });
        return privately({ ...o, requestId: record.id }, input.surface, record.id);
      }
      if (o.type === 'refused') return refuse(input.requester, input.surface, o.reason, o.hint, businessUnit);
      return privately(o, input.surface);
    }
    const plan = result.plan;
    if (!approval) {
      const record = await store(
        input,
        parse,
        'awaiting_confirmation',
        { parse, plan },
        settings.confirmationTtlSeconds,
        businessUnit,
      );
      await ledger.record({
        at: now(),
        requestId: record.id,
        kind: 'requested',
        ...actor(input.requester),
        businessUnit,
        detail: plan.title,
      });
      return privately(
        { type: 'plan', plan, requestId: record.id, mode: 'confirm', expiresAt: record.expiresAt },
        input.surface,
        record.id,
      );
    }
    const record = await store(
      input,
      parse,
      'awaiting_approval',
      { parse, plan },
      settings.approvalTtlSeconds,
      businessUnit,
    );
    await ledger.record({
      at: now(),
      requestId: record.id,
      kind: 'approval_requested',
      ...actor(input.requester),
      businessUnit,
      detail: plan.title,
    });
    return {
      deliveries: [
        delivery(
          'requester-private',
          {
            type: 'plan',
            plan,
            requestId: record.id,
            mode: 'approval-requested',
            expiresAt: record.expiresAt,
          },
          input.surface,
          { requestId: record.id },
        ),
        delivery('approvers', approvalCard(record, plan, 'pending'), input.surface, { requestId: record.id }),
      ],
    };
  }

  function approvalCard(
    record: RequestRecord,
    plan: Plan,
    state: 'pending' | 'approved' | 'denied' | 'expired',
    decidedBy?: string,
  ): Outcome {
    return {
      type: 'approval-card',
      plan,
      requestId: record.id,
      requesterId: record.requesterId,
      requesterName: record.requesterName,
      expiresAt: record.expiresAt,
      state,
      ...(decidedBy ? { decidedBy } : {}),
    };
  }

  async function fetchUnit(
    businessUnit: string,
  ): Promise<{ ok: true; user: IamUser | null } | { ok: false; outcome: Outcome }> {
    const got = await aws.getUser(userNameFor(businessUnit));
    if (got.ok) return { ok: true, user: got.value };
    return {
      ok: false,
      outcome: {
        type: 'failure',
        failure: explainFailure(got.error, {
          doing: `look up ${businessUnit}`,
          businessUnit,
          iamUserPath: settings.iamUserPath,
        }),
        reference: reference(),
      },
    };
  }

  async function handleUnitIntent(
    input: TextInput,
    parse: ParseResult,
    businessUnit: string,
  ): Promise<Reply> {
    const { requester, surface } = input;
    const fetched = await fetchUnit(businessUnit);
    if (!fetched.ok) return privately(fetched.outcome, surface);
    const user = fetched.user;
    const decision = authorize(parse.intent, requester, settings, user);
    if (decision.kind === 'refuse')
      return refuse(requester, surface, decision.reason, decision.hint, businessUnit);
    if (user === null) {
      return privately(
        invalid(
          [`There is no business unit "${businessUnit}" (no IAM user ${userNameFor(businessUnit)}).`],
          isAdmin(requester, settings) ? 'Ask for "list" to see them all.' : undefined,
        ),
        surface,
      );
    }
    const region = parse.region ?? settings.defaultRegion;
    const unit = { businessUnit, user, region };
    const planner = { aws, settings };
    if (parse.intent === 'details')
      return privately(await unitDetails(businessUnit, user, readDeps()), surface);
    // The bot acts only on users it manages (core/managed-user.ts): refuse before planning anything.
    const managed = await managedOrRefusal(aws, user, settings, businessUnit, reference);
    if (managed.kind === 'failure') return privately(managed.outcome, surface);
    if (managed.kind === 'refused')
      return refuse(requester, surface, managed.reason, managed.hint, businessUnit);
    const planned =
      parse.intent === 'rotate'
        ? await planRotate(unit, parse, planner)
        : parse.intent === 'revoke'
          ? await planRevoke(unit, parse, planner)
          : await planDeprovision(unit, planner);
    if (planned.kind === 'plan') planned.plan.unitState = managed.unitState;
    return offerPlan(input, parse, planned, false, businessUnit);
  }

  const readDeps = () => ({ aws, settings, now: now(), reference });

  // ---------------------------------------------------------------- text

  async function handleParsed(input: TextInput, parse: ParseResult): Promise<Reply> {
    const { requester, surface } = input;
    const admin = isAdmin(requester, settings);
    switch (parse.intent) {
      case 'help':
        return privately({ type: 'help', isAdmin: admin }, surface);
      case 'unknown':
        return privately({ type: 'unknown', text: input.text }, surface);
      case 'models': {
        const region = parse.region ?? settings.defaultRegion;
        const problems = checkRegion(region, settings);
        if (problems.length > 0) return privately(invalid(problems), surface);
        return privately(await listModels(region, parse.provider, readDeps()), surface);
      }
      case 'list':
      case 'history': {
        const decision = authorize(parse.intent, requester, settings);
        if (decision.kind === 'refuse')
          return refuse(requester, surface, decision.reason, decision.hint, null);
        if (parse.intent === 'history') return privately(await history(ledger, parse.businessUnit), surface);
        return privately(
          await listBusinessUnits(readDeps(), parse.region ?? settings.defaultRegion),
          surface,
        );
      }
      case 'token': {
        const decision = authorize('token', requester, settings);
        if (decision.kind === 'refuse')
          return refuse(requester, surface, decision.reason, decision.hint, null);
        const result = await issueToken(parse, requester, { aws, settings, reference });
        if (result.eventDetail !== null) {
          await ledger.record({
            at: now(),
            requestId: null,
            kind: 'token_issued',
            ...actor(requester),
            businessUnit: null,
            detail: result.eventDetail,
          });
        }
        return privately(result.outcome, surface);
      }
      case 'create_key': {
        if (parse.businessUnit === null) return askBusinessUnit(input, parse);
        const valid = validateKeyRequest(parse, settings, requester);
        if (!valid.ok) return privately(valid.error, surface);
        const decision = authorize('create_key', requester, settings);
        if (decision.kind === 'refuse')
          return refuse(requester, surface, decision.reason, decision.hint, valid.value.businessUnit);
        const result = await planCreateKey(valid.value, requester, { aws, settings });
        return offerPlan(input, parse, result, decision.kind === 'needs-approval', valid.value.businessUnit);
      }
      case 'details':
      case 'rotate':
      case 'revoke':
      case 'deprovision':
        if (parse.businessUnit === null) return askBusinessUnit(input, parse);
        return handleUnitIntent(input, parse, parse.businessUnit);
    }
  }

  // ---------------------------------------------------------------- actions

  function payloadOf(record: RequestRecord): Payload {
    return record.payload as unknown as Payload;
  }

  function lateClickReason(record: RequestRecord): string {
    switch (record.state) {
      case 'completed':
        return 'This request was already carried out.';
      case 'executing':
        return 'This request is being carried out right now.';
      case 'failed':
        return 'This request already ran and failed; ask again to retry it.';
      case 'cancelled':
        return 'This request was cancelled.';
      case 'denied':
        return 'This request was denied.';
      case 'expired':
        return 'This request has expired; ask again.';
      case 'approved':
        return 'This request was already approved.';
      default:
        return 'This request is waiting for something else.';
    }
  }

  /** A click on a request that is no longer in the state the button was for. */
  async function lateClick(input: ActionInput, stale: RequestRecord): Promise<Reply> {
    const record = (await ledger.get(stale.id)) ?? stale;
    const reason = lateClickReason(record);
    await ledger.record({
      at: now(),
      requestId: record.id,
      kind: 'refused',
      ...actor(input.requester),
      businessUnit: record.businessUnit,
      detail: `${input.action}: ${reason}`,
    });
    const deliveries: Delivery[] = [
      delivery('requester-private', { type: 'refused', reason }, input.surface),
    ];
    const plan = payloadOf(record).plan;
    if ((input.action === 'approve' || input.action === 'deny') && plan) {
      // Bring the approval card up to date so nobody else clicks it.
      if (record.state === 'cancelled') {
        deliveries.push(
          delivery(
            'replace-source',
            { type: 'cancelled', title: `${plan.title} (withdrawn by ${record.requesterName})` },
            input.surface,
            { requestId: record.id },
          ),
        );
      } else {
        // A late click only ever brings a card up to date with an ending nobody approved (denied,
        // expired while waiting): it never relabels a card as Approved — the winning click did that.
        const approvedOnce = payloadOf(record).approver !== undefined;
        const state =
          record.state === 'denied'
            ? 'denied'
            : record.state === 'expired' && !approvedOnce
              ? 'expired'
              : null;
        if (state)
          deliveries.push(
            delivery(
              'replace-source',
              approvalCard(record, plan, state, payloadOf(record).approver?.name),
              input.surface,
              { requestId: record.id },
            ),
          );
      }
    }
    return { deliveries };
  }

  /** Expires a waiting request whose time is up (a click after expiry); returns the reply, or null when still valid. */
  async function expireIfDue(input: ActionInput, record: RequestRecord): Promise<Reply | null> {
    if (!WAITING.includes(record.state) || deadlineOf(record).getTime() > now().getTime()) return null;
    const expired = await ledger.transition(record.id, [record.state], 'expired', {
      at: now(),
      kind: 'expired',
      ...SYSTEM,
      businessUnit: record.businessUnit,
      detail: `expired (late ${input.action} by ${input.requester.displayName})`,
    });
    const current = expired ?? (await ledger.get(record.id)) ?? record;
    const deliveries: Delivery[] = [
      delivery(
        'requester-private',
        {
          type: 'refused',
          reason: `This request expired at ${deadlineOf(record).toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
          hint: 'Ask again to start over.',
        },
        input.surface,
      ),
    ];
    const plan = payloadOf(current).plan;
    if (record.state === 'awaiting_approval' && plan)
      deliveries.push(
        delivery('replace-source', approvalCard(current, plan, 'expired'), input.surface, {
          requestId: record.id,
        }),
      );
    else
      deliveries.push(
        delivery(
          'replace-source',
          { type: 'expired-notice', title: plan?.title ?? 'This request' },
          input.surface,
          { requestId: record.id },
        ),
      );
    return { deliveries };
  }

  /** Runs a plan for a request already moved to `executing`, then records and delivers the result. */
  async function run(
    input: ActionInput,
    record: RequestRecord,
    plan: Plan,
    approvedBy: string | null,
    job: 'execute' | 'delete-old',
  ): Promise<Reply> {
    // The intent of every AWS write goes to the ledger first (core/recovery.ts).
    await ledger.updateContext(record.id, { [JOB_KEY]: job });
    const ctx = {
      aws,
      settings,
      requestId: record.id,
      approvedBy,
      reference,
      journal: ledgerJournal(ledger, record.id),
    };
    let result: ExecResult;
    try {
      result = job === 'execute' ? await executePlan(plan, ctx) : await deleteOldKeys(plan, ctx);
    } catch (error) {
      await ledger.transition(record.id, ['executing'], 'failed', {
        at: now(),
        kind: 'failed',
        ...actor(input.requester),
        businessUnit: record.businessUnit,
        detail: 'internal error while executing',
      });
      throw error;
    }
    for (const event of result.events) {
      await ledger.record({
        at: now(),
        requestId: record.id,
        kind: event.kind,
        ...actor(input.requester),
        businessUnit: record.businessUnit,
        detail: event.detail,
      });
    }
    const rotationPending = result.outcome.type === 'key-created' && result.outcome.rotation !== null;
    const to: RequestState = !result.succeeded
      ? 'failed'
      : rotationPending
        ? 'awaiting_old_key_decision'
        : 'completed';
    const kind = result.succeeded ? 'executed' : 'failed';
    const detail = result.succeeded
      ? job === 'delete-old'
        ? 'old keys deleted'
        : plan.title
      : `not completed: ${result.outcome.type}`;
    // A rotation then waits for the person's decision about the old key; they need time to update
    // their systems, so that decision gets its own deadline (kept in the context, set atomically here).
    const patch = rotationPending ? { expiresAt: later(OLD_KEY_DECISION_SECONDS) } : undefined;
    if (deps.confirmsDelivery === true && result.outcome.type === 'key-created') {
      // Deliver or revoke: the request completes only once the front end says the secret arrived.
      await ledger.updateContext(record.id, {
        [AFTER_DELIVERY_KEY]: JSON.stringify({
          to,
          detail,
          expiresAt: patch?.expiresAt?.toISOString() ?? null,
        }),
      });
    } else {
      await ledger.transition(
        record.id,
        ['executing'],
        to,
        { at: now(), kind, ...actor(input.requester), businessUnit: record.businessUnit, detail },
        patch,
      );
    }
    const title = job === 'delete-old' ? `Old keys of ${plan.businessUnit}` : plan.title;
    return {
      deliveries: [
        delivery('requester-private', result.outcome, input.surface, { requestId: record.id }),
        delivery(
          'replace-source',
          {
            type: 'done',
            title,
            actorName: input.requester.displayName,
            succeeded: result.succeeded,
            summary: result.summary,
          },
          input.surface,
          { requestId: record.id },
        ),
      ],
    };
  }

  async function handleAction(input: ActionInput): Promise<Reply> {
    const { requester, surface } = input;
    // Dismiss only ever replaces the private message the person is looking at (secret messages
    // are ephemeral: nobody else can see or click them), so it needs no request in the ledger.
    if (input.action === 'dismiss') {
      return { deliveries: [delivery('replace-source', { type: 'dismissed' }, surface, {})] };
    }
    const record = await ledger.get(input.requestId);
    if (!record)
      return privately(
        { type: 'refused', reason: "I can't find this request any more.", hint: 'Ask again.' },
        surface,
      );
    const payload = payloadOf(record);
    const isRequester = requester.userId === record.requesterId;
    const onlyRequester = async (): Promise<Reply> =>
      refuse(
        requester,
        surface,
        `Only ${record.requesterName}, who made this request, can do that.`,
        undefined,
        record.businessUnit,
        record.id,
      );

    const expired = await expireIfDue(input, record);
    if (expired) return expired;

    switch (input.action) {
      case 'choose': {
        if (!isRequester) return onlyRequester();
        const choice = payload.choices?.find((c) => c.key === input.choice);
        if (!choice)
          return privately({ type: 'refused', reason: 'That choice is not one I offered.' }, surface);
        const moved = await ledger.transition(record.id, ['awaiting_choice'], 'completed', {
          at: now(),
          kind: 'confirmed',
          ...actor(requester),
          businessUnit: record.businessUnit,
          detail: `chose: ${choice.label}`,
        });
        if (!moved) return lateClick(input, record);
        const parse = await deps.parse(choice.text);
        const reply = await handleParsed(
          { requester, surface, text: choice.text, context: record.context },
          parse,
        );
        return {
          deliveries: [
            delivery(
              'replace-source',
              {
                type: 'done',
                title: `You chose: ${choice.label}`,
                actorName: requester.displayName,
                succeeded: true,
                summary: [],
              },
              surface,
              { requestId: record.id },
            ),
            ...reply.deliveries,
          ],
        };
      }
      case 'confirm': {
        if (!isRequester) return onlyRequester();
        if (!payload.plan)
          return privately({ type: 'refused', reason: 'There is nothing to confirm here.' }, surface);
        const moved = await ledger.transition(record.id, ['awaiting_confirmation'], 'executing', {
          at: now(),
          kind: 'confirmed',
          ...actor(requester),
          businessUnit: record.businessUnit,
          detail: payload.plan.title,
        });
        if (!moved) return lateClick(input, record);
        return run(input, moved, payload.plan, null, 'execute');
      }
      case 'cancel': {
        if (!isRequester) return onlyRequester();
        const moved = await ledger.transition(
          record.id,
          ['awaiting_confirmation', 'awaiting_choice', 'awaiting_approval'],
          'cancelled',
          {
            at: now(),
            kind: 'cancelled',
            ...actor(requester),
            businessUnit: record.businessUnit,
            detail: payload.plan?.title ?? 'cancelled',
          },
        );
        if (!moved) return lateClick(input, record);
        return {
          deliveries: [
            delivery(
              'replace-source',
              { type: 'cancelled', title: payload.plan?.title ?? 'Request' },
              surface,
              { requestId: record.id },
            ),
          ],
        };
      }
      case 'approve':
      case 'deny': {
        const decision = authorizeApproval(requester, record, settings);
        if (decision.kind === 'refuse')
          return refuse(requester, surface, decision.reason, decision.hint, record.businessUnit, record.id);
        if (!payload.plan)
          return privately({ type: 'refused', reason: 'There is nothing to approve here.' }, surface);
        const approve = input.action === 'approve';
        const approver = {
          id: requester.userId,
          name: requester.displayName,
          tag: requesterTagValue(requester),
        };
        const moved = await ledger.transition(
          record.id,
          ['awaiting_approval'],
          approve ? 'approved' : 'denied',
          {
            at: now(),
            kind: approve ? 'approved' : 'denied',
            ...actor(requester),
            businessUnit: record.businessUnit,
            detail: payload.plan.title,
          },
          // An approved key waits for its requester to reveal it, for as long again as approvals stay open.
          approve
            ? { payload: { ...record.payload, approver }, expiresAt: later(settings.approvalTtlSeconds) }
            : undefined,
        );
        if (!moved) return lateClick(input, record);
        const plan = payload.plan;
        return {
          deliveries: [
            delivery(
              'replace-source',
              approvalCard(moved, plan, approve ? 'approved' : 'denied', requester.displayName),
              surface,
              { requestId: record.id },
            ),
            delivery(
              'requester-dm',
              approve
                ? { type: 'approved-notice', plan, requestId: record.id, approverName: requester.displayName }
                : { type: 'denied-notice', plan, approverName: requester.displayName },
              surface,
              { requestId: record.id, userId: record.requesterId },
            ),
          ],
        };
      }
      case 'reveal': {
        if (!isRequester) return onlyRequester();
        if (!payload.plan)
          return privately({ type: 'refused', reason: 'There is nothing to reveal here.' }, surface);
        const moved = await ledger.transition(record.id, ['approved'], 'executing', {
          at: now(),
          kind: 'revealed',
          ...actor(requester),
          businessUnit: record.businessUnit,
          detail: payload.plan.title,
        });
        if (!moved) {
          const current = (await ledger.get(record.id)) ?? record;
          const reason =
            current.state === 'completed' || current.state === 'executing'
              ? 'The key was already created and shown once; it cannot be shown again. If you lost it, revoke it and ask for a new one.'
              : lateClickReason(current);
          return refuse(requester, surface, reason, undefined, record.businessUnit, record.id);
        }
        return run(input, moved, payload.plan, payloadOf(moved).approver?.tag ?? null, 'execute');
      }
      case 'delete_old': {
        if (!isRequester) return onlyRequester();
        if (!payload.plan)
          return privately({ type: 'refused', reason: 'There is no rotation here.' }, surface);
        const moved = await ledger.transition(record.id, ['awaiting_old_key_decision'], 'executing', {
          at: now(),
          kind: 'confirmed',
          ...actor(requester),
          businessUnit: record.businessUnit,
          detail: 'delete the old keys',
        });
        if (!moved) return lateClick(input, record);
        return run(input, moved, payload.plan, null, 'delete-old');
      }
      case 'keep_old': {
        if (!isRequester) return onlyRequester();
        const moved = await ledger.transition(record.id, ['awaiting_old_key_decision'], 'completed', {
          at: now(),
          kind: 'cancelled',
          ...actor(requester),
          businessUnit: record.businessUnit,
          detail: 'kept the old keys',
        });
        if (!moved) return lateClick(input, record);
        const old = payload.plan?.params.targetKeys ?? [];
        return {
          deliveries: [
            delivery(
              'replace-source',
              {
                type: 'done',
                title:
                  `Kept the old key${old.length === 1 ? '' : 's'} of ${record.businessUnit ?? ''}`.trim(),
                actorName: requester.displayName,
                succeeded: true,
                summary: old.map((k) => `Still active: ${k.label}`),
              },
              surface,
              { requestId: record.id },
            ),
          ],
        };
      }
    }
  }

  // ---------------------------------------------------------------- expiry

  async function expireStale(): Promise<Reply> {
    const deliveries: Delivery[] = [];
    const due = await ledger.findExpired(WAITING, now());
    for (const record of due) {
      const moved = await ledger.transition(record.id, [record.state], 'expired', {
        at: now(),
        kind: 'expired',
        ...SYSTEM,
        businessUnit: record.businessUnit,
        detail: `expired while ${record.state.replaceAll('_', ' ')}`,
      });
      if (!moved) continue;
      const plan = payloadOf(moved).plan;
      if (!plan) continue;
      const surface = moved.surface as Surface;
      const notify = (title: string): void => {
        deliveries.push(
          delivery('requester-dm', { type: 'expired-notice', title }, surface, {
            requestId: moved.id,
            userId: moved.requesterId,
          }),
        );
      };
      if (record.state === 'awaiting_approval') {
        deliveries.push(
          delivery('replace-source', approvalCard(moved, plan, 'expired'), surface, { requestId: moved.id }),
        );
        notify(`Nobody approved "${plan.title}" in time`);
      } else if (record.state === 'approved') {
        // No key exists yet (keys are created at reveal), so nothing is left behind in AWS.
        notify(
          `"${plan.title}" was approved but not revealed in time; no key was created. Ask again if you still need it`,
        );
      } else if (record.state === 'awaiting_old_key_decision') {
        notify(
          `No decision about the old key of ${plan.businessUnit} in time: it was kept. Revoke it when your systems use the new one`,
        );
      }
    }
    return { deliveries };
  }

  // ---------------------------------------------------------------- deliver or revoke, recovery

  async function settleDelivery(requestId: string, delivered: boolean): Promise<Reply> {
    const record = await ledger.get(requestId);
    if (record === null || record.state !== 'executing') return { deliveries: [] };
    const after = JSON.parse(record.context[AFTER_DELIVERY_KEY] ?? 'null') as {
      to: RequestState;
      detail: string;
      expiresAt: string | null;
    } | null;
    if (after === null) return { deliveries: [] };
    const requester = { actorId: record.requesterId, actorName: record.requesterName };
    if (delivered) {
      await ledger.transition(
        record.id,
        ['executing'],
        after.to,
        {
          at: now(),
          kind: 'executed',
          ...requester,
          businessUnit: record.businessUnit,
          detail: after.detail,
        },
        after.expiresAt !== null ? { expiresAt: new Date(after.expiresAt) } : undefined,
      );
      await ledger.updateContext(record.id, { [AFTER_DELIVERY_KEY]: '', [CREATED_KEY]: '' });
      return { deliveries: [] };
    }
    const key = createdKeyOf(record);
    const gone = key === null || (await revokeUndelivered(aws, key));
    const plan = payloadOf(record).plan;
    if (key !== null && gone)
      await ledger.record({
        at: now(),
        requestId: record.id,
        kind: 'key_deleted',
        ...SYSTEM,
        businessUnit: record.businessUnit,
        detail: `${key.id} of ${key.userName}: its secret could not be delivered`,
      });
    // When AWS refuses the deletion too, the request stays executing: the next start retries it.
    if (gone)
      await ledger.transition(record.id, ['executing'], 'failed', {
        at: now(),
        kind: 'failed',
        ...SYSTEM,
        businessUnit: record.businessUnit,
        detail: 'the new key could not be delivered; deleted',
      });
    const title = plan?.title ?? 'Your key request';
    const message = gone
      ? `"${title}": the new key could not be shown to you (Slack did not accept the message), so I deleted it${key ? ` (${key.id})` : ''}. Nothing is left behind. Ask again to get a new key.`
      : `"${title}": the new key could not be shown to you, and deleting it failed for now; I will try again when I restart. Ask a bot admin to revoke ${key?.id ?? 'it'} if you do not hear back.`;
    return {
      deliveries: [
        delivery(
          'requester-dm',
          {
            type: 'reconciled',
            businessUnit: record.businessUnit ?? plan?.businessUnit ?? '',
            deleted: gone && key ? [{ kind: key.kind, id: key.id, label: key.id, createdAt: '' }] : [],
            message,
          },
          record.surface as Surface,
          { requestId: record.id, userId: record.requesterId },
        ),
      ],
    };
  }

  async function recover(requestIds?: string[]): Promise<Reply> {
    const recovered = await recoverInterrupted({ aws, ledger, settings, now, reference }, requestIds);
    return {
      deliveries: recovered.map((r) =>
        delivery('requester-dm', r.outcome, r.record.surface as Surface, {
          requestId: r.record.id,
          userId: r.record.requesterId,
        }),
      ),
    };
  }

  return {
    async handleText(input) {
      const parse = await deps.parse(input.text);
      return handleParsed(input, parse);
    },
    handleAction,
    expireStale,
    settleDelivery,
    recoverInterrupted: recover,
  };
}
