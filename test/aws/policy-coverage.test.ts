/**
 * Proof that the generated least-privilege policy covers every call the adapter makes: run each
 * AwsPort method against stubbed SDK clients, collect the commands actually sent, map them to IAM
 * actions and resources, and ask the policy evaluator whether each is allowed.
 */
import {
  BedrockClient,
  GetFoundationModelAvailabilityCommand,
  ListFoundationModelsCommand,
  ListInferenceProfilesCommand,
} from '@aws-sdk/client-bedrock';
import {
  CreateAccessKeyCommand,
  CreateServiceSpecificCredentialCommand,
  CreateUserCommand,
  GetAccessKeyLastUsedCommand,
  GetUserCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListUsersCommand,
  ListUserTagsCommand,
} from '@aws-sdk/client-iam';
import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  ListCostAllocationTagsCommand,
} from '@aws-sdk/client-cost-explorer';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAwsAdapter } from '../../src/aws/aws-adapter.js';
import type { AwsPort } from '../../src/core/aws-port.js';
import { buildBotPolicy, policyAllows, type PolicyDocument } from '../../src/core/least-privilege-policy.js';
import {
  actionForCommand,
  ALL_BOT_ACTIONS,
  BUSINESS_UNIT_WRITE_ACTIONS,
  type AwsServicePrefix,
} from '../../src/core/permissions.js';
import { NOW, staticCredentials } from './helpers.js';
import { FakeClock } from '../fakes/fake-clock.js';

const ACCOUNT = '123456789012';
const USER = 'marketing-bedrock-user';
const POLICY_ARN = 'arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/BedrockTokenSigner`;
const created = new Date('2030-01-01T00:00:00Z');

const iam = mockClient(IAMClient);
const sts = mockClient(STSClient);
const bedrock = mockClient(BedrockClient);
const ce = mockClient(CostExplorerClient);

interface SentCall {
  action: string;
  input: Record<string, unknown>;
}

function sent(): SentCall[] {
  const collect = (service: AwsServicePrefix, calls: ReturnType<typeof iam.calls>): SentCall[] =>
    calls.map((c) => {
      const command = c.args[0] as unknown as {
        constructor: { name: string };
        input: Record<string, unknown>;
      };
      return { action: actionForCommand(service, command.constructor.name), input: command.input };
    });
  return [
    ...collect('iam', iam.calls()),
    ...collect('sts', sts.calls()),
    ...collect('bedrock', bedrock.calls()),
    ...collect('ce', ce.calls()),
  ];
}

/** Everything IAM would authorise for one sent call: (action, resource, condition context). */
function authorisations(
  call: SentCall,
  userPath: string,
): Array<{ action: string; resource: string; context: Record<string, string> }> {
  const { action, input } = call;
  const context: Record<string, string> = {};
  if (typeof input.PolicyArn === 'string') context['iam:PolicyARN'] = input.PolicyArn;
  const out: Array<{ action: string; resource: string; context: Record<string, string> }> = [];
  if (action === 'iam:GetPolicy') {
    out.push({ action, resource: String(input.PolicyArn), context });
  } else if (action === 'sts:AssumeRole') {
    out.push({ action, resource: String(input.RoleArn), context });
    if (input.SourceIdentity !== undefined)
      out.push({ action: 'sts:SetSourceIdentity', resource: String(input.RoleArn), context });
  } else if (
    action === 'iam:ListUsers' ||
    action.startsWith('sts:') ||
    action.startsWith('bedrock:') ||
    action.startsWith('ce:')
  ) {
    out.push({ action, resource: '*', context });
  } else if (BUSINESS_UNIT_WRITE_ACTIONS.includes(action as never)) {
    // Writes: the bot's own users (created-by=bedrock-bot) under its path; workflow-made ones at /.
    const name = typeof input.UserName === 'string' ? input.UserName : USER;
    if (action === 'iam:CreateUser') {
      const tags = (input.Tags ?? []) as { Key: string; Value: string }[];
      const createdBy = tags.find((t) => t.Key === 'created-by')?.Value ?? '';
      const requestTag = { ...context, 'aws:RequestTag/created-by': createdBy };
      out.push({ action, resource: `arn:aws:iam::${ACCOUNT}:user${userPath}${name}`, context: requestTag });
      out.push({
        action: 'iam:TagUser',
        resource: `arn:aws:iam::${ACCOUNT}:user${userPath}${name}`,
        context: requestTag,
      });
    } else {
      out.push({
        action,
        resource: `arn:aws:iam::${ACCOUNT}:user${userPath}${name}`,
        context: { ...context, 'iam:ResourceTag/created-by': 'bedrock-bot' },
      });
      out.push({
        action,
        resource: `arn:aws:iam::${ACCOUNT}:user/${name}`,
        context: { ...context, 'iam:ResourceTag/created-by': 'provisioning-bedrock-skill' },
      });
    }
  } else {
    // User-scoped reads (GetAccessKeyLastUsed is authorised against the key's user), on any *-bedrock-user.
    const name = typeof input.UserName === 'string' ? input.UserName : USER;
    out.push({ action, resource: `arn:aws:iam::${ACCOUNT}:user${userPath}${name}`, context });
    out.push({ action, resource: `arn:aws:iam::${ACCOUNT}:user/${name}`, context }); // legacy, no path
  }
  return out;
}

function stubHappyAnswers(): void {
  const user = {
    UserName: USER,
    UserId: 'AIDA1',
    Arn: `arn:aws:iam::${ACCOUNT}:user/bedrock/${USER}`,
    Path: '/bedrock/',
    CreateDate: created,
  };
  iam.onAnyCommand().resolves({});
  iam.on(GetUserCommand).resolves({ User: user });
  iam.on(CreateUserCommand).resolves({ User: user });
  iam.on(ListUsersCommand).resolves({ Users: [user], IsTruncated: false });
  iam.on(ListUserTagsCommand).resolves({ Tags: [] });
  iam.on(ListAccessKeysCommand).resolves({
    AccessKeyMetadata: [{ AccessKeyId: 'AKIAEXAMPLEKEY000001', Status: 'Active', CreateDate: created }],
  });
  iam.on(GetAccessKeyLastUsedCommand).resolves({ AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' } });
  iam.on(CreateAccessKeyCommand).resolves({
    AccessKey: {
      UserName: USER,
      AccessKeyId: 'AKIAEXAMPLEKEY000002',
      SecretAccessKey: 'secret-value-123',
      Status: 'Active',
    },
  });
  iam.on(CreateServiceSpecificCredentialCommand).resolves({
    ServiceSpecificCredential: {
      CreateDate: created,
      ServiceName: 'bedrock.amazonaws.com',
      ServiceSpecificCredentialId: 'ACCA1',
      UserName: USER,
      Status: 'Active',
      ServiceCredentialSecret: 'ABSKsecret',
      ServiceCredentialAlias: 'alias',
    },
  });
  sts
    .on(GetCallerIdentityCommand)
    .resolves({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/bedrock-bot`, UserId: 'AIDA' });
  sts.on(AssumeRoleCommand).resolves({
    Credentials: {
      AccessKeyId: 'ASIAEXAMPLE',
      SecretAccessKey: 'x',
      SessionToken: 'y',
      Expiration: new Date(NOW.getTime() + 3600_000),
    },
    AssumedRoleUser: {
      Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/BedrockTokenSigner/s`,
      AssumedRoleId: 'AROA:s',
    },
  });
  ce.on(ListCostAllocationTagsCommand).resolves({
    CostAllocationTags: [{ TagKey: 'iamPrincipal/business-unit', Type: 'UserDefined', Status: 'Active' }],
  });
  ce.on(GetCostAndUsageCommand).resolves({ ResultsByTime: [] });
  bedrock.on(ListFoundationModelsCommand).resolves({ modelSummaries: [] });
  bedrock.on(ListInferenceProfilesCommand).resolves({ inferenceProfileSummaries: [] });
  bedrock.on(GetFoundationModelAvailabilityCommand).resolves({
    modelId: 'anthropic.claude-sonnet-4-6',
    agreementAvailability: { status: 'AVAILABLE' },
    authorizationStatus: 'AUTHORIZED',
    entitlementAvailability: 'AVAILABLE',
    regionAvailability: 'AVAILABLE',
  });
}

/** Calls every AwsPort method once; returns the methods exercised so the test can check none was forgotten. */
async function exerciseEveryMethod(aws: AwsPort, signingRole: string | null): Promise<string[]> {
  const calls: Record<keyof AwsPort, () => Promise<unknown>> = {
    whoAmI: () => aws.whoAmI(),
    issueBearerToken: () =>
      aws.issueBearerToken({
        region: 'us-east-1',
        ttlSeconds: 3600,
        signAs:
          signingRole === null
            ? null
            : { roleArn: signingRole, roleSessionName: 'slack-U1', sourceIdentity: 'jane' },
      }),
    getUser: () => aws.getUser(USER),
    listBedrockUsers: () => aws.listBedrockUsers(),
    listBedrockUserPage: () => aws.listBedrockUserPage({ limit: 20, cursor: null }),
    createUser: () =>
      aws.createUser({
        userName: USER,
        path: '/bedrock/',
        tags: [
          { key: 'purpose', value: 'bedrock' },
          { key: 'created-by', value: 'bedrock-bot' },
        ],
      }),
    tagUser: () => aws.tagUser(USER, [{ key: 'owner', value: 'U1' }]),
    deleteUser: () => aws.deleteUser(USER),
    deleteLoginProfile: () => aws.deleteLoginProfile(USER),
    listGroupsForUser: () => aws.listGroupsForUser(USER),
    hasLoginProfile: () => aws.hasLoginProfile(USER),
    listAttachedUserPolicies: () => aws.listAttachedUserPolicies(USER),
    attachUserPolicy: () => aws.attachUserPolicy(USER, POLICY_ARN),
    policyExists: () => aws.policyExists(POLICY_ARN),
    detachUserPolicy: () => aws.detachUserPolicy(USER, POLICY_ARN),
    listUserPolicies: () => aws.listUserPolicies(USER),
    deleteUserPolicy: () => aws.deleteUserPolicy(USER, 'inline'),
    listAccessKeys: () => aws.listAccessKeys(USER),
    createAccessKey: () => aws.createAccessKey(USER),
    setAccessKeyStatus: () => aws.setAccessKeyStatus(USER, 'AKIAEXAMPLEKEY000001', 'Inactive'),
    deleteAccessKey: () => aws.deleteAccessKey(USER, 'AKIAEXAMPLEKEY000001'),
    listApiKeys: () => aws.listApiKeys(USER),
    createApiKey: () => aws.createApiKey(USER, 30),
    setApiKeyStatus: () => aws.setApiKeyStatus(USER, 'ACCA1', 'Inactive'),
    deleteApiKey: () => aws.deleteApiKey(USER, 'ACCA1'),
    listFoundationModels: () => aws.listFoundationModels({ region: 'us-west-2', provider: 'Anthropic' }),
    listInferenceProfiles: () => aws.listInferenceProfiles('us-west-2'),
    getModelAvailability: () =>
      aws.getModelAvailability({ region: 'us-west-2', modelId: 'anthropic.claude-sonnet-4-6' }),
    listCostAllocationTags: () => aws.listCostAllocationTags(['iamPrincipal/business-unit']),
    getCostByService: () =>
      aws.getCostByService({
        start: '2030-01-01',
        end: '2030-01-16',
        granularity: 'DAILY',
        tagKey: 'iamPrincipal/business-unit',
        tagValue: 'marketing',
      }),
    getCostByTagValue: () =>
      aws.getCostByTagValue({
        start: '2030-01-01',
        end: '2030-02-01',
        granularity: 'MONTHLY',
        tagKey: 'iamPrincipal/business-unit',
      }),
  };
  for (const [name, run] of Object.entries(calls)) {
    const r = (await run()) as { ok: boolean; error?: unknown };
    if (!r.ok) throw new Error(`${name} failed against the stubs: ${JSON.stringify(r.error)}`);
  }
  return Object.keys(calls);
}

beforeEach(() => {
  iam.reset();
  sts.reset();
  bedrock.reset();
  ce.reset();
  stubHappyAnswers();
});

describe.each([
  { label: 'with a signing role', signingRole: ROLE as string | null, userPath: '/bedrock/' },
  { label: 'signing with the bot’s own credentials', signingRole: null, userPath: '/bedrock/' },
  { label: 'with a deeper user path', signingRole: ROLE as string | null, userPath: '/org/ai/' },
])('the least-privilege policy covers the adapter ($label)', ({ signingRole, userPath }) => {
  it('allows every command the adapter sends, and lists each in core/permissions', async () => {
    const aws = createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      clock: new FakeClock(NOW),
    });
    const exercised = await exerciseEveryMethod(aws, signingRole);
    expect(exercised.length).toBeGreaterThanOrEqual(24);

    const policy: PolicyDocument = buildBotPolicy({
      accountId: ACCOUNT,
      userPath,
      policyArns: [POLICY_ARN],
      signingRoleArn: signingRole,
      botPrincipalArn: `arn:aws:iam::${ACCOUNT}:user/bedrock-bot`,
    });
    const calls = sent();
    const actions = new Set(calls.map((c) => c.action));
    // Sanity: the run really did reach the interesting commands.
    for (const a of [
      'iam:CreateUser',
      'iam:CreateServiceSpecificCredential',
      'iam:ListUserTags',
      'bedrock:ListFoundationModels',
      'bedrock:ListInferenceProfiles',
      'bedrock:GetFoundationModelAvailability',
      'ce:GetCostAndUsage',
      'ce:ListCostAllocationTags',
    ])
      expect(actions).toContain(a);
    expect(actions.has('sts:AssumeRole')).toBe(signingRole !== null);

    const denied: string[] = [];
    for (const call of calls) {
      expect(ALL_BOT_ACTIONS).toContain(call.action);
      for (const a of authorisations(call, userPath)) {
        if (!policyAllows(policy, a.action, a.resource, a.context))
          denied.push(`${a.action} on ${a.resource}`);
      }
    }
    expect(denied).toEqual([]);

    // Tokens signed with the bot's own credentials are used as bedrock:CallWithBearerToken by the bot.
    if (signingRole === null) expect(policyAllows(policy, 'bedrock:CallWithBearerToken', '*')).toBe(true);
  });

  it('does not allow the same actions beyond business-unit users or the configured policies', () => {
    const policy = buildBotPolicy({
      accountId: ACCOUNT,
      userPath,
      policyArns: [POLICY_ARN],
      signingRoleArn: signingRole,
      botPrincipalArn: null,
    });
    expect(policyAllows(policy, 'iam:CreateUser', `arn:aws:iam::${ACCOUNT}:user/admin`)).toBe(false);
    expect(policyAllows(policy, 'iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/ci-deployer`)).toBe(
      false,
    );
    expect(policyAllows(policy, 'iam:DeleteUser', `arn:aws:iam::${ACCOUNT}:user/bedrock/alice`)).toBe(false);
    expect(
      policyAllows(policy, 'iam:AttachUserPolicy', `arn:aws:iam::${ACCOUNT}:user/bedrock/${USER}`, {
        'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess',
      }),
    ).toBe(false);
    expect(policyAllows(policy, 'iam:AttachUserPolicy', `arn:aws:iam::${ACCOUNT}:user/bedrock/${USER}`)).toBe(
      false,
    );
    expect(policyAllows(policy, 'iam:CreateUser', `arn:aws:iam::999999999999:user/bedrock/${USER}`)).toBe(
      false,
    );
    expect(policyAllows(policy, 'sts:AssumeRole', `arn:aws:iam::${ACCOUNT}:role/Admin`)).toBe(false);
    expect(policyAllows(policy, 'iam:PutUserPolicy', `arn:aws:iam::${ACCOUNT}:user/bedrock/${USER}`)).toBe(
      false,
    );
  });

  it('writes only to users the bot manages: its own tag under its path, workflow-made ones at / only', () => {
    const policy = buildBotPolicy({
      accountId: ACCOUNT,
      userPath,
      policyArns: [POLICY_ARN],
      signingRoleArn: signingRole,
      botPrincipalArn: null,
    });
    const own = `arn:aws:iam::${ACCOUNT}:user${userPath}${USER}`;
    const root = `arn:aws:iam::${ACCOUNT}:user/${USER}`;
    const elsewhere = `arn:aws:iam::${ACCOUNT}:user/admins/${USER}`;
    const tag = (v: string) => ({ 'iam:ResourceTag/created-by': v });
    for (const action of ['iam:CreateAccessKey', 'iam:CreateServiceSpecificCredential', 'iam:DeleteUser']) {
      expect(policyAllows(policy, action, own, tag('bedrock-bot'))).toBe(true);
      expect(policyAllows(policy, action, root, tag('provisioning-bedrock-skill'))).toBe(true);
      // A hand-made user: no created-by tag, or someone else's.
      expect(policyAllows(policy, action, root)).toBe(false);
      expect(policyAllows(policy, action, root, tag('alice'))).toBe(false);
      // "user/*-bedrock-user" matches deeper paths too: the workflow's users are only ever at /.
      expect(policyAllows(policy, action, elsewhere, tag('provisioning-bedrock-skill'))).toBe(false);
      expect(policyAllows(policy, action, elsewhere, tag('bedrock-bot'))).toBe(false);
    }
    // New users: only under the bot's path, and only tagged as the bot's own.
    expect(policyAllows(policy, 'iam:CreateUser', own, { 'aws:RequestTag/created-by': 'bedrock-bot' })).toBe(
      true,
    );
    expect(policyAllows(policy, 'iam:CreateUser', own)).toBe(false);
    expect(
      policyAllows(policy, 'iam:CreateUser', elsewhere, { 'aws:RequestTag/created-by': 'bedrock-bot' }),
    ).toBe(false);
    // Reading stays possible everywhere, so the bot can say why it refuses a user.
    expect(policyAllows(policy, 'iam:ListGroupsForUser', elsewhere)).toBe(true);
    expect(policyAllows(policy, 'iam:GetLoginProfile', root)).toBe(true);
    // Group memberships are never changed by the bot, on any group.
    expect(policyAllows(policy, 'iam:RemoveUserFromGroup', `arn:aws:iam::${ACCOUNT}:group/admins`)).toBe(
      false,
    );
    expect(policy.Statement.some((s) => JSON.stringify(s).includes('group/'))).toBe(false);
    // Attaching: only the configured policy, only to managed users.
    expect(policyAllows(policy, 'iam:AttachUserPolicy', root, { 'iam:PolicyARN': POLICY_ARN })).toBe(false);
    expect(
      policyAllows(policy, 'iam:AttachUserPolicy', own, {
        'iam:PolicyARN': POLICY_ARN,
        ...tag('bedrock-bot'),
      }),
    ).toBe(true);
  });
});
