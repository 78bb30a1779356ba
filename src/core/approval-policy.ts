/**
 * Who may decide on a request waiting for approval, and whether one decision is enough:
 * - admins, and (UNIT_OWNERS_MAY_APPROVE) the owner of the existing unit the request is for, by its
 *   owner tag; never the requester;
 * - access-key requests (ACCESS_KEYS_NEED_TWO_APPROVALS) need two approvers, distinct and neither
 *   the requester: the first approval is recorded and the card waits for a second;
 * - break glass: an admin approves alone, with a reason, when a second approver cannot wait; the
 *   approval channel is told loudly (the engine posts it, the ledger keeps the reason).
 * Pure: the caller reads the unit's IAM user when the owner rule needs it.
 */
import { isAdmin, isOwner } from './authorize.js';
import type { IamUser } from './aws-port.js';
import type { Plan } from './plan.js';
import type { Approver } from './request-store.js';
import type { Requester } from './requester.js';
import type { CoreSettings } from './settings.js';

export type ApprovalVerdict =
  | { kind: 'refuse'; reason: string; hint?: string }
  /** This click decides (approve or deny, or break glass). */
  | { kind: 'decide'; as: 'admin' | 'owner' }
  /** An approval recorded as the first of two; the request keeps waiting. */
  | { kind: 'first-of-two'; as: 'admin' | 'owner' };

export type ApprovalAction = 'approve' | 'deny' | 'break_glass';

/** A break-glass reason must say something: at least this many characters. */
export const BREAK_GLASS_MIN_REASON = 10;

export function needsTwoApprovals(
  plan: Plan,
  settings: Pick<CoreSettings, 'accessKeysNeedTwoApprovals'>,
): boolean {
  return (
    settings.accessKeysNeedTwoApprovals &&
    (plan.kind === 'create_key' || plan.kind === 'rotate') &&
    plan.params.keyKind === 'access-key'
  );
}

/** Whether the owner rule could let this person decide (so the unit's IAM user is worth reading). */
export function ownerMayMatter(
  approver: Requester,
  settings: Pick<CoreSettings, 'adminUserIds' | 'unitOwnersMayApprove'>,
): boolean {
  return settings.unitOwnersMayApprove && !isAdmin(approver, settings);
}

export function judgeApproval(input: {
  approver: Requester;
  action: ApprovalAction;
  requesterId: string;
  plan: Plan | null;
  firstApprover: Approver | null;
  /** The unit's IAM user as it is now (null when it does not exist or was not read). */
  unitUser: Pick<IamUser, 'tags'> | null;
  /** For break glass: the reason given. */
  reason?: string;
  settings: Pick<CoreSettings, 'adminUserIds' | 'unitOwnersMayApprove' | 'accessKeysNeedTwoApprovals'>;
}): ApprovalVerdict {
  const { approver, settings } = input;
  if (approver.userId === input.requesterId) {
    return {
      kind: 'refuse',
      reason: 'You cannot approve or deny your own request.',
      hint: 'Another bot admin has to decide on it.',
    };
  }
  const admin = isAdmin(approver, settings);
  const owner = !admin && settings.unitOwnersMayApprove && isOwner(approver, input.unitUser);
  if (input.action === 'break_glass') {
    if (!admin) return { kind: 'refuse', reason: 'Only bot admins can break the glass.' };
    if ((input.reason ?? '').trim().length < BREAK_GLASS_MIN_REASON)
      return {
        kind: 'refuse',
        reason: `Breaking the glass needs a reason of at least ${BREAK_GLASS_MIN_REASON} characters.`,
        hint: 'Say why this cannot wait for a second approver; the approval channel sees it.',
      };
    return { kind: 'decide', as: 'admin' };
  }
  if (!admin && !owner) {
    return {
      kind: 'refuse',
      reason: settings.unitOwnersMayApprove
        ? "Only bot admins and the unit's owner can approve or deny requests for it."
        : 'Only bot admins can approve or deny requests.',
    };
  }
  const as = admin ? 'admin' : 'owner';
  if (input.action === 'deny' || input.plan === null || !needsTwoApprovals(input.plan, settings))
    return { kind: 'decide', as };
  if (input.firstApprover === null) return { kind: 'first-of-two', as };
  if (input.firstApprover.id === approver.userId) {
    return {
      kind: 'refuse',
      reason: 'You already approved this request: access keys need a second, different approver.',
      hint: 'Another approver has to approve it too (or an admin can break the glass, with a reason).',
    };
  }
  return { kind: 'decide', as };
}
