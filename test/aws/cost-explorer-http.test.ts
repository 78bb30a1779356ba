/**
 * Spend's AWS side on the real HTTP path: the adapter's real Cost Explorer client (SDK v3) talks to
 * a local server standing in for Cost Explorer (explicit endpoint), so the awsJson protocol,
 * SigV4 signing for us-east-1, pagination, error mapping and the one-hour cache are all real.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAwsAdapter } from '../../src/aws/aws-adapter.js';
import { costExplorerRegionFor } from '../../src/core/aws-regions.js';
import type { AwsPort } from '../../src/core/aws-port.js';
import type { Clock } from '../../src/core/clock.js';
import { staticCredentials } from './helpers.js';

interface Seen {
  target: string;
  body: Record<string, unknown>;
  authorization: string;
}

type Answer = { status: number; body: unknown };

let server: Server;
let endpoint: string;
const seen: Seen[] = [];
/** What the next requests for each operation answer (first in, first out; the last one repeats). */
const answers = new Map<string, Answer[]>();

function answer(operation: string, ...list: Answer[]): void {
  answers.set(operation, list);
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const target = String(req.headers['x-amz-target'] ?? '');
    seen.push({
      target,
      body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>,
      authorization: String(req.headers.authorization ?? ''),
    });
    const operation = target.split('.').at(-1) ?? '';
    const queue = answers.get(operation) ?? [];
    const next = (queue.length > 1 ? queue.shift() : queue[0]) ?? {
      status: 500,
      body: { __type: 'InternalServerException', message: 'no answer set' },
    };
    res.statusCode = next.status;
    res.setHeader('content-type', 'application/x-amz-json-1.1');
    res.setHeader('x-amzn-requestid', 'ce-req-1');
    const type = (next.body as { __type?: string }).__type;
    if (type !== undefined) res.setHeader('x-amzn-errortype', type);
    res.end(JSON.stringify(next.body));
  });
}

let now = Date.parse('2026-11-20T15:30:00Z');
const clock: Clock = { now: () => new Date(now) };

function adapter(region = 'eu-west-1', ce: string | null = endpoint): AwsPort {
  return createAwsAdapter({
    region,
    credentials: staticCredentials,
    clock,
    clientOptions: { maxAttempts: 1, ...(ce === null ? {} : { endpoints: { ce } }) },
  });
}

const QUERY = {
  start: '2026-11-01',
  end: '2026-11-21',
  granularity: 'MONTHLY' as const,
  tagKey: 'iamPrincipal/business-unit',
  tagValue: 'marketing',
};

function costPage(groups: [string, string][], nextPageToken?: string): Answer {
  return {
    status: 200,
    body: {
      GroupDefinitions: [{ Type: 'DIMENSION', Key: 'SERVICE' }],
      ResultsByTime: [
        {
          TimePeriod: { Start: '2026-11-01', End: '2026-11-21' },
          Total: {},
          Groups: groups.map(([service, amount]) => ({
            Keys: [service],
            Metrics: { UnblendedCost: { Amount: amount, Unit: 'USD' } },
          })),
          Estimated: true,
        },
      ],
      DimensionValueAttributes: [],
      ...(nextPageToken === undefined ? {} : { NextPageToken: nextPageToken }),
    },
  };
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
  answers.clear();
  now = Date.parse('2026-11-20T15:30:00Z');
});

describe('Cost Explorer through the real SDK client', () => {
  it('GetCostAndUsage: the tag, usage records only, by SERVICE, all pages, signed for us-east-1', async () => {
    answer(
      'GetCostAndUsage',
      costPage([['Claude Sonnet 4.6 (Amazon Bedrock Edition)', '12.5000001']], 'page-2'),
      costPage([['Amazon Bedrock', '1.25']]),
    );
    const r = await adapter().getCostByService(QUERY);
    expect(r).toEqual({
      ok: true,
      value: [
        {
          start: '2026-11-01',
          end: '2026-11-21',
          estimated: true,
          services: [
            { service: 'Claude Sonnet 4.6 (Amazon Bedrock Edition)', amount: 12.5000001, unit: 'USD' },
            { service: 'Amazon Bedrock', amount: 1.25, unit: 'USD' },
          ],
        },
      ],
    });
    expect(seen.map((s) => s.target)).toEqual([
      'AWSInsightsIndexService.GetCostAndUsage',
      'AWSInsightsIndexService.GetCostAndUsage',
    ]);
    expect(seen[0]?.body).toEqual({
      TimePeriod: { Start: '2026-11-01', End: '2026-11-21' },
      Granularity: 'MONTHLY',
      Metrics: ['UnblendedCost'],
      Filter: {
        And: [
          { Tags: { Key: 'iamPrincipal/business-unit', Values: ['marketing'], MatchOptions: ['EQUALS'] } },
          { Dimensions: { Key: 'RECORD_TYPE', Values: ['Usage'] } },
        ],
      },
      GroupBy: [{ Type: 'DIMENSION', Key: 'SERVICE' }],
    });
    expect(seen[1]?.body.NextPageToken).toBe('page-2');
    // The bot runs in eu-west-1; Cost Explorer is answered (and signed) in us-east-1.
    expect(seen[0]?.authorization).toMatch(
      /Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/ce\/aws4_request/,
    );
  });

  it('keeps an answer for an hour: asking again costs no request until then', async () => {
    answer('GetCostAndUsage', costPage([['Amazon Bedrock', '3']]));
    const aws = adapter();
    await aws.getCostByService(QUERY);
    await aws.getCostByService(QUERY);
    expect(seen).toHaveLength(1);
    await aws.getCostByService({ ...QUERY, tagValue: 'sales' });
    expect(seen).toHaveLength(2);
    now += 3601_000;
    await aws.getCostByService(QUERY);
    expect(seen).toHaveLength(3);
  });

  it('ListCostAllocationTags: status and dates; only an active tag is kept', async () => {
    answer(
      'ListCostAllocationTags',
      {
        status: 200,
        body: {
          CostAllocationTags: [
            {
              TagKey: 'iamPrincipal/business-unit',
              Type: 'UserDefined',
              Status: 'Inactive',
              LastUsedDate: '2026-11-19T00:00:00Z',
            },
          ],
        },
      },
      {
        status: 200,
        body: {
          CostAllocationTags: [
            {
              TagKey: 'iamPrincipal/business-unit',
              Type: 'UserDefined',
              Status: 'Active',
              LastUpdatedDate: '2026-11-20T09:00:00Z',
            },
          ],
        },
      },
    );
    const aws = adapter();
    const first = await aws.listCostAllocationTags(['iamPrincipal/business-unit']);
    expect(first).toEqual({
      ok: true,
      value: [
        {
          tagKey: 'iamPrincipal/business-unit',
          status: 'Inactive',
          lastUpdatedAt: null,
          lastUsedAt: new Date('2026-11-19T00:00:00Z'),
        },
      ],
    });
    expect(seen[0]?.body).toEqual({ TagKeys: ['iamPrincipal/business-unit'], MaxResults: 100 });
    // The admin activates it: the next ask sees it at once (an inactive answer is not kept)…
    const second = await aws.listCostAllocationTags(['iamPrincipal/business-unit']);
    expect(second.ok && second.value[0]?.status).toBe('Active');
    // …and the active answer is kept.
    await aws.listCostAllocationTags(['iamPrincipal/business-unit']);
    expect(seen).toHaveLength(2);
  });

  const errors: [string, number, string, string][] = [
    ['AccessDeniedException', 400, 'User not enabled for cost explorer access', 'CostExplorerNotEnabled'],
    [
      'AccessDeniedException',
      400,
      "Linked account doesn't have access to cost explorer.",
      'CostExplorerNotEnabled',
    ],
    [
      'AccessDeniedException',
      400,
      'User: arn:aws:iam::123456789012:user/bot is not authorized to perform: ce:GetCostAndUsage on resource: arn:aws:ce:us-east-1:123456789012:/GetCostAndUsage',
      'AccessDenied',
    ],
    [
      'DataUnavailableException',
      400,
      'Data is not available. Please try to adjust the time period.',
      'DataUnavailable',
    ],
    ['BillExpirationException', 400, 'The requested report expired.', 'DataUnavailable'],
    ['LimitExceededException', 400, 'Rate exceeded', 'Throttling'],
    ['ValidationException', 400, 'start date is too old', 'InvalidInput'],
  ];
  for (const [type, status, message, code] of errors) {
    it(`${type} "${message.slice(0, 40)}" → ${code}`, async () => {
      answer('GetCostAndUsage', { status, body: { __type: type, Message: message } });
      const r = await adapter().getCostByService(QUERY);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toMatchObject({ code, action: 'ce:GetCostAndUsage', awsErrorName: type });
      if (code === 'AccessDenied') expect(r.error.principalArn).toBe('arn:aws:iam::123456789012:user/bot');
    });
  }

  it('Cost Explorer has one endpoint per partition; GovCloud has none and is told so without a call', async () => {
    expect(costExplorerRegionFor('eu-central-1')).toBe('us-east-1');
    expect(costExplorerRegionFor('cn-north-1')).toBe('cn-northwest-1');
    expect(costExplorerRegionFor('eusc-de-east-1')).toBe('eusc-de-east-1');
    expect(costExplorerRegionFor('us-gov-west-1')).toBeNull();
    const gov = await adapter('us-gov-west-1', null).getCostByService(QUERY);
    expect(!gov.ok && gov.error).toMatchObject({
      code: 'CostExplorerNotEnabled',
      awsErrorName: 'NoCostExplorerInPartition',
    });
    expect(seen).toEqual([]);
  });

  it('the overview: one GetCostAndUsage grouped by the unit tag and SERVICE, every page, values split from "key$value"', async () => {
    const TAG = 'iamPrincipal/business-unit';
    const page = (groups: [string, string, string][], nextPageToken?: string): Answer => ({
      status: 200,
      body: {
        GroupDefinitions: [
          { Type: 'TAG', Key: TAG },
          { Type: 'DIMENSION', Key: 'SERVICE' },
        ],
        ResultsByTime: [
          {
            TimePeriod: { Start: '2026-10-01', End: '2026-11-01' },
            Total: {},
            Groups: groups.map(([value, service, amount]) => ({
              Keys: [`${TAG}$${value}`, service],
              Metrics: { UnblendedCost: { Amount: amount, Unit: 'USD' } },
            })),
            Estimated: false,
          },
        ],
        DimensionValueAttributes: [],
        ...(nextPageToken === undefined ? {} : { NextPageToken: nextPageToken }),
      },
    });
    answer(
      'GetCostAndUsage',
      page(
        [
          ['marketing', 'Amazon Bedrock', '2.5'],
          ['', 'Amazon Bedrock', '7.5'],
        ],
        'page-2',
      ),
      page([
        ['marketing', 'Claude Sonnet 4.6 (Amazon Bedrock Edition)', '40'],
        ['sales', 'Amazon Bedrock', '120'],
      ]),
    );
    const query = { start: '2026-10-01', end: '2026-11-01', granularity: 'MONTHLY' as const, tagKey: TAG };
    const aws = adapter();
    const r = await aws.getCostByTagValue(query);
    const bucket = (services: [string, number][]) => [
      {
        start: '2026-10-01',
        end: '2026-11-01',
        estimated: false,
        services: services.map(([service, amount]) => ({ service, amount, unit: 'USD' })),
      },
    ];
    expect(r).toEqual({
      ok: true,
      value: [
        { tagValue: '', buckets: bucket([['Amazon Bedrock', 7.5]]) },
        {
          tagValue: 'marketing',
          buckets: bucket([
            ['Amazon Bedrock', 2.5],
            ['Claude Sonnet 4.6 (Amazon Bedrock Edition)', 40],
          ]),
        },
        { tagValue: 'sales', buckets: bucket([['Amazon Bedrock', 120]]) },
      ],
    });
    expect(seen).toHaveLength(2);
    expect(seen[0]?.body).toEqual({
      TimePeriod: { Start: '2026-10-01', End: '2026-11-01' },
      Granularity: 'MONTHLY',
      Metrics: ['UnblendedCost'],
      Filter: { Dimensions: { Key: 'RECORD_TYPE', Values: ['Usage'] } },
      GroupBy: [
        { Type: 'TAG', Key: TAG },
        { Type: 'DIMENSION', Key: 'SERVICE' },
      ],
    });
    expect(seen[1]?.body.NextPageToken).toBe('page-2');
    expect(seen[0]?.authorization).toMatch(/\/us-east-1\/ce\/aws4_request/);
    // Kept for an hour, like every Cost Explorer answer (each request is billed).
    await aws.getCostByTagValue(query);
    expect(seen).toHaveLength(2);
  });
});
