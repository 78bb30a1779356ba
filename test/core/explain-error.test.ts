import { describe, expect, it } from 'vitest';
import type { AwsFailureCode } from '../../src/core/aws-port.js';
import { explainFailure, policyStatementFor, scrubSecrets } from '../../src/core/explain-error.js';
import { awsFailure } from '../fakes/fake-aws.js';

const CASES: { code: AwsFailureCode; action: string; title: RegExp; fix: RegExp; retryable: boolean }[] = [
  {
    code: 'AccessDenied',
    action: 'iam:CreateUser',
    title: /not allowed to CreateUser/,
    fix: /add this statement/,
    retryable: false,
  },
  {
    code: 'CredentialsMissing',
    action: 'sts:GetCallerIdentity',
    title: /no AWS credentials/,
    fix: /role|AWS_PROFILE/,
    retryable: false,
  },
  { code: 'CredentialsExpired', action: 'iam:GetUser', title: /expired/, fix: /sso login/, retryable: false },
  {
    code: 'NoSuchEntity',
    action: 'iam:GetUser',
    title: /does not exist/,
    fix: /create key for/,
    retryable: false,
  },
  {
    code: 'EntityAlreadyExists',
    action: 'iam:CreateUser',
    title: /already exists/,
    fix: /another business unit name|reuse/,
    retryable: false,
  },
  {
    code: 'LimitExceeded',
    action: 'iam:CreateServiceSpecificCredential',
    title: /limit/,
    fix: /rotate key for marketing/,
    retryable: false,
  },
  {
    code: 'DeleteConflict',
    action: 'iam:DeleteUser',
    title: /would not delete/,
    fix: /again/,
    retryable: true,
  },
  {
    code: 'EntityTemporarilyUnmodifiable',
    action: 'iam:TagUser',
    title: /busy/,
    fix: /Wait a minute/,
    retryable: true,
  },
  {
    code: 'Throttling',
    action: 'iam:ListUsers',
    title: /rate-limiting/,
    fix: /Wait a minute/,
    retryable: true,
  },
  {
    code: 'InvalidInput',
    action: 'iam:CreateUser',
    title: /rejected/,
    fix: /Check the names/,
    retryable: false,
  },
  {
    code: 'UnknownRegion',
    action: 'bedrock:ListFoundationModels',
    title: /not a region/,
    fix: /us-west-2/,
    retryable: false,
  },
  {
    code: 'EndpointUnreachable',
    action: 'bedrock:ListFoundationModels',
    title: /could not reach AWS/,
    fix: /proxy|VPC/,
    retryable: true,
  },
  {
    code: 'ModelNotAvailable',
    action: 'bedrock:InvokeModel',
    title: /Model not available/,
    fix: /aws-marketplace:Subscribe[\s\S]*use-case form[\s\S]*15 minutes/,
    retryable: false,
  },
  {
    code: 'Timeout',
    action: 'iam:CreateAccessKey',
    title: /did not answer/,
    fix: /without duplicating/,
    retryable: true,
  },
  {
    code: 'ServiceFailure',
    action: 'iam:CreateAccessKey',
    title: /internal error/,
    fix: /again/,
    retryable: true,
  },
  {
    code: 'DataUnavailable',
    action: 'ce:GetCostAndUsage',
    title: /Cost Explorer has no data/,
    fix: /few hours[\s\S]*13 months/,
    retryable: true,
  },
  {
    code: 'CostExplorerNotEnabled',
    action: 'ce:GetCostAndUsage',
    title: /Cost Explorer is not enabled/,
    fix: /management \(payer\) account[\s\S]*Linked account access/,
    retryable: false,
  },
  {
    code: 'Throttling',
    action: 'ce:GetCostAndUsage',
    title: /rate-limiting/,
    fix: /Cost Explorer allows only a few requests[\s\S]*for an hour/,
    retryable: true,
  },
  { code: 'Unknown', action: 'iam:CreateUser', title: /unexpected/, fix: /reference/, retryable: true },
];

describe('explainFailure: Cost Explorer', () => {
  it('AccessDenied on a ce: action asks for exactly that action on "*"', () => {
    const e = explainFailure(awsFailure('AccessDenied', 'ce:GetCostAndUsage'), { doing: 'read the spend' });
    expect(JSON.parse(e.policyStatement ?? '{}')).toMatchObject({
      Statement: [{ Effect: 'Allow', Action: 'ce:GetCostAndUsage', Resource: '*' }],
    });
  });

  it('in GovCloud, says where the costs are instead', () => {
    const e = explainFailure(
      awsFailure('CostExplorerNotEnabled', 'ce:GetCostAndUsage', {
        awsErrorName: 'NoCostExplorerInPartition',
        message: 'Cost Explorer has no endpoint in the partition of us-gov-west-1 (AWS GovCloud (US)).',
      }),
    );
    expect(e.title).toBe('Cost Explorer is not available in this partition');
    expect(e.fix.join(' ')).toMatch(/associated with this GovCloud account/);
  });
});

describe('explainFailure', () => {
  it('covers every failure code', () => {
    const codes = new Set(CASES.map((c) => c.code));
    expect(codes.size).toBe(18);
  });

  it.each(CASES)(
    '$code → a title, a concrete fix and the AWS action',
    ({ code, action, title, fix, retryable }) => {
      const explained = explainFailure(awsFailure(code, action, { resource: 'marketing-bedrock-user' }), {
        businessUnit: 'marketing',
        doing: 'create a key',
      });
      expect(explained.title).toMatch(title);
      expect(explained.fix.join('\n')).toMatch(fix);
      expect(explained.fix.length).toBeGreaterThan(0);
      expect(explained.awsAction).toBe(action);
      expect(explained.retryable).toBe(retryable);
    },
  );

  it('AccessDenied names the action and gives the exact statement to ask for, scoped to the bot path', () => {
    const explained = explainFailure(
      awsFailure('AccessDenied', 'iam:CreateUser', {
        principalArn: 'arn:aws:iam::123456789012:user/john',
        message:
          'User: arn:aws:iam::123456789012:user/john is not authorized to perform: iam:CreateUser on resource: user marketing-bedrock-user',
      }),
      { iamUserPath: '/bedrock/', doing: 'create the IAM user marketing-bedrock-user' },
    );
    expect(explained.detail).toContain('arn:aws:iam::123456789012:user/john');
    expect(explained.detail).toContain('iam:CreateUser');
    const policy = JSON.parse(explained.policyStatement ?? '{}') as {
      Statement: { Action: string; Resource: string; Effect: string }[];
    };
    expect(policy.Statement[0]).toMatchObject({
      Effect: 'Allow',
      Action: 'iam:CreateUser',
      Resource: 'arn:aws:iam::123456789012:user/bedrock/*',
    });
  });

  it('explains that an explicit deny cannot be fixed with an Allow', () => {
    const explained = explainFailure(
      awsFailure('AccessDenied', 'iam:CreateUser', {
        message: '... with an explicit deny in a service control policy',
      }),
    );
    expect(explained.fix[0]).toMatch(/explicit Deny/);
  });

  it('never repeats a secret found in an AWS message', () => {
    const secret =
      'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbg==&Version=1';
    const sak = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const explained = explainFailure(
      awsFailure('Unknown', 'iam:CreateAccessKey', { message: `boom ${secret} and ${sak}` }),
    );
    expect(JSON.stringify(explained)).not.toContain(secret.slice(16, 40));
    expect(JSON.stringify(explained)).not.toContain(sak);
    expect(scrubSecrets(`key ${sak}`)).toBe('key [redacted]');
  });

  it('builds one statement per resource kind', () => {
    const policy = JSON.parse(policyStatementFor(['iam:CreateUser', 'bedrock:ListFoundationModels'])) as {
      Statement: unknown[];
    };
    expect(policy.Statement).toHaveLength(2);
  });
});
