import {
  NoSuchEntityException,
  EntityAlreadyExistsException,
  LimitExceededException,
  DeleteConflictException,
} from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import type { AwsFailureCode } from '../../src/core/aws-port.js';
import { classifyAwsError, isDurationRefusal, parseAccessDenied } from '../../src/aws/classify-error.js';

function awsError(
  name: string,
  message: string,
  meta: { status?: number; attempts?: number; fault?: 'client' | 'server'; requestId?: string } = {},
): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: meta.fault ?? ((meta.status ?? 400) >= 500 ? 'server' : 'client'),
    $metadata: {
      httpStatusCode: meta.status ?? 400,
      attempts: meta.attempts ?? 1,
      requestId: meta.requestId ?? 'req-123',
    },
  });
}

function netError(code: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { code, ...extra });
}

const md = { $metadata: { httpStatusCode: 404, attempts: 1 } };

const table: Array<{
  what: string;
  error: unknown;
  action?: string;
  code: AwsFailureCode;
  ambiguous?: boolean;
}> = [
  {
    what: 'IAM AccessDenied',
    error: awsError(
      'AccessDenied',
      'User: arn:aws:iam::123456789012:user/bot is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::123456789012:user/bedrock/x-bedrock-user',
      { status: 403 },
    ),
    code: 'AccessDenied',
  },
  {
    what: 'Bedrock AccessDeniedException',
    error: awsError('AccessDeniedException', 'not authorized', { status: 403 }),
    action: 'bedrock:ListFoundationModels',
    code: 'AccessDenied',
  },
  {
    what: 'EC2-style UnauthorizedOperation',
    error: awsError('UnauthorizedOperation', 'You are not authorized', { status: 403 }),
    code: 'AccessDenied',
  },
  {
    what: 'Bedrock model access not enabled',
    error: awsError(
      'AccessDeniedException',
      "You don't have access to the model with the specified model ID.",
      { status: 403 },
    ),
    action: 'bedrock:ListFoundationModels',
    code: 'ModelNotAvailable',
  },
  {
    what: 'CredentialsProviderError',
    error: Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    }),
    code: 'CredentialsMissing',
  },
  {
    what: '"Could not load credentials" text',
    error: new Error('Could not load credentials from any providers'),
    code: 'CredentialsMissing',
  },
  {
    what: 'ExpiredToken',
    error: awsError('ExpiredToken', 'The security token included in the request is expired', { status: 403 }),
    code: 'CredentialsExpired',
  },
  {
    what: 'ExpiredTokenException',
    error: awsError('ExpiredTokenException', 'expired', { status: 403 }),
    code: 'CredentialsExpired',
  },
  {
    what: 'InvalidClientTokenId',
    error: awsError('InvalidClientTokenId', 'The security token included in the request is invalid.', {
      status: 403,
    }),
    code: 'CredentialsExpired',
  },
  {
    what: 'SignatureDoesNotMatch',
    error: awsError('SignatureDoesNotMatch', 'The request signature we calculated does not match', {
      status: 403,
    }),
    code: 'CredentialsExpired',
  },
  {
    what: 'NoSuchEntity (modelled)',
    error: new NoSuchEntityException({ message: 'The user with name x cannot be found.', ...md }),
    code: 'NoSuchEntity',
  },
  {
    what: 'EntityAlreadyExists (modelled)',
    error: new EntityAlreadyExistsException({ message: 'User with name x already exists.', ...md }),
    code: 'EntityAlreadyExists',
  },
  {
    what: 'LimitExceeded (modelled)',
    error: new LimitExceededException({ message: 'Cannot exceed quota for AccessKeysPerUser: 2', ...md }),
    code: 'LimitExceeded',
  },
  {
    what: 'DeleteConflict (modelled)',
    error: new DeleteConflictException({
      message: 'Cannot delete entity, must delete access keys first.',
      ...md,
    }),
    code: 'DeleteConflict',
  },
  {
    what: 'EntityTemporarilyUnmodifiable',
    error: awsError('EntityTemporarilyUnmodifiable', 'try later', { status: 409 }),
    code: 'EntityTemporarilyUnmodifiable',
  },
  {
    what: 'Throttling',
    error: awsError('Throttling', 'Rate exceeded', { status: 400, attempts: 3 }),
    code: 'Throttling',
  },
  {
    what: 'ThrottlingException',
    error: awsError('ThrottlingException', 'Rate exceeded', { status: 429 }),
    code: 'Throttling',
  },
  {
    what: 'TooManyRequestsException',
    error: awsError('TooManyRequestsException', 'slow down', { status: 429 }),
    code: 'Throttling',
  },
  {
    what: 'RequestLimitExceeded',
    error: awsError('RequestLimitExceeded', 'slow down', { status: 400 }),
    code: 'Throttling',
  },
  {
    what: 'ValidationError',
    error: awsError('ValidationError', '1 validation error detected'),
    code: 'InvalidInput',
  },
  { what: 'InvalidInput', error: awsError('InvalidInput', 'bad'), code: 'InvalidInput' },
  {
    what: 'MalformedPolicyDocument',
    error: awsError('MalformedPolicyDocument', 'bad'),
    code: 'InvalidInput',
  },
  {
    what: 'Bedrock ValidationException about a model',
    error: awsError('ValidationException', 'The provided model identifier is invalid.'),
    action: 'bedrock:ListFoundationModels',
    code: 'ModelNotAvailable',
  },
  {
    what: 'Bedrock ResourceNotFoundException',
    error: awsError('ResourceNotFoundException', 'Model not found', { status: 404 }),
    action: 'bedrock:ListFoundationModels',
    code: 'ModelNotAvailable',
  },
  { what: 'Region is missing', error: new Error('Region is missing'), code: 'UnknownRegion' },
  { what: 'Invalid region', error: new Error('Invalid region in client config'), code: 'UnknownRegion' },
  {
    what: 'ENOTFOUND on an AWS host',
    error: netError('ENOTFOUND', 'getaddrinfo ENOTFOUND bedrock.xx-nowhere-9.amazonaws.com', {
      hostname: 'bedrock.xx-nowhere-9.amazonaws.com',
    }),
    code: 'UnknownRegion',
  },
  {
    what: 'ENOTFOUND on a custom endpoint',
    error: netError('ENOTFOUND', 'getaddrinfo ENOTFOUND iam.internal.example', {
      hostname: 'iam.internal.example',
    }),
    code: 'EndpointUnreachable',
  },
  {
    what: 'ECONNREFUSED',
    error: netError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1'),
    code: 'EndpointUnreachable',
    ambiguous: false,
  },
  {
    what: 'ECONNRESET',
    error: netError('ECONNRESET', 'socket hang up'),
    code: 'EndpointUnreachable',
    ambiguous: true,
  },
  {
    what: 'TimeoutError',
    error: Object.assign(new Error('Connection timed out after 3000 ms'), { name: 'TimeoutError' }),
    code: 'Timeout',
    ambiguous: true,
  },
  {
    what: 'ETIMEDOUT',
    error: netError('ETIMEDOUT', 'connect ETIMEDOUT 1.2.3.4:443'),
    code: 'Timeout',
    ambiguous: true,
  },
  {
    what: 'ServiceFailure 500',
    error: awsError('ServiceFailure', 'internal', { status: 500 }),
    code: 'ServiceFailure',
    ambiguous: true,
  },
  {
    what: 'unmodelled 503',
    error: awsError('SomethingOdd', 'busy', { status: 503 }),
    code: 'ServiceFailure',
    ambiguous: true,
  },
  {
    what: 'retries exhausted without any answer',
    error: Object.assign(new Error('boom'), { $metadata: { attempts: 3 } }),
    code: 'Unknown',
    ambiguous: true,
  },
  {
    what: 'timeout in the cause chain',
    error: Object.assign(new Error('request failed'), { cause: netError('ETIMEDOUT', 'connect ETIMEDOUT') }),
    code: 'Timeout',
    ambiguous: true,
  },
  { what: 'anything else', error: awsError('WeirdError', 'what'), code: 'Unknown', ambiguous: false },
  { what: 'a thrown string', error: 'oops', code: 'Unknown' },
  { what: 'undefined', error: undefined, code: 'Unknown' },
];

describe('classifyAwsError', () => {
  it.each(table)('$what → $code', ({ error, action, code, ambiguous }) => {
    const f = classifyAwsError(error, {
      action: action ?? 'iam:CreateUser',
      resource: 'x-bedrock-user',
      maxAttempts: 3,
    });
    expect(f.code).toBe(code);
    if (ambiguous !== undefined) expect(f.ambiguous).toBe(ambiguous);
    expect(typeof f.message).toBe('string');
    expect(f.resource).toBe('x-bedrock-user');
  });

  it('throttling and client errors are never ambiguous (AWS refused them)', () => {
    for (const name of [
      'Throttling',
      'AccessDenied',
      'NoSuchEntity',
      'ValidationError',
      'EntityAlreadyExists',
    ]) {
      expect(
        classifyAwsError(awsError(name, 'x', { status: 400 }), { action: 'iam:CreateUser' }).ambiguous,
      ).toBe(false);
    }
  });

  it('parses principal, action and resource from an AccessDenied message', () => {
    const f = classifyAwsError(
      awsError(
        'AccessDenied',
        'User: arn:aws:sts::123456789012:assumed-role/BedrockBot/i-0abc is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::123456789012:user/bedrock/ops-bedrock-user because no identity-based policy allows the iam:CreateUser action',
        { status: 403, requestId: 'abc-1' },
      ),
      { action: 'iam:CreateUser' },
    );
    expect(f).toMatchObject({
      code: 'AccessDenied',
      action: 'iam:CreateUser',
      principalArn: 'arn:aws:sts::123456789012:assumed-role/BedrockBot/i-0abc',
      resource: 'arn:aws:iam::123456789012:user/bedrock/ops-bedrock-user',
      awsErrorName: 'AccessDenied',
      requestId: 'abc-1',
      ambiguous: false,
    });
  });

  it('takes the action AWS names over the one attempted', () => {
    const parsed = parseAccessDenied(
      'User: arn:aws:iam::1:user/bob is not authorized to perform: sts:SetSourceIdentity on resource: arn:aws:iam::1:role/Signer',
    );
    expect(parsed).toEqual({
      principalArn: 'arn:aws:iam::1:user/bob',
      action: 'sts:SetSourceIdentity',
      resource: 'arn:aws:iam::1:role/Signer',
    });
  });

  it('removes secrets from messages but keeps access key IDs', () => {
    const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const session = 'IQoJb3JpZ2luX2VjE'.padEnd(180, 'Ab9');
    const token = `bedrock-api-key-${Buffer.from('bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Signature=abc').toString('base64')}`;
    const absk = 'ABSKQmVkcm9ja0FQSUtleS1hYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5eg==';
    const f = classifyAwsError(
      awsError(
        'InvalidClientTokenId',
        `key AKIAIOSFODNN7EXAMPLE secret ${secretKey} token ${session} bearer ${token} api ${absk}`,
      ),
      { action: 'sts:GetCallerIdentity' },
    );
    expect(f.message).toContain('AKIAIOSFODNN7EXAMPLE');
    for (const s of [secretKey, session, token, absk, 'ABSK', 'bedrock-api-key-'])
      expect(f.message).not.toContain(s);
  });

  it('recognises duration refusals from sts:AssumeRole', () => {
    const refusal = classifyAwsError(
      awsError(
        'ValidationError',
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      ),
      { action: 'sts:AssumeRole' },
    );
    expect(isDurationRefusal(refusal)).toBe(true);
    const chaining = classifyAwsError(
      awsError(
        'ValidationError',
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      ),
      { action: 'sts:AssumeRole' },
    );
    expect(isDurationRefusal(chaining)).toBe(true);
    expect(
      isDurationRefusal(
        classifyAwsError(awsError('ValidationError', 'RoleSessionName is invalid'), {
          action: 'sts:AssumeRole',
        }),
      ),
    ).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    const odd = [null, 42, Symbol('x'), { name: 5 }, Object.create(null), new Proxy({}, {})];
    for (const e of odd) expect(() => classifyAwsError(e, { action: 'iam:GetUser' })).not.toThrow();
  });
});
