/**
 * Spend per business unit through the real engine (FakeAws, FakeClock, in-memory ledger): period
 * resolution with a fake clock, who may ask, the tag-not-active explanation, Cost Explorer's
 * failures explained, and how the figures are added up.
 */
import { describe, expect, it } from 'vitest';
import { requestText } from '../../src/core/clarify.js';
import type { Outcome } from '../../src/core/outcome.js';
import { createEngine } from '../../src/core/engine.js';
import type { StatedPeriod } from '../../src/core/request.js';
import type { Requester } from '../../src/core/requester.js';
import { isBedrockService, resolvePeriod, SPEND_TAG_KEY, summariseCosts } from '../../src/core/spend.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { renderOutcome } from '../../src/render/render-outcome.js';
import { messageToText } from '../../src/render/to-text.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';
import { ADMIN, MEMBER, OTHER, parsed, settings } from './helpers.js';

const NOW = '2026-11-20T15:30:00Z';

describe('resolvePeriod (UTC, End exclusive)', () => {
  const now = new Date(NOW);
  const cases: [StatedPeriod | null, object][] = [
    [
      null,
      { start: '2026-11-01', end: '2026-11-21', granularity: 'MONTHLY', label: 'November 2026 to date' },
    ],
    [
      { kind: 'month', monthsAgo: 0 },
      { start: '2026-11-01', end: '2026-11-21' },
    ],
    [
      { kind: 'month', monthsAgo: 1 },
      { start: '2026-10-01', end: '2026-11-01', label: 'October 2026' },
    ],
    [
      { kind: 'month', monthsAgo: 11 },
      { start: '2025-12-01', end: '2026-01-01', label: 'December 2025' },
    ],
    [
      { kind: 'days', days: 7 },
      { start: '2026-11-14', end: '2026-11-21', granularity: 'DAILY' },
    ],
    [
      { kind: 'days', days: 1 },
      { start: '2026-11-20', end: '2026-11-21', label: 'today' },
    ],
    [
      { kind: 'days', days: 90 },
      { start: '2026-08-23', end: '2026-11-21', granularity: 'MONTHLY' },
    ],
    [
      { kind: 'named-month', month: 3, year: null },
      { start: '2026-03-01', end: '2026-04-01' },
    ],
    // December has not come yet this year: the most recent December is last year's.
    [
      { kind: 'named-month', month: 12, year: null },
      { start: '2025-12-01', end: '2026-01-01' },
    ],
    [
      { kind: 'named-month', month: 11, year: 2026 },
      { start: '2026-11-01', end: '2026-11-21' },
    ],
    // A quarter: this one to date, the last one whole, one by name (the most recent that has started).
    [
      { kind: 'quarter', quartersAgo: 0 },
      { start: '2026-10-01', end: '2026-11-21', granularity: 'MONTHLY', label: 'Q4 2026 to date' },
    ],
    [
      { kind: 'quarter', quartersAgo: 1 },
      { start: '2026-07-01', end: '2026-10-01', label: 'Q3 2026' },
    ],
    [
      { kind: 'quarter', quartersAgo: 4 },
      { start: '2025-10-01', end: '2026-01-01', label: 'Q4 2025' },
    ],
    [
      { kind: 'named-quarter', quarter: 2, year: null },
      { start: '2026-04-01', end: '2026-07-01', label: 'Q2 2026' },
    ],
    [
      { kind: 'named-quarter', quarter: 4, year: 2026 },
      { start: '2026-10-01', end: '2026-11-21', label: 'Q4 2026 to date' },
    ],
  ];
  for (const [stated, expected] of cases) {
    it(`${JSON.stringify(stated)} → ${JSON.stringify(expected)}`, () => {
      const r = resolvePeriod(stated, now);
      expect(r.ok && r.value).toMatchObject(expected);
    });
  }

  it('on the first of a month, this month is one day; on the last day of a year, next year is not asked for', () => {
    const first = resolvePeriod(null, new Date('2026-03-01T00:00:01Z'));
    expect(first.ok && first.value).toMatchObject({ start: '2026-03-01', end: '2026-03-02' });
    const newYear = resolvePeriod({ kind: 'days', days: 2 }, new Date('2026-12-31T23:59:59Z'));
    expect(newYear.ok && newYear.value).toMatchObject({ start: '2026-12-30', end: '2027-01-01' });
  });

  it('refuses the future and what Cost Explorer no longer keeps, in words', () => {
    const future = resolvePeriod({ kind: 'named-month', month: 12, year: 2026 }, now);
    expect(!future.ok && future.error).toMatch(/not started yet/);
    const old = resolvePeriod({ kind: 'month', monthsAgo: 14 }, now);
    expect(!old.ok && old.error).toMatch(/13 months.*October 2025 or later/);
    const days = resolvePeriod({ kind: 'days', days: 500 }, now);
    expect(!days.ok && days.error).toMatch(/13 months/);
    expect(resolvePeriod({ kind: 'days', days: 0 }, now).ok).toBe(false);
  });

  it('refuses a quarter not started, one older than Cost Explorer keeps, and a quarter that does not exist', () => {
    const future = resolvePeriod({ kind: 'named-quarter', quarter: 1, year: 2027 }, now);
    expect(!future.ok && future.error).toMatch(/not started yet/);
    const old = resolvePeriod({ kind: 'quarter', quartersAgo: 5 }, now);
    expect(!old.ok && old.error).toMatch(/13 months/);
    const q5 = resolvePeriod({ kind: 'named-quarter', quarter: 5, year: null }, now);
    expect(!q5.ok && q5.error).toMatch(/Q1 to Q4/);
  });
});

describe('which Cost Explorer services are Bedrock', () => {
  it('Bedrock itself and Marketplace-billed models, nothing else', () => {
    expect(isBedrockService('Amazon Bedrock')).toBe(true);
    expect(isBedrockService('Amazon Bedrock Service')).toBe(true);
    expect(isBedrockService('Claude Sonnet 4.6 (Amazon Bedrock Edition)')).toBe(true);
    expect(isBedrockService('Amazon Simple Storage Service')).toBe(false);
    expect(isBedrockService('Amazon Bedrock Edition fan club')).toBe(false);
    expect(isBedrockService('Amazon Bedrock AgentCore')).toBe(false);
  });

  it('adds up per month and day, apart from other services and currencies', () => {
    const s = summariseCosts(
      [
        {
          start: '2026-11-19',
          end: '2026-11-20',
          estimated: true,
          services: [
            { service: 'Amazon Bedrock', amount: 0.1, unit: 'USD' },
            { service: 'Claude Opus 4.6 (Amazon Bedrock Edition)', amount: 2.2, unit: 'USD' },
            { service: 'Amazon Simple Storage Service', amount: 5, unit: 'USD' },
          ],
        },
        {
          start: '2026-11-20',
          end: '2026-11-21',
          estimated: true,
          services: [
            { service: 'Amazon Bedrock', amount: 0.2, unit: 'USD' },
            { service: 'Amazon Bedrock', amount: 9, unit: 'EUR' },
          ],
        },
      ],
      'DAILY',
    );
    expect(s).toMatchObject({
      currency: 'USD',
      total: 2.5,
      months: [{ month: '2026-11', amount: 2.5, estimated: true }],
      days: [
        { date: '2026-11-19', amount: 2.3 },
        { date: '2026-11-20', amount: 0.2 },
      ],
      services: [
        { service: 'Claude Opus 4.6 (Amazon Bedrock Edition)', amount: 2.2 },
        { service: 'Amazon Bedrock', amount: 0.3 },
      ],
      otherServices: [{ service: 'Amazon Simple Storage Service', amount: 5 }],
      otherCurrencies: ['EUR'],
    });
  });
});

function world() {
  const clock = new FakeClock(NOW);
  const aws = new FakeAws({ clock });
  aws.seedUser({
    userName: 'marketing-bedrock-user',
    tags: [
      { key: 'business-unit', value: 'marketing' },
      { key: 'owner', value: 'jane.doe@example.com' },
    ],
  });
  const ledger = createMemoryLedger();
  const engine = createEngine({
    aws,
    ledger,
    clock,
    ids: new SequentialIds(),
    settings: settings(),
    parse: async (text) => parseRequest(text),
    commandName: '/bedrock',
  });
  const ask = async (requester: Requester, text: string): Promise<Outcome> => {
    const reply = await engine.handleText({ requester, text, surface: 'slash' });
    expect(reply.deliveries).toHaveLength(1);
    expect(reply.deliveries[0]?.audience).toBe('requester-private');
    return reply.deliveries[0]?.outcome as Outcome;
  };
  const request = async (requester: Requester, period: StatedPeriod | null, businessUnit: string | null) => {
    const reply = await engine.handleRequest?.({
      requester,
      request: parsed({ intent: 'spend', businessUnit, period }),
      surface: 'slash',
    });
    return reply?.deliveries[0]?.outcome as Outcome;
  };
  return { clock, aws, ledger, ask, request };
}

function seedNovember(aws: FakeAws): void {
  const cost = (date: string, service: string, amount: number) =>
    aws.seedCost({ tagKey: SPEND_TAG_KEY, tagValue: 'marketing', date, service, amount });
  cost('2026-10-31', 'Claude Sonnet 4.6 (Amazon Bedrock Edition)', 40);
  cost('2026-11-02', 'Claude Sonnet 4.6 (Amazon Bedrock Edition)', 12.5);
  cost('2026-11-19', 'Amazon Bedrock', 1.25);
  // Another unit's cost never counts.
  aws.seedCost({
    tagKey: SPEND_TAG_KEY,
    tagValue: 'sales',
    date: '2026-11-19',
    service: 'Amazon Bedrock',
    amount: 99,
  });
}

describe('a spend request as text (what choice buttons show)', () => {
  const periods: (StatedPeriod | null)[] = [
    null,
    { kind: 'month', monthsAgo: 1 },
    { kind: 'month', monthsAgo: 3 },
    { kind: 'days', days: 7 },
    { kind: 'named-month', month: 3, year: null },
    { kind: 'named-month', month: 3, year: 2026 },
  ];
  for (const period of periods) {
    it(`${JSON.stringify(period)} reads back the same`, () => {
      const text = requestText(parsed({ intent: 'spend', businessUnit: 'marketing', period }));
      expect(parseRequest(text)).toMatchObject({ intent: 'spend', businessUnit: 'marketing', period });
    });
  }
});

describe('spend through the engine', () => {
  it("the unit's owner sees this month's Bedrock cost, by service, from the tag iamPrincipal/business-unit", async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Active', new Date('2026-01-05T00:00:00Z'));
    seedNovember(w.aws);
    const o = await w.ask(MEMBER, 'spend for marketing');
    expect(o.type).toBe('spend');
    if (o.type !== 'spend') return;
    expect(o.spend).toMatchObject({
      businessUnit: 'marketing',
      tagKey: 'iamPrincipal/business-unit',
      tagValue: 'marketing',
      period: { start: '2026-11-01', end: '2026-11-21', granularity: 'MONTHLY' },
      total: 13.75,
      currency: 'USD',
      estimated: true,
      services: [
        { service: 'Claude Sonnet 4.6 (Amazon Bedrock Edition)', amount: 12.5 },
        { service: 'Amazon Bedrock', amount: 1.25 },
      ],
    });
    expect(o.spend.notes.join(' ')).toMatch(/about once a day/);
    expect(w.aws.callsTo('getCostByService')[0]?.[0]).toEqual({
      start: '2026-11-01',
      end: '2026-11-21',
      granularity: 'MONTHLY',
      tagKey: 'iamPrincipal/business-unit',
      tagValue: 'marketing',
    });
  });

  it('"what did marketing spend on bedrock last month" asks for October, closed', async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Active', new Date('2026-01-05T00:00:00Z'));
    seedNovember(w.aws);
    const o = await w.ask(ADMIN, 'what did marketing spend on bedrock last month');
    expect(o.type === 'spend' && o.spend).toMatchObject({
      period: { start: '2026-10-01', end: '2026-11-01', label: 'October 2026' },
      total: 40,
      estimated: false,
      months: [{ month: '2026-10', amount: 40, estimated: false }],
    });
  });

  it('the last 7 days come day by day', async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Active');
    seedNovember(w.aws);
    const o = await w.request(MEMBER, { kind: 'days', days: 7 }, 'marketing');
    expect(o.type === 'spend' && o.spend.days.map((d) => d.amount)).toEqual([0, 0, 0, 0, 0, 1.25, 0]);
  });

  it('someone who is neither admin nor owner is refused, and Cost Explorer is not asked', async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Active');
    const o = await w.ask(OTHER, 'spend for marketing');
    expect(o).toMatchObject({
      type: 'refused',
      reason: expect.stringMatching(/admins and the business unit's owner can see its spend/),
    });
    expect(w.aws.callsTo('listCostAllocationTags')).toEqual([]);
    expect(w.aws.callsTo('getCostByService')).toEqual([]);
    expect((await w.ledger.history({ limit: 5 }))[0]).toMatchObject({
      kind: 'refused',
      businessUnit: 'marketing',
    });
  });

  it('an inactive tag is explained with what the admin must do; no cost is asked for', async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Inactive');
    const o = await w.ask(MEMBER, 'spend for marketing');
    expect(o.type).toBe('failure');
    if (o.type !== 'failure') return;
    expect(o.failure.title).toMatch(/iamPrincipal\/business-unit is not active/);
    expect(o.failure.detail).toMatch(/is inactive/);
    expect(o.failure.fix.join(' ')).toMatch(/Cost allocation tags → select it → Activate/);
    expect(o.failure.commands?.[0]).toBe(
      'aws ce --region us-east-1 update-cost-allocation-tags-status --cost-allocation-tags-status TagKey=iamPrincipal/business-unit,Status=Active',
    );
    expect(w.aws.callsTo('getCostByService')).toEqual([]);
  });

  it('a tag AWS does not list and no cost under it: it appears a day after the first billed call', async () => {
    const w = world();
    const o = await w.ask(MEMBER, 'spend for marketing');
    expect(o.type === 'failure' && o.failure.detail).toMatch(
      /does not list the cost allocation tag.*up to 24 hours/,
    );
  });

  it('a tag AWS does not list, but with cost under it: the figures (the tag evidently works)', async () => {
    const w = world();
    seedNovember(w.aws);
    const o = await w.ask(MEMBER, 'spend for marketing');
    expect(o.type === 'spend' && o.spend.total).toBe(13.75);
  });

  it('a unit user without the business-unit tag: what to tag, and Cost Explorer is not asked', async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Active');
    w.aws.seedUser({
      userName: 'legacy-bedrock-user',
      path: '/',
      tags: [{ key: 'owner', value: 'jane.doe@example.com' }],
    });
    const o = await w.ask(MEMBER, 'spend for legacy');
    expect(o.type === 'failure' && o.failure.title).toBe(
      'legacy-bedrock-user has no business-unit tag, so its Bedrock cost cannot be told apart',
    );
    expect(o.type === 'failure' && o.failure.commands).toEqual([
      'aws iam tag-user --user-name legacy-bedrock-user --tags Key=business-unit,Value=legacy',
    ]);
    expect(w.aws.callsTo('listCostAllocationTags')).toEqual([]);
  });

  it('a tag activated an hour ago: the figures come with the caveat', async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Active', new Date('2026-11-20T14:30:00Z'));
    const o = await w.ask(MEMBER, 'spend for marketing');
    expect(o.type === 'spend' && o.spend.notes.join(' ')).toMatch(
      /activated less than 24 hours ago.*activated on 2026-11-20: earlier costs appear only if an admin backfilled/s,
    );
  });

  it('"help spend" answers the topic: who may ask, how, and the tag an admin activates', async () => {
    const w = world();
    const o = await w.ask(MEMBER, 'help spend');
    expect(o).toMatchObject({ type: 'help', topic: 'spend' });
    const text = messageToText(renderOutcome(o, { now: new Date(NOW), commandName: '/bedrock' }));
    expect(text).toMatch(/Spend \(a unit's owner or admins\)/);
    expect(text).toContain('/bedrock spend for <unit> last month');
    expect(text).toContain('iamPrincipal/business-unit');
  });

  it('without a unit, asks which (choices the requester may see)', async () => {
    const w = world();
    const o = await w.request(MEMBER, null, null);
    expect(o).toMatchObject({ type: 'question', choices: [{ text: 'spend for marketing' }] });
  });

  it('a period Cost Explorer does not keep is refused before any AWS call', async () => {
    const w = world();
    const o = await w.request(MEMBER, { kind: 'month', monthsAgo: 20 }, 'marketing');
    expect(o).toMatchObject({ type: 'invalid', problems: [expect.stringMatching(/13 months/)] });
    expect(w.aws.calls).toEqual([]);
  });

  it("Cost Explorer's failures are explained with the fix", async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Active');
    w.aws.failNext('getCostByService', {
      code: 'CostExplorerNotEnabled',
      awsErrorName: 'AccessDeniedException',
      message: 'User not enabled for cost explorer access',
    });
    const off = await w.ask(MEMBER, 'spend for marketing');
    expect(off.type === 'failure' && off.failure.title).toBe(
      'Cost Explorer is not enabled for this AWS account',
    );
    expect(off.type === 'failure' && off.failure.fix.join(' ')).toMatch(/Linked account access/);

    w.aws.failNext('listCostAllocationTags', 'AccessDenied');
    const denied = await w.ask(MEMBER, 'spend for marketing');
    expect(denied.type === 'failure' && denied.failure.policyStatement).toContain(
      'ce:ListCostAllocationTags',
    );

    w.aws.failNext('getCostByService', 'DataUnavailable');
    const none = await w.ask(MEMBER, 'spend for marketing');
    expect(none.type === 'failure' && none.failure.title).toBe('Cost Explorer has no data for that yet');

    w.aws.failNext('getCostByService', { code: 'Throttling', action: 'ce:GetCostAndUsage' });
    const busy = await w.ask(MEMBER, 'spend for marketing');
    expect(busy.type === 'failure' && busy.failure.fix.join(' ')).toMatch(
      /kept for an hour|keeps each answer/,
    );
  });
});

describe('spend across every unit (admins, no unit named)', () => {
  function seedOverview(aws: FakeAws): void {
    const cost = (tagValue: string, date: string, service: string, amount: number, unit?: string) =>
      aws.seedCost({ tagKey: SPEND_TAG_KEY, tagValue, date, service, amount, ...(unit ? { unit } : {}) });
    cost('marketing', '2026-10-10', 'Claude Sonnet 4.6 (Amazon Bedrock Edition)', 40);
    cost('marketing', '2026-10-11', 'Amazon Bedrock', 2.5);
    cost('sales', '2026-10-12', 'Amazon Bedrock', 120);
    // Not Bedrock: listed nowhere in the overview's figures.
    cost('sales', '2026-10-12', 'Amazon Bedrock AgentCore', 300);
    // Short-term tokens are signed by the bot's role, which carries no unit tag.
    cost('', '2026-10-13', 'Amazon Bedrock', 7.5);
    // Another month never counts.
    cost('research', '2026-11-02', 'Amazon Bedrock', 999);
  }

  it('"how much did we spend on bedrock last month": every unit, largest first, one Cost Explorer question', async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Active', new Date('2026-01-05T00:00:00Z'));
    seedOverview(w.aws);
    const o = await w.ask(ADMIN, 'how much did we spend on bedrock last month');
    expect(o.type).toBe('spend-overview');
    if (o.type !== 'spend-overview') return;
    expect(o.overview).toMatchObject({
      tagKey: 'iamPrincipal/business-unit',
      period: { start: '2026-10-01', end: '2026-11-01', label: 'October 2026' },
      currency: 'USD',
      units: [
        { businessUnit: 'sales', amount: 120, estimated: false },
        { businessUnit: 'marketing', amount: 42.5, estimated: false },
      ],
      unattributed: 7.5,
      total: 170,
      estimated: false,
    });
    expect(w.aws.callsTo('getCostByTagValue')).toEqual([
      [
        {
          start: '2026-10-01',
          end: '2026-11-01',
          granularity: 'MONTHLY',
          tagKey: 'iamPrincipal/business-unit',
        },
      ],
    ]);
    expect(w.aws.callsTo('getCostByService')).toEqual([]);
    const text = messageToText(renderOutcome(o, { now: new Date(NOW), commandName: '/bedrock' }));
    expect(text).toContain('Bedrock spend by business unit');
    expect(text).toMatch(/sales: \$120\.00 \(71%\)/);
    expect(text).toMatch(/marketing: \$42\.50 \(25%\)/);
    expect(text).toContain('$7.50');
    expect(text).toContain('/bedrock spend for <unit>');
  });

  it('this month to date is estimated and says Cost Explorer lags a day', async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Active', new Date('2026-01-05T00:00:00Z'));
    seedOverview(w.aws);
    const o = await w.ask(ADMIN, 'spend');
    expect(o.type === 'spend-overview' && o.overview).toMatchObject({
      period: { start: '2026-11-01', end: '2026-11-21' },
      units: [{ businessUnit: 'research', amount: 999, estimated: true }],
      estimated: true,
    });
    expect(o.type === 'spend-overview' && o.overview.notes.join(' ')).toMatch(/about once a day/);
  });

  it('a member who names no unit is still asked which (the overview is for admins)', async () => {
    const w = world();
    seedOverview(w.aws);
    const o = await w.ask(MEMBER, 'spend last month');
    expect(o.type).toBe('question');
    expect(w.aws.callsTo('getCostByTagValue')).toEqual([]);
  });

  it('an inactive tag: what the admin must do, and Cost Explorer is not asked for figures', async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Inactive');
    seedOverview(w.aws);
    const o = await w.ask(ADMIN, 'spend last month');
    expect(o.type === 'failure' && o.failure.title).toBe(
      'No spend for any business unit yet: the cost allocation tag iamPrincipal/business-unit is not active',
    );
    expect(o.type === 'failure' && o.failure.fix.join(' ')).toMatch(/ask again: "spend"/);
    expect(w.aws.callsTo('getCostByTagValue')).toEqual([]);
  });

  it('no unit had spend: says so rather than showing an empty list', async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Active', new Date('2026-01-05T00:00:00Z'));
    const o = await w.ask(ADMIN, 'spend last month');
    expect(o.type === 'spend-overview' && o.overview).toMatchObject({ units: [], total: 0 });
    const text = messageToText(renderOutcome(o, { now: new Date(NOW), commandName: '/bedrock' }));
    expect(text).toContain('No business unit had Bedrock usage billed in this period');
  });

  it("Cost Explorer's failure is explained, naming what was being read", async () => {
    const w = world();
    w.aws.setCostAllocationTag(SPEND_TAG_KEY, 'Active');
    w.aws.failNext('getCostByTagValue', 'DataUnavailable');
    const o = await w.ask(ADMIN, 'spend last month');
    expect(o.type === 'failure' && o.failure.title).toBe('Cost Explorer has no data for that yet');
  });

  it('a spend question without a unit reads back with its period (what a choice button sends)', () => {
    const period: StatedPeriod = { kind: 'month', monthsAgo: 1 };
    const text = requestText(parsed({ intent: 'spend', businessUnit: null, period }));
    expect(parseRequest(text)).toMatchObject({ intent: 'spend', businessUnit: null, period });
  });
});
