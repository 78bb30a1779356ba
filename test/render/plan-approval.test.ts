import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/core/outcome.js';
import { renderOutcome } from '../../src/render/render-outcome.js';
import { at, createPlan, ctx, deprovisionPlan } from './fixtures.js';
import { buttons, visible } from './helpers.js';

const plan = (mode: 'confirm' | 'approval-requested' | 'dry-run', p = createPlan()): Outcome => ({
  type: 'plan',
  plan: p,
  requestId: 'req-42',
  mode,
  expiresAt: at(15),
});

describe('plan card', () => {
  it('confirm mode: title, steps with their AWS actions, warnings, Confirm/Cancel carrying only the request ID', () => {
    const m = renderOutcome(plan('confirm'), ctx);
    const text = visible(m);
    expect(m.containsSecret).toBe(false);
    expect(text).toContain('Create a long-term Bedrock API key for production-api');
    expect(text).toContain(
      '1. Create IAM user production-api-bedrock-user under /bedrock/  ·  `iam:CreateUser`',
    );
    expect(text).toContain('already done, skipped');
    expect(text).toContain('AWS calls: iam:CreateUser, iam:TagUser');
    expect(text).toContain('⚠ Long-term keys are for systems');
    expect(text).toContain('expires 2026-11-21 14:20 UTC (in 15 min)');
    const bs = buttons(m);
    expect(bs.map((b) => b.action_id)).toEqual(['bedrock.confirm', 'bedrock.cancel']);
    expect(bs.map((b) => b.value)).toEqual(['req-42', 'req-42']);
    expect(bs[0]?.style).toBe('primary');
  });

  it('destructive plans say so plainly and use a danger button with a confirm dialog', () => {
    const m = renderOutcome(plan('confirm', deprovisionPlan()), ctx);
    const text = visible(m);
    expect(text).toContain('This permanently deletes the IAM user `marketing-bedrock-user`');
    expect(text).toContain('It cannot be undone');
    const [confirm] = buttons(m);
    expect(confirm?.style).toBe('danger');
    expect(confirm?.confirm).toBe(true);
  });

  it('approval-requested mode tells the requester it went to the admins, without buttons', () => {
    const m = renderOutcome(plan('approval-requested'), ctx);
    expect(visible(m)).toContain('Sent to the admins for approval');
    expect(visible(m)).toContain('created only when you click Reveal');
    expect(buttons(m)).toEqual([]);
  });

  it('dry-run mode shows the plan only', () => {
    const m = renderOutcome(plan('dry-run'), ctx);
    expect(visible(m)).toContain('Dry run: nothing was changed');
    expect(visible(m)).toContain('iam:CreateServiceSpecificCredential');
    expect(buttons(m)).toEqual([]);
  });
});

describe('approval card', () => {
  const card = (
    state: 'pending' | 'approved' | 'denied' | 'expired',
    extra: Partial<Extract<Outcome, { type: 'approval-card' }>> = {},
  ): Outcome => ({
    type: 'approval-card',
    plan: createPlan(),
    requestId: 'req-7',
    requesterId: 'U0123ABCD',
    requesterName: 'Sam Member',
    expiresAt: at(24 * 60),
    state,
    ...extra,
  });

  it('pending: who asked, what, the plan, the expiry, Approve/Deny with the request ID', () => {
    const m = renderOutcome(card('pending'), ctx);
    const text = visible(m);
    expect(text).toContain(
      'Sam Member (@U0123ABCD) asks: Create a long-term Bedrock API key for production-api',
    );
    expect(text).toContain('iam:CreateUser');
    expect(text).toContain('Expires 2026-11-22 14:05 UTC (in 24 h)');
    expect(JSON.stringify(m.blocks)).toContain('<@U0123ABCD>');
    expect(buttons(m).map((b) => [b.action_id, b.value])).toEqual([
      ['bedrock.approve', 'req-7'],
      ['bedrock.deny', 'req-7'],
    ]);
    expect(m.text).toContain('Approval needed');
  });

  it('approved, denied and expired: no buttons, who decided', () => {
    const approved = renderOutcome(card('approved', { decidedBy: 'U0999ADMIN' }), ctx);
    expect(buttons(approved)).toEqual([]);
    expect(visible(approved)).toContain('Approved by @U0999ADMIN');
    const denied = renderOutcome(card('denied', { decidedBy: 'Dana', reason: 'use a token instead' }), ctx);
    expect(buttons(denied)).toEqual([]);
    expect(visible(denied)).toContain('Denied by Dana. Reason: use a token instead');
    const expired = renderOutcome(card('expired'), ctx);
    expect(buttons(expired)).toEqual([]);
    expect(visible(expired)).toContain('Expired');
  });

  it('approved notice has a Reveal button and says the key is created on Reveal and shown once', () => {
    const m = renderOutcome(
      { type: 'approved-notice', plan: createPlan(), requestId: 'req-7', approverName: 'Dana' },
      ctx,
    );
    expect(m.containsSecret).toBe(false);
    expect(visible(m)).toContain('The key is created when you click Reveal, and shown once');
    expect(buttons(m).map((b) => [b.action_id, b.value])).toEqual([['bedrock.reveal', 'req-7']]);
  });

  it('denied notice gives the reason', () => {
    const m = renderOutcome(
      { type: 'denied-notice', plan: createPlan(), approverName: 'Dana', reason: 'not a system' },
      ctx,
    );
    expect(visible(m)).toContain('Denied by Dana');
    expect(visible(m)).toContain('Reason: not a system');
  });
});

describe('mrkdwn escaping of user-supplied text', () => {
  it('a display name cannot fake formatting or links on an approval card; e-mails stay as typed', () => {
    const m = renderOutcome(
      {
        type: 'approval-card',
        plan: { ...createPlan(), params: { ...createPlan().params, owner: 'jane_doe@example.com' } },
        requestId: 'req-42',
        requesterId: 'U0EVIL001',
        requesterName: '*Approved* by _CEO_ ~not~ `urgent` <!channel> & co',
        expiresAt: at(60),
        state: 'pending',
      },
      ctx,
    );
    const text = JSON.stringify(m.blocks);
    expect(text).not.toMatch(/\*Approved\*|_CEO_|~not~|`urgent`|<!channel>/);
    expect(text).toContain('∗Approved∗ by ＿CEO＿ ∼not∼ ˋurgentˋ &lt;!channel&gt; &amp; co');
    expect(text).toContain('jane_doe@example.com');
  });
});
