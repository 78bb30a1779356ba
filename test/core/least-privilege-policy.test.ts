import { describe, expect, it } from 'vitest';
import {
  buildBotPolicy,
  buildLeastPrivilegePolicies,
  businessUnitUserResources,
  normaliseUserPath,
  policyAllows,
  principalForPolicies,
  wildcardMatch,
  type LeastPrivilegeInput,
  type PolicyStatement,
} from '../../src/core/least-privilege-policy.js';

const ACCOUNT = '123456789012';
const LIMITED = 'arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/BedrockTokenSigner`;
const BOT_USER = `arn:aws:iam::${ACCOUNT}:user/bedrock-bot`;

function input(over: Partial<LeastPrivilegeInput> = {}): LeastPrivilegeInput {
  return {
    accountId: ACCOUNT,
    userPath: '/bedrock/',
    policyArns: [LIMITED],
    signingRoleArn: ROLE,
    botPrincipalArn: BOT_USER,
    ...over,
  };
}

function statement(policy: { Statement: PolicyStatement[] }, sid: string): PolicyStatement {
  const s = policy.Statement.find((x) => x.Sid === sid);
  if (s === undefined) throw new Error(`no statement ${sid}`);
  return s;
}

describe('bot policy', () => {
  it('reads every *-bedrock-user; writes only to its own users under the path and workflow-made ones at /', () => {
    const p = buildBotPolicy(input());
    expect(p.Version).toBe('2012-10-17');
    expect(statement(p, 'ReadBusinessUnitUsers').Resource).toEqual([
      `arn:aws:iam::${ACCOUNT}:user/bedrock/*-bedrock-user`,
      `arn:aws:iam::${ACCOUNT}:user/*-bedrock-user`,
    ]);
    expect(statement(p, 'ManageOwnBusinessUnitUsers')).toMatchObject({
      Resource: `arn:aws:iam::${ACCOUNT}:user/bedrock/*-bedrock-user`,
      Condition: { StringEquals: { 'iam:ResourceTag/created-by': 'bedrock-bot' } },
    });
    expect(statement(p, 'ManageProvisioningWorkflowUsers')).toMatchObject({
      Resource: `arn:aws:iam::${ACCOUNT}:user/*-bedrock-user`,
      Condition: { StringEquals: { 'iam:ResourceTag/created-by': 'provisioning-bedrock-skill' } },
    });
    expect(statement(p, 'ManageOwnBusinessUnitUsers').Action).toEqual(
      expect.arrayContaining(['iam:CreateServiceSpecificCredential', 'iam:DeleteUser']),
    );
    expect(statement(p, 'ManageOwnBusinessUnitUsers').Action).not.toContain('iam:AttachUserPolicy');
    expect(JSON.stringify(p)).not.toContain('iam:RemoveUserFromGroup');
    const own = buildBotPolicy(input({ createdByTag: 'acme-bot' }));
    expect(statement(own, 'ManageOwnBusinessUnitUsers').Condition).toEqual({
      StringEquals: { 'iam:ResourceTag/created-by': 'acme-bot' },
    });
  });

  it('conditions policy attachment on the configured policy ARNs and on managed users', () => {
    const p = buildBotPolicy(
      input({ policyArns: [LIMITED, `arn:aws:iam::${ACCOUNT}:policy/BedrockClaudeOnly`] }),
    );
    const s = statement(p, 'AttachOnlyTheConfiguredPolicies');
    expect(s.Action).toEqual(['iam:AttachUserPolicy']);
    expect(s.Condition).toEqual({
      ArnEquals: { 'iam:PolicyARN': [LIMITED, `arn:aws:iam::${ACCOUNT}:policy/BedrockClaudeOnly`] },
      StringEquals: { 'iam:ResourceTag/created-by': 'bedrock-bot' },
    });
    const user = `arn:aws:iam::${ACCOUNT}:user/bedrock/ops-bedrock-user`;
    const mine = { 'iam:ResourceTag/created-by': 'bedrock-bot' };
    expect(policyAllows(p, 'iam:AttachUserPolicy', user, { 'iam:PolicyARN': LIMITED, ...mine })).toBe(true);
    expect(policyAllows(p, 'iam:AttachUserPolicy', user, { 'iam:PolicyARN': LIMITED })).toBe(false);
    expect(
      policyAllows(p, 'iam:AttachUserPolicy', user, {
        'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess',
        ...mine,
      }),
    ).toBe(false);
  });

  it('detaches policies only from managed users: workflow-made ones at /, never a hand-made user', () => {
    const p = buildBotPolicy(input());
    const legacyUser = `arn:aws:iam::${ACCOUNT}:user/marketing-bedrock-user`;
    const fullAccess = { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AmazonBedrockFullAccess' };
    const seed = { ...fullAccess, 'iam:ResourceTag/created-by': 'provisioning-bedrock-skill' };
    expect(policyAllows(p, 'iam:DetachUserPolicy', legacyUser, seed)).toBe(true);
    expect(policyAllows(p, 'iam:DetachUserPolicy', legacyUser, fullAccess)).toBe(false);
    expect(
      policyAllows(
        p,
        'iam:DetachUserPolicy',
        `arn:aws:iam::${ACCOUNT}:user/ops/marketing-bedrock-user`,
        seed,
      ),
    ).toBe(false);
    expect(policyAllows(p, 'iam:DetachUserPolicy', `arn:aws:iam::${ACCOUNT}:user/alice`, seed)).toBe(false);
  });

  it('with no managed policies configured, may attach only the project’s invoke-only policy', () => {
    const all = buildLeastPrivilegePolicies(input({ policyArns: [] }));
    const own = `arn:aws:iam::${ACCOUNT}:policy/bedrock-bot/bedrock-bot-invoke-only`;
    expect(statement(all.botPolicy, 'AttachOnlyTheConfiguredPolicies')).toMatchObject({
      Condition: { ArnEquals: { 'iam:PolicyARN': [own] } },
    });
    const user = `arn:aws:iam::${ACCOUNT}:user/bedrock/marketing-bedrock-user`;
    const mine = { 'iam:ResourceTag/created-by': 'bedrock-bot' };
    expect(policyAllows(all.botPolicy, 'iam:AttachUserPolicy', user, { 'iam:PolicyARN': own, ...mine })).toBe(
      true,
    );
    // Only onto the bot's own users (its created-by tag).
    expect(policyAllows(all.botPolicy, 'iam:AttachUserPolicy', user, { 'iam:PolicyARN': own })).toBe(false);
    expect(
      policyAllows(all.botPolicy, 'iam:AttachUserPolicy', user, {
        'iam:PolicyARN': 'arn:aws:iam::aws:policy/AmazonBedrockFullAccess',
        ...mine,
      }),
    ).toBe(false);
    expect(all.businessUnitPolicy?.policyArn).toBe(own);
    expect(all.notes.join(' ')).toContain('aws iam create-policy --policy-name bedrock-bot-invoke-only');
    // An admin's own policies replace it.
    expect(buildLeastPrivilegePolicies(input()).businessUnitPolicy).toBeNull();
  });

  it('names each action once, and only real IAM actions (no Converse: InvokeModel authorises it)', () => {
    for (const signingRoleArn of [ROLE, null]) {
      const all = buildLeastPrivilegePolicies(input({ signingRoleArn, policyArns: [] }));
      const docs = [all.botPolicy, all.signingRole?.permissionsPolicy, all.businessUnitPolicy?.document];
      for (const doc of docs) {
        if (doc === undefined) continue;
        const unconditional = doc.Statement.filter((st) => st.Condition === undefined).flatMap((st) =>
          Array.isArray(st.Action) ? st.Action : [st.Action],
        );
        expect(new Set(unconditional).size).toBe(unconditional.length);
        expect(JSON.stringify(doc)).not.toMatch(/bedrock:Converse/);
      }
    }
  });

  it('account-wide reads are on *', () => {
    const p = buildBotPolicy(input());
    expect(policyAllows(p, 'iam:ListUsers', '*')).toBe(true);
    expect(policyAllows(p, 'sts:GetCallerIdentity', '*')).toBe(true);
    expect(policyAllows(p, 'bedrock:ListFoundationModels', '*')).toBe(true);
    expect(policyAllows(p, 'iam:ListUserTags', `arn:aws:iam::${ACCOUNT}:user/anyone`)).toBe(true);
  });

  it('with a signing role: may assume it and set the source identity; may not call Bedrock itself', () => {
    const p = buildBotPolicy(input());
    expect(statement(p, 'AssumeTheTokenSigningRole')).toMatchObject({
      Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'],
      Resource: ROLE,
    });
    expect(policyAllows(p, 'bedrock:CallWithBearerToken', '*')).toBe(false);
    expect(policyAllows(p, 'bedrock:InvokeModel', '*')).toBe(false);
  });

  it('without a signing role: no sts:AssumeRole, and bedrock:CallWithBearerToken for the tokens it signs', () => {
    const p = buildBotPolicy(input({ signingRoleArn: null }));
    expect(p.Statement.some((s) => s.Sid === 'AssumeTheTokenSigningRole')).toBe(false);
    expect(policyAllows(p, 'sts:AssumeRole', ROLE)).toBe(false);
    expect(policyAllows(p, 'bedrock:CallWithBearerToken', '*')).toBe(true);
  });

  it('may simulate only its own principal (the role behind an assumed-role session)', () => {
    expect(statement(buildBotPolicy(input()), 'SelfCheck').Resource).toEqual([BOT_USER]);
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/BotRole/i-0abc`;
    const p = buildBotPolicy(input({ botPrincipalArn: session }));
    expect(statement(p, 'SelfCheck').Resource).toEqual([
      `arn:aws:iam::${ACCOUNT}:role/BotRole`,
      `arn:aws:iam::${ACCOUNT}:role/*/BotRole`,
    ]);
    expect(policyAllows(p, 'iam:SimulatePrincipalPolicy', `arn:aws:iam::${ACCOUNT}:role/Admin`)).toBe(false);
  });

  it('uses placeholders when the account and principal are unknown', () => {
    const all = buildLeastPrivilegePolicies(input({ accountId: null, botPrincipalArn: null }));
    const text = JSON.stringify(all);
    expect(text).toContain('arn:aws:iam::<ACCOUNT_ID>:user/bedrock/*-bedrock-user');
    expect(text).toContain('<BOT_PRINCIPAL_ARN>');
    expect(all.notes.join(' ')).toMatch(/<ACCOUNT_ID>/);
  });

  it('normalises user paths', () => {
    expect(normaliseUserPath('bedrock')).toBe('/bedrock/');
    expect(normaliseUserPath('/a/b')).toBe('/a/b/');
    expect(normaliseUserPath('')).toBe('/');
    expect(businessUnitUserResources(ACCOUNT, '/')).toEqual([`arn:aws:iam::${ACCOUNT}:user/*-bedrock-user`]);
  });
});

describe('signing role policies', () => {
  it('trust the bot to assume the role and set the source identity', () => {
    const all = buildLeastPrivilegePolicies(input());
    expect(all.signingRole?.roleArn).toBe(ROLE);
    expect(all.signingRole?.trustPolicy.Statement).toEqual([
      {
        Sid: 'TrustTheBot',
        Effect: 'Allow',
        Principal: { AWS: BOT_USER },
        Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'],
      },
    ]);
  });

  it('require the external ID on AssumeRole when one is configured', () => {
    const all = buildLeastPrivilegePolicies(input({ externalId: 'ext-42' }));
    const statements = all.signingRole?.trustPolicy.Statement ?? [];
    const assume = statements.find((s) => Array.isArray(s.Action) && s.Action.includes('sts:AssumeRole'));
    expect(assume?.Condition).toEqual({ StringEquals: { 'sts:ExternalId': 'ext-42' } });
    expect(statements.flatMap((s) => s.Action)).toEqual(
      expect.arrayContaining(['sts:AssumeRole', 'sts:SetSourceIdentity']),
    );
  });

  it('trust the role behind an assumed-role session, and say the path may need adding', () => {
    const all = buildLeastPrivilegePolicies(
      input({ botPrincipalArn: `arn:aws:sts::${ACCOUNT}:assumed-role/BotRole/ecs-task` }),
    );
    expect(all.signingRole?.trustPolicy.Statement[0]?.Principal).toEqual({
      AWS: `arn:aws:iam::${ACCOUNT}:role/BotRole`,
    });
    expect(all.notes.join(' ')).toMatch(/path/);
  });

  it('let token holders call Bedrock models and nothing else', () => {
    const p = buildLeastPrivilegePolicies(input()).signingRole?.permissionsPolicy;
    if (p === undefined) throw new Error('expected a signing role');
    for (const a of [
      'bedrock:CallWithBearerToken',
      'bedrock:InvokeModel',
      'bedrock:InvokeModelWithResponseStream',
      'bedrock:ListFoundationModels',
    ]) {
      expect(policyAllows(p, a, '*')).toBe(true);
    }
    expect(policyAllows(p, 'iam:CreateUser', '*')).toBe(false);
    expect(policyAllows(p, 'bedrock:CreateModelCustomizationJob', '*')).toBe(false);
  });

  it('are absent without a signing role', () => {
    expect(buildLeastPrivilegePolicies(input({ signingRoleArn: null })).signingRole).toBeNull();
  });
});

describe('evaluator', () => {
  it('matches IAM wildcards', () => {
    expect(
      wildcardMatch('arn:aws:iam::1:user/*-bedrock-user', 'arn:aws:iam::1:user/bedrock/x-bedrock-user'),
    ).toBe(true);
    expect(wildcardMatch('arn:aws:iam::1:user/?-bedrock-user', 'arn:aws:iam::1:user/x-bedrock-user')).toBe(
      true,
    );
    expect(wildcardMatch('arn:aws:iam::1:user/*-bedrock-user', 'arn:aws:iam::1:user/x-bedrock-user-2')).toBe(
      false,
    );
    expect(wildcardMatch('iam:List*', 'iam:ListUsers', true)).toBe(true);
    expect(wildcardMatch('a.b', 'axb')).toBe(false);
  });

  it('lets an explicit Deny win and ignores unknown condition operators', () => {
    const policy = {
      Version: '2012-10-17' as const,
      Statement: [
        { Effect: 'Allow' as const, Action: 'iam:*', Resource: '*' },
        { Effect: 'Deny' as const, Action: 'iam:DeleteUser', Resource: '*' },
        {
          Effect: 'Allow' as const,
          Action: 'sts:AssumeRole',
          Resource: '*',
          Condition: { DateLessThan: { 'aws:CurrentTime': '2030-01-01' } },
        },
      ],
    };
    expect(policyAllows(policy, 'iam:GetUser', 'x')).toBe(true);
    expect(policyAllows(policy, 'iam:DeleteUser', 'x')).toBe(false);
    expect(policyAllows(policy, 'sts:AssumeRole', 'x', { 'aws:CurrentTime': '2029-01-01' })).toBe(false);
  });

  it('maps assumed-role sessions to their role', () => {
    expect(principalForPolicies('arn:aws:sts::123456789012:assumed-role/R/s')).toEqual({
      arn: 'arn:aws:iam::123456789012:role/R',
      fromSession: true,
    });
    expect(principalForPolicies(BOT_USER)).toEqual({ arn: BOT_USER, fromSession: false });
  });
});
