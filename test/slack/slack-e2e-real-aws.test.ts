/**
 * The most honest end-to-end run we can do offline: the real Slack app, engine and ledger AND the
 * real AWS adapter (createAwsAdapter) with its SDK clients stubbed by aws-sdk-client-mock. The
 * bearer token is really signed (SigV4, locally, with static test credentials), so the canary
 * looks for a real token's value, not a fake's.
 */
import { BedrockClient, ListFoundationModelsCommand } from '@aws-sdk/client-bedrock';
import {
  CreateServiceSpecificCredentialCommand,
  CreateUserCommand,
  GetUserCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListServiceSpecificCredentialsCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT_CREDS, startRealAwsHarness } from '../support/real-aws-harness.js';
import { BOT_TOKEN, SIGNING_SECRET, type SlackHarness } from '../support/slack-harness.js';
import { withButton } from '../support/e2e-bot.js';
import { buttonIn } from '../support/slack-blocks.js';

const API_KEY_SECRET = 'ABSKQmVkcm9ja0FQSUtleS1SRUFMLUFEQVBURVItdGVzdC1zZWNyZXQ=';

const sts = mockClient(STSClient);
const iam = mockClient(IAMClient);
const bedrock = mockClient(BedrockClient);

function sdkError(name: string, message: string): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: 404, attempts: 1, requestId: 'req-test' },
  });
}

let h: SlackHarness | null = null;

beforeEach(() => {
  sts.reset();
  iam.reset();
  bedrock.reset();
  sts.on(GetCallerIdentityCommand).resolves({
    Account: '123456789012',
    Arn: 'arn:aws:iam::123456789012:user/bedrock-bot',
    UserId: 'AIDAEXAMPLE',
  });
  bedrock.on(ListFoundationModelsCommand).resolves({
    modelSummaries: [
      {
        modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
        modelArn: 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
        modelName: 'Claude Sonnet 4.5',
        providerName: 'Anthropic',
        inferenceTypesSupported: ['ON_DEMAND'],
        inputModalities: ['TEXT'],
        outputModalities: ['TEXT'],
        modelLifecycle: { status: 'ACTIVE' },
      },
    ],
  });
  iam.onAnyCommand().resolves({});
  iam
    .on(GetUserCommand)
    .rejects(sdkError('NoSuchEntityException', 'The user with name sales-bedrock-user cannot be found.'));
  iam.on(ListServiceSpecificCredentialsCommand).resolves({ ServiceSpecificCredentials: [] });
  iam.on(ListAccessKeysCommand).resolves({ AccessKeyMetadata: [] });
  iam.on(CreateUserCommand).callsFake((input: { UserName: string; Path?: string; Tags?: unknown[] }) => ({
    User: {
      UserName: input.UserName,
      UserId: 'AIDASALESUSER',
      Arn: `arn:aws:iam::123456789012:user${input.Path ?? '/'}${input.UserName}`,
      Path: input.Path ?? '/',
      CreateDate: new Date(),
      Tags: input.Tags,
    },
  }));
  iam.on(CreateServiceSpecificCredentialCommand).callsFake((input: { UserName: string }) => ({
    ServiceSpecificCredential: {
      CreateDate: new Date(),
      ServiceName: 'bedrock.amazonaws.com',
      ServiceCredentialAlias: `${input.UserName}-at-123456789012`,
      ServiceCredentialSecret: API_KEY_SECRET,
      ServiceSpecificCredentialId: 'ACCAEXAMPLECREDENTIAL',
      UserName: input.UserName,
      Status: 'Active',
    },
  }));
});

afterEach(async () => {
  await h?.stop();
  h = null;
});

async function startWithRealAdapter(): Promise<SlackHarness> {
  h = await startRealAwsHarness({ region: 'us-east-1' });
  return h;
}

const TOKEN_PATTERN = /bedrock-api-key-[A-Za-z0-9+/=]+(?:&Version=\d+)?/;

function assertOnlyPrivately(harness: SlackHarness, secret: string): void {
  const carriers = harness.slack.calls.filter((c) => c.raw.includes(secret));
  expect(carriers).toHaveLength(1);
  expect(carriers[0]).toMatchObject({ method: 'response_url', body: { response_type: 'ephemeral' } });
  expect(String(carriers[0]?.body.text)).not.toContain(secret);
  const logs = harness.logs.lines.join('\n');
  for (const value of [secret, BOT_CREDS.secretAccessKey, BOT_TOKEN, SIGNING_SECRET])
    expect(logs).not.toContain(value);
}

async function ledgerText(harness: SlackHarness): Promise<string> {
  const events = await harness.ledger.history({ limit: 1000 });
  const records = await Promise.all(
    [...new Set(events.map((e) => e.requestId).filter((id): id is string => id !== null))].map((id) =>
      harness.ledger.get(id),
    ),
  );
  return JSON.stringify({ events, records });
}

describe('end to end with the real AWS adapter (SDK mocked)', () => {
  it('a really signed bearer token reaches only the requester, ephemerally', async () => {
    const harness = await startWithRealAdapter();
    await harness.client.command({
      userId: 'UMEMBER1',
      text: 'token for 2h',
      responseUrl: harness.slack.responseUrl('UMEMBER1-1'),
    });
    await harness.slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    const reply = harness.slack.callsTo('response_url')[0];
    const token = TOKEN_PATTERN.exec(reply?.raw ?? '')?.[0];
    expect(token, 'a real bearer token in the reply').toBeDefined();
    expect((token ?? '').length).toBeGreaterThan(200);
    assertOnlyPrivately(harness, token ?? 'missing');
    expect(await ledgerText(harness)).not.toContain(token);
    expect(sts.commandCalls(GetCallerIdentityCommand).length).toBeGreaterThanOrEqual(1);
  });

  it('an admin creates a long-term API key: IAM calls made once, the key shown once, privately', async () => {
    const harness = await startWithRealAdapter();
    await harness.client.command({
      userId: 'UADMIN01',
      text: 'create an api key for sales',
      responseUrl: harness.slack.responseUrl('UADMIN01-1'),
    });
    await harness.slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    const card = withButton(harness.slack.calls, 'bedrock.confirm');
    const confirm = buttonIn(card, 'bedrock.confirm');
    expect(confirm).toBeDefined();
    await harness.client.click({
      userId: 'UADMIN01',
      actionId: 'bedrock.confirm',
      value: confirm?.value ?? '',
      isEphemeral: true,
      responseUrl: harness.slack.responseUrl('UADMIN01-2'),
    });
    await harness.slack.waitFor((calls) => calls.some((c) => c.raw.includes(API_KEY_SECRET)));
    expect(iam.commandCalls(CreateUserCommand)).toHaveLength(1);
    expect(iam.commandCalls(CreateServiceSpecificCredentialCommand)).toHaveLength(1);
    assertOnlyPrivately(harness, API_KEY_SECRET);
    expect(await ledgerText(harness)).not.toContain(API_KEY_SECRET);
  });
});
