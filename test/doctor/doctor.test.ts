import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import type { AwsPort } from '../../src/core/aws-port.js';
import { policyAllows, type PolicyDocument } from '../../src/core/least-privilege-policy.js';
import { err, ok } from '../../src/core/result.js';
import {
  botPermissionChecks,
  checkNodeVersion,
  runDoctor,
  type PolicySimulator,
  type SimulationCheck,
} from '../../src/doctor/doctor.js';
import { awsFailure, FakeAws } from '../fakes/fake-aws.js';
import { FakeClock } from '../fakes/fake-clock.js';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.js';

let slack: FakeSlack;

beforeAll(async () => {
  slack = await startFakeSlack({
    tokens: {
      'xoxb-good-1': {},
      'xoxb-noscope-1': { scopes: ['commands', 'app_mentions:read', 'chat:write', 'im:write', 'users:read'] },
      'xoxb-noheader-1': { scopes: null },
      'xoxb-user-1': { bot: false },
      'xoxb-revoked-1': { error: 'token_revoked' },
    },
    appTokens: { 'xapp-1-A0GOOD': {}, 'xapp-1-A0REVOKED': { error: 'invalid_auth' } },
  });
});
afterAll(async () => {
  await slack.close();
});

const ROLE = 'arn:aws:iam::123456789012:role/bedrock-token-signer';

function env(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-good-1',
    SLACK_APP_TOKEN: 'xapp-1-A0GOOD',
    SLACK_API_URL: slack.apiUrl,
    ADMIN_USER_IDS: 'U0ADMIN1',
    BEDROCK_REGION: 'us-east-1',
    ...overrides,
  };
}

const allowAll: PolicySimulator = ({ checks }) =>
  Promise.resolve(
    ok(checks.map((c) => ({ action: c.action, resourceArn: c.resourceArn, decision: 'allowed' as const }))),
  );

async function doctor(opts: {
  env?: Record<string, string | undefined>;
  aws?: AwsPort | null;
  simulate?: PolicySimulator | null;
}): Promise<{ code: number; out: string }> {
  const clock = new FakeClock();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => {
    out += c.toString('utf8');
  });
  const code = await runDoctor({
    config: loadConfig(opts.env ?? env(), { envFileDir: null }),
    aws: opts.aws === undefined ? new FakeAws({ clock }) : opts.aws,
    simulate: opts.simulate === undefined ? allowAll : opts.simulate,
    stdout,
    now: () => clock.now(),
    slackTimeoutMs: 3000,
  });
  return { code, out };
}

/** The line for a check and the fix line right after it. */
function lineWith(out: string, text: string): string {
  const line = out.split('\n').find((l) => l.includes(text));
  if (line === undefined) throw new Error(`no line with "${text}" in:\n${out}`);
  return line;
}

function fixAfter(out: string, text: string): string {
  const lines = out.split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  const fix = lines.slice(i + 1).find((l) => l.trim().startsWith('fix:'));
  if (i < 0 || fix === undefined) throw new Error(`no fix after "${text}" in:\n${out}`);
  return fix;
}

describe('bedrock-bot doctor', () => {
  it('passes everything on a good setup and exits 0', async () => {
    const { code, out } = await doctor({});
    expect(code).toBe(0);
    expect(out).toContain('✓ Settings are valid: Slack in Socket Mode, default region us-east-1');
    expect(out).toContain('✓ Bot token works: workspace Example (T0TEAM01), bot @bedrock (UBOT0001)');
    expect(out).toContain('✓ Bot token scopes: all 7 needed are granted');
    expect(out).toContain('✓ App-level token works');
    expect(out).toContain(
      '✓ AWS identity: arn:aws:iam::123456789012:user/bedrock-bot (account 123456789012)',
    );
    expect(out).toMatch(/✓ Permissions: all \d+ actions the bot calls are allowed/);
    expect(out).toContain(
      '✓ Default model in us-east-1: Claude Sonnet 4.5 (anthropic.claude-sonnet-4-5-20250929-v1:0); 4 models callable there, 2 Anthropic; this account can call it',
    );
    expect(out).toContain(
      '✓ API key lifetime: keys of 14 days and of 29 days are allowed (simulated with iam:ServiceSpecificCredentialAgeDays)',
    );
    expect(out).toContain(
      '✓ Policy for business-unit users exists: arn:aws:iam::123456789012:policy/bedrock-bot/bedrock-bot-invoke-only (invoke-only)',
    );
    expect(out).toContain("✓ Tokens are signed with the bot's own credentials");
    expect(out).toContain('All checks passed.');
    expect(out).not.toContain('✗');
  });

  it('never prints the test token it signs', async () => {
    const aws = new FakeAws({ clock: new FakeClock() });
    const { out } = await doctor({ env: env({ TOKEN_SIGNING_ROLE_ARN: ROLE }), aws });
    expect(aws.callsTo('issueBearerToken')).toHaveLength(1);
    expect(aws.callsTo('issueBearerToken')[0]?.[0]).toMatchObject({
      ttlSeconds: 900,
      signAs: { roleArn: ROLE },
    });
    expect(aws.issuedSecrets.length).toBeGreaterThan(0);
    for (const secret of aws.issuedSecrets) expect(out).not.toContain(secret);
    expect(out).toContain('✓ Signing role can be assumed');
    // The doctor changes nothing in AWS.
    expect(aws.mutatingCalls()).toEqual([]);
  });

  describe('settings', () => {
    it('lists every problem with its fix and stops there', async () => {
      const before = slack.calls.length;
      const { code, out } = await doctor({ env: env({ PORT: 'http', TOKEN_MAX_TTL: '2d' }) });
      expect(code).toBe(1);
      expect(slack.calls.length).toBe(before);
      expect(lineWith(out, 'PORT')).toMatch(/✗ PORT: /);
      expect(fixAfter(out, '✗ PORT')).toContain('port number');
      expect(lineWith(out, 'TOKEN_MAX_TTL')).toContain('✗');
      expect(out).toContain('- Slack not checked: fix the settings first');
      expect(out).toContain('- AWS not checked: fix the settings first');
    });

    it('warns when nobody can approve, and when non-expiring keys are allowed', async () => {
      const { code, out } = await doctor({
        env: env({ ADMIN_USER_IDS: undefined, ALLOW_NON_EXPIRING_API_KEYS: 'true' }),
      });
      expect(code).toBe(0);
      expect(lineWith(out, 'No admins are configured')).toMatch(/^ {2}! /);
      expect(fixAfter(out, 'No admins')).toContain('ADMIN_USER_IDS');
      expect(lineWith(out, 'ALLOW_NON_EXPIRING_API_KEYS')).toMatch(/^ {2}! /);
      expect(out).toContain('Essential checks passed, with 2 warnings');
    });
  });

  describe('Slack', () => {
    it('without Slack settings: a warning, not a failure', async () => {
      const { code, out } = await doctor({ env: { BEDROCK_REGION: 'us-east-1' } });
      expect(code).toBe(0);
      expect(lineWith(out, 'Slack is not configured')).toMatch(/^ {2}! /);
      expect(fixAfter(out, 'Slack is not configured')).toContain('manifest.yml');
    });

    it('invalid_auth: says the token is not accepted and where to copy it', async () => {
      const { code, out } = await doctor({ env: env({ SLACK_BOT_TOKEN: 'xoxb-unknown-1' }) });
      expect(code).toBe(1);
      expect(out).toContain('✗ Slack rejected SLACK_BOT_TOKEN: invalid_auth');
      expect(fixAfter(out, 'rejected SLACK_BOT_TOKEN')).toContain('Bot User OAuth Token (xoxb-…)');
    });

    it('a revoked token: reinstall the app', async () => {
      const { code, out } = await doctor({ env: env({ SLACK_BOT_TOKEN: 'xoxb-revoked-1' }) });
      expect(code).toBe(1);
      expect(out).toContain('✗ Slack rejected SLACK_BOT_TOKEN: token_revoked');
      expect(fixAfter(out, 'token_revoked')).toContain('reinstall the app');
    });

    it('missing scopes: names each one and how to add them', async () => {
      const { code, out } = await doctor({ env: env({ SLACK_BOT_TOKEN: 'xoxb-noscope-1' }) });
      expect(code).toBe(1);
      expect(out).toContain('✗ Bot token is missing 2 scopes: im:history, users:read.email');
      expect(fixAfter(out, 'missing 2 scopes')).toContain('OAuth & Permissions → Bot Token Scopes');
    });

    it('needs usergroups:read only when an admin user group is configured', async () => {
      const { code, out } = await doctor({
        env: env({ SLACK_BOT_TOKEN: 'xoxb-noscope-1', ADMIN_USER_GROUP_ID: 'S0ADMINS' }),
      });
      expect(code).toBe(1);
      expect(out).toContain('missing 3 scopes: im:history, users:read.email, usergroups:read');
    });

    it('no scopes header: a warning that lists what to check by hand', async () => {
      const { code, out } = await doctor({ env: env({ SLACK_BOT_TOKEN: 'xoxb-noheader-1' }) });
      expect(code).toBe(0);
      expect(lineWith(out, 'did not report')).toMatch(/^ {2}! /);
      expect(fixAfter(out, 'did not report')).toContain('users:read.email');
    });

    it('a user token instead of the bot token fails', async () => {
      const { code, out } = await doctor({ env: env({ SLACK_BOT_TOKEN: 'xoxb-user-1' }) });
      expect(code).toBe(1);
      expect(out).toContain('✗ SLACK_BOT_TOKEN works but is not a bot token');
    });

    it('a rejected app-level token fails with how to create one', async () => {
      const { code, out } = await doctor({ env: env({ SLACK_APP_TOKEN: 'xapp-1-A0REVOKED' }) });
      expect(code).toBe(1);
      expect(out).toContain('✗ Slack rejected SLACK_APP_TOKEN: invalid_auth');
      expect(fixAfter(out, 'SLACK_APP_TOKEN: invalid_auth')).toContain('connections:write');
    });

    it('an app token of the wrong shape fails without calling Slack', async () => {
      const before = slack.calls.length;
      const { code, out } = await doctor({ env: env({ SLACK_APP_TOKEN: 'xapp-nodigits' }) });
      expect(code).toBe(1);
      expect(out).toContain('✗ SLACK_APP_TOKEN does not look like an app-level token');
      expect(slack.calls.slice(before).map((c) => c.method)).toEqual(['auth.test']);
    });

    it('Slack not reachable: says so and what to check', async () => {
      const { code, out } = await doctor({ env: env({ SLACK_API_URL: 'http://127.0.0.1:9/api/' }) });
      expect(code).toBe(1);
      expect(out).toContain('✗ Slack API not reachable at http://127.0.0.1:9/api/');
      expect(fixAfter(out, 'not reachable')).toContain('network');
    });

    it('HTTP mode: no app token needed', async () => {
      const { code, out } = await doctor({
        env: env({ SLACK_APP_TOKEN: undefined, SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789' }),
      });
      expect(code).toBe(0);
      expect(out).toContain('✓ HTTP mode: signing secret set');
    });
  });

  describe('AWS', () => {
    it('no credentials: fails with how to connect', async () => {
      const { code, out } = await doctor({ aws: null });
      expect(code).toBe(1);
      expect(out).toContain('✗ No AWS credentials found');
      expect(fixAfter(out, 'No AWS credentials')).toMatch(/AWS_PROFILE.*aws sts get-caller-identity/);
    });

    it('expired credentials: fails, says how to refresh, and skips the rest', async () => {
      const aws = new FakeAws({ clock: new FakeClock() }).failAlways('whoAmI', 'CredentialsExpired');
      const { code, out } = await doctor({ aws });
      expect(code).toBe(1);
      expect(out).toContain('✗ AWS identity unknown (sts:GetCallerIdentity): CredentialsExpired');
      expect(fixAfter(out, 'AWS identity unknown')).toContain('aws sso login');
      expect(out).toContain('- Permissions, models and the signing role not checked');
      expect(aws.callsTo('listFoundationModels')).toEqual([]);
    });

    it('missing credentials reported by AWS: the connect fix', async () => {
      const aws = new FakeAws({ clock: new FakeClock() }).failAlways('whoAmI', 'CredentialsMissing');
      const { code, out } = await doctor({ aws });
      expect(code).toBe(1);
      expect(fixAfter(out, 'AWS identity unknown')).toContain('AWS_PROFILE');
    });

    it('denied actions: lists them and points at the policy command', async () => {
      const simulate: PolicySimulator = ({ checks }) =>
        Promise.resolve(
          ok(
            checks.map((c) => ({
              action: c.action,
              resourceArn: c.resourceArn,
              decision:
                c.action === 'iam:CreateUser' || c.action === 'iam:CreateServiceSpecificCredential'
                  ? ('implicitDeny' as const)
                  : ('allowed' as const),
            })),
          ),
        );
      const { code, out } = await doctor({ simulate, env: env({ SLACK_BOT_TOKEN: 'xoxb-noscope-1' }) });
      expect(code).toBe(1);
      expect(out).toContain(
        '✗ Permissions: 1 action the bot calls is not allowed for arn:aws:iam::123456789012:user/bedrock-bot',
      );
      // CreateServiceSpecificCredential is simulated with the key age the bot asks for.
      expect(out).toContain(
        '✗ API keys of 14 days, of 29 days are refused: iam:CreateServiceSpecificCredential',
      );
      expect(out).toContain(
        'iam:CreateUser on arn:aws:iam::123456789012:user/bedrock/doctor-check-bedrock-user: not allowed',
      );
      expect(fixAfter(out, '✗ Permissions')).toContain(
        'npx bedrock-bot policy --principal arn:aws:iam::123456789012:user/bedrock-bot',
      );
    });

    it('an explicit deny: says an SCP or boundary blocks it', async () => {
      const simulate: PolicySimulator = ({ checks }) =>
        Promise.resolve(
          ok(
            checks.map((c) => ({
              action: c.action,
              resourceArn: c.resourceArn,
              decision: c.action === 'iam:DeleteUser' ? ('explicitDeny' as const) : ('allowed' as const),
            })),
          ),
        );
      const { code, out } = await doctor({ simulate });
      expect(code).toBe(1);
      expect(out).toContain('iam:DeleteUser on');
      expect(out).toContain('explicitly denied');
      expect(fixAfter(out, '✗ Permissions')).toContain('explicit Deny');
    });

    it('spend: Cost Explorer simulated apart; denied is a warning with the statement to add, not a failure', async () => {
      const good = await doctor({});
      expect(lineWith(good.out, 'Spend per unit')).toMatch(
        /^ {2}✓ Spend per unit: ce:GetCostAndUsage, ce:ListCostAllocationTags allowed/,
      );
      const simulate: PolicySimulator = ({ checks }) =>
        Promise.resolve(
          ok(
            checks.map((c) => ({
              action: c.action,
              resourceArn: c.resourceArn,
              decision: c.action.startsWith('ce:') ? ('implicitDeny' as const) : ('allowed' as const),
            })),
          ),
        );
      const { code, out } = await doctor({ simulate });
      expect(code).toBe(0);
      expect(out).toMatch(/✓ Permissions: all \d+ actions the bot calls are allowed/);
      expect(lineWith(out, 'Spend per unit will not work')).toMatch(
        /^ {2}! .*ce:GetCostAndUsage, ce:ListCostAllocationTags not allowed/,
      );
      expect(fixAfter(out, 'Spend per unit will not work')).toContain('ReadBusinessUnitSpend');
    });

    it('simulation not allowed: a warning, with the manual command', async () => {
      const simulate: PolicySimulator = () =>
        Promise.resolve(err(awsFailure('AccessDenied', 'iam:SimulatePrincipalPolicy')));
      const { code, out } = await doctor({ simulate });
      expect(code).toBe(0);
      expect(lineWith(out, 'Permissions not checked')).toMatch(/^ {2}! .*AccessDenied/);
      expect(fixAfter(out, 'Permissions not checked')).toContain(
        'aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:user/bedrock-bot',
      );
    });

    it('no simulator at all: a warning', async () => {
      const { code, out } = await doctor({ simulate: null });
      expect(code).toBe(0);
      expect(lineWith(out, 'policy simulation is not available')).toMatch(/^ {2}! /);
    });

    it('simulates the role behind an assumed-role session, and warns about role chaining', async () => {
      const aws = new FakeAws({
        clock: new FakeClock(),
        callerArn: 'arn:aws:sts::123456789012:assumed-role/bedrock-bot-task/abc123',
      });
      const seen: string[] = [];
      const simulate: PolicySimulator = (input) => {
        seen.push(input.principalArn);
        return allowAll(input);
      };
      const { code, out } = await doctor({ aws, simulate, env: env({ TOKEN_SIGNING_ROLE_ARN: ROLE }) });
      expect(code).toBe(0);
      expect([...new Set(seen)]).toEqual(['arn:aws:iam::123456789012:role/bedrock-bot-task']);
      expect(lineWith(out, 'role chaining')).toMatch(/^ {2}! /);
    });

    it('the invoke-only policy not created yet: fails with the command that creates it', async () => {
      const aws = new FakeAws({ clock: new FakeClock(), managedPolicies: [] });
      const { code, out } = await doctor({ aws });
      expect(code).toBe(1);
      expect(out).toContain(
        '✗ Policy for business-unit users does not exist: arn:aws:iam::123456789012:policy/bedrock-bot/bedrock-bot-invoke-only',
      );
      expect(fixAfter(out, 'Policy for business-unit users does not exist')).toContain(
        'aws iam create-policy --policy-name bedrock-bot-invoke-only --path /bedrock-bot/',
      );
    });

    it('no model callable in the region: a warning with how to check', async () => {
      const { code, out } = await doctor({ env: env({ BEDROCK_REGION: 'eu-central-1' }) });
      expect(code).toBe(0);
      expect(lineWith(out, 'No model can be called from eu-central-1')).toMatch(/^ {2}! /);
      expect(fixAfter(out, 'No model can be called')).toContain(
        'aws bedrock list-inference-profiles --region eu-central-1 --type-equals SYSTEM_DEFINED',
      );
    });

    it('reports whether the account can call the default model, the current way', async () => {
      const aws = new FakeAws({
        clock: new FakeClock(),
        availability: (_region, modelId) => ({
          modelId,
          agreement: 'PENDING',
          agreementMessage: null,
          authorized: true,
          entitled: false,
          inRegion: true,
        }),
      });
      const { code, out } = await doctor({ aws });
      expect(code).toBe(0);
      expect(lineWith(out, 'Default model in us-east-1')).toContain(
        'this account cannot call it yet: subscription in progress: retry in about 15 minutes',
      );
      const fix = fixAfter(out, 'Default model in us-east-1');
      expect(fix).toContain('aws-marketplace:Subscribe');
      expect(fix).toContain('use-case form');
      expect(fix).toContain('https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.html');
      expect(aws.callsTo('getModelAvailability')).toEqual([
        [{ region: 'us-east-1', modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0' }],
      ]);
      expect(out).not.toMatch(/Model access page/i);
    });

    it('an organisation policy like AWS’s sample SCP refusing long API keys: fails and says what to set', async () => {
      // AWS's sample SCP for long-term Bedrock API keys, evaluated by the repo's policy evaluator.
      const scp: PolicyDocument = {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Action: 'iam:CreateServiceSpecificCredential',
            Resource: '*',
            Condition: { NumericGreaterThanEquals: { 'iam:ServiceSpecificCredentialAgeDays': '30' } },
          },
          { Effect: 'Allow', Action: '*', Resource: '*' },
        ],
      };
      const seen: SimulationCheck[] = [];
      const simulate: PolicySimulator = ({ checks }) => {
        seen.push(...checks);
        return Promise.resolve(
          ok(
            checks.map((c) => {
              const context = Object.fromEntries(
                Object.entries(c.numericContext ?? {}).map(([k, v]) => [k, String(v)]),
              );
              const allowed = policyAllows(scp, c.action, c.resourceArn, context);
              return {
                action: c.action,
                resourceArn: c.resourceArn,
                decision: allowed ? ('allowed' as const) : ('explicitDeny' as const),
                ...(allowed ? {} : { deniedByOrganizations: true }),
              };
            }),
          ),
        );
      };
      // The defaults pass it.
      const good = await doctor({ simulate });
      expect(good.out).toContain('✓ API key lifetime: keys of 14 days and of 29 days are allowed');
      expect(seen.filter((c) => c.action === 'iam:CreateServiceSpecificCredential')).toEqual([
        expect.objectContaining({ numericContext: { 'iam:ServiceSpecificCredentialAgeDays': 14 } }),
        expect.objectContaining({ numericContext: { 'iam:ServiceSpecificCredentialAgeDays': 29 } }),
      ]);
      // A 90-day maximum, explicitly allowed in the settings, is refused by the organisation.
      const { code, out } = await doctor({
        simulate,
        env: env({ API_KEY_MAX_DAYS: '90', ALLOW_API_KEYS_OF_30_DAYS_OR_MORE: 'true' }),
      });
      expect(code).toBe(1);
      expect(out).toContain('✗ API keys of 90 days are refused by an organisation policy (SCP)');
      expect(fixAfter(out, 'API keys of 90 days')).toContain(
        'Set API_KEY_MAX_DAYS (and API_KEY_DEFAULT_DAYS) below 90',
      );
    });

    it('a region without Bedrock: fails', async () => {
      const { code, out } = await doctor({ env: env({ BEDROCK_REGION: 'ap-east-2' }) });
      expect(code).toBe(1);
      expect(out).toContain('✗ Bedrock is not reachable in ap-east-2: UnknownRegion');
      expect(fixAfter(out, 'Bedrock is not reachable')).toContain('BEDROCK_REGION');
    });

    it('listing models denied: a warning', async () => {
      const aws = new FakeAws({ clock: new FakeClock() }).failAlways('listFoundationModels', 'AccessDenied');
      const { code, out } = await doctor({ aws });
      expect(code).toBe(0);
      expect(fixAfter(out, 'Models in us-east-1 not checked')).toContain('bedrock:ListFoundationModels');
    });

    it('signing role cannot be assumed: fails with the trust policy fix', async () => {
      const aws = new FakeAws({ clock: new FakeClock() }).failAlways('issueBearerToken', 'AccessDenied');
      const { code, out } = await doctor({
        aws,
        env: env({ TOKEN_SIGNING_ROLE_ARN: ROLE, TOKEN_SIGNING_EXTERNAL_ID: 'ext-1234' }),
      });
      expect(code).toBe(1);
      expect(out).toContain(`✗ Cannot assume the signing role ${ROLE}: AccessDenied`);
      const fix = fixAfter(out, 'Cannot assume the signing role');
      expect(fix).toContain(
        'trust policy must allow arn:aws:iam::123456789012:user/bedrock-bot sts:AssumeRole and sts:SetSourceIdentity',
      );
      expect(fix).toContain('sts:ExternalId');
      expect(aws.callsTo('issueBearerToken')[0]?.[0]).toMatchObject({ signAs: { externalId: 'ext-1234' } });
    });

    it('signing role missing: says to create it', async () => {
      const aws = new FakeAws({ clock: new FakeClock() }).failAlways('issueBearerToken', 'NoSuchEntity');
      const { code, out } = await doctor({ aws, env: env({ TOKEN_SIGNING_ROLE_ARN: ROLE }) });
      expect(code).toBe(1);
      expect(fixAfter(out, 'Cannot assume the signing role')).toContain('does not exist');
    });
  });

  describe('botPermissionChecks', () => {
    const settings = (o: Record<string, string> = {}) => {
      const c = loadConfig({ BEDROCK_REGION: 'us-east-1', ...o }, { envFileDir: null });
      if (!c.ok) throw new Error('bad test config');
      return c.value.core;
    };
    const identity = {
      account: '123456789012',
      arn: 'arn:aws:iam::123456789012:user/bedrock-bot',
      userId: 'AIDA',
    };
    const find = (checks: SimulationCheck[], action: string) => checks.filter((c) => c.action === action);

    it('asks about business-unit users under the configured path, with the policy ARN and created-by conditions', () => {
      const checks = botPermissionChecks(settings({ IAM_USER_PATH: '/teams/' }), identity);
      expect(find(checks, 'iam:CreateUser')).toEqual([
        {
          action: 'iam:CreateUser',
          resourceArn: 'arn:aws:iam::123456789012:user/teams/doctor-check-bedrock-user',
          context: { 'aws:RequestTag/created-by': ['bedrock-bot'] },
        },
      ]);
      expect(find(checks, 'iam:AttachUserPolicy')[0]?.context).toEqual({
        'iam:PolicyARN': ['arn:aws:iam::123456789012:policy/bedrock-bot/bedrock-bot-invoke-only'],
        'iam:ResourceTag/created-by': ['bedrock-bot'],
      });
      expect(find(checks, 'iam:DeleteUser')[0]?.context).toEqual({
        'iam:ResourceTag/created-by': ['bedrock-bot'],
      });
      expect(find(checks, 'iam:RemoveUserFromGroup')).toHaveLength(0);
      expect(find(checks, 'iam:ListUsers')[0]?.resourceArn).toBe('*');
      expect(find(checks, 'bedrock:CallWithBearerToken')).toHaveLength(1);
      expect(find(checks, 'sts:AssumeRole')).toHaveLength(0);
    });

    it('asks about assuming the signing role when one is configured', () => {
      const checks = botPermissionChecks(settings({ TOKEN_SIGNING_ROLE_ARN: ROLE }), identity);
      expect(find(checks, 'sts:AssumeRole')).toEqual([{ action: 'sts:AssumeRole', resourceArn: ROLE }]);
      expect(find(checks, 'sts:SetSourceIdentity')).toEqual([
        { action: 'sts:SetSourceIdentity', resourceArn: ROLE },
      ]);
      expect(find(checks, 'bedrock:CallWithBearerToken')).toHaveLength(0);
    });
  });
});

describe('the Node.js runtime', () => {
  it('Node 22 and later are supported; older ones get a warning with the fix', () => {
    expect(checkNodeVersion('v22.12.0')).toMatchObject({ status: 'ok', title: 'Node.js v22.12.0' });
    expect(checkNodeVersion('v24.1.0').status).toBe('ok');
    const old = checkNodeVersion('v20.19.0');
    expect(old.status).toBe('warn');
    expect(old.title).toContain('the supported runtime is Node.js 22');
    expect(old.fix).toContain('Node.js 22 or later');
  });
});
