import { describe, expect, it } from 'vitest';
import type { AwsFailureCode } from '../../src/core/aws-port.js';
import { explainFailure } from '../../src/core/explain-error.js';
import { choice, slotsFull } from '../../src/core/choices.js';
import type { ModelInfo } from '../../src/core/aws-port.js';
import type { Outcome } from '../../src/core/outcome.js';
import type { KeyRef, Plan, PlanStep } from '../../src/core/plan.js';
import { Secret } from '../../src/core/secret.js';
import { BLOCK_LIMITS } from '../../src/render/block-kit.js';
import { limitViolations, splitMrkdwn } from '../../src/render/limits.js';
import { renderApology, renderOutcome } from '../../src/render/render-outcome.js';
import {
  apiKeyCreated,
  at,
  catalog,
  createPlan,
  ctx,
  daysAgo,
  event,
  NOW,
  TOKEN_VALUE,
  tokenOutcome,
  unit,
} from './fixtures.js';

const long = (n: number, word = 'lorem'): string =>
  Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

const manyModels: ModelInfo[] = Array.from({ length: 400 }, (_, i) => ({
  modelId: `provider${i % 25}.model-${i}-with-a-long-identifier-v1:0`,
  modelName: `Model ${i} ${long(3)}`,
  providerName: `Provider ${i % 25}`,
  status: i % 7 === 0 ? 'LEGACY' : 'ACTIVE',
  inferenceTypes: i % 2 ? ['ON_DEMAND'] : ['INFERENCE_PROFILE'],
  inputModalities: ['TEXT'],
  outputModalities: ['TEXT'],
}));

const manyKeys: KeyRef[] = Array.from({ length: 60 }, (_, i) => ({
  kind: i % 2 ? 'api-key' : 'access-key',
  id: `AKIA${String(i).padStart(16, '0')}`,
  label: `label-${i}-${'x'.repeat(80)}`,
  createdAt: daysAgo(i).toISOString(),
}));

function bigPlan(destructive: boolean): Plan {
  const steps: PlanStep[] = Array.from({ length: 120 }, (_, i) => ({
    kind: destructive ? 'delete-access-key' : 'attach-policy',
    target: `arn:aws:iam::123456789012:policy/policy-${i}`,
    description: `Step ${i}: ${long(20)}`,
    actions: ['iam:AttachUserPolicy', 'iam:TagUser', 'iam:DeleteAccessKey'],
    destructive,
    alreadyDone: i % 5 === 0,
  }));
  return {
    ...createPlan(),
    title: `A very long title ${long(60)}`,
    kind: destructive ? 'deprovision' : 'create_key',
    steps,
    destructive,
    warnings: Array.from({ length: 80 }, (_, i) => `Warning ${i}: ${long(15)}`),
    params: {
      ...createPlan().params,
      owner: 'x'.repeat(3000),
      tags: Array.from({ length: 50 }, (_, i) => ({ key: `tag-${i}`, value: 'v'.repeat(200) })),
      targetKeys: manyKeys,
    },
  };
}

const hugeToken = new Secret(`bedrock-api-key-${'Z'.repeat(9000)}&Version=1`);

/** Every outcome type, each with inputs far beyond what Slack accepts. TypeScript checks every type is here. */
const LARGE: { [K in Outcome['type']]: Extract<Outcome, { type: K }>[] } = {
  help: [
    { type: 'help', isAdmin: true },
    { type: 'help', isAdmin: false },
  ],
  unknown: [{ type: 'unknown', text: long(2000) }],
  question: [
    {
      type: 'question',
      question: long(1500),
      requestId: 'req-q',
      choices: Array.from({ length: 60 }, (_, i) =>
        choice(`choice-${i}-${'k'.repeat(300)}`, `Choice ${i} ${long(30)}`, { intent: 'token' }, long(40)),
      ),
    },
  ],
  refused: [{ type: 'refused', reason: long(1500), hint: long(1500) }],
  invalid: [
    {
      type: 'invalid',
      problems: Array.from({ length: 200 }, (_, i) => `Problem ${i}: ${long(20)}`),
      hint: long(900),
    },
  ],
  failure: [
    {
      type: 'failure',
      failure: {
        title: long(100),
        detail: long(2000),
        fix: Array.from({ length: 100 }, (_, i) => `Fix ${i}: ${long(20)}`),
        policyStatement: JSON.stringify(
          {
            Statement: Array.from({ length: 300 }, (_, i) => ({
              Effect: 'Allow',
              Action: [`iam:Action${i}`],
              Resource: '*',
            })),
          },
          null,
          2,
        ),
        commands: Array.from({ length: 200 }, (_, i) => `aws iam get-user --user-name user-${i}`),
        awsAction: 'iam:CreateUser',
        awsErrorName: 'AccessDenied',
        retryable: true,
      },
      reference: 'r'.repeat(500),
    },
  ],
  token: [
    {
      ...tokenOutcome({
        token: hugeToken,
        cappedBySigningCredentials: true,
        roleDurationFallbackSeconds: 3600,
      }),
      catalog: catalog(manyModels, []),
    },
    tokenOutcome({}, []),
  ],
  plan: (['confirm', 'approval-requested', 'dry-run'] as const).flatMap((mode) => [
    { type: 'plan' as const, plan: bigPlan(true), requestId: 'req-p', mode, expiresAt: at(15) },
    { type: 'plan' as const, plan: bigPlan(false), requestId: 'req-p', mode, expiresAt: at(15) },
  ]),
  'approval-card': (['pending', 'approved', 'denied', 'expired'] as const).map((state) => ({
    type: 'approval-card' as const,
    plan: bigPlan(state === 'pending'),
    requestId: 'req-a',
    requesterId: 'U0123ABCD',
    requesterName: long(50),
    expiresAt: at(60),
    state,
    decidedBy: 'U0999ADMIN',
    reason: long(800),
    approvalsNeeded: 2 as const,
    firstApprovedBy: long(100),
    ...(state === 'approved' ? { breakGlass: long(2000) } : {}),
  })),
  'break-glass': [
    {
      type: 'break-glass',
      plan: bigPlan(false),
      requestId: 'req-a',
      requesterName: long(100),
      approverId: 'U0999ADMIN',
      approverName: long(100),
      reason: long(3000),
    },
  ],
  'approved-notice': [
    { type: 'approved-notice', plan: bigPlan(false), requestId: 'req-a', approverName: long(100) },
  ],
  'denied-notice': [
    { type: 'denied-notice', plan: bigPlan(false), approverName: long(100), reason: long(1000) },
  ],
  'expired-notice': [{ type: 'expired-notice', title: long(2000) }],
  cancelled: [{ type: 'cancelled', title: long(2000) }],
  'key-created': [
    apiKeyCreated({
      apiKey: {
        credentialId: 'ACCA1',
        alias: long(100),
        secret: new Secret('S'.repeat(7000)),
        createdAt: NOW,
        expiresAt: null,
      },
      tags: Array.from({ length: 50 }, (_, i) => ({ key: `tag-${i}`, value: 'v'.repeat(200) })),
      catalog: catalog(manyModels, []),
      otherKeys: manyKeys,
      notes: Array.from({ length: 100 }, (_, i) => `Note ${i}: ${long(20)}`),
      rotation: { requestId: 'req-rot', oldKeys: manyKeys },
    }),
    apiKeyCreated({
      keyKind: 'access-key',
      apiKey: null,
      accessKey: {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: new Secret('s'.repeat(5000)),
        createdAt: NOW,
      },
      catalog: catalog([], []),
    }),
  ],
  'keys-deleted': [
    {
      type: 'keys-deleted',
      businessUnit: 'bu',
      userName: 'bu-bedrock-user',
      deleted: manyKeys,
      notes: Array.from({ length: 100 }, () => long(30)),
    },
  ],
  deprovisioned: [
    {
      type: 'deprovisioned',
      businessUnit: 'bu',
      userName: 'bu-bedrock-user',
      removed: Array.from({ length: 300 }, (_, i) => `Removed thing ${i} ${long(10)}`),
    },
  ],
  'slots-full': [
    { ...slotsFull('bu', 'api-key', manyKeys), requestId: 'req-s' },
    slotsFull('bu', 'access-key', manyKeys.slice(0, 2)),
  ],
  reconciled: [{ type: 'reconciled', businessUnit: 'bu', deleted: manyKeys, message: long(1000) }],
  'business-units': [
    {
      type: 'business-units',
      region: 'us-east-1',
      units: Array.from({ length: 300 }, (_, i) =>
        unit(i, {
          businessUnit: `unit-${i}-${'n'.repeat(i % 40)}`,
          owner: i % 9 === 0 ? null : `owner-${i}-${'o'.repeat(i % 30)}@company.com`,
          flags: {
            neverExpiringKeys: i % 3,
            keysOlderThan90Days: i % 4,
            keysExpiringWithin7Days: i % 5,
            noOwner: i % 9 === 0,
          },
          legacy: i % 11 === 0,
        }),
      ),
    },
  ],
  details: [
    {
      type: 'details',
      now: NOW,
      details: {
        businessUnit: 'bu',
        owner: null,
        user: {
          userName: 'bu-bedrock-user',
          userId: 'AID',
          arn: 'arn:aws:iam::1:user/bu-bedrock-user',
          path: '/',
          createdAt: daysAgo(400),
          tags: Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: 'v'.repeat(250) })),
        },
        attachedPolicies: Array.from({ length: 40 }, (_, i) => ({
          policyName: `Policy${i}`,
          policyArn: `arn:aws:iam::aws:policy/${'P'.repeat(100)}${i}`,
        })),
        inlinePolicies: Array.from({ length: 40 }, (_, i) => `inline-${i}-${'i'.repeat(100)}`),
        accessKeys: Array.from({ length: 50 }, (_, i) => ({
          accessKeyId: `AKIA${i}XXXXXXXXXXXXXXX`,
          status: 'Active' as const,
          createdAt: daysAgo(i * 10),
          lastUsedAt: i % 2 ? daysAgo(i) : null,
          lastUsedService: 'bedrock',
        })),
        apiKeys: Array.from({ length: 50 }, (_, i) => ({
          credentialId: `ACCA${i}`,
          alias: `alias-${i}-${'a'.repeat(60)}`,
          status: 'Active' as const,
          createdAt: daysAgo(i * 5),
          expiresAt: i % 3 ? at(i * 1000) : null,
        })),
      },
    },
  ],
  models: [
    {
      type: 'models',
      region: 'us-east-1',
      provider: null,
      catalog: catalog(manyModels, []),
      availability: Object.fromEntries(
        manyModels.map((m, i) => [
          m.modelId,
          {
            modelId: m.modelId,
            agreement: i % 2 ? 'PENDING' : 'AVAILABLE',
            agreementMessage: null,
            authorized: i % 3 !== 0,
            entitled: true,
            inRegion: true,
          },
        ]),
      ),
      availabilityUnchecked: null,
    },
    {
      type: 'models',
      region: 'us-east-1',
      provider: 'anthropic',
      catalog: catalog([], []),
      availability: {},
      availabilityUnchecked: 'AccessDenied on bedrock:GetFoundationModelAvailability',
    },
  ],
  history: [
    {
      type: 'history',
      businessUnit: null,
      events: Array.from({ length: 200 }, (_, i) => ({ ...event(i), detail: long(80) })),
    },
    { type: 'history', businessUnit: 'bu', events: [] },
  ],
  spend: [
    {
      type: 'spend',
      spend: {
        businessUnit: 'b'.repeat(300),
        userName: `${'b'.repeat(300)}-bedrock-user`,
        owner: 'o'.repeat(500),
        tagKey: 'iamPrincipal/business-unit',
        tagValue: 'v'.repeat(300),
        period: { start: '2025-11-01', end: '2026-12-01', granularity: 'MONTHLY', label: long(300) },
        currency: 'USD',
        total: 123456789.123,
        estimated: true,
        months: Array.from({ length: 14 }, (_, i) => ({
          month: `2026-${String((i % 12) + 1).padStart(2, '0')}`,
          amount: i * 1000.5,
          estimated: i === 13,
        })),
        days: Array.from({ length: 400 }, (_, i) => ({
          date: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
          amount: i,
          estimated: false,
        })),
        services: Array.from({ length: 300 }, (_, i) => ({
          service: `${long(40)} ${i} (Amazon Bedrock Edition)`,
          amount: i,
        })),
        otherServices: Array.from({ length: 100 }, (_, i) => ({ service: long(200), amount: i })),
        notes: Array.from({ length: 30 }, () => long(500)),
      },
    },
    {
      type: 'spend',
      spend: {
        businessUnit: 'bu',
        userName: 'bu-bedrock-user',
        owner: null,
        tagKey: 'iamPrincipal/business-unit',
        tagValue: 'bu',
        period: { start: '2026-11-01', end: '2026-11-08', granularity: 'DAILY', label: 'the last 7 days' },
        currency: 'EUR',
        total: 0,
        estimated: false,
        months: [],
        days: [],
        services: [],
        otherServices: [],
        notes: [],
      },
    },
  ],
  'spend-overview': [
    {
      type: 'spend-overview',
      overview: {
        tagKey: 'iamPrincipal/business-unit',
        period: { start: '2025-11-01', end: '2026-12-01', granularity: 'MONTHLY', label: long(300) },
        currency: 'USD',
        total: 987654321.5,
        units: Array.from({ length: 900 }, (_, i) => ({
          businessUnit: `${'u'.repeat(60)}-${i}`,
          amount: 900 - i,
          estimated: i % 2 === 0,
        })),
        unattributed: 12.5,
        estimated: true,
        notes: Array.from({ length: 30 }, () => long(500)),
      },
    },
    {
      type: 'spend-overview',
      overview: {
        tagKey: 'iamPrincipal/business-unit',
        period: { start: '2026-11-01', end: '2026-11-08', granularity: 'DAILY', label: 'the last 7 days' },
        currency: 'EUR',
        total: 0,
        units: [],
        unattributed: 0,
        estimated: false,
        notes: [],
      },
    },
  ],
  done: [
    {
      type: 'done',
      title: long(500),
      actorName: long(30),
      succeeded: true,
      summary: Array.from({ length: 200 }, () => long(30)),
    },
    { type: 'done', title: 'Rotate', actorName: 'Dana', succeeded: false, summary: [] },
  ],
  dismissed: [{ type: 'dismissed' }],
  parsed: [
    {
      type: 'parsed',
      parse: {
        intent: 'create_key',
        businessUnit: 'b'.repeat(3000),
        owner: null,
        ttlSeconds: 3600,
        region: 'us-east-1',
        keyKind: 'api-key',
        expiryDays: 30,
        keyId: null,
        all: false,
        longTerm: true,
        provider: null,
        period: null,
        confidence: 0.3,
        reason: long(1000),
      },
    },
  ],
};

const AWS_FAILURE_CODES: AwsFailureCode[] = [
  'AccessDenied',
  'CredentialsMissing',
  'CredentialsExpired',
  'NoSuchEntity',
  'EntityAlreadyExists',
  'LimitExceeded',
  'DeleteConflict',
  'EntityTemporarilyUnmodifiable',
  'Throttling',
  'InvalidInput',
  'UnknownRegion',
  'EndpointUnreachable',
  'ModelNotAvailable',
  'DataUnavailable',
  'CostExplorerNotEnabled',
  'ServiceFailure',
  'Timeout',
  'Unknown',
];

describe('every outcome stays within Slack limits', () => {
  for (const [type, outcomes] of Object.entries(LARGE)) {
    outcomes.forEach((outcome, i) => {
      it(`${type} #${i}`, () => {
        const m = renderOutcome(outcome as Outcome, ctx);
        expect(limitViolations(m)).toEqual([]);
        expect(m.blocks.length).toBeLessThanOrEqual(BLOCK_LIMITS.blocksPerMessage);
        expect(m.text.length).toBeGreaterThan(0);
        expect(m.containsSecret).toBe(type === 'token' || type === 'key-created');
        // AWS retired the Model access page: no answer may send people there.
        expect(JSON.stringify(m)).not.toMatch(/model access page|→ \*?model access/i);
        // The notification text never holds a secret; only secret-marked messages hold one at all.
        for (const secret of ['ZZZZZZZZZZ', 'SSSSSSSSSS', 'ssssssssss', TOKEN_VALUE]) {
          expect(m.text).not.toContain(secret);
          if (!m.containsSecret) expect(JSON.stringify(m.blocks)).not.toContain(secret);
        }
      });
    });
  }

  it('no failure explanation sends people to the retired Model access page', () => {
    for (const code of AWS_FAILURE_CODES) {
      for (const action of ['bedrock:InvokeModel', 'bedrock:ListFoundationModels', 'iam:AttachUserPolicy']) {
        const failure = explainFailure(
          { code, action, awsErrorName: code, message: 'm', ambiguous: false },
          { doing: 'do it', region: 'eu-central-1' },
        );
        const text = JSON.stringify(renderOutcome({ type: 'failure', failure }, ctx));
        expect(text, `${code} on ${action}`).not.toMatch(/model access page|→ \*?model access/i);
      }
    }
  });

  it('the apology fits and carries the reference', () => {
    const m = renderApology('ref-123');
    expect(limitViolations(m)).toEqual([]);
    expect(m.text).toContain('ref-123');
    expect(m.containsSecret).toBe(false);
  });

  it('a huge list says what was left out', () => {
    const m = renderOutcome(LARGE.history[0] as Outcome, ctx);
    expect(JSON.stringify(m.blocks)).toMatch(/…and \d+ older events/);
  });
});

describe('splitMrkdwn', () => {
  it('closes and reopens a code block cut in two', () => {
    const text = `intro\n\`\`\`${Array.from({ length: 400 }, (_, i) => `line ${i} ${'x'.repeat(20)}`).join('\n')}\`\`\`\noutro`;
    const chunks = splitMrkdwn(text, 3000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(3000);
      expect((c.split('```').length - 1) % 2).toBe(0);
    }
    expect(chunks.join('\n').replace(/```/g, '')).toBe(text.replace(/```/g, ''));
  });

  it('leaves short text alone', () => {
    expect(splitMrkdwn('hello', 3000)).toEqual(['hello']);
  });
});
