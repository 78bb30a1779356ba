/**
 * The bot acts only on users it manages (core/managed-user.ts): the review's scenario — a member
 * asks for an access key for a hand-made admin-equivalent `*-bedrock-user` — is refused with the
 * reasons and creates nothing; workflow-made users still work; owner changes are their own
 * approved request; a late Reveal never recreates a deprovisioned unit.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { Message } from '../../src/render/block-kit.js';
import { renderDelivery } from '../../src/render/render-reply.js';
import type { ActionName, Delivery, Reply } from '../../src/core/engine-api.js';
import { businessUnitPolicyArn } from '../../src/core/business-unit-policy.js';
import { judgeUnit } from '../../src/core/managed-user.js';
import type { Requester } from '../../src/core/requester.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { tableParser } from '../fakes/fake-parse.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';
import { ADMIN, MEMBER, settings } from './helpers.js';

/** The message a front end would render for a delivery. */
function rendered(d: Delivery | undefined): Message {
  if (d === undefined) throw new Error('no delivery');
  return renderDelivery(d, { now: new Date('2026-03-02T10:00:00Z'), commandName: '/bedrock' }).message;
}

const FULL = 'arn:aws:iam::aws:policy/AmazonBedrockFullAccess';
const LIMITED = 'arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess';
/** What the bot attaches to its own users by default: the project's invoke-only policy. */
const INVOKE_ONLY = businessUnitPolicyArn('123456789012');
const TABLE = {
  'access key for prod': {
    intent: 'create_key' as const,
    businessUnit: 'prod',
    keyKind: 'access-key' as const,
    longTerm: true,
  },
  'key for prod owner jane': {
    intent: 'create_key' as const,
    businessUnit: 'prod',
    owner: 'jane.doe@example.com',
    longTerm: true,
  },
  'rotate key for prod': { intent: 'rotate' as const, businessUnit: 'prod' },
  'revoke all keys for prod': { intent: 'revoke' as const, businessUnit: 'prod', all: true },
  'deprovision prod': { intent: 'deprovision' as const, businessUnit: 'prod' },
};

function setup() {
  const clock = new FakeClock();
  const aws = new FakeAws({ clock });
  const ledger = createMemoryLedger();
  const engine = createEngine({
    aws,
    ledger,
    clock,
    ids: new SequentialIds(),
    settings: settings(),
    parse: tableParser(TABLE),
    commandName: '/bedrock',
  });
  const say = (requester: Requester, text: string): Promise<Reply> =>
    engine.handleText({ requester, text, surface: 'slash', context: { channel: 'C1' } });
  const click = (requester: Requester, action: ActionName, requestId: string): Promise<Reply> =>
    engine.handleAction({ requester, action, requestId, surface: 'slash' });
  return { clock, aws, ledger, engine, say, click };
}

const only = (reply: Reply, audience: Delivery['audience']): Delivery[] =>
  reply.deliveries.filter((d) => d.audience === audience);
const idOf = (reply: Reply): string => {
  const id = reply.deliveries.find((d) => d.requestId)?.requestId;
  if (!id) throw new Error(`no request id in ${JSON.stringify(reply.deliveries.map((d) => d.outcome))}`);
  return id;
};

describe('managed users only', () => {
  it('refuses a hand-made admin-equivalent user with every reason, and creates nothing', async () => {
    const t = setup();
    t.aws.seedUser({
      userName: 'prod-bedrock-user',
      path: '/',
      tags: [{ key: 'owner', value: 'jane.doe@example.com' }],
      attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      inlinePolicies: ['star-star'],
      loginProfile: true,
    });
    t.aws.seedAccessKey('prod-bedrock-user');
    for (const [who, text] of [
      [MEMBER, 'access key for prod'],
      [ADMIN, 'access key for prod'],
      [MEMBER, 'rotate key for prod'],
      [MEMBER, 'revoke all keys for prod'],
      [ADMIN, 'deprovision prod'],
    ] as const) {
      const r = await t.say(who, text);
      expect(r.deliveries).toHaveLength(1);
      expect(only(r, 'approvers')).toEqual([]);
      const refusal = r.deliveries[0]?.outcome;
      expect(refusal?.type).toBe('refused');
      if (refusal?.type !== 'refused') return;
      expect(refusal.reason).toMatch(/no created-by tag/);
      expect(refusal.reason).toMatch(/AdministratorAccess/);
      expect(refusal.reason).toMatch(/inline policies the bot did not write \(star-star\)/);
      expect(refusal.reason).toMatch(/console password/);
      expect(JSON.stringify(rendered(r.deliveries[0]))).toMatch(/AdministratorAccess/);
    }
    expect(t.aws.mutatingCalls()).toEqual([]);
    expect(t.ledger.events.filter((e) => e.kind === 'refused')).toHaveLength(5);
    expect(t.ledger.events.some((e) => e.kind === 'approval_requested')).toBe(false);
  });

  it('serves a user made by the provisioning workflow, and the approval card shows its state', async () => {
    const t = setup();
    t.aws.seedUser({
      userName: 'prod-bedrock-user',
      path: '/',
      tags: [
        { key: 'created-by', value: 'provisioning-bedrock-skill' },
        { key: 'owner', value: 'jane.doe@example.com' },
      ],
      attachedPolicyArns: [FULL],
    });
    const asked = await t.say(MEMBER, 'access key for prod');
    const card = only(asked, 'approvers')[0];
    expect(card?.outcome?.type).toBe('approval-card');
    expect(JSON.stringify(rendered(card))).toMatch(
      /made by the provisioning workflow, path \/, AmazonBedrockFullAccess; no inline policies, groups or console password/,
    );
    const id = idOf(asked);
    await t.click(ADMIN, 'approve', id);
    const revealed = await t.click(MEMBER, 'reveal', id);
    expect(only(revealed, 'requester-private')[0]?.outcome?.type).toBe('key-created');
    expect(t.aws.userState('prod-bedrock-user')?.accessKeys).toHaveLength(1);
  });

  it('changing the owner is its own request that an admin approves, shown as such', async () => {
    const t = setup();
    t.aws.seedUser({
      userName: 'prod-bedrock-user',
      tags: [
        { key: 'created-by', value: 'bedrock-bot' },
        { key: 'owner', value: 'a@example.com' },
      ],
      attachedPolicyArns: [INVOKE_ONLY],
    });
    const asked = await t.say(MEMBER, 'key for prod owner jane');
    const card = only(asked, 'approvers')[0];
    expect(card?.outcome).toMatchObject({
      type: 'approval-card',
      plan: {
        kind: 'change_owner',
        title: 'Change the owner of prod from a@example.com to jane.doe@example.com',
      },
    });
    expect(JSON.stringify(rendered(card))).toMatch(
      /owner of prod changes from a@example.com to jane.doe@example.com/,
    );
    // Not changed until approved and run.
    expect(t.aws.mutatingCalls()).toEqual([]);
    const id = idOf(asked);
    await t.click(ADMIN, 'approve', id);
    const ran = await t.click(MEMBER, 'reveal', id);
    expect(only(ran, 'requester-private')[0]?.outcome).toMatchObject({ type: 'done', succeeded: true });
    expect(t.aws.userState('prod-bedrock-user')?.user.tags).toContainEqual({
      key: 'owner',
      value: 'jane.doe@example.com',
    });
    expect(t.aws.callsTo('createApiKey')).toHaveLength(0);
    expect((await t.ledger.get(id))?.state).toBe('completed');
  });

  it('a late Reveal after the unit was deprovisioned does not recreate it', async () => {
    const t = setup();
    t.aws.seedUser({
      userName: 'prod-bedrock-user',
      tags: [
        { key: 'created-by', value: 'bedrock-bot' },
        { key: 'owner', value: 'jane.doe@example.com' },
      ],
      attachedPolicyArns: [INVOKE_ONLY],
    });
    const id = idOf(await t.say(MEMBER, 'access key for prod'));
    await t.click(ADMIN, 'approve', id);
    const gone = await t.say(ADMIN, 'deprovision prod');
    await t.click(ADMIN, 'confirm', idOf(gone));
    expect(t.aws.userNames()).toEqual([]);
    const late = await t.click(MEMBER, 'reveal', id);
    const o = only(late, 'requester-private')[0]?.outcome;
    expect(o?.type === 'refused' && o.reason).toMatch(/no longer exists/);
    expect(t.aws.userNames()).toEqual([]);
    expect(t.aws.callsTo('createUser')).toHaveLength(0);
    expect((await t.ledger.get(id))?.state).toBe('failed');
  });

  it('judges path, creator and policies as documented', () => {
    const base = {
      userName: 'x-bedrock-user',
      arn: 'arn:aws:iam::123456789012:user/bedrock/x-bedrock-user',
      path: '/bedrock/',
      createdBy: 'bedrock-bot',
      attachedPolicyArns: [INVOKE_ONLY],
      inlinePolicies: [],
      groups: [],
      loginProfile: false,
    };
    const s = settings();
    expect(judgeUnit(base, s).managed).toBe(true);
    // The bot's own users carry only what it attaches: no AWS-managed Bedrock policy unless configured.
    expect(judgeUnit({ ...base, attachedPolicyArns: [FULL] }, s).managed).toBe(false);
    expect(judgeUnit({ ...base, attachedPolicyArns: [LIMITED] }, s).managed).toBe(false);
    expect(
      judgeUnit({ ...base, attachedPolicyArns: [LIMITED] }, settings({ policyArns: [LIMITED] })).managed,
    ).toBe(true);
    // The invoke-only policy of another account is not the bot's.
    const elsewhere = businessUnitPolicyArn('210987654321');
    expect(judgeUnit({ ...base, attachedPolicyArns: [elsewhere] }, s)).toMatchObject({
      managed: false,
      reasons: [expect.stringMatching(/other policies attached \(bedrock-bot-invoke-only\)/)],
    });
    const seed = {
      ...base,
      arn: 'arn:aws:iam::123456789012:user/x-bedrock-user',
      createdBy: 'provisioning-bedrock-skill',
      path: '/',
    };
    expect(judgeUnit({ ...seed, attachedPolicyArns: [FULL] }, s).managed).toBe(true);
    expect(judgeUnit({ ...seed, attachedPolicyArns: [LIMITED, INVOKE_ONLY] }, s).managed).toBe(true);
    expect(
      judgeUnit({ ...seed, attachedPolicyArns: [FULL, 'arn:aws:iam::aws:policy/AdministratorAccess'] }, s)
        .managed,
    ).toBe(false);
    expect(judgeUnit({ ...base, createdBy: 'provisioning-bedrock-skill' }, s).managed).toBe(false);
    expect(judgeUnit({ ...base, path: '/' }, s).managed).toBe(false);
  });
});
