/**
 * The approval policy (approval-policy.ts) applied to a click: the verdict, reading the unit's
 * owner from IAM only when the owner rule could matter, and the first of two approvals, recorded
 * with a compare-and-set so that the request keeps waiting for a second, different approver.
 */
import { judgeApproval, ownerMayMatter, type ApprovalVerdict } from './approval-policy.js';
import type { ActionInput } from './engine-api.js';
import { actor, approvalCard, type Draft, type EngineKit } from './engine-kit.js';
import type { RequestRecord } from './ledger-port.js';
import type { Plan } from './plan.js';
import { requesterTagValue } from './planner.js';
import type { Approver, StoredPayload } from './request-store.js';

export const approverOf = (requester: ActionInput['requester']): Approver => ({
  id: requester.userId,
  name: requester.displayName,
  tag: requesterTagValue(requester),
});

export async function approvalVerdict(
  kit: EngineKit,
  input: ActionInput,
  record: RequestRecord,
  payload: StoredPayload,
): Promise<ApprovalVerdict> {
  const plan = payload.plan ?? null;
  let unitUser = null;
  if (plan !== null && ownerMayMatter(input.requester, kit.settings)) {
    const found = await kit.aws.getUser(plan.userName);
    unitUser = found.ok ? found.value : null;
  }
  return judgeApproval({
    approver: input.requester,
    action: input.action as 'approve' | 'deny' | 'break_glass',
    requesterId: record.requesterId,
    plan,
    firstApprover: payload.firstApprover ?? null,
    unitUser,
    ...(input.reason !== undefined ? { reason: input.reason } : {}),
    settings: kit.settings,
  });
}

/**
 * Records the first of two approvals; null when the request moved meanwhile or another approval was
 * recorded first (two approvers clicking at the same moment): a compare-and-set on the payload's
 * firstApprover, so that exactly one click is the first and the caller judges the other again, as
 * the second approval it now is.
 */
export async function recordFirstApproval(
  kit: EngineKit,
  input: ActionInput,
  record: RequestRecord,
  plan: Plan,
): Promise<Draft | null> {
  const moved = await kit.ledger.transition(
    record.id,
    ['awaiting_approval'],
    'awaiting_approval',
    {
      at: kit.now(),
      kind: 'approved',
      ...actor(input.requester),
      businessUnit: record.businessUnit,
      detail: `first of two approvals: ${plan.title}`,
    },
    {
      payload: { ...record.payload, firstApprover: approverOf(input.requester) },
      unlessPayloadHas: 'firstApprover',
    },
  );
  if (!moved) return null;
  const card = approvalCard(moved, plan, 'pending', undefined, true);
  return {
    deliveries: [
      kit.delivery('replace-source', card, { requestId: record.id }),
      kit.delivery('requester-private', {
        type: 'done',
        title: `Your approval of "${plan.title}" is recorded`,
        actorName: input.requester.displayName,
        succeeded: true,
        summary: ['Access keys need a second, different approver before the requester can reveal one.'],
      }),
    ],
  };
}
