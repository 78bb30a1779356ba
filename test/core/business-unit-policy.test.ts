/**
 * A business-unit user created with the defaults can call models and nothing else: the policy the
 * bot attaches by default, evaluated by the repo's policy evaluator against what such a user (or
 * someone holding its key) might try.
 */
import { describe, expect, it } from 'vitest';
import {
  BUSINESS_UNIT_ACTIONS,
  buildBusinessUnitPolicy,
  businessUnitPolicyArns,
} from '../../src/core/business-unit-policy.js';
import { buildLeastPrivilegePolicies, policyAllows } from '../../src/core/least-privilege-policy.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';

const ACCOUNT = '123456789012';
const fm = (region: string, id: string) => `arn:aws:bedrock:${region}::foundation-model/${id}`;
const profile = (region: string, id: string) =>
  `arn:aws:bedrock:${region}:${ACCOUNT}:inference-profile/${id}`;

/** What a key holder might try that must be refused: provisioning, customising, subscribing, IAM, other services. */
const FORBIDDEN: [string, string][] = [
  ['bedrock:CreateProvisionedModelThroughput', '*'],
  ['bedrock:UpdateProvisionedModelThroughput', '*'],
  ['bedrock:CreateModelCustomizationJob', '*'],
  ['bedrock:CreateModelImportJob', '*'],
  ['bedrock:CreateInferenceProfile', '*'],
  ['bedrock:CreateFoundationModelAgreement', '*'],
  ['bedrock:PutFoundationModelEntitlement', '*'],
  ['bedrock:PutUseCaseForModelAccess', '*'],
  ['bedrock:CreateGuardrail', '*'],
  ['bedrock:CreateAgent', '*'],
  ['bedrock:InvokeAgent', '*'],
  ['bedrock:CreateModelInvocationJob', '*'],
  ['bedrock:DeleteCustomModel', '*'],
  ['aws-marketplace:Subscribe', '*'],
  ['aws-marketplace:ViewSubscriptions', '*'],
  ['iam:CreateServiceSpecificCredential', `arn:aws:iam::${ACCOUNT}:user/bedrock/sales-bedrock-user`],
  ['iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/bedrock/sales-bedrock-user`],
  ['iam:PassRole', '*'],
  ['s3:GetObject', 'arn:aws:s3:::any-bucket/any-key'],
  ['sts:AssumeRole', `arn:aws:iam::${ACCOUNT}:role/Admin`],
];

describe('the default business-unit policy', () => {
  const policy = buildBusinessUnitPolicy({ allowedModels: [], allowedRegions: [] });

  it('is what a user created with the default settings gets', () => {
    expect(DEFAULT_SETTINGS.policyArns).toEqual([]);
    expect(businessUnitPolicyArns(DEFAULT_SETTINGS.policyArns, ACCOUNT)).toEqual([
      `arn:aws:iam::${ACCOUNT}:policy/bedrock-bot/bedrock-bot-invoke-only`,
    ]);
    const printed = buildLeastPrivilegePolicies({
      accountId: ACCOUNT,
      userPath: '/bedrock/',
      policyArns: DEFAULT_SETTINGS.policyArns,
      signingRoleArn: null,
      botPrincipalArn: null,
    }).businessUnitPolicy;
    expect(printed?.document).toEqual(policy);
  });

  it('lets the user call models on demand and through geographic and global profiles', () => {
    expect(
      policyAllows(policy, 'bedrock:InvokeModel', fm('us-east-1', 'anthropic.claude-3-haiku-20240307-v1:0')),
    ).toBe(true);
    expect(
      policyAllows(
        policy,
        'bedrock:InvokeModelWithResponseStream',
        profile('ap-northeast-1', 'jp.anthropic.claude-sonnet-4-6'),
      ),
    ).toBe(true);
    // Through a profile, IAM also authorises the model in the destination Region (any, for global.).
    const via = {
      'bedrock:InferenceProfileArn': profile('ca-central-1', 'global.anthropic.claude-opus-4-7'),
    };
    expect(
      policyAllows(policy, 'bedrock:InvokeModel', fm('eu-west-3', 'anthropic.claude-opus-4-7'), via),
    ).toBe(true);
    expect(
      policyAllows(
        policy,
        'bedrock:InvokeModel',
        `arn:aws:bedrock:::foundation-model/anthropic.claude-opus-4-7`,
        via,
      ),
    ).toBe(true);
    // The long-term API key is used as a bearer token; listing tells people what they can call.
    expect(policyAllows(policy, 'bedrock:CallWithBearerToken', '*')).toBe(true);
    for (const a of [
      'bedrock:ListFoundationModels',
      'bedrock:GetFoundationModel',
      'bedrock:ListInferenceProfiles',
    ])
      expect(policyAllows(policy, a, '*')).toBe(true);
  });

  it('allows nothing that provisions, customises, subscribes, touches IAM or another service', () => {
    for (const [action, resource] of FORBIDDEN)
      expect(policyAllows(policy, action, resource), action).toBe(false);
  });

  it('names only real IAM actions, each once (Converse is authorised by InvokeModel)', () => {
    const actions = policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect(new Set(actions).size).toBe(actions.length);
    expect(JSON.stringify(policy)).not.toMatch(/Converse/);
    expect([...BUSINESS_UNIT_ACTIONS].sort()).toEqual([...new Set(actions)].sort());
  });

  it('limits models and Regions when an admin sets them', () => {
    const limited = buildBusinessUnitPolicy({
      allowedModels: ['anthropic.claude-*'],
      allowedRegions: ['eu-central-1'],
    });
    expect(
      policyAllows(limited, 'bedrock:InvokeModel', profile('eu-central-1', 'eu.anthropic.claude-sonnet-4-6')),
    ).toBe(true);
    expect(
      policyAllows(
        limited,
        'bedrock:InvokeModel',
        fm('eu-central-1', 'anthropic.claude-3-haiku-20240307-v1:0'),
      ),
    ).toBe(true);
    // Another model, or another source Region, is refused.
    expect(
      policyAllows(limited, 'bedrock:InvokeModel', fm('eu-central-1', 'meta.llama3-3-70b-instruct-v1:0')),
    ).toBe(false);
    expect(
      policyAllows(limited, 'bedrock:InvokeModel', profile('us-east-1', 'us.anthropic.claude-sonnet-4-6')),
    ).toBe(false);
    expect(
      policyAllows(limited, 'bedrock:InvokeModel', fm('us-east-1', 'anthropic.claude-3-haiku-20240307-v1:0')),
    ).toBe(false);
    // A profile from the allowed Region may route to the model elsewhere; one from another Region may not.
    const fromEu = {
      'bedrock:InferenceProfileArn': profile('eu-central-1', 'eu.anthropic.claude-sonnet-4-6'),
    };
    const fromUs = { 'bedrock:InferenceProfileArn': profile('us-east-1', 'us.anthropic.claude-sonnet-4-6') };
    expect(
      policyAllows(limited, 'bedrock:InvokeModel', fm('eu-west-3', 'anthropic.claude-sonnet-4-6'), fromEu),
    ).toBe(true);
    expect(
      policyAllows(limited, 'bedrock:InvokeModel', fm('us-east-2', 'anthropic.claude-sonnet-4-6'), fromUs),
    ).toBe(false);
  });
});
