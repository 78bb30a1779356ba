import { IAMClient, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPolicySimulator } from '../../src/aws/policy-simulator.js';
import { buildBotPolicy, policyAllows } from '../../src/core/least-privilege-policy.js';
import { awsError, staticCredentials } from './helpers.js';

const iam = mockClient(IAMClient);
const BOT = 'arn:aws:iam::123456789012:user/bedrock-bot';
const USER_ARN = 'arn:aws:iam::123456789012:user/bedrock/probe-bedrock-user';
const LIMITED = 'arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess';

beforeEach(() => iam.reset());

describe('createPolicySimulator', () => {
  it('groups checks by resource and context, passes context entries, maps decisions, follows pages', async () => {
    iam
      .on(SimulatePrincipalPolicyCommand, {
        ResourceArns: [USER_ARN],
        ContextEntries: undefined,
        Marker: undefined,
      })
      .resolves({
        EvaluationResults: [
          { EvalActionName: 'iam:CreateUser', EvalResourceName: USER_ARN, EvalDecision: 'allowed' },
        ],
        IsTruncated: true,
        Marker: 'p2',
      })
      .on(SimulatePrincipalPolicyCommand, { ResourceArns: [USER_ARN], Marker: 'p2' })
      .resolves({
        EvaluationResults: [
          { EvalActionName: 'iam:GetUser', EvalResourceName: USER_ARN, EvalDecision: 'explicitDeny' },
        ],
        IsTruncated: false,
      })
      .on(SimulatePrincipalPolicyCommand, { ResourceArns: ['*'] })
      .resolves({
        EvaluationResults: [
          { EvalActionName: 'iam:ListUsers', EvalResourceName: '*', EvalDecision: 'implicitDeny' },
        ],
      })
      .on(SimulatePrincipalPolicyCommand, {
        ContextEntries: [
          { ContextKeyName: 'iam:PolicyARN', ContextKeyValues: [LIMITED], ContextKeyType: 'string' },
        ],
      })
      .resolves({
        EvaluationResults: [
          { EvalActionName: 'iam:AttachUserPolicy', EvalResourceName: USER_ARN, EvalDecision: 'allowed' },
        ],
      });

    const simulate = createPolicySimulator({ region: 'us-east-1', credentials: staticCredentials });
    const r = await simulate({
      principalArn: BOT,
      checks: [
        { action: 'iam:CreateUser', resourceArn: USER_ARN },
        { action: 'iam:GetUser', resourceArn: USER_ARN },
        { action: 'iam:ListUsers', resourceArn: '*' },
        { action: 'iam:AttachUserPolicy', resourceArn: USER_ARN, context: { 'iam:PolicyARN': [LIMITED] } },
      ],
    });
    expect(r).toEqual({
      ok: true,
      value: [
        { action: 'iam:CreateUser', resourceArn: USER_ARN, decision: 'allowed' },
        { action: 'iam:GetUser', resourceArn: USER_ARN, decision: 'explicitDeny' },
        { action: 'iam:ListUsers', resourceArn: '*', decision: 'implicitDeny' },
        { action: 'iam:AttachUserPolicy', resourceArn: USER_ARN, decision: 'allowed' },
      ],
    });
    const inputs = iam.commandCalls(SimulatePrincipalPolicyCommand).map((c) => c.args[0].input);
    expect(inputs).toHaveLength(4);
    expect(inputs[0]).toEqual({
      PolicySourceArn: BOT,
      ActionNames: ['iam:CreateUser', 'iam:GetUser'],
      ResourceArns: [USER_ARN],
    });
    expect(inputs[1]?.Marker).toBe('p2');

    // The bot's own policy lets it run the simulator on itself.
    const policy = buildBotPolicy({
      accountId: '123456789012',
      userPath: '/bedrock/',
      policyArns: [LIMITED],
      signingRoleArn: null,
      botPrincipalArn: BOT,
    });
    expect(policyAllows(policy, 'iam:SimulatePrincipalPolicy', BOT)).toBe(true);
  });

  it('returns a classified failure', async () => {
    iam
      .on(SimulatePrincipalPolicyCommand)
      .rejects(
        awsError(
          'AccessDenied',
          `User: ${BOT} is not authorized to perform: iam:SimulatePrincipalPolicy on resource: ${BOT}`,
          403,
        ),
      );
    const r = await createPolicySimulator({ region: 'us-east-1', credentials: staticCredentials })({
      principalArn: BOT,
      checks: [{ action: 'iam:GetUser', resourceArn: USER_ARN }],
    });
    expect(!r.ok && r.error).toMatchObject({
      code: 'AccessDenied',
      action: 'iam:SimulatePrincipalPolicy',
      principalArn: BOT,
    });
  });
});
