import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAwsAdapter } from '../../src/aws/aws-adapter.js';
import type { TokenRequest } from '../../src/core/aws-port.js';
import {
  awsError,
  BOT_CREDS,
  collectingLogger,
  decodeBearerToken,
  NOW,
  staticCredentials,
} from './helpers.js';
import { FakeClock } from '../fakes/fake-clock.js';

const sts = mockClient(STSClient);

const ROLE = 'arn:aws:iam::123456789012:role/BedrockTokenSigner';
const SESSION_ARN = 'arn:aws:sts::123456789012:assumed-role/BedrockTokenSigner/slack-U123';
const ROLE_KEY_ID = 'ASIAROLESESSION12345';
const ROLE_SECRET = 'roleSecretKeyroleSecretKeyroleSecretKey0';
const ROLE_SESSION_TOKEN = 'FwoGZXIvYXdzEJr//////////wEaDEXAMPLESESSIONTOKEN';

function signAsReq(ttlSeconds: number, region = 'eu-central-1'): TokenRequest {
  return {
    region,
    ttlSeconds,
    signAs: { roleArn: ROLE, roleSessionName: 'slack-U123', sourceIdentity: 'jane.doe@example.com' },
  };
}

function roleCredentials(expiresInSeconds: number) {
  return {
    Credentials: {
      AccessKeyId: ROLE_KEY_ID,
      SecretAccessKey: ROLE_SECRET,
      SessionToken: ROLE_SESSION_TOKEN,
      Expiration: new Date(NOW.getTime() + expiresInSeconds * 1000),
    },
    AssumedRoleUser: { Arn: SESSION_ARN, AssumedRoleId: 'AROAEXAMPLE:slack-U123' },
  };
}

beforeEach(() => {
  sts.reset();
});

describe('issueBearerToken with a signing role', () => {
  it('assumes the role naming the person, and signs with the session credentials', async () => {
    sts.on(AssumeRoleCommand).resolves(roleCredentials(4 * 3600));
    const aws = createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      clock: new FakeClock(NOW),
    });
    const r = await aws.issueBearerToken(signAsReq(2 * 3600));
    expect(r.ok).toBe(true);
    if (!r.ok) return;

    const calls = sts.commandCalls(AssumeRoleCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual({
      RoleArn: ROLE,
      RoleSessionName: 'slack-U123',
      SourceIdentity: 'jane.doe@example.com',
      DurationSeconds: 7200,
    });

    expect(r.value).toMatchObject({
      region: 'eu-central-1',
      signerArn: SESSION_ARN,
      cappedBySigningCredentials: false,
      roleDurationFallbackSeconds: null,
    });
    expect(r.value.expiresAt.toISOString()).toBe(new Date(NOW.getTime() + 7200_000).toISOString());

    const { url, raw } = decodeBearerToken(r.value.token.reveal());
    expect(raw.endsWith('&Version=1')).toBe(true);
    expect(url.hostname).toBe('bedrock.amazonaws.com');
    expect(url.searchParams.get('Action')).toBe('CallWithBearerToken');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('7200');
    const credential = url.searchParams.get('X-Amz-Credential') ?? '';
    expect(credential.startsWith(`${ROLE_KEY_ID}/`)).toBe(true);
    expect(credential).toContain('/eu-central-1/bedrock/aws4_request');
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe(ROLE_SESSION_TOKEN);
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('passes the external ID when one is configured, and asks for at least 900 seconds', async () => {
    sts.on(AssumeRoleCommand).resolves(roleCredentials(3600));
    const aws = createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      clock: new FakeClock(NOW),
    });
    const req = signAsReq(900);
    if (req.signAs) req.signAs.externalId = 'ext-123';
    const r = await aws.issueBearerToken(req);
    expect(r.ok).toBe(true);
    expect(sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toMatchObject({
      DurationSeconds: 900,
      ExternalId: 'ext-123',
    });
  });

  it('caps the expiry at the signing credentials when they end first', async () => {
    // The role session ends after 50 minutes although 12 hours were asked for and granted.
    sts.on(AssumeRoleCommand).resolves(roleCredentials(3000));
    const aws = createAwsAdapter({
      region: 'us-west-2',
      credentials: staticCredentials,
      clock: new FakeClock(NOW),
    });
    const r = await aws.issueBearerToken(signAsReq(12 * 3600, 'us-west-2'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.cappedBySigningCredentials).toBe(true);
    expect(r.value.expiresAt.toISOString()).toBe(new Date(NOW.getTime() + 3000_000).toISOString());
    expect(decodeBearerToken(r.value.token.reveal()).url.searchParams.get('X-Amz-Expires')).toBe('3000');
  });

  it('falls back to one hour when the role refuses the duration, and says so', async () => {
    sts
      .on(AssumeRoleCommand, { DurationSeconds: 43200 })
      .rejects(
        awsError(
          'ValidationError',
          'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
        ),
      )
      .on(AssumeRoleCommand, { DurationSeconds: 3600 })
      .resolves(roleCredentials(3600));
    const logger = collectingLogger();
    const aws = createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      clock: new FakeClock(NOW),
      logger,
    });
    const r = await aws.issueBearerToken(signAsReq(43200));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input.DurationSeconds)).toEqual([
      43200, 3600,
    ]);
    expect(r.value.roleDurationFallbackSeconds).toBe(3600);
    expect(r.value.cappedBySigningCredentials).toBe(true);
    expect(r.value.expiresAt.toISOString()).toBe(new Date(NOW.getTime() + 3600_000).toISOString());
    expect(logger.lines.join('\n')).not.toContain(ROLE_SECRET);
    expect(logger.lines.join('\n')).not.toContain(ROLE_SESSION_TOKEN);
  });

  it('falls back on role chaining refusals too', async () => {
    sts
      .on(AssumeRoleCommand, { DurationSeconds: 7200 })
      .rejects(
        awsError(
          'ValidationError',
          'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
        ),
      )
      .on(AssumeRoleCommand, { DurationSeconds: 3600 })
      .resolves(roleCredentials(3600));
    const aws = createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      clock: new FakeClock(NOW),
    });
    const r = await aws.issueBearerToken(signAsReq(7200));
    expect(r.ok && r.value.roleDurationFallbackSeconds).toBe(3600);
  });

  it('does not retry other AssumeRole failures, and classifies them', async () => {
    sts
      .on(AssumeRoleCommand)
      .rejects(
        awsError(
          'AccessDenied',
          `User: arn:aws:iam::123456789012:user/bot is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`,
          403,
        ),
      );
    const aws = createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      clock: new FakeClock(NOW),
    });
    const r = await aws.issueBearerToken(signAsReq(3600 * 2));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
    expect(r.error).toMatchObject({
      code: 'AccessDenied',
      action: 'sts:AssumeRole',
      principalArn: 'arn:aws:iam::123456789012:user/bot',
    });
  });

  it('keeps the token out of JSON and string forms of the result', async () => {
    sts.on(AssumeRoleCommand).resolves(roleCredentials(3600));
    const aws = createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      clock: new FakeClock(NOW),
    });
    const r = await aws.issueBearerToken(signAsReq(3600));
    if (!r.ok) throw new Error('expected a token');
    const json = JSON.stringify(r);
    expect(json).not.toContain('bedrock-api-key-');
    expect(json).not.toContain(ROLE_SESSION_TOKEN);
    expect(`${r.value.token}`).not.toContain('bedrock-api-key-');
  });
});

describe('issueBearerToken with the bot’s own credentials', () => {
  it('signs with them, names the caller identity as signer (cached), and asks STS nothing else', async () => {
    sts.on(GetCallerIdentityCommand).resolves({
      Arn: 'arn:aws:iam::123456789012:user/bedrock-bot',
      Account: '123456789012',
      UserId: 'AIDA',
    });
    const aws = createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      clock: new FakeClock(NOW),
    });
    const req: TokenRequest = { region: 'us-east-1', ttlSeconds: 1800, signAs: null };
    const first = await aws.issueBearerToken(req);
    const second = await aws.issueBearerToken(req);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.signerArn).toBe('arn:aws:iam::123456789012:user/bedrock-bot');
    expect(first.value.cappedBySigningCredentials).toBe(false);
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(1);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(0);
    const { url } = decodeBearerToken(first.value.token.reveal());
    expect(url.searchParams.get('X-Amz-Credential')?.startsWith(`${BOT_CREDS.accessKeyId}/`)).toBe(true);
    expect(url.searchParams.get('X-Amz-Security-Token')).toBeNull();
    expect(url.searchParams.get('X-Amz-Expires')).toBe('1800');
  });

  it('caps at the expiry of temporary bot credentials', async () => {
    sts.on(GetCallerIdentityCommand).resolves({
      Arn: 'arn:aws:sts::123456789012:assumed-role/BotRole/task',
      Account: '123456789012',
      UserId: 'AROA:task',
    });
    const temp = async () => ({
      ...BOT_CREDS,
      accessKeyId: 'ASIABOTTEMPORARY1234',
      sessionToken: 'bot-session-token',
      expiration: new Date(NOW.getTime() + 600_000),
    });
    const aws = createAwsAdapter({ region: 'us-east-1', credentials: temp, clock: new FakeClock(NOW) });
    const r = await aws.issueBearerToken({ region: 'us-east-1', ttlSeconds: 3600, signAs: null });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.cappedBySigningCredentials).toBe(true);
    expect(r.value.expiresAt.toISOString()).toBe(new Date(NOW.getTime() + 600_000).toISOString());
    expect(decodeBearerToken(r.value.token.reveal()).url.searchParams.get('X-Amz-Security-Token')).toBe(
      'bot-session-token',
    );
  });

  it('reports missing credentials as a value', async () => {
    const none = async (): Promise<never> => {
      throw Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'CredentialsProviderError',
      });
    };
    const aws = createAwsAdapter({ region: 'us-east-1', credentials: none, clock: new FakeClock(NOW) });
    const r = await aws.issueBearerToken({ region: 'us-east-1', ttlSeconds: 3600, signAs: null });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('CredentialsMissing');
  });

  it('refuses out-of-range lifetimes and bad regions without calling AWS', async () => {
    const aws = createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      clock: new FakeClock(NOW),
    });
    for (const ttl of [899, 43201, 1000.5]) {
      const r = await aws.issueBearerToken({ region: 'us-east-1', ttlSeconds: ttl, signAs: null });
      expect(!r.ok && r.error.code).toBe('InvalidInput');
    }
    const bad = await aws.issueBearerToken({ region: 'mars', ttlSeconds: 900, signAs: null });
    expect(!bad.ok && bad.error.code).toBe('UnknownRegion');
    expect(sts.calls()).toHaveLength(0);
  });
});
