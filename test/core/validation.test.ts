import { describe, expect, it } from 'vitest';
import {
  businessUnitOf,
  checkBusinessUnit,
  checkExpiryDays,
  checkRegion,
  checkTags,
  checkTtl,
  resolveOwner,
  userNameFor,
  validateKeyRequest,
  validateStatedSlots,
  validateTokenRequest,
} from '../../src/core/validation.js';
import { formatDuration } from '../../src/core/durations.js';
import { MEMBER, parsed, settings } from './helpers.js';

describe('business unit names', () => {
  it('accepts normal names and builds the IAM user name', () => {
    expect(checkBusinessUnit('marketing')).toEqual([]);
    expect(checkBusinessUnit('data-science-2')).toEqual([]);
    expect(userNameFor('marketing')).toBe('marketing-bedrock-user');
  });
  it('refuses names that would make the user name longer than 64 characters', () => {
    expect(checkBusinessUnit('a'.repeat(51))).toEqual([]);
    expect(checkBusinessUnit('a'.repeat(52))[0]).toMatch(/64-character limit.*51 characters or fewer/);
  });
  it('refuses characters and shapes IAM or the tags would not like', () => {
    expect(checkBusinessUnit('Marketing Team')).toHaveLength(1);
    expect(checkBusinessUnit('-edge-')).toHaveLength(1);
    expect(checkBusinessUnit('')).toHaveLength(1);
  });
  it('derives the business unit from the tag, else from the name', () => {
    expect(
      businessUnitOf({ userName: 'x-bedrock-user', tags: [{ key: 'business-unit', value: 'sales' }] }),
    ).toBe('sales');
    expect(businessUnitOf({ userName: 'legacy-bedrock-user', tags: [] })).toBe('legacy');
  });
});

describe('tags', () => {
  it('accepts IAM-legal tags', () => {
    expect(
      checkTags([
        { key: 'owner', value: 'jane@example.com' },
        { key: 'cost center', value: 'R&D'.replace('&', '+') },
      ]),
    ).toEqual([]);
  });
  it('lists every problem at once', () => {
    const problems = checkTags([
      { key: 'k'.repeat(129), value: 'v' },
      { key: 'ok', value: 'v'.repeat(257) },
      { key: 'bad*key', value: 'semi;colon' },
      { key: 'aws:thing', value: 'x' },
      { key: 'OK', value: 'dup' },
    ]);
    expect(problems.join('\n')).toMatch(/limit is 128/);
    expect(problems.join('\n')).toMatch(/limit is 256/);
    expect(problems.join('\n')).toMatch(/"bad\*key" has characters/);
    expect(problems.join('\n')).toMatch(/semi;colon/);
    expect(problems.join('\n')).toMatch(/reserved/);
    expect(problems.join('\n')).toMatch(/appears twice/);
  });
  it('refuses more than 50 tags', () => {
    const tags = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(checkTags(tags)).toEqual([expect.stringMatching(/at most 50/)]);
  });
});

describe('owner', () => {
  it('lowercases emails, resolves the requester mentioning themselves, refuses the rest', () => {
    expect(resolveOwner('Jane@Example.com', MEMBER)).toEqual({ ok: true, value: 'jane@example.com' });
    expect(resolveOwner(MEMBER.userId, MEMBER)).toEqual({ ok: true, value: 'jane.doe@example.com' });
    expect(resolveOwner('U0SOMEONE', MEMBER).ok).toBe(false);
    expect(resolveOwner('not-an-email', MEMBER).ok).toBe(false);
    expect(resolveOwner(null, MEMBER)).toEqual({ ok: true, value: null });
  });
});

describe('region', () => {
  it('checks syntax and the allow-list', () => {
    expect(checkRegion('us-east-1', { allowedRegions: [] })).toEqual([]);
    expect(checkRegion('eu-central-2', { allowedRegions: [] })).toEqual([]);
    expect(checkRegion('useast1', { allowedRegions: [] })).toHaveLength(1);
    expect(checkRegion('us-gov-west-1', { allowedRegions: [] })).toHaveLength(1);
    expect(checkRegion('cn-north-1', { allowedRegions: [] })).toHaveLength(1);
    expect(checkRegion('us-west-2', { allowedRegions: ['us-east-1'] })[0]).toMatch(
      /not one of the regions.*us-east-1/,
    );
  });
});

describe('regions: checked against the Region table, not a pattern', () => {
  it('refuses well-formed codes of Regions that do not exist, with the reason', () => {
    for (const code of ['us-east-7', 'mars-west-1', 'eu-west-9']) {
      expect(checkRegion(code, { allowedRegions: [] })).toEqual([
        `"${code}" is not an AWS Region (expected a Region code such as us-east-1, eu-west-1 or ap-northeast-1).`,
      ]);
    }
  });
  it('names the partition of a real Region it cannot serve', () => {
    expect(checkRegion('us-gov-west-1', { allowedRegions: [] })[0]).toContain('AWS GovCloud (US-West)');
  });
});

describe('stated slots, checked for every intent before any AWS call', () => {
  const s = settings();
  it('refuses an unknown Region whatever the intent', () => {
    for (const intent of ['token', 'models', 'list', 'create_key', 'details'] as const) {
      const bad = validateStatedSlots(parsed({ intent, region: 'us-east-7' }), s, MEMBER);
      expect(bad?.problems[0]).toContain('"us-east-7" is not an AWS Region');
    }
  });
  it('a Region-shaped word in a token or models request is checked as a Region', () => {
    const bad = validateStatedSlots(parsed({ intent: 'token', businessUnit: 'mars-west-1' }), s, MEMBER);
    expect(bad?.problems).toEqual([
      '"mars-west-1" is not an AWS Region (expected a Region code such as us-east-1, eu-west-1 or ap-northeast-1).',
    ]);
    // A business unit that happens to look like one is left alone where units make sense.
    expect(
      validateStatedSlots(parsed({ intent: 'details', businessUnit: 'ml-team-ops-1' }), s, MEMBER),
    ).toBeNull();
  });
  it('refuses non-positive and out-of-range token lifetimes with the limits, never clamping', () => {
    expect(validateStatedSlots(parsed({ intent: 'token', ttlSeconds: -3600 }), s, MEMBER)?.problems).toEqual([
      'A token lifetime must be positive (got -1 hour); ask for 15 minutes to 12 hours.',
    ]);
    expect(validateStatedSlots(parsed({ intent: 'token', ttlSeconds: 0 }), s, MEMBER)?.problems[0]).toContain(
      'must be positive (got 0 seconds)',
    );
    expect(
      validateStatedSlots(parsed({ intent: 'token', ttlSeconds: 48 * 3600 }), s, MEMBER)?.problems[0],
    ).toContain('longer than the 12-hour maximum');
  });
  it('refuses an owner that is not an email address', () => {
    const bad = validateStatedSlots(
      parsed({ intent: 'create_key', businessUnit: 'marketing', owner: 'not-an-email' }),
      s,
      MEMBER,
    );
    expect(bad?.problems).toEqual([
      '"not-an-email" is not an email address; the owner must be one (e.g. "owner: jane@example.com").',
    ]);
  });
  it('lists every problem at once; help and unknown are never refused', () => {
    const bad = validateStatedSlots(
      parsed({ intent: 'token', region: 'mars-west-1', ttlSeconds: -60 }),
      s,
      MEMBER,
    );
    expect(bad?.problems).toHaveLength(2);
    expect(validateStatedSlots(parsed({ intent: 'help', region: 'mars-west-1' }), s, MEMBER)).toBeNull();
    expect(
      validateStatedSlots(parsed({ intent: 'token', region: 'eu-west-1', ttlSeconds: 7200 }), s, MEMBER),
    ).toBeNull();
  });
});

describe('token lifetime', () => {
  const limits = settings();
  it('explains a too-long TTL the way people talk', () => {
    expect(checkTtl(24 * 3600, limits)).toEqual([
      '24 hours is longer than the 12-hour maximum for short-term tokens; ask for 12h or less, or a long-term key for a system.',
    ]);
  });
  it('explains a too-short TTL', () => {
    expect(checkTtl(300, limits)[0]).toBe(
      '5 minutes is shorter than the 15-minute minimum for short-term tokens; ask for 15 minutes or more.',
    );
  });
  it('accepts the bounds', () => {
    expect(checkTtl(900, limits)).toEqual([]);
    expect(checkTtl(43200, limits)).toEqual([]);
  });
  it('formats durations', () => {
    expect(formatDuration(5400)).toBe('1 hour 30 minutes');
    expect(formatDuration(3 * 86400)).toBe('3 days');
  });
});

describe('expiry days', () => {
  it('stays within [1, max] and allows never only when configured', () => {
    const s = settings();
    expect(checkExpiryDays(29, s)).toEqual([]);
    expect(checkExpiryDays(0, s)).toHaveLength(1);
    // Under 30 days by default: AWS's sample SCP for Bedrock API keys denies 30 or more.
    expect(checkExpiryDays(30, s)[0]).toMatch(/29-day maximum/);
    expect(checkExpiryDays(30, s)[0]).toContain('refused by AWS');
    expect(checkExpiryDays(null, s)).toHaveLength(1);
    expect(checkExpiryDays(null, settings({ allowNonExpiringApiKeys: true }))).toEqual([]);
  });
});

describe('whole requests', () => {
  it('fills token defaults', () => {
    expect(validateTokenRequest(parsed({ intent: 'token' }), settings())).toEqual({
      ok: true,
      value: { region: 'us-east-1', ttlSeconds: 43200 },
    });
  });
  it('lists all token problems with a hint', () => {
    const r = validateTokenRequest(
      parsed({ intent: 'token', ttlSeconds: 86400, region: 'moon-base-1x' }),
      settings(),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.type).toBe('invalid');
    expect(r.error.problems).toHaveLength(2);
    expect(r.error.hint).toMatch(/Nothing was created/);
  });
  it('fills key defaults', () => {
    const r = validateKeyRequest(
      parsed({ intent: 'create_key', businessUnit: 'marketing' }),
      settings(),
      MEMBER,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        businessUnit: 'marketing',
        userName: 'marketing-bedrock-user',
        owner: null,
        region: 'us-east-1',
        keyKind: 'api-key',
        ageDays: 14,
      },
    });
  });
  it('lists every key problem at once', () => {
    const r = validateKeyRequest(
      parsed({
        intent: 'create_key',
        businessUnit: 'x'.repeat(60),
        owner: 'nope',
        region: 'mars',
        expiryDays: 400,
      }),
      settings(),
      MEMBER,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.problems).toHaveLength(4);
  });
  it('refuses an expiry for access keys', () => {
    const r = validateKeyRequest(
      parsed({ intent: 'create_key', businessUnit: 'ci', keyKind: 'access-key', expiryDays: 30 }),
      settings(),
      MEMBER,
    );
    expect(r.ok).toBe(false);
  });
});
