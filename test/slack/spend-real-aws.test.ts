/**
 * Spend end to end with nothing but the edges faked: signed requests into the real Slack app, the
 * real engine, parser, renderers and ledger, the real AWS adapter with IAM stubbed at the SDK
 * (aws-sdk-client-mock) and Cost Explorer answered by a local HTTP server, so the real Cost
 * Explorer client serialises, signs and parses every request.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { textOf } from '../support/slack-blocks.js';
import { BOT_CREDS, startRealAwsHarness } from '../support/real-aws-harness.js';
import { BOT_TOKEN, SIGNING_SECRET, type SlackHarness } from '../support/slack-harness.js';

const sts = mockClient(STSClient);
const iam = mockClient(IAMClient);

let ce: Server;
let ceEndpoint: string;
const ceSeen: { target: string; body: Record<string, unknown> }[] = [];
let tagStatus = 'Active';

beforeAll(async () => {
  ce = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      ceSeen.push({ target, body });
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      if (target.endsWith('ListCostAllocationTags')) {
        res.end(
          JSON.stringify({
            CostAllocationTags: [
              { TagKey: 'iamPrincipal/business-unit', Type: 'UserDefined', Status: tagStatus },
            ],
          }),
        );
        return;
      }
      const period = body.TimePeriod as { Start: string; End: string };
      res.end(
        JSON.stringify({
          ResultsByTime: [
            {
              TimePeriod: period,
              Estimated: true,
              Groups: [
                {
                  Keys: ['Claude Sonnet 4.6 (Amazon Bedrock Edition)'],
                  Metrics: { UnblendedCost: { Amount: '31.4159', Unit: 'USD' } },
                },
                { Keys: ['Amazon Bedrock'], Metrics: { UnblendedCost: { Amount: '0.5841', Unit: 'USD' } } },
              ],
            },
          ],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => ce.listen(0, '127.0.0.1', resolve));
  ceEndpoint = `http://127.0.0.1:${(ce.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => ce.close(() => resolve()));
});

let h: SlackHarness | null = null;

beforeEach(() => {
  ceSeen.length = 0;
  tagStatus = 'Active';
  sts.reset();
  iam.reset();
  sts.on(GetCallerIdentityCommand).resolves({
    Account: '123456789012',
    Arn: 'arn:aws:iam::123456789012:user/bedrock-bot',
    UserId: 'AIDAEXAMPLE',
  });
  iam.on(GetUserCommand).resolves({
    User: {
      UserName: 'marketing-bedrock-user',
      UserId: 'AIDAMARKETING',
      Arn: 'arn:aws:iam::123456789012:user/bedrock/marketing-bedrock-user',
      Path: '/bedrock/',
      CreateDate: new Date('2026-01-05T00:00:00Z'),
      Tags: [
        { Key: 'business-unit', Value: 'marketing' },
        { Key: 'owner', Value: 'ada@example.com' },
      ],
    },
  });
});

afterEach(async () => {
  await h?.stop();
  h = null;
});

async function start(): Promise<SlackHarness> {
  h = await startRealAwsHarness({
    region: 'eu-west-1',
    clientOptions: { maxAttempts: 1, endpoints: { ce: ceEndpoint } },
  });
  return h;
}

async function ask(harness: SlackHarness, userId: string, text: string, n: number): Promise<string> {
  const before = harness.slack.callsTo('response_url').length;
  await harness.client.command({ userId, text, responseUrl: harness.slack.responseUrl(`${userId}-${n}`) });
  await harness.slack.waitFor((calls) => calls.filter((c) => c.method === 'response_url').length > before);
  const reply = harness.slack.callsTo('response_url')[before];
  expect(reply?.body.response_type).toBe('ephemeral');
  return textOf(reply);
}

describe('spend end to end with the real Cost Explorer client', () => {
  it('"spend for marketing" by its owner: the figure from Cost Explorer; asked again, answered from the cache', async () => {
    const harness = await start();
    const text = await ask(harness, 'UMEMBER1', 'spend for marketing', 1);
    expect(text).toMatch(/\*\$32\.00\* in \w+ \d{4} to date/);
    expect(text).toContain('Claude Sonnet 4.6 (Amazon Bedrock Edition): $31.42');
    expect(ceSeen.map((s) => s.target.split('.')[1])).toEqual(['ListCostAllocationTags', 'GetCostAndUsage']);
    expect(JSON.stringify(ceSeen[1]?.body.Filter)).toContain('"Values":["marketing"]');

    await ask(harness, 'UMEMBER1', 'spend for marketing', 2);
    expect(ceSeen).toHaveLength(2);

    const logs = harness.logs.lines.join('\n');
    for (const secret of [BOT_CREDS.secretAccessKey, BOT_TOKEN, SIGNING_SECRET])
      expect(logs).not.toContain(secret);
  });

  it('a member who does not own the unit is refused before Cost Explorer is asked', async () => {
    const harness = await start();
    const text = await ask(harness, 'UMEMBER2', 'what did marketing spend on bedrock last month', 1);
    expect(text).toMatch(/Only bot admins and the business unit's owner can see its spend/);
    expect(ceSeen).toEqual([]);
  });

  it('an inactive tag: the explanation, and no GetCostAndUsage request', async () => {
    tagStatus = 'Inactive';
    const harness = await start();
    const text = await ask(harness, 'UADMIN01', 'spend for marketing', 1);
    expect(text).toMatch(/iamPrincipal\/business-unit is not active/);
    expect(ceSeen.map((s) => s.target.split('.')[1])).toEqual(['ListCostAllocationTags']);
  });
});
