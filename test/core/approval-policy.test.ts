/** The approval policy as a pure function: who may decide, when one approval is not enough, break glass. */
import { describe, expect, it } from 'vitest';
import { judgeApproval, needsTwoApprovals } from '../../src/core/approval-policy.js';
import type { Plan } from '../../src/core/plan.js';
import { ADMIN, ADMIN2, MEMBER, OTHER, settings } from './helpers.js';

function plan(keyKind: 'api-key' | 'access-key', kind: Plan['kind'] = 'create_key'): Plan {
  return {
    kind,
    businessUnit: 'crm',
    userName: 'crm-bedrock-user',
    title: 'Create a key for crm',
    steps: [],
    destructive: false,
    warnings: [],
    params: {
      keyKind,
      ageDays: 14,
      owner: null,
      region: 'us-east-1',
      path: '/bedrock/',
      tags: [],
      policyArns: [],
      targetKeys: [],
    },
  };
}

const owned = { tags: [{ key: 'owner', value: OTHER.email ?? '' }] };
const judge = (over: Partial<Parameters<typeof judgeApproval>[0]>) =>
  judgeApproval({
    approver: ADMIN,
    action: 'approve',
    requesterId: MEMBER.userId,
    plan: plan('api-key'),
    firstApprover: null,
    unitUser: null,
    settings: settings(),
    ...over,
  });

describe('approval policy', () => {
  it('never the requester; admins decide; owners only when allowed, and only for their unit', () => {
    expect(judge({ requesterId: ADMIN.userId }).kind).toBe('refuse');
    expect(judge({})).toEqual({ kind: 'decide', as: 'admin' });
    expect(judge({ approver: OTHER, unitUser: owned }).kind).toBe('refuse');
    const allowed = settings({ unitOwnersMayApprove: true });
    expect(judge({ approver: OTHER, unitUser: owned, settings: allowed })).toEqual({
      kind: 'decide',
      as: 'owner',
    });
    expect(judge({ approver: OTHER, unitUser: null, settings: allowed }).kind).toBe('refuse');
    // An owner who asks for a key for their own unit still cannot approve it.
    expect(
      judge({ approver: OTHER, requesterId: OTHER.userId, unitUser: owned, settings: allowed }).kind,
    ).toBe('refuse');
  });

  it('access keys need two distinct approvers when configured; denial needs one', () => {
    const two = settings({ accessKeysNeedTwoApprovals: true });
    expect(needsTwoApprovals(plan('access-key'), two)).toBe(true);
    expect(needsTwoApprovals(plan('access-key', 'rotate'), two)).toBe(true);
    expect(needsTwoApprovals(plan('api-key'), two)).toBe(false);
    expect(needsTwoApprovals(plan('access-key'), settings())).toBe(false);
    const p = plan('access-key');
    expect(judge({ plan: p, settings: two })).toEqual({ kind: 'first-of-two', as: 'admin' });
    const first = { id: ADMIN.userId, name: 'Olga', tag: 'ops@example.com' };
    expect(judge({ plan: p, settings: two, firstApprover: first }).kind).toBe('refuse');
    expect(judge({ approver: ADMIN2, plan: p, settings: two, firstApprover: first })).toEqual({
      kind: 'decide',
      as: 'admin',
    });
    expect(judge({ action: 'deny', plan: p, settings: two })).toEqual({ kind: 'decide', as: 'admin' });
  });

  it('break glass: admins only, never their own request, with a reason of ten characters or more', () => {
    const two = settings({ accessKeysNeedTwoApprovals: true, unitOwnersMayApprove: true });
    const p = plan('access-key');
    const glass = { action: 'break_glass' as const, plan: p, settings: two };
    expect(judge({ ...glass, reason: 'outage in production, cannot wait' })).toEqual({
      kind: 'decide',
      as: 'admin',
    });
    expect(judge({ ...glass, reason: 'urgent' }).kind).toBe('refuse');
    expect(judge({ ...glass }).kind).toBe('refuse');
    expect(judge({ ...glass, approver: OTHER, unitUser: owned, reason: 'outage, cannot wait' }).kind).toBe(
      'refuse',
    );
    expect(judge({ ...glass, requesterId: ADMIN.userId, reason: 'outage, cannot wait' }).kind).toBe('refuse');
  });
});
