import { describe, expect, it } from 'vitest';
import { listBusinessUnits, listModels, unitDetails } from '../../src/core/read-flows.js';
import { readHistory, resolveHistoryFilters } from '../../src/core/history-flow.js';
import { emptyParse } from '../../src/core/request.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';
import { issueToken, roleSessionNameFor, sourceIdentityFor } from '../../src/core/token-flow.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock } from '../fakes/fake-clock.js';
import { MEMBER, settings } from './helpers.js';

const ref = () => 'REF';

describe('token flow', () => {
  it('issues with defaults and reports the real expiry and models; never stores the token', async () => {
    const clock = new FakeClock();
    const aws = new FakeAws({
      clock,
      signingCredentialsExpireAt: new Date(clock.now().getTime() + 2 * 3600_000),
    });
    const r = await issueToken({ ttlSeconds: null, region: null }, MEMBER, {
      aws,
      settings: settings(),
      reference: ref,
    });
    expect(r.outcome.type).toBe('token');
    if (r.outcome.type !== 'token') return;
    expect(r.outcome.requestedTtlSeconds).toBe(43200);
    expect(r.outcome.token.expiresAt.toISOString()).toBe('2026-03-02T12:00:00.000Z');
    expect(r.outcome.catalog.models.length).toBeGreaterThan(0);
    expect(r.eventDetail).toMatch(/capped/);
    expect(r.eventDetail).not.toContain(aws.issuedSecrets[0]);
  });

  it('signs as the role with a session name and source identity from the Slack user', async () => {
    const aws = new FakeAws();
    const s = settings({
      tokenSigningRoleArn: 'arn:aws:iam::123456789012:role/bedrock-token-signer',
      tokenSigningExternalId: 'ext',
    });
    const r = await issueToken({ ttlSeconds: 3600, region: 'us-west-2' }, MEMBER, {
      aws,
      settings: s,
      reference: ref,
    });
    expect(r.outcome.type === 'token' && r.outcome.signedWithRole).toBe(true);
    expect(aws.callsTo('issueBearerToken')[0]?.[0]).toEqual({
      region: 'us-west-2',
      ttlSeconds: 3600,
      signAs: {
        roleArn: s.tokenSigningRoleArn,
        roleSessionName: 'bedrock-bot-U024BE7LH',
        sourceIdentity: 'jane.doe@example.com',
        externalId: 'ext',
      },
    });
  });

  it('keeps session names and source identities within the rules', () => {
    expect(roleSessionNameFor({ userId: 'U'.repeat(80) })).toHaveLength(64);
    expect(sourceIdentityFor({ userId: 'U1', email: 'aws:x@example.com' })).toBe('slack-U1');
    expect(sourceIdentityFor({ userId: 'U1', email: `${'a'.repeat(60)}@example.com` })).toBe('slack-U1');
    expect(sourceIdentityFor({ userId: 'U1', email: 'jöe@example.com' })).toBe('slack-U1');
    expect(sourceIdentityFor({ userId: 'U1', email: null })).toBe('slack-U1');
  });

  it('does not block the token when models cannot be listed', async () => {
    const aws = new FakeAws();
    aws.failNext('listFoundationModels', 'AccessDenied');
    const r = await issueToken({ ttlSeconds: null, region: null }, MEMBER, {
      aws,
      settings: settings(),
      reference: ref,
    });
    expect(r.outcome.type === 'token' && r.outcome.catalog.models).toEqual([]);
  });

  it('refuses invalid input before calling AWS, and explains AWS failures', async () => {
    const aws = new FakeAws();
    const bad = await issueToken({ ttlSeconds: 86400, region: null }, MEMBER, {
      aws,
      settings: settings(),
      reference: ref,
    });
    expect(bad.outcome.type).toBe('invalid');
    expect(aws.calls).toHaveLength(0);
    aws.failNext('issueBearerToken', 'CredentialsMissing');
    const failed = await issueToken({ ttlSeconds: null, region: null }, MEMBER, {
      aws,
      settings: settings(),
      reference: ref,
    });
    expect(failed.outcome.type === 'failure' && failed.outcome.failure.title).toMatch(/no AWS credentials/);
  });
});

describe('read flows', () => {
  it('lists business units with risk flags and legacy users', async () => {
    const clock = new FakeClock();
    const aws = new FakeAws({ clock });
    const day = 86400_000;
    const now = clock.now().getTime();
    aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'marketing' },
        { key: 'owner', value: 'm@example.com' },
      ],
    });
    aws.seedApiKey('marketing-bedrock-user', { createdAt: new Date(now - 100 * day), expiresAt: null });
    aws.seedApiKey('marketing-bedrock-user', {
      createdAt: new Date(now - 25 * day),
      expiresAt: new Date(now + 5 * day),
    });
    aws.seedUser({
      userName: 'legacy-bedrock-user',
      path: '/',
      tags: [{ key: 'purpose', value: 'bedrock' }],
    });
    aws.seedAccessKey('legacy-bedrock-user');
    const { outcome: r, next } = await listBusinessUnits(
      { aws, settings: settings(), now: clock.now(), reference: ref },
      'us-east-1',
    );
    expect(next).toBeNull();
    expect(r.type).toBe('business-units');
    if (r.type !== 'business-units') return;
    const [legacy, marketing] = r.units;
    expect(legacy).toMatchObject({
      businessUnit: 'legacy',
      legacy: true,
      flags: { noOwner: true, neverExpiringKeys: 1 },
    });
    expect(marketing).toMatchObject({
      businessUnit: 'marketing',
      legacy: false,
      apiKeyCount: 2,
      flags: { neverExpiringKeys: 1, keysOlderThan90Days: 1, keysExpiringWithin7Days: 1, noOwner: false },
    });
  });

  it("shows one unit's details and models by provider", async () => {
    const aws = new FakeAws();
    const user = aws.seedUser({
      userName: 'sales-bedrock-user',
      attachedPolicyArns: ['arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess'],
    });
    const d = await unitDetails('sales', user, {
      aws,
      settings: settings(),
      now: new Date(),
      reference: ref,
    });
    expect(d.type === 'details' && d.details.attachedPolicies).toHaveLength(1);
    const m = await listModels('us-east-1', 'anthropic', {
      aws,
      settings: settings(),
      now: new Date(),
      reference: ref,
    });
    expect(m.type === 'models' && m.catalog.models.map((x) => x.providerName)).toEqual([
      'Anthropic',
      'Anthropic',
    ]);
    const none = await listModels('eu-central-1', null, {
      aws,
      settings: settings(),
      now: new Date(),
      reference: ref,
    });
    expect(none.type === 'models' && none.catalog.models).toEqual([]);
  });
});

describe('history', () => {
  const asker = { ...MEMBER, userId: 'U1' };
  it('shows the newest events, says when older ones exist and offers the next page', async () => {
    const ledger = createMemoryLedger();
    const at = new Date('2026-03-02T10:00:00Z');
    for (let i = 0; i < 3; i++)
      await ledger.record({
        at: new Date(at.getTime() + i * 1000),
        requestId: null,
        kind: 'token_issued',
        actorId: 'U1',
        actorName: 'ana',
        businessUnit: null,
        detail: `event ${i}`,
      });
    const parse = emptyParse({ intent: 'history', confidence: 1 });
    const cut = await readHistory(ledger, parse, asker, at, 2);
    expect(cut.outcome).toMatchObject({ type: 'history', truncated: true, page: 1 });
    expect(cut.outcome.events.map((e) => e.detail)).toEqual(['event 2', 'event 1']);
    expect(cut.next?.page).toMatchObject({ page: 2 });
    const rest = await readHistory(ledger, cut.next ?? parse, asker, at, 2);
    expect(rest.outcome.events.map((e) => e.detail)).toEqual(['event 0']);
    expect(rest.outcome).toMatchObject({ truncated: false, page: 2 });
    expect(rest.next).toBeNull();
    expect((await readHistory(ledger, parse, asker, at, 3)).outcome).toMatchObject({ truncated: false });
  });

  it('turns "me", "yesterday" and a last day into times, and keeps them absolute for the next page', () => {
    const now = new Date('2026-03-10T15:00:00Z');
    expect(resolveHistoryFilters({ actor: 'me', day: 'yesterday' }, asker, now)).toEqual({
      actorId: 'U1',
      since: new Date('2026-03-09T00:00:00Z'),
      until: new Date('2026-03-10T00:00:00Z'),
    });
    expect(resolveHistoryFilters({ since: '2026-03-01', until: '2026-03-05' }, asker, now)).toEqual({
      since: new Date('2026-03-01T00:00:00Z'),
      until: new Date('2026-03-06T00:00:00Z'),
    });
    expect(resolveHistoryFilters({ withinDays: 7 }, asker, now).since).toEqual(
      new Date('2026-03-03T15:00:00Z'),
    );
  });

  it("applies the parser's period slot (calendar months in UTC) unless the filters state their own", () => {
    const now = new Date('2026-03-10T15:00:00Z');
    expect(resolveHistoryFilters(undefined, asker, now, { kind: 'month', monthsAgo: 1 })).toEqual({
      since: new Date('2026-02-01T00:00:00Z'),
      until: new Date('2026-03-01T00:00:00Z'),
    });
    expect(
      resolveHistoryFilters(undefined, asker, now, { kind: 'named-month', month: 11, year: null }),
    ).toEqual({
      since: new Date('2025-11-01T00:00:00Z'),
      until: new Date('2025-12-01T00:00:00Z'),
    });
    expect(resolveHistoryFilters(undefined, asker, now, { kind: 'quarter', quartersAgo: 1 })).toEqual({
      since: new Date('2025-10-01T00:00:00Z'),
      until: new Date('2026-01-01T00:00:00Z'),
    });
    expect(
      resolveHistoryFilters(undefined, asker, now, { kind: 'named-quarter', quarter: 3, year: null }),
    ).toEqual({
      since: new Date('2025-07-01T00:00:00Z'),
      until: new Date('2025-10-01T00:00:00Z'),
    });
    expect(resolveHistoryFilters({ day: 'today' }, asker, now, { kind: 'days', days: 30 })).toEqual({
      since: new Date('2026-03-10T00:00:00Z'),
    });
  });
});
