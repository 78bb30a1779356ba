import type { ModelAvailability } from '../../src/core/aws-port.js';
import { describe, expect, it } from 'vitest';
import { renderOutcome } from '../../src/render/render-outcome.js';
import type { Outcome } from '../../src/core/outcome.js';
import {
  ACCESS_KEY_ID,
  catalog,
  claudeHaikuOnDemand,
  claudeSonnet,
  ctx,
  daysAgo,
  event,
  llama,
  NOW,
  unit,
} from './fixtures.js';
import { visible } from './helpers.js';
import { listButtons, messageToText } from '../../src/render/to-text.js';

describe('business-unit list', () => {
  const units = [
    unit(1, {
      businessUnit: 'marketing',
      owner: 'marketing@company.com',
      flags: { neverExpiringKeys: 1, keysOlderThan90Days: 0, keysExpiringWithin7Days: 0, noOwner: false },
    }),
    unit(2, {
      businessUnit: 'sales',
      flags: { neverExpiringKeys: 0, keysOlderThan90Days: 2, keysExpiringWithin7Days: 1, noOwner: false },
    }),
    unit(3, {
      businessUnit: 'engineering',
      owner: null,
      flags: { neverExpiringKeys: 0, keysOlderThan90Days: 0, keysExpiringWithin7Days: 0, noOwner: true },
    }),
    unit(4, { businessUnit: 'finance' }),
  ];
  const m = renderOutcome({ type: 'business-units', units, region: 'us-east-1' }, ctx);
  const text = visible(m);

  it('shows a table with owners, dates and key counts', () => {
    expect(text).toMatch(/UNIT\s+OWNER\s+CREATED\s+API\s+AK\s+FLAGS/);
    expect(text).toMatch(/marketing\s+marketing@company\.com\s+2026-11-10/);
    expect(text).toContain('4 business units');
  });

  it('flags never-expiring, old, expiring and ownerless units', () => {
    expect(text).toContain('marketing: ⚠ never expires ×1');
    expect(text).toContain('sales: old >90 d ×2, expires ≤7 d ×1');
    expect(text).toContain('engineering: no owner');
    expect(text).not.toMatch(/finance:/);
  });

  it('truncates long lists with a note', () => {
    const many = Array.from({ length: 300 }, (_, i) => unit(i));
    const t = visible(renderOutcome({ type: 'business-units', units: many, region: 'us-east-1' }, ctx));
    expect(t).toContain('…and 200 more; ask for details of one unit');
    expect(t).toContain('unit-099');
    expect(t).not.toContain('unit-100 ');
  });

  it('says how to start when there are none', () => {
    expect(visible(renderOutcome({ type: 'business-units', units: [], region: 'us-east-1' }, ctx))).toContain(
      '/bedrock key for <business-unit>',
    );
  });
});

describe('business-unit list by owner', () => {
  const mine = [unit(1, { businessUnit: 'web', owner: 'SRE@acme.io' }), unit(2, { businessUnit: 'api' })];
  const filter = { owner: 'sre@acme.io', checked: 40 };
  const more = { requestId: 'req-9', choiceKey: 'more' };

  it('says it is filtered, with the count, in Block Kit and as text', () => {
    const m = renderOutcome({ type: 'business-units', units: mine, region: 'us-east-1', filter }, ctx);
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Units owned by sre@acme.io: 2' } });
    expect(m.text).toBe('Units owned by sre@acme.io: 2');
    expect(messageToText(m)).toMatch(/web\s+SRE@acme\.io/);
  });

  it('a page with more to check: the first matches, how many units were checked, and More', () => {
    const m = renderOutcome(
      {
        type: 'business-units',
        units: mine,
        region: 'us-east-1',
        filter: { owner: 'sre@acme.io', checked: 100 },
        page: { first: 1, total: null, more },
      },
      ctx,
    );
    const t = visible(m);
    expect(t).toContain('Units owned by sre@acme.io: 1–2, more…');
    expect(t).toContain('Showing the first 2 matches, from the 100 units checked so far');
    expect(listButtons(m).map((b) => b.text.text)).toEqual(['More units']);
  });

  it('none found: says so plainly and what to try; with more unchecked, offers More', () => {
    const none = visible(
      renderOutcome({ type: 'business-units', units: [], region: 'us-east-1', filter }, ctx),
    );
    expect(none).toContain('No units owned by sre@acme.io.');
    expect(none).toContain('None of the 40 units has this email in its `owner` tag');
    expect(none).toContain('check the spelling of the email');
    const notYet = renderOutcome(
      {
        type: 'business-units',
        units: [],
        region: 'us-east-1',
        filter: { owner: 'sre@acme.io', checked: 100 },
        page: { first: 1, total: null, more },
      },
      ctx,
    );
    expect(visible(notYet)).toContain('No units owned by sre@acme.io among the 100 units checked so far.');
    expect(listButtons(notYet).map((b) => b.text.text)).toEqual(['More units']);
    const noMore = visible(
      renderOutcome(
        {
          type: 'business-units',
          units: [],
          region: 'us-east-1',
          filter: { owner: 'sre@acme.io', checked: 300 },
          page: { first: 5, total: 4 },
        },
        ctx,
      ),
    );
    expect(noMore).toContain('No more units owned by sre@acme.io.');
  });
});

describe('details', () => {
  it('shows user, ARN, tags, policies, access keys masked and API keys with expiry', () => {
    const m = renderOutcome(
      {
        type: 'details',
        now: NOW,
        details: {
          businessUnit: 'marketing',
          owner: 'marketing@company.com',
          user: {
            userName: 'marketing-bedrock-user',
            userId: 'AIDACKCEVSQ6C2EXAMPLE',
            arn: 'arn:aws:iam::123456789012:user/bedrock/marketing-bedrock-user',
            path: '/bedrock/',
            createdAt: daysAgo(200),
            tags: [{ key: 'business-unit', value: 'marketing' }],
          },
          attachedPolicies: [
            {
              policyName: 'AmazonBedrockLimitedAccess',
              policyArn: 'arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess',
            },
          ],
          inlinePolicies: ['legacy-inline'],
          accessKeys: [
            {
              accessKeyId: ACCESS_KEY_ID,
              status: 'Active',
              createdAt: daysAgo(120),
              lastUsedAt: daysAgo(1),
              lastUsedService: 'bedrock',
            },
          ],
          apiKeys: [
            {
              credentialId: 'ACCA1',
              alias: 'marketing-key-1',
              status: 'Active',
              createdAt: daysAgo(25),
              expiresAt: new Date(NOW.getTime() + 5 * 86_400_000),
            },
            {
              credentialId: 'ACCA2',
              alias: 'marketing-key-2',
              status: 'Inactive',
              createdAt: daysAgo(3),
              expiresAt: null,
            },
          ],
        },
      },
      ctx,
    );
    const text = visible(m);
    expect(text).toContain('arn:aws:iam::123456789012:user/bedrock/marketing-bedrock-user');
    expect(text).toContain('• business-unit: marketing');
    expect(text).toContain('AmazonBedrockLimitedAccess (managed)');
    expect(text).toContain('legacy-inline (inline)');
    expect(text).toContain(
      '`AKIA…MPLE` · Active · created 2026-07-24 (120 days ago) · last used 2026-11-20 (24 h ago) via bedrock',
    );
    expect(text).not.toContain(ACCESS_KEY_ID);
    expect(text).toContain('⚠ older than 90 days');
    expect(text).toContain('`marketing-key-1` · Active · created 2026-10-27');
    expect(text).toContain('expires 2026-11-26 (in 5 days) · ⚠ expires soon');
    expect(text).toContain('never expires · ⚠ never expires');
  });
});

function modelsOutcome(
  cat: ReturnType<typeof catalog>,
  availability: Record<string, ModelAvailability> = {},
  provider: string | null = null,
): Extract<Outcome, { type: 'models' }> {
  return {
    type: 'models',
    region: cat.region,
    provider,
    catalog: cat,
    availability,
    availabilityUnchecked: null,
  };
}

describe('models', () => {
  it('groups by provider, Anthropic first, with the IDs that work in the Region', () => {
    const text = visible(renderOutcome(modelsOutcome(catalog()), ctx));
    expect(text.indexOf('Anthropic (2)')).toBeLessThan(text.indexOf('Meta (1)'));
    expect(text).toContain(
      '• Claude Sonnet 4.5  `us.anthropic.claude-sonnet-4-5-20250929-v1:0` (inference profile) default',
    );
    expect(text).toContain('`meta.llama3-1-8b-instruct-v1:0`');
    expect(text).not.toContain('titan-embed');
  });

  it('uses the profile listed in the Region, not one guessed from its name', () => {
    const eu = catalog(
      [claudeSonnet, llama],
      [
        {
          profileId: 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0',
          name: 'EU Anthropic Claude Sonnet 4.5',
          status: 'ACTIVE',
          modelIds: [claudeSonnet.modelId],
          destinationRegions: ['eu-central-1', 'eu-west-1', 'eu-west-3'],
        },
      ],
      'eu-west-1',
    );
    const text = visible(renderOutcome(modelsOutcome(eu, {}, 'anthropic'), ctx));
    expect(text).toContain('`eu.anthropic.claude-sonnet-4-5-20250929-v1:0`');
  });

  it('says per model whether the account can call it, and what to do when not', () => {
    const avail = (modelId: string, over: Partial<ModelAvailability>): ModelAvailability => ({
      modelId,
      agreement: 'AVAILABLE',
      agreementMessage: null,
      authorized: true,
      entitled: true,
      inRegion: true,
      ...over,
    });
    const text = visible(
      renderOutcome(
        modelsOutcome(catalog(), {
          [claudeSonnet.modelId]: avail(claudeSonnet.modelId, { agreement: 'PENDING' }),
          [llama.modelId]: avail(llama.modelId, { agreement: 'NOT_AVAILABLE', entitled: false }),
          [claudeHaikuOnDemand.modelId]: avail(claudeHaikuOnDemand.modelId, {}),
        }),
        ctx,
      ),
    );
    expect(text).toContain('⏳ Claude Sonnet 4.5');
    expect(text).toContain('retry in about 15 minutes');
    expect(text).toContain('○ Llama 3.1 8B Instruct');
    expect(text).toContain('✓ Claude 3 Haiku');
    expect(text).toContain('aws-marketplace:Subscribe');
    expect(text).toContain('use-case form');
    expect(text).toContain('https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.html');
  });

  it('points Claude Opus 4.7 and later at the Messages API too', () => {
    const opus47 = {
      ...claudeSonnet,
      modelId: 'anthropic.claude-opus-4-7',
      modelName: 'Claude Opus 4.7',
      inferenceTypes: ['ON_DEMAND'],
    };
    const text = visible(renderOutcome(modelsOutcome(catalog([opus47, llama], [])), ctx));
    expect(text).toContain(
      'Claude Opus 4.7 also answers on the Anthropic Messages API: `https://bedrock-mantle.us-east-1.api.aws/anthropic/v1/messages`',
    );
    expect(visible(renderOutcome(modelsOutcome(catalog()), ctx))).not.toContain('bedrock-mantle');
  });

  it('when none can be called: the remedy, today’s way', () => {
    const text = visible(renderOutcome(modelsOutcome(catalog([], [], 'eu-central-2')), ctx));
    expect(text).toContain('aws-marketplace:Subscribe');
    expect(text).toContain('/bedrock models in us-east-1');
  });
});

describe('history', () => {
  it('lists events with time, kind, actor and unit', () => {
    const text = visible(
      renderOutcome({ type: 'history', businessUnit: null, events: [event(0), event(1)] }, ctx),
    );
    expect(text).toContain('2026-11-21 14:05 UTC · key created · Dana Admin · unit-0');
    expect(text).toContain('2026-11-21 13:05 UTC · approved · Dana Admin · unit-1');
  });

  it('truncates long histories with a note', () => {
    const events = Array.from({ length: 400 }, (_, i) => event(i));
    const text = visible(renderOutcome({ type: 'history', businessUnit: null, events }, ctx));
    expect(text).toMatch(/…and \d+ older events; ask for one unit/);
  });

  it('says when the ledger holds older events than it shows', () => {
    const events = [event(0), event(1)];
    const cut = visible(renderOutcome({ type: 'history', businessUnit: null, events, truncated: true }, ctx));
    expect(cut).toContain('History (newest 2)');
    expect(cut).toContain('Showing the newest 2 events; older events are in the ledger');
    const whole = visible(renderOutcome({ type: 'history', businessUnit: null, events }, ctx));
    expect(whole).toContain('History (2)');
    expect(whole).not.toContain('older events are in the ledger');
  });

  it('shows timestamps inside details as readable UTC times, not ISO strings', () => {
    const e = {
      ...event(0),
      kind: 'token_issued' as const,
      detail: 'region us-east-1, expires 2026-11-21T20:05:00.000Z',
    };
    const text = visible(renderOutcome({ type: 'history', businessUnit: null, events: [e] }, ctx));
    expect(text).toContain('expires 2026-11-21 20:05 UTC');
    expect(text).not.toContain('T20:05:00.000Z');
  });
});
