/**
 * `run --json` on the real engine, parser and renderers (fake AWS, in-memory ledger): every intent's
 * output is validated against the documented schema, docs/run-output.schema.json, and carries its
 * data as fields (never only as rendered text). Dry runs are recorded at the AwsPort: no write, no
 * token signature and no role assumption ever reaches it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runOnce, type RunJson } from '../../src/cli/run-command.js';
import type { AwsPort } from '../../src/core/aws-port.js';
import { authorize } from '../../src/core/authorize.js';
import { businessUnitPolicyArn } from '../../src/core/business-unit-policy.js';
import { createEngine } from '../../src/core/engine.js';
import type { Requester } from '../../src/core/requester.js';
import { DEFAULT_SETTINGS, type CoreSettings } from '../../src/core/settings.js';
import { planToken } from '../../src/core/token-flow.js';
import { validateStatedSlots } from '../../src/core/validation.js';
import { READ_METHODS, readOnlyAwsPort } from '../../src/dry-run/guarded-aws-ports.js';
import type { AwsMethod } from '../../src/dry-run/in-memory-iam.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../docs/run-output.schema.json'), 'utf8'),
) as object;
const ajv = new Ajv2020({
  strict: true,
  // `required` inside if/then names properties defined at the top level.
  strictRequired: false,
  allErrors: true,
  formats: {
    'date-time': (s: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(s) && !Number.isNaN(Date.parse(s)),
  },
});
const validate = ajv.compile(schema);

const SETTINGS: CoreSettings = {
  ...DEFAULT_SETTINGS,
  tokenSigningRoleArn: 'arn:aws:iam::123456789012:role/bedrock-token-signer',
};

interface World {
  aws: FakeAws;
  port: AwsPort;
  engine: ReturnType<typeof createEngine>;
  clock: FakeClock;
}

function world(wrap: (aws: FakeAws) => AwsPort = (a) => a): World {
  const clock = new FakeClock();
  const aws = new FakeAws({ clock });
  const marketing = 'marketing-bedrock-user';
  aws.seedUser({
    userName: marketing,
    tags: [
      { key: 'business-unit', value: 'marketing' },
      { key: 'owner', value: 'dana@example.com' },
      { key: 'created-by', value: 'bedrock-bot' },
    ],
    // What the bot attaches to its own users by default: the project's invoke-only policy.
    attachedPolicyArns: [businessUnitPolicyArn('123456789012')],
  });
  aws.seedApiKey(marketing);
  aws.seedAccessKey(marketing);
  aws.setCostAllocationTag('iamPrincipal/business-unit', 'Active');
  aws.seedCost({
    tagKey: 'iamPrincipal/business-unit',
    tagValue: 'marketing',
    date: '2026-03-01',
    service: 'Claude Sonnet 4.6 (Amazon Bedrock Edition)',
    amount: 7.5,
  });
  const port = wrap(aws);
  const engine = createEngine({
    aws: port,
    ledger: createMemoryLedger(),
    clock,
    ids: new SequentialIds(),
    settings: SETTINGS,
    parse: (text) => Promise.resolve(parseRequest(text)),
    commandName: '/bedrock',
  });
  return { aws, port, engine, clock };
}

async function run(
  w: World,
  text: string,
  flags: { yes?: boolean; dryRun?: boolean } = {},
): Promise<{ code: number; body: RunJson }> {
  const out = new PassThrough();
  let stdout = '';
  out.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  const code = await runOnce({
    engine: w.engine,
    text,
    yes: flags.yes ?? false,
    dryRun: flags.dryRun ?? false,
    json: true,
    stdinIsTTY: false,
    stdout: out,
    stderr: new PassThrough(),
    operator: { displayName: 'ana' },
    planToken: async (request: string, requester: Requester) => {
      const parse = parseRequest(request);
      if (parse.intent !== 'token') return null;
      const stated = validateStatedSlots(parse, SETTINGS, requester);
      if (stated !== null) return { ok: false, error: stated };
      if (authorize('token', requester, SETTINGS).kind === 'refuse') return null;
      return planToken(parse, requester, SETTINGS, w.clock.now());
    },
  });
  return { code, body: JSON.parse(stdout) as RunJson };
}

function expectValid(body: unknown): void {
  const valid = validate(body);
  expect(valid ? [] : validate.errors).toEqual([]);
}

describe('run --json: every intent, validated against docs/run-output.schema.json', () => {
  const cases: { text: string; flags?: { yes?: boolean; dryRun?: boolean }; check: (b: RunJson) => void }[] =
    [
      { text: 'help', check: (b) => expect(b.outcome).toBe('help') },
      { text: 'make me a sandwich', check: (b) => expect(b.outcome).toBe('unknown') },
      {
        text: 'token 2h',
        check: (b) => {
          expect(b.outcome).toBe('token');
          expect(b.token).toMatchObject({ region: 'us-east-1', signedWithRole: true });
          expect(b.credential?.kind).toBe('bearer-token');
        },
      },
      {
        text: 'token 2h in us-east-7',
        check: (b) => {
          expect(b.exitCode).toBe(2);
          expect(b.problems?.[0]).toContain('"us-east-7" is not an AWS Region');
        },
      },
      {
        text: 'list',
        check: (b) => {
          expect(b.units?.map((u) => u.businessUnit)).toEqual(['marketing']);
          expect(b.units?.[0]).toMatchObject({
            owner: 'dana@example.com',
            apiKeyCount: 1,
            accessKeyCount: 1,
          });
        },
      },
      {
        text: 'list everything owned by Dana@Example.com',
        check: (b) => {
          expect(b.outcome).toBe('business-units');
          expect(b.filter).toEqual({ owner: 'dana@example.com', checked: 1, complete: true });
          expect(b.units?.map((u) => u.businessUnit)).toEqual(['marketing']);
          expect(b.message).toContain('Units owned by dana@example.com: 1');
        },
      },
      {
        text: 'list everything owned by nobody@example.com',
        check: (b) => {
          expect(b.filter).toEqual({ owner: 'nobody@example.com', checked: 1, complete: true });
          expect(b.units).toEqual([]);
          expect(b.message).toContain('No units owned by nobody@example.com');
        },
      },
      {
        text: 'details for marketing',
        check: (b) => {
          expect(b.unit?.userName).toBe('marketing-bedrock-user');
          expect(b.unit?.apiKeys).toHaveLength(1);
          expect(b.unit?.accessKeys).toHaveLength(1);
        },
      },
      {
        text: 'models',
        check: (b) => {
          expect(b.region).toBe('us-east-1');
          expect(b.models?.length).toBeGreaterThan(0);
          expect(b.models?.[0]?.modelId).toMatch(/^[a-z]+\./);
        },
      },
      {
        text: 'history',
        check: (b) => {
          expect(b.events).toEqual([]);
          expect(b.truncated).toBe(false);
        },
      },
      {
        text: 'spend for marketing last 7 days',
        check: (b) => {
          expect(b.outcome).toBe('spend');
          expect(b.spend).toMatchObject({
            businessUnit: 'marketing',
            tagKey: 'iamPrincipal/business-unit',
            period: { start: '2026-02-24', end: '2026-03-03', granularity: 'DAILY' },
            total: 7.5,
            currency: 'USD',
            services: [{ service: 'Claude Sonnet 4.6 (Amazon Bedrock Edition)', amount: 7.5 }],
          });
          expect(b.spend?.days).toHaveLength(7);
          expect(b.message).toContain('$7.50');
        },
      },
      {
        text: 'what did marketing spend on bedrock last month',
        check: (b) => {
          expect(b.spend?.period).toMatchObject({
            start: '2026-02-01',
            end: '2026-03-01',
            label: 'February 2026',
          });
          expect(b.spend?.total).toBe(0);
        },
      },
      {
        text: 'spend this month',
        check: (b) => {
          expect(b.outcome).toBe('spend-overview');
          expect(b.spendOverview).toMatchObject({
            tagKey: 'iamPrincipal/business-unit',
            period: { start: '2026-03-01', granularity: 'MONTHLY' },
            units: [{ businessUnit: 'marketing', amount: 7.5 }],
            unattributed: 0,
            total: 7.5,
          });
          expect(b.message).toContain('marketing: $7.50 (100%)');
        },
      },
      {
        text: 'create key for marketing',
        check: (b) => {
          expect(b.exitCode).toBe(3);
          expect(b.plan).toMatchObject({ kind: 'create_key', mode: 'confirm', businessUnit: 'marketing' });
        },
      },
      {
        text: 'create key for data-science owner ana@example.com',
        flags: { yes: true },
        check: (b) => {
          expect(b.outcome).toBe('key-created');
          expect(b.key).toMatchObject({
            businessUnit: 'data-science',
            userCreated: true,
            keyKind: 'api-key',
          });
          expect(b.credential?.kind).toBe('api-key');
          expect(b.plan?.kind).toBe('create_key');
        },
      },
      {
        text: 'rotate api key for marketing',
        flags: { yes: true },
        check: (b) => {
          expect(b.outcome).toBe('key-created');
          expect(b.key?.oldKeys).toHaveLength(1);
        },
      },
      {
        text: 'revoke all keys for marketing',
        flags: { yes: true },
        check: (b) => {
          expect(b.outcome).toBe('keys-deleted');
          expect(b.deleted).toHaveLength(2);
        },
      },
      {
        text: 'deprovision marketing',
        flags: { yes: true },
        check: (b) => {
          expect(b.outcome).toBe('deprovisioned');
          expect(b.removed?.length).toBeGreaterThan(0);
        },
      },
      {
        text: 'deprovision marketing',
        flags: { dryRun: true },
        check: (b) => {
          expect(b).toMatchObject({ ok: true, dryRun: true, outcome: 'plan' });
          expect(b.plan).toMatchObject({ kind: 'deprovision', mode: 'dry-run', destructive: true });
        },
      },
      {
        text: 'token 2h',
        flags: { dryRun: true },
        check: (b) => {
          expect(b).toMatchObject({ ok: true, dryRun: true, outcome: 'plan' });
          expect(b.plan?.kind).toBe('token');
          expect(b.plan?.steps.flatMap((s) => s.actions)).toContain('sts:AssumeRole');
          expect(b.credential).toBeUndefined();
        },
      },
    ];

  for (const c of cases) {
    it(`${c.text}${c.flags?.yes ? ' --yes' : ''}${c.flags?.dryRun ? ' --dry-run' : ''}`, async () => {
      const w = world();
      const { code, body } = await run(w, c.text, c.flags);
      expect(code).toBe(body.exitCode);
      expectValid(body);
      c.check(body);
      // A secret appears in `credential` only: never in the message or the structured fields.
      const { credential: _credential, ...rest } = body;
      const elsewhere = JSON.stringify(rest);
      for (const secret of w.aws.issuedSecrets) expect(elsewhere).not.toContain(secret);
    });
  }

  it('the schema rejects what it should (an unknown field, a credential in a dry run)', () => {
    expect(validate({ ok: true, exitCode: 0, outcome: 'help', dryRun: false, message: '', extra: 1 })).toBe(
      false,
    );
    expect(
      validate({
        ok: true,
        exitCode: 0,
        outcome: 'help',
        dryRun: true,
        message: '',
        credential: {
          kind: 'bearer-token',
          token: 't',
          expiresAt: '2026-01-01T00:00:00Z',
          region: 'us-east-1',
          signerArn: 'a',
        },
      }),
    ).toBe(false);
  });
});

describe('--dry-run: recorded at the AwsPort, never a write, a signature or a role assumption', () => {
  const requests = [
    'token 2h',
    'token 30m in eu-west-1',
    'create key for marketing',
    'create key for data-science owner ana@example.com',
    'rotate api key for marketing',
    'revoke all keys for marketing',
    'deprovision marketing',
    'list',
    'details for marketing',
    'models in us-west-2',
    'history',
    'spend for marketing last month',
    'spend last month',
    'help',
  ];
  for (const text of requests) {
    it(`${text} --dry-run --yes`, async () => {
      const seen: { method: AwsMethod; passedOn: boolean }[] = [];
      const w = world((aws) =>
        readOnlyAwsPort(aws, { onCall: (method, passedOn) => seen.push({ method, passedOn }) }),
      );
      const seeded = w.aws.issuedSecrets.length;
      const { code, body } = await run(w, text, { dryRun: true, yes: true });
      expectValid(body);
      expect(body.dryRun).toBe(true);
      expect(code).toBe(0);
      expect(body.credential).toBeUndefined();
      // Nothing but reads was even asked of the port, and the fake IAM behind it saw no write.
      expect(seen.filter((s) => !READ_METHODS.has(s.method))).toEqual([]);
      expect(w.aws.mutatingCalls()).toEqual([]);
      expect(w.aws.callsTo('issueBearerToken')).toEqual([]);
      expect(w.aws.issuedSecrets).toHaveLength(seeded);
    });
  }

  it('the read-only port refuses writes and signatures itself, as values', async () => {
    const w = world((aws) => readOnlyAwsPort(aws));
    const created = await w.port.createUser({ userName: 'x-bedrock-user', path: '/bedrock/', tags: [] });
    expect(created).toMatchObject({ ok: false, error: { action: 'iam:CreateUser', awsErrorName: 'DryRun' } });
    const signed = await w.port.issueBearerToken({ region: 'us-east-1', ttlSeconds: 900, signAs: null });
    expect(signed.ok).toBe(false);
    expect(w.aws.mutatingCalls()).toEqual([]);
    expect(w.aws.callsTo('issueBearerToken')).toEqual([]);
  });
});
