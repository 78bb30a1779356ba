/**
 * Button clicks: one table says, for each action, who may click, from which states the request
 * moves to which state and which ledger event records it; one handler applies it. The ledger's
 * atomic `transition` makes each click count once: two concurrent Confirm or Approve clicks lead
 * to exactly one execution, and the later one is told what happened instead.
 */
import { approvalVerdict, approverOf, recordFirstApproval } from './approval-flow.js';
import type { ApprovalVerdict } from './approval-policy.js';
import type { ActionInput, ActionName, Delivery } from './engine-api.js';
import { actor, approvalCard, type Draft, type EngineKit } from './engine-kit.js';
import { deleteOldKeys, executePlan, type ExecResult } from './executor.js';
import type { Expiry } from './expiry.js';
import type { LedgerEventKind, RequestRecord, RequestState, TransitionPatch } from './ledger-port.js';
import { carriesSecret, type Choice } from './outcome.js';
import type { Plan } from './plan.js';
import { payloadOf, type StoredPayload } from './request-store.js';
import { awaitDelivery, EXECUTOR_KEY, JOB_KEY, ledgerJournal } from './recovery.js';
import type { TextRequests } from './text-requests.js';

/** How long the person has to decide about the old key after a rotation (they need time to update systems). */
const OLD_KEY_DECISION_SECONDS = 7 * 86_400;

/** A click on a stored request, with what the request holds. */
interface Click {
  input: ActionInput;
  record: RequestRecord;
  payload: StoredPayload;
  /** For `choose`: the choice picked, one the request offered. */
  choice?: Choice;
  /** For approvers: what the approval policy said (approval-policy.ts). */
  verdict?: ApprovalVerdict;
}

/** What happens once the request has moved. */
type Effect = 'run-choice' | 'execute' | 'delete-old' | 'cancelled' | 'decided' | 'kept-old';

interface Transition {
  /** Who may click: the person who made the request, or an approver (approval-policy.ts). */
  who: 'requester' | 'approver';
  /** What the request must hold, and the refusal when it does not: a stored plan, or the choice clicked. */
  needs?: { plan: string } | 'offered-choice';
  from: readonly RequestState[];
  to: RequestState;
  event: LedgerEventKind;
  detail: (click: Click) => string;
  /** Changes made atomically with the move. */
  patch?: (click: Click, kit: EngineKit) => TransitionPatch;
  effect: Effect;
  /** A reveal that comes too late says why the key cannot be shown again. */
  lateReveal?: true;
}

const planTitle = (click: Click): string => click.payload.plan?.title ?? '';

/** An approved key waits for its requester to reveal it, for as long again as approvals stay open. */
function approvedPatch({ input, record }: Click, kit: EngineKit): TransitionPatch {
  const breakGlass = input.action === 'break_glass' ? { breakGlass: input.reason?.trim() ?? '' } : {};
  return {
    payload: { ...record.payload, approver: approverOf(input.requester), ...breakGlass },
    expiresAt: kit.later(kit.settings.approvalTtlSeconds),
  };
}

export const TRANSITIONS: Readonly<Record<Exclude<ActionName, 'dismiss'>, Transition>> = {
  choose: {
    who: 'requester',
    needs: 'offered-choice',
    from: ['awaiting_choice'],
    to: 'completed',
    event: 'confirmed',
    detail: (click) => `chose: ${click.choice?.label ?? ''}`,
    effect: 'run-choice',
  },
  confirm: {
    who: 'requester',
    needs: { plan: 'There is nothing to confirm here.' },
    from: ['awaiting_confirmation'],
    to: 'executing',
    event: 'confirmed',
    detail: planTitle,
    effect: 'execute',
  },
  cancel: {
    who: 'requester',
    from: ['awaiting_confirmation', 'awaiting_choice', 'awaiting_approval'],
    to: 'cancelled',
    event: 'cancelled',
    detail: (click) => click.payload.plan?.title ?? 'cancelled',
    effect: 'cancelled',
  },
  approve: {
    who: 'approver',
    needs: { plan: 'There is nothing to approve here.' },
    from: ['awaiting_approval'],
    to: 'approved',
    event: 'approved',
    detail: planTitle,
    patch: approvedPatch,
    effect: 'decided',
  },
  break_glass: {
    who: 'approver',
    needs: { plan: 'There is nothing to approve here.' },
    from: ['awaiting_approval'],
    to: 'approved',
    event: 'approved',
    detail: (click) =>
      `BREAK GLASS, approved alone: ${planTitle(click)}. Reason: ${click.input.reason ?? ''}`,
    patch: approvedPatch,
    effect: 'decided',
  },
  deny: {
    who: 'approver',
    needs: { plan: 'There is nothing to approve here.' },
    from: ['awaiting_approval'],
    to: 'denied',
    event: 'denied',
    detail: planTitle,
    effect: 'decided',
  },
  reveal: {
    who: 'requester',
    needs: { plan: 'There is nothing to reveal here.' },
    from: ['approved'],
    to: 'executing',
    event: 'revealed',
    detail: planTitle,
    effect: 'execute',
    lateReveal: true,
  },
  delete_old: {
    who: 'requester',
    needs: { plan: 'There is no rotation here.' },
    from: ['awaiting_old_key_decision'],
    to: 'executing',
    event: 'confirmed',
    detail: () => 'delete the old keys',
    effect: 'delete-old',
  },
  keep_old: {
    who: 'requester',
    from: ['awaiting_old_key_decision'],
    to: 'completed',
    event: 'cancelled',
    detail: () => 'kept the old keys',
    effect: 'kept-old',
  },
};

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

/** The table guarantees a stored plan for the effects that run one (`needs: { plan }`). */
function planOf(click: Click): Plan {
  if (!click.payload.plan) throw new Error(`${click.input.action} needs a stored plan`);
  return click.payload.plan;
}

/** Running a plan once its request moved, and answering clicks that came too late. */
function createRunner(kit: EngineKit) {
  const { ledger } = kit;

  /** A click on a request that is no longer in the state the button was for. */
  async function lateClick(input: ActionInput, stale: RequestRecord): Promise<Draft> {
    const record = (await ledger.get(stale.id)) ?? stale;
    const reason = lateClickReason(record);
    await ledger.record({
      at: kit.now(),
      requestId: record.id,
      kind: 'refused',
      ...actor(input.requester),
      businessUnit: record.businessUnit,
      detail: `${input.action}: ${reason}`,
    });
    const deliveries: Delivery[] = [kit.delivery('requester-private', { type: 'refused', reason })];
    const plan = payloadOf(record).plan;
    if ((input.action === 'approve' || input.action === 'deny') && plan) {
      // Bring the approval card up to date so nobody else clicks it — but only to an ending nobody
      // approved: a late click never relabels a card as Approved (the winning click did that).
      const title = `${plan.title} (withdrawn by ${record.requesterName})`;
      const approvedOnce = payloadOf(record).approver !== undefined;
      const state = record.state === 'awaiting_approval' || approvedOnce ? null : cardState(record.state);
      if (record.state === 'cancelled') {
        deliveries.push(
          kit.delivery('replace-source', { type: 'cancelled', title }, { requestId: record.id }),
        );
      } else if (state) {
        const card = approvalCard(record, plan, state, payloadOf(record).approver?.name);
        deliveries.push(kit.delivery('replace-source', card, { requestId: record.id }));
      }
    }
    return { deliveries };
  }

  async function lateReveal(click: Click): Promise<Draft> {
    const { input, record } = click;
    const current = (await ledger.get(record.id)) ?? record;
    const reason =
      current.state === 'completed' || current.state === 'executing'
        ? 'The key was already created and shown once; it cannot be shown again. If you lost it, revoke it and ask for a new one.'
        : lateClickReason(current);
    return kit.refuse(input.requester, reason, undefined, record.businessUnit, record.id);
  }

  /** Runs a plan for a request already moved to `executing`, then records and delivers the result. */
  async function run(click: Click, moved: RequestRecord, job: 'execute' | 'delete-old'): Promise<Draft> {
    const { input } = click;
    const plan = planOf(click);
    const approvedBy = payloadOf(moved).approver?.tag ?? null;
    // The intent of every AWS write goes to the ledger first (core/recovery.ts).
    await ledger.updateContext(moved.id, { [JOB_KEY]: job });
    const ctx = {
      aws: kit.aws,
      settings: kit.settings,
      requestId: moved.id,
      approvedBy,
      reference: kit.reference,
      journal: ledgerJournal(ledger, moved.id),
    };
    const by = { ...actor(input.requester), businessUnit: moved.businessUnit };
    let result: ExecResult;
    try {
      result = job === 'execute' ? await executePlan(plan, ctx) : await deleteOldKeys(plan, ctx);
    } catch (error) {
      await ledger.transition(moved.id, ['executing'], 'failed', {
        at: kit.now(),
        kind: 'failed',
        ...by,
        detail: 'internal error while executing',
      });
      throw error;
    }
    for (const event of result.events) {
      await ledger.record({
        at: kit.now(),
        requestId: moved.id,
        kind: event.kind,
        ...by,
        detail: event.detail,
      });
    }
    const rotationPending = result.outcome.type === 'key-created' && result.outcome.rotation !== null;
    const to: RequestState = !result.succeeded
      ? 'failed'
      : rotationPending
        ? 'awaiting_old_key_decision'
        : 'completed';
    const detail = result.succeeded
      ? job === 'delete-old'
        ? 'old keys deleted'
        : plan.title
      : `not completed: ${result.outcome.type}`;
    // A rotation then waits for the person's decision about the old key; they need time to update
    // their systems, so that decision gets its own deadline (set atomically here).
    const patch = rotationPending ? { expiresAt: kit.later(OLD_KEY_DECISION_SECONDS) } : undefined;
    if (kit.confirmsDelivery === true && result.outcome.type === 'key-created') {
      // Deliver or revoke: the request completes only once the front end says the secret arrived.
      await awaitDelivery(ledger, moved.id, { to, detail, expiresAt: patch?.expiresAt ?? null });
    } else {
      await ledger.transition(
        moved.id,
        ['executing'],
        to,
        { at: kit.now(), kind: result.succeeded ? 'executed' : 'failed', ...by, detail },
        patch,
      );
    }
    const title = job === 'delete-old' ? `Old keys of ${plan.businessUnit}` : plan.title;
    const done = {
      type: 'done' as const,
      title,
      actorName: input.requester.displayName,
      succeeded: result.succeeded,
      summary: result.summary,
    };
    return {
      deliveries: [
        kit.delivery('requester-private', result.outcome, { requestId: moved.id }),
        kit.delivery('replace-source', done, { requestId: moved.id }),
      ],
    };
  }

  return { lateClick, lateReveal, run };
}

export interface ButtonActions {
  handleAction(input: ActionInput): Promise<Draft>;
}

export function createButtonActions(kit: EngineKit, text: TextRequests, expiry: Expiry): ButtonActions {
  const { ledger } = kit;
  const { lateClick, lateReveal, run } = createRunner(kit);

  async function effect(name: Effect, click: Click, moved: RequestRecord): Promise<Draft> {
    const { input, record, payload } = click;
    const { requester, surface } = input;
    const replace = (outcome: Parameters<EngineKit['delivery']>[1]): Delivery =>
      kit.delivery('replace-source', outcome, { requestId: record.id });
    switch (name) {
      case 'run-choice': {
        const picked = click.choice;
        if (!picked) throw new Error('choose needs the choice clicked');
        const reply = await text.handleParsed(
          { requester, surface, text: picked.text, context: record.context },
          picked.request,
        );
        // "More" of a long answer (list, history): the next page takes the place of this one. Such
        // pages never hold a secret, so replacing the message in place is allowed.
        if (picked.request.page !== undefined)
          return {
            deliveries: reply.deliveries.map((d) =>
              d.audience === 'requester-private' && !carriesSecret(d.outcome)
                ? { ...d, audience: 'replace-source' as const }
                : d,
            ),
          };
        const title = `You chose: ${picked.label}`;
        const done = {
          type: 'done' as const,
          title,
          actorName: requester.displayName,
          succeeded: true,
          summary: [],
        };
        return { deliveries: [replace(done), ...reply.deliveries] };
      }
      case 'execute':
        return run(click, moved, 'execute');
      case 'delete-old':
        return run(click, moved, 'delete-old');
      case 'cancelled':
        return { deliveries: [replace({ type: 'cancelled', title: payload.plan?.title ?? 'Request' })] };
      case 'decided': {
        const plan = planOf(click);
        const approved = input.action !== 'deny';
        const approverName = requester.displayName;
        const card = approvalCard(moved, plan, approved ? 'approved' : 'denied', approverName);
        const notice = approved
          ? { type: 'approved-notice' as const, plan, requestId: record.id, approverName }
          : { type: 'denied-notice' as const, plan, approverName };
        const dm = kit.delivery('requester-dm', notice, { requestId: record.id, userId: record.requesterId });
        if (input.action !== 'break_glass') return { deliveries: [replace(card), dm] };
        const loud = {
          type: 'break-glass' as const,
          plan,
          requestId: record.id,
          requesterName: record.requesterName,
          approverId: requester.userId,
          approverName,
          reason: input.reason?.trim() ?? '',
        };
        return { deliveries: [replace(card), kit.delivery('approvers', loud, { requestId: record.id }), dm] };
      }
      case 'kept-old': {
        const old = payload.plan?.params.targetKeys ?? [];
        const title = `Kept the old key${old.length === 1 ? '' : 's'} of ${record.businessUnit ?? ''}`.trim();
        const summary = old.map((k) => `Still active: ${k.label}`);
        const done = {
          type: 'done' as const,
          title,
          actorName: requester.displayName,
          succeeded: true,
          summary,
        };
        return { deliveries: [replace(done)] };
      }
    }
  }

  /** Who may click, and what the request must hold: a refusal, or null to go ahead. */
  async function refusal(transition: Transition, click: Click): Promise<Draft | null> {
    const { input, record, payload } = click;
    const { requester } = input;
    if (transition.who === 'requester' && requester.userId !== record.requesterId) {
      const reason = `Only ${record.requesterName}, who made this request, can do that.`;
      return kit.refuse(requester, reason, undefined, record.businessUnit, record.id);
    }
    if (transition.who === 'approver') {
      click.verdict = await approvalVerdict(kit, input, record, payload);
      if (click.verdict.kind === 'refuse')
        return kit.refuse(
          requester,
          click.verdict.reason,
          click.verdict.hint,
          record.businessUnit,
          record.id,
        );
    }
    if (transition.needs === 'offered-choice' && click.choice === undefined)
      return kit.privately({ type: 'refused', reason: 'That choice is not one I offered.' });
    if (typeof transition.needs === 'object' && !payload.plan)
      return kit.privately({ type: 'refused', reason: transition.needs.plan });
    return null;
  }

  async function handleAction(input: ActionInput, again = false): Promise<Draft> {
    // Dismiss only ever replaces the private message the person is looking at (secret messages
    // are ephemeral: nobody else can see or click them), so it needs no request in the ledger.
    if (input.action === 'dismiss')
      return { deliveries: [kit.delivery('replace-source', { type: 'dismissed' })] };
    const record = await ledger.get(input.requestId);
    if (!record)
      return kit.privately({
        type: 'refused',
        reason: "I can't find this request any more.",
        hint: 'Ask again.',
      });
    const expired = await expiry.expireIfDue(input, record);
    if (expired) return expired;

    const transition = TRANSITIONS[input.action];
    const payload = payloadOf(record);
    const choice = payload.choices?.find((c) => c.key === input.choice);
    const click: Click = { input, record, payload, ...(choice ? { choice } : {}) };
    const refused = await refusal(transition, click);
    if (refused) return refused;
    if (click.verdict?.kind === 'first-of-two') {
      const first = await recordFirstApproval(kit, input, record, planOf(click));
      if (first !== null) return first;
      // Another approval was recorded first at the same moment: this click is judged again, now as
      // the second (or refused, if it is the same approver's). Once only: then it is a late click.
      return again ? lateClick(input, record) : handleAction(input, true);
    }

    const moved = await ledger.transition(
      record.id,
      transition.from,
      transition.to,
      {
        at: kit.now(),
        kind: transition.event,
        ...actor(input.requester),
        businessUnit: record.businessUnit,
        detail: transition.detail(click),
      },
      executorPatch(transition.to, transition.patch?.(click, kit), kit.instanceId),
    );
    if (!moved) return transition.lateReveal ? lateReveal(click) : lateClick(input, record);
    return effect(transition.effect, click, moved);
  }

  return { handleAction };
}

/** A request moving to `executing` records which process runs it (core/recovery.ts). */
function executorPatch(
  to: RequestState,
  patch: TransitionPatch | undefined,
  instanceId: string | undefined,
): TransitionPatch | undefined {
  if (to !== 'executing' || instanceId === undefined) return patch;
  return { ...patch, context: { ...patch?.context, [EXECUTOR_KEY]: instanceId } };
}

/** The approval card's state for a request that ended without an approval (never Approved). */
function cardState(state: RequestState): 'denied' | 'expired' | null {
  if (state === 'denied') return 'denied';
  if (state === 'expired') return 'expired';
  return null;
}
