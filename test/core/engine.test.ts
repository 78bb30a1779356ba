import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { ActionName } from '../../src/core/engine-api.js';
import {
  renderReply,
  type RenderedDelivery as Delivery,
  type RenderedReply as Reply,
} from '../../src/render/render-reply.js';
import type { ParseResult } from '../../src/core/request.js';
import type { Requester } from '../../src/core/requester.js';
import type { CoreSettings } from '../../src/core/settings.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { tableParser } from '../fakes/fake-parse.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';
import { ADMIN, ADMIN2, GUEST, MEMBER, OTHER, settings } from './helpers.js';

const TABLE = {
  token: { intent: 'token' as const },
  'token for 24 hours': { intent: 'token' as const, ttlSeconds: 86400 },
  'create key for marketing': {
    intent: 'create_key' as const,
    businessUnit: 'marketing',
    owner: 'jane.doe@example.com',
    longTerm: true,
  },
  'create key for production': { intent: 'create_key' as const, longTerm: true },
  'rotate key for marketing': { intent: 'rotate' as const, businessUnit: 'marketing' },
  'rotate api key for marketing': {
    intent: 'rotate' as const,
    businessUnit: 'marketing',
    keyKind: 'api-key' as const,
  },
  'revoke all keys for marketing': { intent: 'revoke' as const, businessUnit: 'marketing', all: true },
  'details for marketing': { intent: 'details' as const, businessUnit: 'marketing' },
  details: { intent: 'details' as const },
  'deprovision marketing': { intent: 'deprovision' as const, businessUnit: 'marketing' },
  list: { intent: 'list' as const },
  history: { intent: 'history' as const },
  models: { intent: 'models' as const },
  help: { intent: 'help' as const },
};

function setup(overrides: Partial<CoreSettings> = {}, table: Record<string, Partial<ParseResult>> = {}) {
  const clock = new FakeClock();
  const aws = new FakeAws({ clock });
  const ledger = createMemoryLedger();
  const ids = new SequentialIds();
  const engine = createEngine({
    aws,
    ledger,
    clock,
    ids,
    settings: settings(overrides),
    // (`table` is read at each parse, so a test may add rows that name what it seeded.)
    parse: (text) => tableParser({ ...TABLE, ...table })(text),
    commandName: '/bedrock',
  });
  const replies: Reply[] = [];
  const say = async (requester: Requester, text: string): Promise<Reply> => {
    // Rendered as a front end would, so the assertions see what people see.
    const r = renderReply(
      await engine.handleText({ requester, text, surface: 'slash', context: { channel: 'C1' } }),
      '/bedrock',
    );
    replies.push(r);
    return r;
  };
  const click = async (
    requester: Requester,
    action: ActionName,
    requestId: string,
    choice?: string,
  ): Promise<Reply> => {
    const r = renderReply(
      await engine.handleAction({
        requester,
        action,
        requestId,
        surface: 'slash',
        ...(choice ? { choice } : {}),
      }),
      '/bedrock',
    );
    replies.push(r);
    return r;
  };
  /** Every secret handed out appears nowhere but in requester-private deliveries; never in the ledger. */
  const assertNoLeaks = (): void => {
    const dump = ledger.dump();
    for (const reply of replies) {
      for (const d of reply.deliveries) {
        if (d.audience === 'requester-private') continue;
        expect(d.message.containsSecret).toBe(false);
        expect(['token', 'key-created']).not.toContain(d.outcome?.type);
        const text = JSON.stringify(d.message);
        for (const secret of aws.issuedSecrets) expect(text).not.toContain(secret);
      }
    }
    for (const secret of aws.issuedSecrets) expect(dump).not.toContain(secret);
  };
  return { clock, aws, ledger, ids, engine, say, click, assertNoLeaks };
}

const only = (reply: Reply, audience: Delivery['audience']): Delivery[] =>
  reply.deliveries.filter((d) => d.audience === audience);
const first = (reply: Reply): Delivery => {
  const d = reply.deliveries[0];
  if (!d) throw new Error('no delivery');
  return d;
};
const requestIdOf = (reply: Reply): string => {
  const id = reply.deliveries.find((d) => d.requestId)?.requestId;
  if (!id) throw new Error('no request id');
  return id;
};

describe('engine: tokens and reads', () => {
  it('issues a token privately, marks it secret, records the event without the token', async () => {
    const t = setup();
    const r = await t.say(MEMBER, 'token');
    expect(r.deliveries).toHaveLength(1);
    expect(first(r)).toMatchObject({
      audience: 'requester-private',
      message: { containsSecret: true },
      outcome: { type: 'token' },
    });
    expect(t.ledger.events.map((e) => e.kind)).toEqual(['token_issued']);
    t.assertNoLeaks();
  });

  it('refuses a too-long TTL with the reason, and guests, recording the refusal', async () => {
    const t = setup();
    const bad = await t.say(MEMBER, 'token for 24 hours');
    expect(first(bad).outcome).toMatchObject({
      type: 'invalid',
      problems: [expect.stringMatching(/12-hour maximum/)],
    });
    const guest = await t.say(GUEST, 'token');
    expect(first(guest).outcome?.type).toBe('refused');
    expect(t.ledger.events.map((e) => e.kind)).toEqual(['refused']);
    expect(t.aws.callsTo('issueBearerToken')).toHaveLength(0);
  });

  it('keeps list and history for admins; models and help for all', async () => {
    const t = setup();
    expect(first(await t.say(MEMBER, 'list')).outcome?.type).toBe('refused');
    expect(first(await t.say(ADMIN, 'list')).outcome?.type).toBe('business-units');
    expect(first(await t.say(ADMIN, 'history')).outcome?.type).toBe('history');
    expect(first(await t.say(MEMBER, 'models')).outcome?.type).toBe('models');
    expect(first(await t.say(MEMBER, 'help')).outcome).toEqual({ type: 'help', isAdmin: false });
  });
});

describe('engine: admin confirmation', () => {
  it('plans, waits for Confirm, then creates the key once and delivers it only privately', async () => {
    const t = setup();
    const plan = await t.say(ADMIN, 'create key for marketing');
    expect(first(plan).outcome).toMatchObject({ type: 'plan', mode: 'confirm' });
    expect(t.aws.mutatingCalls()).toEqual([]);
    const id = requestIdOf(plan);
    expect((await t.ledger.get(id))?.state).toBe('awaiting_confirmation');

    const done = await t.click(ADMIN, 'confirm', id);
    expect(only(done, 'requester-private')[0]).toMatchObject({
      message: { containsSecret: true },
      outcome: { type: 'key-created' },
    });
    expect(only(done, 'replace-source')[0]).toMatchObject({
      message: { containsSecret: false },
      outcome: { type: 'done', succeeded: true },
    });
    expect((await t.ledger.get(id))?.state).toBe('completed');
    expect(t.ledger.events.map((e) => e.kind)).toEqual(['requested', 'confirmed', 'key_created', 'executed']);
    expect(t.aws.userState('marketing-bedrock-user')?.apiKeys).toHaveLength(1);
    t.assertNoLeaks();
  });

  it('two concurrent Confirm clicks lead to exactly one execution', async () => {
    const t = setup();
    const id = requestIdOf(await t.say(ADMIN, 'create key for marketing'));
    const [a, b] = await Promise.all([t.click(ADMIN, 'confirm', id), t.click(ADMIN, 'confirm', id)]);
    expect(t.aws.callsTo('createUser')).toHaveLength(1);
    expect(t.aws.callsTo('createApiKey')).toHaveLength(1);
    const outcomes = [a, b].map((r) => first(r).outcome?.type).sort();
    expect(outcomes).toEqual(['key-created', 'refused']);
    t.assertNoLeaks();
  });

  it('refuses a Confirm from someone else, and after expiry', async () => {
    const t = setup();
    const id = requestIdOf(await t.say(ADMIN, 'create key for marketing'));
    expect(first(await t.click(ADMIN2, 'confirm', id)).outcome?.type).toBe('refused');
    t.clock.advance({ minutes: 16 });
    const late = await t.click(ADMIN, 'confirm', id);
    expect(first(late).outcome).toMatchObject({ type: 'refused', reason: expect.stringMatching(/expired/) });
    expect((await t.ledger.get(id))?.state).toBe('expired');
    expect(t.aws.mutatingCalls()).toEqual([]);
  });

  it('cancels', async () => {
    const t = setup();
    const id = requestIdOf(await t.say(ADMIN, 'create key for marketing'));
    const r = await t.click(ADMIN, 'cancel', id);
    expect(first(r)).toMatchObject({ audience: 'replace-source', outcome: { type: 'cancelled' } });
    expect(first(await t.click(ADMIN, 'confirm', id)).outcome?.type).toBe('refused');
    expect(t.aws.mutatingCalls()).toEqual([]);
  });

  it('reports an AWS failure with the fix and marks the request failed', async () => {
    const t = setup();
    const id = requestIdOf(await t.say(ADMIN, 'create key for marketing'));
    t.aws.failNext('createUser', 'AccessDenied');
    const r = await t.click(ADMIN, 'confirm', id);
    expect(only(r, 'requester-private')[0]?.outcome).toMatchObject({
      type: 'failure',
      failure: { awsAction: 'iam:CreateUser' },
      reference: 'REF-0001',
    });
    expect(only(r, 'replace-source')[0]?.outcome).toMatchObject({ type: 'done', succeeded: false });
    expect((await t.ledger.get(id))?.state).toBe('failed');
  });
});

describe('engine: approval', () => {
  async function requested(t: ReturnType<typeof setup>) {
    const r = await t.say(MEMBER, 'create key for marketing');
    expect(first(r).outcome).toMatchObject({ type: 'plan', mode: 'approval-requested' });
    const card = only(r, 'approvers')[0];
    expect(card?.outcome).toMatchObject({
      type: 'approval-card',
      state: 'pending',
      requesterId: MEMBER.userId,
    });
    return requestIdOf(r);
  }

  it('member request → admin approves → requester reveals once', async () => {
    const t = setup();
    const id = await requested(t);
    expect((await t.ledger.get(id))?.state).toBe('awaiting_approval');
    expect(t.aws.mutatingCalls()).toEqual([]);

    const approved = await t.click(ADMIN, 'approve', id);
    expect(only(approved, 'replace-source')[0]?.outcome).toMatchObject({
      type: 'approval-card',
      state: 'approved',
      decidedBy: ADMIN.displayName,
    });
    expect(only(approved, 'requester-dm')[0]).toMatchObject({
      userId: MEMBER.userId,
      outcome: { type: 'approved-notice' },
      message: { containsSecret: false },
    });
    expect(t.aws.mutatingCalls()).toEqual([]); // the key is created at reveal time

    expect(first(await t.click(OTHER, 'reveal', id)).outcome?.type).toBe('refused');
    const [one, two] = await Promise.all([t.click(MEMBER, 'reveal', id), t.click(MEMBER, 'reveal', id)]);
    const outcomes = [one, two].map((r) => first(r).outcome?.type).sort();
    expect(outcomes).toEqual(['key-created', 'refused']);
    const third = await t.click(MEMBER, 'reveal', id);
    expect(first(third).outcome).toMatchObject({
      type: 'refused',
      reason: expect.stringMatching(/shown once/),
    });
    expect(t.aws.callsTo('createApiKey')).toHaveLength(1);
    expect(t.aws.userState('marketing-bedrock-user')?.user.tags).toEqual(
      expect.arrayContaining([
        { key: 'approved-by', value: 'ops@example.com' },
        { key: 'requested-by', value: 'jane.doe@example.com' },
        { key: 'owner', value: 'jane.doe@example.com' },
      ]),
    );
    const kinds = t.ledger.events.map((e) => e.kind);
    expect(kinds.filter((k) => k !== 'refused')).toEqual([
      'approval_requested',
      'approved',
      'revealed',
      'key_created',
      'executed',
    ]);
    expect(kinds.filter((k) => k === 'refused')).toHaveLength(3); // the other user, the losing concurrent click, the third click
    t.assertNoLeaks();
  });

  it('refuses self-approval and approval by non-admins', async () => {
    const t = setup();
    const id = await requested(t);
    expect(first(await t.click(MEMBER, 'approve', id)).outcome).toMatchObject({
      type: 'refused',
      reason: expect.stringMatching(/your own/),
    });
    expect(first(await t.click(OTHER, 'approve', id)).outcome).toMatchObject({
      type: 'refused',
      reason: expect.stringMatching(/Only bot admins/),
    });
    expect((await t.ledger.get(id))?.state).toBe('awaiting_approval');
  });

  it('two admins approving at once: one wins, the other gets the updated card', async () => {
    const t = setup();
    const id = await requested(t);
    const [a, b] = await Promise.all([t.click(ADMIN, 'approve', id), t.click(ADMIN2, 'approve', id)]);
    const dms = [...only(a, 'requester-dm'), ...only(b, 'requester-dm')];
    expect(dms).toHaveLength(1);
    const loser = only(a, 'requester-dm').length === 0 ? a : b;
    const winner = loser === a ? b : a;
    expect(first(loser).outcome?.type).toBe('refused');
    // Only the winning click labels the card Approved; a late click never relabels it.
    expect(only(winner, 'replace-source')[0]?.outcome).toMatchObject({
      type: 'approval-card',
      state: 'approved',
    });
    expect(only(loser, 'replace-source')).toEqual([]);
    expect(t.ledger.events.filter((e) => e.kind === 'approved')).toHaveLength(1);
  });

  it('deny notifies the requester; a late approve is refused', async () => {
    const t = setup();
    const id = await requested(t);
    const denied = await t.click(ADMIN, 'deny', id);
    expect(only(denied, 'requester-dm')[0]?.outcome?.type).toBe('denied-notice');
    const late = await t.click(ADMIN2, 'approve', id);
    expect(first(late).outcome).toMatchObject({ type: 'refused', reason: expect.stringMatching(/denied/) });
    expect(only(late, 'replace-source')[0]?.outcome).toMatchObject({ state: 'denied' });
  });

  it('a requester can withdraw a pending request; a later approve is refused and the card updated', async () => {
    const t = setup();
    const id = await requested(t);
    expect(first(await t.click(MEMBER, 'cancel', id)).outcome?.type).toBe('cancelled');
    const late = await t.click(ADMIN, 'approve', id);
    expect(first(late).outcome).toMatchObject({
      type: 'refused',
      reason: expect.stringMatching(/cancelled/),
    });
    expect(only(late, 'replace-source')[0]?.outcome).toMatchObject({
      type: 'cancelled',
      title: expect.stringMatching(/withdrawn/),
    });
    expect(t.aws.mutatingCalls()).toEqual([]);
  });

  it('a click after the approval expired is refused and the card updated', async () => {
    const t = setup();
    const id = await requested(t);
    t.clock.advance({ hours: 25 });
    const late = await t.click(ADMIN, 'approve', id);
    expect(first(late).outcome).toMatchObject({ type: 'refused', reason: expect.stringMatching(/expired/) });
    expect(only(late, 'replace-source')[0]?.outcome).toMatchObject({
      type: 'approval-card',
      state: 'expired',
    });
    expect((await t.ledger.get(id))?.state).toBe('expired');
  });

  it('expireStale expires old approvals and returns the card updates', async () => {
    const t = setup();
    const id = await requested(t);
    t.clock.advance({ hours: 23 });
    expect((await t.engine.expireStale()).deliveries).toEqual([]);
    t.clock.advance({ hours: 2 });
    const r = await t.engine.expireStale();
    expect(r.deliveries.map((d) => [d.audience, d.requestId, d.outcome?.type])).toEqual([
      ['replace-source', id, 'approval-card'],
      ['requester-dm', id, 'expired-notice'],
    ]);
    expect((await t.ledger.get(id))?.state).toBe('expired');
    expect(t.ledger.events.at(-1)).toMatchObject({ kind: 'expired', actorId: 'system' });
    expect((await t.engine.expireStale()).deliveries).toEqual([]);
  });

  it('an approved key not revealed within the approval window expires, and creates nothing', async () => {
    const t = setup();
    const id = await requested(t);
    t.clock.advance({ hours: 20 });
    await t.click(ADMIN, 'approve', id);
    t.clock.advance({ hours: 23 }); // 43 h after the request, 23 h after the approval: still revealable
    expect((await t.engine.expireStale()).deliveries).toEqual([]);
    t.clock.advance({ hours: 2 });
    const swept = await t.engine.expireStale();
    expect(swept.deliveries.map((d) => [d.audience, d.userId, d.outcome?.type])).toEqual([
      ['requester-dm', MEMBER.userId, 'expired-notice'],
    ]);
    const late = await t.click(MEMBER, 'reveal', id);
    expect(first(late).outcome).toMatchObject({ type: 'refused', reason: expect.stringMatching(/expired/) });
    expect(t.aws.mutatingCalls()).toEqual([]);
    expect((await t.ledger.get(id))?.state).toBe('expired');
  });

  it('a late approve click never relabels the card: not after the approval, not after the reveal window', async () => {
    const t = setup();
    const id = await requested(t);
    await t.click(ADMIN, 'approve', id);
    const late = await t.click(ADMIN2, 'approve', id);
    expect(first(late).outcome?.type).toBe('refused');
    expect(only(late, 'replace-source')).toEqual([]);
    t.clock.advance({ hours: 25 });
    await t.engine.expireStale();
    const later = await t.click(ADMIN2, 'approve', id);
    expect(only(later, 'replace-source')).toEqual([]);
  });

  it('a late reveal click on an approval past its window is refused without a key', async () => {
    const t = setup();
    const id = await requested(t);
    await t.click(ADMIN, 'approve', id);
    t.clock.advance({ hours: 25 });
    const late = await t.click(MEMBER, 'reveal', id);
    expect(first(late).outcome).toMatchObject({ type: 'refused', reason: expect.stringMatching(/expired/) });
    expect(t.aws.mutatingCalls()).toEqual([]);
  });
});

describe('engine: rotation, revocation, questions', () => {
  function ownedUnit(t: ReturnType<typeof setup>) {
    t.aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'marketing' },
        { key: 'owner', value: 'jane.doe@example.com' },
        { key: 'created-by', value: 'bedrock-bot' },
      ],
    });
    return t.aws.seedApiKey('marketing-bedrock-user', { createdAt: new Date('2026-01-01T00:00:00Z') });
  }

  it('owner rotates: new key first, old key deleted only after delete_old', async () => {
    const t = setup();
    const old = ownedUnit(t);
    const id = requestIdOf(await t.say(MEMBER, 'rotate key for marketing'));
    const created = await t.click(MEMBER, 'confirm', id);
    const secretDelivery = only(created, 'requester-private')[0];
    expect(secretDelivery?.outcome).toMatchObject({ type: 'key-created', rotation: { requestId: id } });
    expect((await t.ledger.get(id))?.state).toBe('awaiting_old_key_decision');
    expect(t.aws.userState('marketing-bedrock-user')?.apiKeys).toHaveLength(2);

    t.clock.advance({ hours: 2 }); // past the confirmation TTL: the old-key decision has its own deadline
    expect(first(await t.click(OTHER, 'delete_old', id)).outcome?.type).toBe('refused');
    const deleted = await t.click(MEMBER, 'delete_old', id);
    expect(only(deleted, 'requester-private')[0]?.outcome).toMatchObject({
      type: 'keys-deleted',
      deleted: [{ id: old }],
    });
    expect(t.aws.userState('marketing-bedrock-user')?.apiKeys.map((k) => k.credentialId)).not.toContain(old);
    expect((await t.ledger.get(id))?.state).toBe('completed');
    t.assertNoLeaks();
  });

  it('the old-key decision expires after a week: the old key is kept and the owner told', async () => {
    const t = setup();
    const old = ownedUnit(t);
    const id = requestIdOf(await t.say(MEMBER, 'rotate key for marketing'));
    await t.click(MEMBER, 'confirm', id);
    t.clock.advance({ days: 6 });
    expect((await t.engine.expireStale()).deliveries).toEqual([]);
    t.clock.advance({ days: 2 });
    const swept = await t.engine.expireStale();
    expect(swept.deliveries.map((d) => [d.audience, d.outcome?.type])).toEqual([
      ['requester-dm', 'expired-notice'],
    ]);
    expect(JSON.stringify(swept.deliveries[0]?.outcome)).toMatch(/kept/);
    expect(t.aws.userState('marketing-bedrock-user')?.apiKeys.map((k) => k.credentialId)).toContain(old);
    expect(first(await t.click(MEMBER, 'delete_old', id)).outcome).toMatchObject({ type: 'refused' });
  });

  it('keep_old leaves the old key', async () => {
    const t = setup();
    ownedUnit(t);
    const id = requestIdOf(await t.say(MEMBER, 'rotate key for marketing'));
    await t.click(MEMBER, 'confirm', id);
    const kept = await t.click(MEMBER, 'keep_old', id);
    expect(first(kept).outcome).toMatchObject({ type: 'done' });
    expect(t.aws.userState('marketing-bedrock-user')?.apiKeys).toHaveLength(2);
  });

  it('non-owners cannot rotate or see details; owners cannot deprovision', async () => {
    const t = setup();
    ownedUnit(t);
    expect(first(await t.say(OTHER, 'rotate key for marketing')).outcome?.type).toBe('refused');
    expect(first(await t.say(OTHER, 'details for marketing')).outcome?.type).toBe('refused');
    expect(first(await t.say(MEMBER, 'details for marketing')).outcome?.type).toBe('details');
    expect(first(await t.say(MEMBER, 'deprovision marketing')).outcome?.type).toBe('refused');
  });

  it('admin deprovisions after a destructive confirmation', async () => {
    const t = setup();
    ownedUnit(t);
    const plan = await t.say(ADMIN, 'deprovision marketing');
    expect(first(plan).outcome).toMatchObject({ type: 'plan', plan: { destructive: true } });
    const done = await t.click(ADMIN, 'confirm', requestIdOf(plan));
    expect(first(done).outcome?.type).toBe('deprovisioned');
    expect(t.aws.userState('marketing-bedrock-user')).toBeUndefined();
  });

  it('asks which business unit, and runs the chosen one as the same requester', async () => {
    const t = setup();
    ownedUnit(t);
    const q = await t.say(ADMIN, 'details');
    expect(first(q).outcome).toMatchObject({
      type: 'question',
      choices: [{ key: 'bu-marketing', text: 'details for marketing' }],
    });
    const id = requestIdOf(q);
    expect(first(await t.click(OTHER, 'choose', id, 'bu-marketing')).outcome?.type).toBe('refused');
    const chosen = await t.click(ADMIN, 'choose', id, 'bu-marketing');
    expect(chosen.deliveries.map((d) => d.outcome?.type)).toEqual(['done', 'details']);
    expect(first(await t.click(ADMIN, 'choose', id, 'bu-marketing')).outcome?.type).toBe('refused');
  });

  it('a key ID named with no unit: the unit is asked, and only that key is revoked', async () => {
    const table: Record<string, Partial<ParseResult>> = {};
    const t = setup({}, table);
    const kept = ownedUnit(t);
    const named = t.aws.seedApiKey('marketing-bedrock-user');
    table['revoke the named key'] = { intent: 'revoke', keyId: named };
    const q = await t.say(ADMIN, 'revoke the named key');
    expect(first(q).outcome).toMatchObject({ type: 'question', choices: [{ key: 'bu-marketing' }] });
    const plan = await t.click(ADMIN, 'choose', requestIdOf(q), 'bu-marketing');
    const planned = plan.deliveries.find((d) => d.outcome?.type === 'plan');
    expect(JSON.stringify(planned?.outcome)).toContain(named);
    expect(JSON.stringify(planned?.outcome)).not.toContain(kept);
    const done = await t.click(ADMIN, 'confirm', planned?.requestId ?? requestIdOf(plan));
    expect(first(done).outcome?.type).toBe('keys-deleted');
    const left = t.aws.userState('marketing-bedrock-user')?.apiKeys.map((k) => k.credentialId);
    expect(left).toEqual([kept]);
  });

  it('asks token-or-system for a long-term key with no business unit', async () => {
    const t = setup();
    const q = await t.say(MEMBER, 'create key for production');
    expect(first(q).outcome).toMatchObject({ type: 'question', choices: [{ key: 'token', text: 'token' }] });
    const chosen = await t.click(MEMBER, 'choose', requestIdOf(q), 'token');
    expect(chosen.deliveries.map((d) => [d.audience, d.outcome?.type])).toEqual([
      ['replace-source', 'done'],
      ['requester-private', 'token'],
    ]);
    t.assertNoLeaks();
  });

  it('offers rotation when both slots are full', async () => {
    const t = setup();
    ownedUnit(t);
    t.aws.seedApiKey('marketing-bedrock-user');
    const r = await t.say(ADMIN, 'create key for marketing');
    expect(first(r).outcome).toMatchObject({ type: 'slots-full', requestId: expect.any(String) });
    const chosen = await t.click(ADMIN, 'choose', requestIdOf(r), 'rotate');
    expect(chosen.deliveries[1]?.outcome).toMatchObject({ type: 'plan', plan: { kind: 'rotate' } });
  });

  it('dismiss replaces the secret message', async () => {
    const t = setup();
    ownedUnit(t);
    const id = requestIdOf(await t.say(MEMBER, 'rotate key for marketing'));
    await t.click(MEMBER, 'confirm', id);
    const r = await t.click(MEMBER, 'dismiss', id);
    expect(first(r)).toMatchObject({
      audience: 'replace-source',
      outcome: { type: 'dismissed' },
      message: { containsSecret: false },
    });
  });

  it('dismisses a token message, which has no request in the ledger', async () => {
    const t = setup();
    const token = await t.say(MEMBER, 'token');
    expect(first(token)).toMatchObject({ audience: 'requester-private', outcome: { type: 'token' } });
    const r = await t.click(MEMBER, 'dismiss', 'none');
    expect(r.deliveries).toHaveLength(1);
    expect(first(r)).toMatchObject({
      audience: 'replace-source',
      outcome: { type: 'dismissed' },
      message: { containsSecret: false },
    });
  });
});
