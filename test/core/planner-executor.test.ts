import { describe, expect, it } from 'vitest';
import { deleteOldKeys, executePlan, type ExecContext } from '../../src/core/executor.js';
import {
  planCreateKey,
  planDeprovision,
  planRevoke,
  planRotate,
  requesterTagValue,
  type PlanResult,
} from '../../src/core/planner.js';
import { businessUnitPolicyArn } from '../../src/core/business-unit-policy.js';
import type { Plan } from '../../src/core/plan.js';
import { validateKeyRequest } from '../../src/core/validation.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { ADMIN, parsed, settings } from './helpers.js';

const S = settings();
// No managed policies configured: the project's invoke-only policy in the bot's own account.
const POLICY = businessUnitPolicyArn('123456789012');
/** The tag the bot puts on users it creates: only such users (and workflow-made ones) are managed. */
const BOT = { key: 'created-by', value: S.createdByTag };
const SEED = { key: 'created-by', value: 'provisioning-bedrock-skill' };

function setup() {
  const clock = new FakeClock();
  const aws = new FakeAws({ clock });
  const ids = new SequentialIds();
  const ctx: ExecContext = {
    aws,
    settings: S,
    requestId: 'req-1',
    approvedBy: null,
    reference: () => ids.reference(),
  };
  return { clock, aws, ctx };
}

async function createPlan(
  aws: FakeAws,
  text: Partial<Parameters<typeof parsed>[0]> = {},
): Promise<PlanResult> {
  const v = validateKeyRequest(
    parsed({ intent: 'create_key', businessUnit: 'marketing', owner: 'mkt@example.com', ...text }),
    S,
    ADMIN,
  );
  if (!v.ok) throw new Error(v.error.problems.join());
  return planCreateKey(v.value, ADMIN, { aws, settings: S });
}

function planOf(r: PlanResult): Plan {
  if (r.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(r)}`);
  return r.plan;
}

describe('create_key', () => {
  it('refuses before creating anything when the invoke-only policy has not been created yet', async () => {
    const aws = new FakeAws({ clock: new FakeClock(), managedPolicies: [] });
    const r = await createPlan(aws);
    expect(r.kind).toBe('outcome');
    if (r.kind !== 'outcome' || r.outcome.type !== 'invalid') throw new Error('expected a refusal');
    expect(r.outcome.problems[0]).toContain(`The policy ${POLICY} does not exist`);
    expect(r.outcome.hint).toContain(
      'aws iam create-policy --policy-name bedrock-bot-invoke-only --path /bedrock-bot/',
    );
    expect(r.outcome.hint).toContain('Nothing was created.');
    expect(aws.mutatingCalls()).toEqual([]);
    // Once an admin has created it, the same request plans normally.
    aws.managedPolicies = [POLICY];
    expect((await createPlan(aws)).kind).toBe('plan');
  });

  it('plans and creates user, tags, policy and API key for a new business unit', async () => {
    const { aws, ctx } = setup();
    const plan = planOf(await createPlan(aws));
    expect(plan.steps.map((s) => s.kind)).toEqual(['create-user', 'attach-policy', 'create-api-key']);
    expect(plan.destructive).toBe(false);
    expect(plan.params.ageDays).toBe(14);
    expect(plan.steps[1]?.description).toBe(
      'Attach the bedrock-bot-invoke-only policy: call Bedrock models, nothing else',
    );
    expect(plan.params.tags.map((t) => t.key)).toEqual([
      'business-unit',
      'purpose',
      'owner',
      'created-by',
      'requested-by',
    ]);
    expect(aws.mutatingCalls()).toEqual([]);

    const r = await executePlan(plan, { ...ctx, approvedBy: 'ops@example.com' });
    expect(r.succeeded).toBe(true);
    expect(r.outcome.type).toBe('key-created');
    if (r.outcome.type !== 'key-created') return;
    expect(r.outcome.userCreated).toBe(true);
    expect(r.outcome.apiKey?.expiresAt?.toISOString()).toBe('2026-03-16T10:00:00.000Z');
    expect(r.outcome.catalog.defaultModel?.invokeId).toBe('anthropic.claude-sonnet-4-5-20250929-v1:0');
    const user = aws.userState('marketing-bedrock-user');
    expect(user?.user.path).toBe('/bedrock/');
    expect(user?.user.tags).toContainEqual({ key: 'approved-by', value: 'ops@example.com' });
    expect(user?.attachedPolicyArns).toEqual([POLICY]);
    expect(JSON.stringify(r.events)).not.toContain(aws.issuedSecrets[0]);
  });

  it('reuses an existing user and marks what AWS already has', async () => {
    const { aws, ctx } = setup();
    aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'marketing' },
        { key: 'purpose', value: 'bedrock' },
        { key: 'owner', value: 'mkt@example.com' },
        BOT,
      ],
      attachedPolicyArns: [POLICY],
    });
    aws.seedApiKey('marketing-bedrock-user');
    const plan = planOf(await createPlan(aws));
    expect(plan.unitState).toMatch(/made by this bot, path \/bedrock\/, bedrock-bot-invoke-only/);
    expect(plan.steps.map((s) => [s.kind, s.alreadyDone])).toEqual([
      ['create-user', true],
      ['attach-policy', true],
      ['create-api-key', false],
    ]);
    const r = await executePlan(plan, ctx);
    expect(r.outcome.type === 'key-created' && r.outcome.otherKeys).toHaveLength(1);
    expect(aws.callsTo('createUser')).toHaveLength(0);
    expect(aws.callsTo('attachUserPolicy')).toHaveLength(0);
  });

  it('recognises a user made by the provisioning workflow (path /, Bedrock policy) and tags what is missing', async () => {
    const { aws, ctx } = setup();
    aws.seedUser({
      userName: 'marketing-bedrock-user',
      path: '/',
      tags: [SEED, { key: 'owner', value: 'mkt@example.com' }],
      attachedPolicyArns: ['arn:aws:iam::aws:policy/AmazonBedrockFullAccess'],
    });
    const plan = planOf(await createPlan(aws));
    expect(plan.warnings.join(' ')).toMatch(/created by hand/);
    expect(plan.steps.map((s) => s.kind)).toContain('tag-user');
    expect(plan.params.path).toBe('/');
    expect(plan.unitState).toMatch(/made by the provisioning workflow, path \/, AmazonBedrockFullAccess/);
    expect((await executePlan(plan, ctx)).outcome.type).toBe('key-created');
  });

  it.each([
    ['no created-by tag', { tags: [] }, /no created-by tag/],
    ['another creator', { tags: [{ key: 'created-by', value: 'alice' }] }, /made by "alice"/],
    [
      'AdministratorAccess',
      { attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] },
      /other policies attached \(AdministratorAccess\)/,
    ],
    ['an inline policy', { inlinePolicies: ['star'] }, /inline policies the bot did not write \(star\)/],
    ['a group', { groups: ['admins'] }, /in IAM groups \(admins\)/],
    ['a console password', { loginProfile: true }, /console password/],
    ['another path', { path: '/admins/' }, /under the path \/admins\//],
  ])('refuses a hand-made user with %s, and creates nothing', async (_name, over, reason) => {
    const { aws } = setup();
    aws.seedUser({
      userName: 'marketing-bedrock-user',
      path: '/',
      tags: [SEED, { key: 'owner', value: 'mkt@example.com' }],
      attachedPolicyArns: ['arn:aws:iam::aws:policy/AmazonBedrockFullAccess'],
      ...over,
    });
    const r = await createPlan(aws);
    expect(r.kind === 'outcome' && r.outcome.type).toBe('refused');
    if (r.kind !== 'outcome' || r.outcome.type !== 'refused') return;
    expect(r.outcome.reason).toMatch(reason);
    expect(r.outcome.hint).toMatch(/Nothing was created/);
    expect(aws.mutatingCalls()).toEqual([]);
  });

  it('re-checks at execution: a user that gained a console password after planning is refused', async () => {
    const { aws, ctx } = setup();
    aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [BOT, { key: 'owner', value: 'mkt@example.com' }],
    });
    const plan = planOf(await createPlan(aws));
    const state = aws.userState('marketing-bedrock-user');
    if (state) state.loginProfile = true;
    const r = await executePlan(plan, ctx);
    expect(r.outcome.type === 'refused' && r.outcome.reason).toMatch(/console password/);
    expect(aws.mutatingCalls()).toEqual([]);
  });

  it('never moves ownership inside a key request: a new owner is its own change_owner plan', async () => {
    const { aws, ctx } = setup();
    aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [BOT, { key: 'owner', value: 'a@example.com' }],
      attachedPolicyArns: [POLICY],
    });
    const plan = planOf(await createPlan(aws, { owner: 'b@example.com' }));
    expect(plan.kind).toBe('change_owner');
    expect(plan.title).toBe('Change the owner of marketing from a@example.com to b@example.com');
    expect(plan.steps.map((s) => s.kind)).toEqual(['tag-user']);
    expect(plan.steps.some((s) => s.kind.startsWith('create-'))).toBe(false);
    const r = await executePlan(plan, ctx);
    expect(r.succeeded).toBe(true);
    expect(aws.userState('marketing-bedrock-user')?.user.tags).toContainEqual({
      key: 'owner',
      value: 'b@example.com',
    });
    expect(aws.callsTo('createApiKey')).toHaveLength(0);
    // Setting an owner where there was none is an owner change too.
    aws.seedUser({ userName: 'sales-bedrock-user', tags: [BOT] });
    const v = validateKeyRequest(
      parsed({ intent: 'create_key', businessUnit: 'sales', owner: 'c@example.com' }),
      S,
      ADMIN,
    );
    if (!v.ok) throw new Error('invalid');
    const none = planOf(await planCreateKey(v.value, ADMIN, { aws, settings: S }));
    expect(none.title).toBe('Change the owner of sales from (nobody) to c@example.com');
  });

  it('offers rotation instead of failing when both slots are full', async () => {
    const { aws } = setup();
    aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [{ key: 'business-unit', value: 'marketing' }, { key: 'owner', value: 'mkt@example.com' }, BOT],
    });
    aws.seedApiKey('marketing-bedrock-user');
    aws.seedApiKey('marketing-bedrock-user');
    const r = await createPlan(aws);
    expect(r.kind === 'outcome' && r.outcome.type).toBe('slots-full');
  });

  it('creates an access key pair when asked', async () => {
    const { aws, ctx } = setup();
    const plan = planOf(await createPlan(aws, { keyKind: 'access-key' }));
    expect(plan.steps.at(-1)?.kind).toBe('create-access-key');
    const r = await executePlan(plan, ctx);
    expect(r.outcome.type === 'key-created' && r.outcome.accessKey?.accessKeyId).toMatch(/^AKIA/);
  });

  it('re-running after a partial failure finishes the job without duplicating the user', async () => {
    const { aws, ctx } = setup();
    const plan = planOf(await createPlan(aws));
    aws.failNext('attachUserPolicy', {
      code: 'AccessDenied',
      principalArn: 'arn:aws:iam::123456789012:role/bot',
    });
    const first = await executePlan(plan, ctx);
    expect(first.succeeded).toBe(false);
    expect(first.outcome.type).toBe('failure');
    if (first.outcome.type === 'failure') {
      expect(first.outcome.failure.detail).toMatch(/Done before the failure: create IAM user/);
      expect(first.outcome.failure.detail).toMatch(/Not done: attach/);
      expect(first.outcome.failure.policyStatement).toContain('iam:AttachUserPolicy');
      expect(first.outcome.reference).toBe('REF-0001');
    }
    // Same plan again (e.g. a stale plan), then a fresh plan: both finish without a second CreateUser.
    const second = await executePlan(plan, ctx);
    expect(second.succeeded).toBe(true);
    expect(aws.callsTo('createUser')).toHaveLength(1);
    expect(aws.userState('marketing-bedrock-user')?.attachedPolicyArns).toEqual([POLICY]);
    const third = planOf(await createPlan(aws));
    expect(third.steps.filter((s) => !s.alreadyDone).map((s) => s.kind)).toEqual(['create-api-key']);
  });

  it("treats EntityAlreadyExists on CreateUser as done when the user is the business unit's", async () => {
    const { aws, ctx } = setup();
    const plan = planOf(await createPlan(aws));
    aws.failNext('createUser', { code: 'Timeout', ambiguous: true, takeEffect: true });
    const r = await executePlan(plan, ctx);
    expect(r.succeeded).toBe(true);
    expect(aws.userNames()).toEqual(['marketing-bedrock-user']);
  });

  it('refuses to reuse a same-named user that belongs to another business unit', async () => {
    const { aws, ctx } = setup();
    const plan = planOf(await createPlan(aws));
    aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [{ key: 'business-unit', value: 'sales' }, BOT],
    });
    const r = await executePlan(plan, ctx);
    expect(r.outcome.type).toBe('failure');
    expect(aws.callsTo('createApiKey')).toHaveLength(0);
  });

  it('reconciles after an ambiguous failure: the orphaned key is deleted and the person told', async () => {
    const { aws, ctx } = setup();
    const plan = planOf(await createPlan(aws));
    aws.failNext('createApiKey', { code: 'Timeout', ambiguous: true, takeEffect: true });
    const r = await executePlan(plan, ctx);
    expect(r.outcome.type).toBe('reconciled');
    if (r.outcome.type !== 'reconciled') return;
    expect(r.outcome.deleted).toHaveLength(1);
    expect(r.outcome.message).toMatch(/deleted it/);
    expect(aws.userState('marketing-bedrock-user')?.apiKeys).toHaveLength(0);
    expect(r.events.map((e) => e.kind)).toContain('reconciled');
  });

  it('reconciles an ambiguous failure that did not take effect: nothing to delete', async () => {
    const { aws, ctx } = setup();
    const plan = planOf(await createPlan(aws, { keyKind: 'access-key' }));
    aws.failNext('createAccessKey', { code: 'ServiceFailure', ambiguous: true });
    const r = await executePlan(plan, ctx);
    expect(r.outcome.type === 'reconciled' && r.outcome.deleted).toEqual([]);
    expect(aws.callsTo('deleteAccessKey')).toHaveLength(0);
  });
});

describe('rotate', () => {
  function unit(aws: FakeAws) {
    const user = aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [{ key: 'business-unit', value: 'marketing' }, BOT],
    });
    return { businessUnit: 'marketing', user, region: 'us-east-1' };
  }

  it('creates the new key first and leaves the old for the person to delete', async () => {
    const { aws, ctx, clock } = setup();
    const u = unit(aws);
    const old = aws.seedApiKey(u.user.userName, {
      createdAt: new Date(clock.now().getTime() - 40 * 86400_000),
    });
    const plan = planOf(
      await planRotate(u, { keyKind: null, keyId: null, expiryDays: null }, { aws, settings: S }),
    );
    expect(plan.steps.map((s) => s.kind)).toEqual(['create-api-key']);
    expect(plan.params.targetKeys.map((k) => k.id)).toEqual([old]);
    const r = await executePlan(plan, ctx);
    expect(r.outcome.type === 'key-created' && r.outcome.rotation).toEqual({
      requestId: 'req-1',
      oldKeys: plan.params.targetKeys,
    });
    expect(aws.userState(u.user.userName)?.apiKeys).toHaveLength(2);
    const d = await deleteOldKeys(plan, ctx);
    expect(d.outcome.type).toBe('keys-deleted');
    expect(aws.userState(u.user.userName)?.apiKeys.map((k) => k.credentialId)).not.toContain(old);
    expect(aws.callsTo('setApiKeyStatus')).toEqual([[u.user.userName, old, 'Inactive']]);
  });

  it('with both slots full, deletes the older key first and says so', async () => {
    const { aws, clock } = setup();
    const u = unit(aws);
    const older = aws.seedApiKey(u.user.userName, {
      createdAt: new Date(clock.now().getTime() - 60 * 86400_000),
    });
    const newer = aws.seedApiKey(u.user.userName, {
      createdAt: new Date(clock.now().getTime() - 10 * 86400_000),
    });
    const plan = planOf(
      await planRotate(u, { keyKind: 'api-key', keyId: null, expiryDays: null }, { aws, settings: S }),
    );
    expect(plan.steps.map((s) => `${s.kind}:${s.target}`)).toEqual([
      `deactivate-api-key:${older}`,
      `delete-api-key:${older}`,
      'create-api-key:14',
    ]);
    expect(plan.destructive).toBe(true);
    expect(plan.warnings[0]).toMatch(/deleted first/);
    expect(plan.params.targetKeys.map((k) => k.id)).toEqual([newer]);
  });

  it('asks which kind when the unit has both', async () => {
    const { aws } = setup();
    const u = unit(aws);
    aws.seedApiKey(u.user.userName);
    aws.seedAccessKey(u.user.userName);
    const r = await planRotate(u, { keyKind: null, keyId: null, expiryDays: null }, { aws, settings: S });
    expect(r.kind).toBe('question');
  });
});

describe('revoke and deprovision', () => {
  it('revokes one named key: deactivate, then delete', async () => {
    const { aws, ctx } = setup();
    const user = aws.seedUser({ userName: 'ci-bedrock-user', tags: [BOT] });
    const key = aws.seedAccessKey(user.userName);
    aws.seedAccessKey(user.userName);
    const plan = planOf(
      await planRevoke(
        { businessUnit: 'ci', user, region: 'us-east-1' },
        { keyKind: null, keyId: key, all: false },
        { aws, settings: S },
      ),
    );
    expect(plan.steps.map((s) => s.kind)).toEqual(['deactivate-access-key', 'delete-access-key']);
    expect(plan.steps.every((s) => s.destructive)).toBe(true);
    const r = await executePlan(plan, ctx);
    expect(r.outcome.type).toBe('keys-deleted');
    expect(aws.userState(user.userName)?.accessKeys).toHaveLength(1);
    // Running it again is a no-op, not a NoSuchEntity failure.
    expect((await executePlan(plan, ctx)).succeeded).toBe(true);
  });

  it('asks which key when several exist and none was named', async () => {
    const { aws } = setup();
    const user = aws.seedUser({ userName: 'ci-bedrock-user' });
    aws.seedAccessKey(user.userName);
    aws.seedApiKey(user.userName);
    const r = await planRevoke(
      { businessUnit: 'ci', user, region: 'us-east-1' },
      { keyKind: null, keyId: null, all: false },
      { aws, settings: S },
    );
    expect(r.kind === 'question' && r.choices.map((c) => c.key)).toEqual(['k0', 'k1', 'all']);
  });

  it('deprovisions in the order IAM requires, and finishes on re-run after a failure', async () => {
    const { aws, ctx } = setup();
    const user = aws.seedUser({ userName: 'old-bedrock-user', tags: [BOT], attachedPolicyArns: [POLICY] });
    aws.seedAccessKey(user.userName);
    aws.seedApiKey(user.userName);
    const plan = planOf(
      await planDeprovision({ businessUnit: 'old', user, region: 'us-east-1' }, { aws, settings: S }),
    );
    expect(plan.steps.map((s) => s.kind)).toEqual([
      'delete-api-key',
      'delete-access-key',
      'delete-login-profile',
      'detach-policy',
      'delete-user',
    ]);
    aws.failNext('detachUserPolicy', 'EntityTemporarilyUnmodifiable');
    const first = await executePlan(plan, ctx);
    expect(first.outcome.type === 'failure' && first.outcome.failure.retryable).toBe(true);
    const second = await executePlan(plan, ctx);
    expect(second.outcome.type).toBe('deprovisioned');
    expect(aws.userState(user.userName)).toBeUndefined();
  });
});

describe('requested-by tag', () => {
  it('names the person: email, Slack member ID, or the local operator at the console', () => {
    expect(requesterTagValue({ userId: 'U024BE7LH', email: 'Dana@Acme.com' })).toBe('dana@acme.com');
    expect(requesterTagValue({ userId: 'U024BE7LH', email: null })).toBe('slack:U024BE7LH');
    expect(requesterTagValue({ userId: 'local-operator', email: null, displayName: 'jo smith' })).toBe(
      'local:jo-smith',
    );
  });
});
