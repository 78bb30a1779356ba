/**
 * `bedrock-bot doctor`: checks everything the bot needs, in the order an operator would fix it,
 * and prints a checklist with one fix per failure. Exit 1 when something essential fails.
 *
 * Everything comes in as options so each check runs against stubs in tests: the loaded config,
 * an AwsPort (or null when no AWS credentials were found), a policy simulator, and the Slack Web
 * API at `config.slack.apiUrl`. The doctor changes nothing: the one token it has signed (to prove
 * the signing role can be assumed) lasts 15 minutes and is never printed.
 */
import { WebClient, type Logger as SlackLogger, LogLevel } from '@slack/web-api';
import type { AppConfig, ConfigProblem } from '../config/load-config.js';
import type { AwsFailure, AwsPort, CallerIdentity } from '../core/aws-port.js';
import { businessUnitPolicyArns, createPolicyCommand } from '../core/business-unit-policy.js';
import { normaliseUserPath, principalForPolicies } from '../core/least-privilege-policy.js';
import {
  BUSINESS_UNIT_READ_ACTIONS,
  BUSINESS_UNIT_WRITE_ACTIONS,
  MODEL_ACTIONS,
  SPEND_ACTIONS,
  TOKEN_SIGNING_WITH_OWN_CREDENTIALS_ACTIONS,
  TOKEN_SIGNING_WITH_ROLE_ACTIONS,
} from '../core/permissions.js';
import type { PolicySimulator, SimulationCheck } from '../core/policy-simulation.js';
import type { Result } from '../core/result.js';
import {
  availabilityVerdict,
  MODEL_ACCESS_DOCS,
  MODEL_ACCESS_SHORT,
  MODEL_ACCESS_STEPS,
} from '../core/model-access-advice.js';
import { loadModelCatalog } from '../core/model-catalog.js';
import { modelAvailability } from '../core/read-flows.js';
import type { CoreSettings } from '../core/settings.js';
import { compactDuration } from '../core/durations.js';
import { USER_NAME_SUFFIX } from '../core/validation.js';

// ---------------------------------------------------------------------------------------------
// Contracts
// ---------------------------------------------------------------------------------------------

export type { PolicySimulator, SimulatedDecision, SimulationCheck } from '../core/policy-simulation.js';

export interface DoctorOptions {
  /** The configuration as loaded: the settings, or every problem with them. */
  config: Result<AppConfig, ConfigProblem[]>;
  /** The AWS port on real credentials, or null when none were found. */
  aws: AwsPort | null;
  /** Policy simulation; when absent, the permission check is skipped with a warning. */
  simulate?: PolicySimulator | null;
  stdout: NodeJS.WritableStream;
  now?: () => Date;
  /** Slack Web API timeout in ms (default 10 s). */
  slackTimeoutMs?: number;
  /** The Node.js version running the bot (process.version); checked against the supported Node 22. */
  nodeVersion?: string;
}

/** The supported runtime: the Docker image's Node, and what the AWS SDK requires from January 2027. */
export const SUPPORTED_NODE_MAJOR = 22;

export function checkNodeVersion(version: string): CheckResult {
  const major = Number.parseInt(version.replace(/^v/, ''), 10);
  if (Number.isFinite(major) && major >= SUPPORTED_NODE_MAJOR)
    return { section: 'Settings', status: 'ok', title: `Node.js ${version}` };
  return {
    section: 'Settings',
    status: 'warn',
    title: `Node.js ${version}: the supported runtime is Node.js ${SUPPORTED_NODE_MAJOR} (the AWS SDK needs it for releases after early January 2027)`,
    fix: `Run the bot on Node.js ${SUPPORTED_NODE_MAJOR} or later, as the Docker image does.`,
  };
}

export type CheckStatus = 'ok' | 'fail' | 'warn' | 'skip';

export interface CheckResult {
  section: 'Settings' | 'Slack' | 'AWS';
  status: CheckStatus;
  /** One line: what was checked and what was found. */
  title: string;
  /** Extra lines (e.g. the denied actions). */
  details?: string[];
  /** One line: how to fix it (for fail and warn). */
  fix?: string;
}

/** The bot token scopes the bot needs (manifest.yml); usergroups:read only with ADMIN_USER_GROUP_ID. */
export const REQUIRED_BOT_SCOPES = [
  'commands',
  'app_mentions:read',
  'chat:write',
  'im:history',
  'im:write',
  'users:read',
  'users:read.email',
] as const;

const MARKS: Record<CheckStatus, string> = { ok: '✓', fail: '✗', warn: '!', skip: '-' };

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

export async function runDoctor(opts: DoctorOptions): Promise<number> {
  const results = await collectChecks(opts);
  opts.stdout.write(formatReport(results, (opts.now ?? (() => new Date()))()));
  return results.some((r) => r.status === 'fail') ? 1 : 0;
}

/** Runs every check and returns the results in report order (exported for tests and other front ends). */
export async function collectChecks(opts: DoctorOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  if (opts.nodeVersion !== undefined) results.push(checkNodeVersion(opts.nodeVersion));
  if (!opts.config.ok) {
    for (const p of opts.config.error) {
      results.push({ section: 'Settings', status: 'fail', title: `${p.setting}: ${p.problem}`, fix: p.fix });
    }
    results.push({ section: 'Slack', status: 'skip', title: 'Slack not checked: fix the settings first' });
    results.push({ section: 'AWS', status: 'skip', title: 'AWS not checked: fix the settings first' });
    return results;
  }
  const config = opts.config.value;
  results.push(...checkSettings(config));
  results.push(...(await checkSlack(config, opts.slackTimeoutMs ?? 10_000)));
  results.push(...(await checkAws(config.core, opts.aws, opts.simulate ?? null)));
  return results;
}

export function formatReport(results: CheckResult[], now: Date): string {
  const lines = [`bedrock-bot doctor — ${now.toISOString().replace(/\.\d{3}Z$/, 'Z')}`];
  for (const section of ['Settings', 'Slack', 'AWS'] as const) {
    const inSection = results.filter((r) => r.section === section);
    if (inSection.length === 0) continue;
    lines.push('', section);
    for (const r of inSection) {
      lines.push(`  ${MARKS[r.status]} ${r.title}`);
      for (const d of r.details ?? []) lines.push(`      ${d}`);
      if (r.fix !== undefined && (r.status === 'fail' || r.status === 'warn'))
        lines.push(`      fix: ${r.fix}`);
    }
  }
  const failed = results.filter((r) => r.status === 'fail').length;
  const warned = results.filter((r) => r.status === 'warn').length;
  lines.push('');
  if (failed === 0) {
    lines.push(
      warned === 0
        ? 'All checks passed.'
        : `Essential checks passed, with ${plural(warned, 'warning')} worth a look.`,
    );
  } else {
    lines.push(
      `${plural(failed, 'essential check')} failed${warned > 0 ? ` and ${plural(warned, 'warning')}` : ''}: fix the ✗ lines above, then run \`npx bedrock-bot doctor\` again.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

function checkSettings(config: AppConfig): CheckResult[] {
  const s = config.core;
  const mode = {
    socket: 'Slack in Socket Mode',
    http: 'Slack in HTTP mode',
    none: 'no Slack (console and CLI only)',
  }[config.slack.mode];
  const results: CheckResult[] = [
    {
      section: 'Settings',
      status: 'ok',
      title: `Settings are valid: ${mode}, default region ${s.defaultRegion}, tokens up to ${compactDuration(s.tokenMaxTtlSeconds)}, signing ${s.tokenSigningRoleArn === null ? "with the bot's own credentials" : 'with a role'}`,
    },
  ];
  if (config.slack.mode !== 'none' && s.adminUserIds.length === 0 && config.slack.adminUserGroupId === null) {
    results.push({
      section: 'Settings',
      status: 'warn',
      title: 'No admins are configured: nobody in Slack can approve long-term keys or manage business units',
      fix: 'Set ADMIN_USER_IDS (Slack member IDs, U…) or ADMIN_USER_GROUP_ID (a user group, S…).',
    });
  }
  if (s.allowNonExpiringApiKeys) {
    results.push({
      section: 'Settings',
      status: 'warn',
      title: 'ALLOW_NON_EXPIRING_API_KEYS is on: long-term Bedrock API keys may be created that never expire',
      fix: 'Turn it off unless a system truly cannot rotate keys; prefer API_KEY_MAX_DAYS.',
    });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Slack
// ---------------------------------------------------------------------------------------------

const silentSlackLogger: SlackLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

interface SlackCallError {
  /** Slack's error code (invalid_auth…), or null for transport failures. */
  code: string | null;
  message: string;
}

function slackError(error: unknown): SlackCallError {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  if (data !== undefined && typeof data.error === 'string') return { code: data.error, message: data.error };
  return { code: null, message: error instanceof Error ? error.message : String(error) };
}

function slackClient(token: string, config: AppConfig, timeoutMs: number): WebClient {
  return new WebClient(token, {
    ...(config.slack.apiUrl === null ? {} : { slackApiUrl: config.slack.apiUrl }),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
    logger: silentSlackLogger,
  });
}

const REINSTALL =
  'reinstall the app (OAuth & Permissions → Install to Workspace) and copy the new Bot User OAuth Token (xoxb-…) into SLACK_BOT_TOKEN';

function botTokenFix(code: string | null, apiUrl: string): string {
  switch (code) {
    case 'invalid_auth':
    case 'not_authed':
      return 'Slack does not accept SLACK_BOT_TOKEN: copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions in your app settings.';
    case 'token_revoked':
    case 'token_expired':
    case 'account_inactive':
      return `The token was revoked or the app uninstalled: ${REINSTALL}.`;
    case 'not_allowed_token_type':
      return 'SLACK_BOT_TOKEN must be the Bot User OAuth Token (xoxb-…), not a user or app-level token.';
    case null:
      return `Cannot reach ${apiUrl}: check the network, proxy and firewall (outbound HTTPS to slack.com), or SLACK_API_URL.`;
    default:
      return `See https://api.slack.com/methods/auth.test for "${code}"; ${REINSTALL} if in doubt.`;
  }
}

async function checkSlack(config: AppConfig, timeoutMs: number): Promise<CheckResult[]> {
  const slack = config.slack;
  if (slack.mode === 'none' || slack.botToken === null) {
    return [
      {
        section: 'Slack',
        status: 'warn',
        title: 'Slack is not configured: the bot runs only as the local console and CLI',
        fix: 'Create the Slack app from manifest.yml, then set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode).',
      },
    ];
  }
  const results: CheckResult[] = [];
  const apiUrl = slack.apiUrl ?? 'https://slack.com/api/';

  // The bot token: auth.test answers who we are, and the response header lists the granted scopes.
  try {
    const auth = await slackClient(slack.botToken, config, timeoutMs).auth.test();
    if (auth.bot_id === undefined || auth.bot_id === '') {
      results.push({
        section: 'Slack',
        status: 'fail',
        title: `SLACK_BOT_TOKEN works but is not a bot token (user ${auth.user ?? auth.user_id ?? '?'})`,
        fix: botTokenFix('not_allowed_token_type', apiUrl),
      });
    } else {
      results.push({
        section: 'Slack',
        status: 'ok',
        title: `Bot token works: workspace ${auth.team ?? '?'} (${auth.team_id ?? '?'}), bot @${auth.user ?? '?'} (${auth.user_id ?? '?'})`,
      });
    }
    const required: string[] = [
      ...REQUIRED_BOT_SCOPES,
      ...(slack.adminUserGroupId === null ? [] : ['usergroups:read']),
    ];
    const granted = auth.response_metadata?.scopes;
    if (granted === undefined) {
      results.push({
        section: 'Slack',
        status: 'warn',
        title: 'Slack did not report the token’s scopes, so they were not checked',
        fix: `Check OAuth & Permissions → Bot Token Scopes has: ${required.join(', ')}.`,
      });
    } else {
      const missing = required.filter((s) => !granted.includes(s));
      results.push(
        missing.length === 0
          ? {
              section: 'Slack',
              status: 'ok',
              title: `Bot token scopes: all ${required.length} needed are granted`,
            }
          : {
              section: 'Slack',
              status: 'fail',
              title: `Bot token is missing ${plural(missing.length, 'scope')}: ${missing.join(', ')}`,
              fix: `Add them under OAuth & Permissions → Bot Token Scopes (manifest.yml lists them all), then ${REINSTALL}.`,
            },
      );
    }
  } catch (error) {
    const e = slackError(error);
    results.push({
      section: 'Slack',
      status: 'fail',
      title:
        e.code === null
          ? `Slack API not reachable at ${apiUrl}: ${e.message}`
          : `Slack rejected SLACK_BOT_TOKEN: ${e.code}`,
      fix: botTokenFix(e.code, apiUrl),
    });
  }

  if (slack.mode === 'socket') results.push(await checkAppToken(config, timeoutMs, apiUrl));
  else if (slack.mode === 'http') {
    results.push({
      section: 'Slack',
      status: 'ok',
      title: `HTTP mode: signing secret set; Slack must reach this host at https://<your-host>/slack/events (port ${slack.port})`,
    });
  }
  return results;
}

async function checkAppToken(config: AppConfig, timeoutMs: number, apiUrl: string): Promise<CheckResult> {
  const token = config.slack.appToken ?? '';
  const fix =
    'Create an app-level token with the connections:write scope under Basic Information → App-Level Tokens, and set it as SLACK_APP_TOKEN (xapp-…); Socket Mode must be on.';
  if (!/^xapp-\d+-[A-Za-z0-9-]+$/.test(token)) {
    return {
      section: 'Slack',
      status: 'fail',
      title: 'SLACK_APP_TOKEN does not look like an app-level token (xapp-1-…)',
      fix,
    };
  }
  // apps.connections.open only hands out a WebSocket URL; nothing connects to it.
  try {
    await slackClient(token, config, timeoutMs).apps.connections.open();
    return {
      section: 'Slack',
      status: 'ok',
      title: 'App-level token works: Socket Mode connections can be opened',
    };
  } catch (error) {
    const e = slackError(error);
    if (e.code === null) {
      return {
        section: 'Slack',
        status: 'fail',
        title: `Slack API not reachable at ${apiUrl}: ${e.message}`,
        fix: botTokenFix(null, apiUrl),
      };
    }
    return { section: 'Slack', status: 'fail', title: `Slack rejected SLACK_APP_TOKEN: ${e.code}`, fix };
  }
}

// ---------------------------------------------------------------------------------------------
// AWS
// ---------------------------------------------------------------------------------------------

export const CONNECT_AWS_FIX =
  'Give the bot AWS credentials: AWS_PROFILE (after `aws configure` or `aws sso login`), AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or an instance/task role; verify with `aws sts get-caller-identity`.';

function identityFix(f: AwsFailure): string {
  switch (f.code) {
    case 'CredentialsMissing':
      return CONNECT_AWS_FIX;
    case 'CredentialsExpired':
      return 'The AWS credentials have expired: refresh them (`aws sso login`, a new session token, or restart on the instance role) and run the doctor again.';
    case 'AccessDenied':
      return 'sts:GetCallerIdentity is denied, which only an explicit deny (e.g. an SCP) does: ask your AWS administrators.';
    case 'EndpointUnreachable':
    case 'Timeout':
      return 'Cannot reach AWS STS: check the network and proxy (HTTPS_PROXY), and AWS_ENDPOINT_URL if set.';
    default:
      return `${f.awsErrorName}: check the credentials with \`aws sts get-caller-identity\`.`;
  }
}

function partitionOf(arn: string): string {
  return /^arn:([^:]+):/.exec(arn)?.[1] ?? 'aws';
}

/** What to ask the simulator: every action the bot calls, on the resources it calls them on. */
export function botPermissionChecks(settings: CoreSettings, identity: CallerIdentity): SimulationCheck[] {
  const partition = partitionOf(identity.arn);
  const user = `arn:${partition}:iam::${identity.account}:user${normaliseUserPath(settings.iamUserPath)}doctor-check${USER_NAME_SUFFIX}`;
  // The bot's policy lets it write only to users tagged as its own (core/managed-user.ts).
  const own = { 'iam:ResourceTag/created-by': [settings.createdByTag] };
  const checks: SimulationCheck[] = [];
  for (const action of BUSINESS_UNIT_READ_ACTIONS) checks.push({ action, resourceArn: user });
  for (const action of BUSINESS_UNIT_WRITE_ACTIONS) {
    if (action === 'iam:AttachUserPolicy' || action === 'iam:CreateServiceSpecificCredential') continue; // the latter: checkKeyLifetime
    checks.push({
      action,
      resourceArn: user,
      context: action === 'iam:CreateUser' ? { 'aws:RequestTag/created-by': [settings.createdByTag] } : own,
    });
  }
  for (const policyArn of businessUnitPolicyArns(settings.policyArns, identity.account, partition)) {
    checks.push({ action: 'iam:GetPolicy', resourceArn: policyArn });
    checks.push({
      action: 'iam:AttachUserPolicy',
      resourceArn: user,
      context: { 'iam:PolicyARN': [policyArn], ...own },
    });
  }
  checks.push({ action: 'iam:ListUsers', resourceArn: '*' });
  checks.push({ action: 'iam:ListUserTags', resourceArn: user });
  checks.push({ action: 'sts:GetCallerIdentity', resourceArn: '*' });
  for (const action of MODEL_ACTIONS) checks.push({ action, resourceArn: '*' });
  if (settings.tokenSigningRoleArn !== null) {
    for (const action of TOKEN_SIGNING_WITH_ROLE_ACTIONS)
      checks.push({ action, resourceArn: settings.tokenSigningRoleArn });
  } else {
    for (const action of TOKEN_SIGNING_WITH_OWN_CREDENTIALS_ACTIONS)
      checks.push({ action, resourceArn: '*' });
    checks.push({ action: 'bedrock:InvokeModel', resourceArn: '*' });
  }
  return checks;
}

async function checkAws(
  settings: CoreSettings,
  aws: AwsPort | null,
  simulate: PolicySimulator | null,
): Promise<CheckResult[]> {
  if (aws === null) {
    return [{ section: 'AWS', status: 'fail', title: 'No AWS credentials found', fix: CONNECT_AWS_FIX }];
  }
  const who = await aws.whoAmI();
  if (!who.ok) {
    return [
      {
        section: 'AWS',
        status: 'fail',
        title: `AWS identity unknown (sts:GetCallerIdentity): ${who.error.code}: ${who.error.message}`,
        fix: identityFix(who.error),
      },
      {
        section: 'AWS',
        status: 'skip',
        title: 'Permissions, models and the signing role not checked: fix the identity first',
      },
    ];
  }
  const identity = who.value;
  const results: CheckResult[] = [
    { section: 'AWS', status: 'ok', title: `AWS identity: ${identity.arn} (account ${identity.account})` },
  ];
  results.push(await checkPermissions(settings, identity, simulate));
  results.push(await checkKeyLifetime(settings, identity, simulate));
  results.push(await checkSpendPermissions(identity, simulate));
  results.push(...(await checkBusinessUnitPolicies(settings, identity, aws)));
  results.push(...(await checkModels(settings, aws)));
  results.push(...(await checkSigning(settings, identity, aws)));
  return results;
}

async function checkPermissions(
  settings: CoreSettings,
  identity: CallerIdentity,
  simulate: PolicySimulator | null,
): Promise<CheckResult> {
  const principal = principalForPolicies(identity.arn).arn;
  const manual = `aws iam simulate-principal-policy --policy-source-arn ${principal} --action-names iam:CreateUser iam:CreateServiceSpecificCredential sts:GetCallerIdentity`;
  if (simulate === null) {
    return {
      section: 'AWS',
      status: 'warn',
      title: 'Permissions not checked: policy simulation is not available here',
      fix: `Compare the bot's policy with \`npx bedrock-bot policy\`, or run: ${manual}`,
    };
  }
  const checks = botPermissionChecks(settings, identity);
  const simulated = await simulate({ principalArn: principal, checks });
  if (!simulated.ok) {
    return {
      section: 'AWS',
      status: 'warn',
      title: `Permissions not checked: the policy simulator answered ${simulated.error.code} (${simulated.error.awsErrorName})`,
      fix:
        simulated.error.code === 'AccessDenied'
          ? `Allow iam:SimulatePrincipalPolicy on ${principal} (it is in \`npx bedrock-bot policy\`), or run as an administrator: ${manual}`
          : simulated.error.code === 'NoSuchEntity'
            ? `The simulator cannot find ${principal} (a role with a path?): run ${manual} with the role's full ARN.`
            : `Try again, or run: ${manual}`,
    };
  }
  const denied = simulated.value.filter((d) => d.decision !== 'allowed');
  const actionsChecked = new Set(checks.map((c) => c.action)).size;
  if (denied.length === 0) {
    return {
      section: 'AWS',
      status: 'ok',
      title: `Permissions: all ${actionsChecked} actions the bot calls are allowed for ${principal}`,
    };
  }
  const explicit = denied.some((d) => d.decision === 'explicitDeny');
  const names = [...new Set(denied.map((d) => d.action))];
  return {
    section: 'AWS',
    status: 'fail',
    title: `Permissions: ${plural(names.length, 'action')} the bot calls ${names.length === 1 ? 'is' : 'are'} not allowed for ${principal}`,
    details: denied.map(
      (d) =>
        `${d.action} on ${d.resourceArn}: ${d.decision === 'explicitDeny' ? 'explicitly denied' : 'not allowed'}`,
    ),
    fix: explicit
      ? 'An explicit Deny (an SCP, permissions boundary or Deny statement) blocks these: ask your AWS administrators to lift it for the bot.'
      : `Attach the policy printed by \`npx bedrock-bot policy --principal ${identity.arn}\` to ${principal}.`,
  };
}

/**
 * "spend for <unit>" reads Cost Explorer. Without it everything else works, so a missing permission
 * is a warning, not a failure; in AWS GovCloud (US) there is no Cost Explorer to ask.
 */
async function checkSpendPermissions(
  identity: CallerIdentity,
  simulate: PolicySimulator | null,
): Promise<CheckResult> {
  const principal = principalForPolicies(identity.arn).arn;
  const actions = SPEND_ACTIONS.join(', ');
  if (partitionOf(identity.arn) === 'aws-us-gov') {
    return {
      section: 'AWS',
      status: 'skip',
      title:
        'Spend not available: AWS GovCloud (US) has no Cost Explorer (its costs are in the associated standard account)',
    };
  }
  const manual = `aws iam simulate-principal-policy --policy-source-arn ${principal} --action-names ${SPEND_ACTIONS.join(' ')}`;
  if (simulate === null) {
    return {
      section: 'AWS',
      status: 'warn',
      title: `Spend permissions (${actions}) not checked: policy simulation is not available here`,
      fix: `Run: ${manual}`,
    };
  }
  const simulated = await simulate({
    principalArn: principal,
    checks: SPEND_ACTIONS.map((action) => ({ action, resourceArn: '*' })),
  });
  if (!simulated.ok) {
    return {
      section: 'AWS',
      status: 'warn',
      title: `Spend permissions not checked: the policy simulator answered ${simulated.error.code}`,
      fix: `Run: ${manual}`,
    };
  }
  const denied = simulated.value.filter((d) => d.decision !== 'allowed');
  if (denied.length === 0) {
    return {
      section: 'AWS',
      status: 'ok',
      title: `Spend per unit: ${actions} allowed (activate the cost allocation tag iamPrincipal/business-unit in Billing to see costs)`,
    };
  }
  return {
    section: 'AWS',
    status: 'warn',
    title: `Spend per unit will not work: ${denied.map((d) => d.action).join(', ')} not allowed for ${principal}`,
    details: denied.map(
      (d) => `${d.action}: ${d.decision === 'explicitDeny' ? 'explicitly denied' : 'not allowed'}`,
    ),
    fix: denied.some((d) => d.decision === 'explicitDeny')
      ? 'An explicit Deny (an SCP, permissions boundary or Deny statement) blocks Cost Explorer: ask your AWS administrators to lift it for the bot, or leave spend unused.'
      : `Allow ${actions} on "*" (statement ReadBusinessUnitSpend in \`npx bedrock-bot policy\`).`,
  };
}

/** The managed policies business-unit users get must exist before the first key is asked for. */
async function checkBusinessUnitPolicies(
  settings: CoreSettings,
  identity: CallerIdentity,
  aws: AwsPort,
): Promise<CheckResult[]> {
  const partition = identity.arn.split(':')[1] ?? 'aws';
  const results: CheckResult[] = [];
  for (const arn of businessUnitPolicyArns(settings.policyArns, identity.account, partition)) {
    const own = settings.policyArns.length === 0;
    const r = await aws.policyExists(arn);
    if (!r.ok) {
      results.push({
        section: 'AWS',
        status: 'warn',
        title: `Policy for business-unit users not checked (${r.error.code} on iam:GetPolicy): ${arn}`,
        fix: `Allow iam:GetPolicy on it (see \`npx bedrock-bot policy\`), or check with: aws iam get-policy --policy-arn ${arn}`,
      });
    } else if (!r.value) {
      results.push({
        section: 'AWS',
        status: 'fail',
        title: `Policy for business-unit users does not exist: ${arn}`,
        fix: own
          ? `Create the invoke-only policy once: \`npx bedrock-bot policy\` prints its document; then ${createPolicyCommand('bedrock-bot-invoke-only.json')}`
          : 'Create it, or correct BEDROCK_POLICY_ARNS.',
      });
    } else {
      results.push({
        section: 'AWS',
        status: 'ok',
        title: `Policy for business-unit users exists: ${arn}${own ? ' (invoke-only)' : ''}`,
      });
    }
  }
  return results;
}

/**
 * Long-term Bedrock API keys: simulates iam:CreateServiceSpecificCredential with the ages the bot
 * uses (iam:ServiceSpecificCredentialAgeDays), so an organisation policy such as AWS's sample SCP
 * (deny 30 days or more) shows up here rather than when someone asks for a key.
 */
async function checkKeyLifetime(
  settings: CoreSettings,
  identity: CallerIdentity,
  simulate: PolicySimulator | null,
): Promise<CheckResult> {
  const principal = principalForPolicies(identity.arn).arn;
  const partition = identity.arn.split(':')[1] ?? 'aws';
  const user = `arn:${partition}:iam::${identity.account}:user${normaliseUserPath(settings.iamUserPath)}doctor-check${USER_NAME_SUFFIX}`;
  const ages = [...new Set([settings.apiKeyDefaultDays, settings.apiKeyMaxDays])];
  const manual = `aws iam simulate-principal-policy --policy-source-arn ${principal} --action-names iam:CreateServiceSpecificCredential --context-entries ContextKeyName=iam:ServiceSpecificCredentialAgeDays,ContextKeyValues=${settings.apiKeyMaxDays},ContextKeyType=numeric`;
  if (simulate === null) {
    return {
      section: 'AWS',
      status: 'warn',
      title: `API key lifetime (up to ${settings.apiKeyMaxDays} days) not checked: policy simulation is not available here`,
      fix: `Run: ${manual}`,
    };
  }
  const refused: { days: number | null; organisation: boolean }[] = [];
  const cases: (number | null)[] = [...ages, ...(settings.allowNonExpiringApiKeys ? [null] : [])];
  for (const days of cases) {
    const r = await simulate({
      principalArn: principal,
      checks: [
        {
          action: 'iam:CreateServiceSpecificCredential',
          resourceArn: user,
          ...(days === null ? {} : { numericContext: { 'iam:ServiceSpecificCredentialAgeDays': days } }),
        },
      ],
    });
    if (!r.ok) {
      return {
        section: 'AWS',
        status: 'warn',
        title: `API key lifetime not checked: the policy simulator answered ${r.error.code}`,
        fix: `Run as an administrator: ${manual}`,
      };
    }
    const d = r.value.find((x) => x.action === 'iam:CreateServiceSpecificCredential');
    if (d !== undefined && d.decision !== 'allowed')
      refused.push({ days, organisation: d.deniedByOrganizations === true || d.decision === 'explicitDeny' });
  }
  const describe = (days: number | null): string => (days === null ? 'that never expire' : `of ${days} days`);
  if (refused.length === 0) {
    return {
      section: 'AWS',
      status: 'ok',
      title: `API key lifetime: keys ${ages.map(describe).join(' and ')} are allowed (simulated with iam:ServiceSpecificCredentialAgeDays)`,
    };
  }
  const organisation = refused.some((r) => r.organisation);
  const shortestRefused = Math.min(...refused.map((r) => r.days ?? Number.MAX_SAFE_INTEGER));
  return {
    section: 'AWS',
    status: 'fail',
    title: `API keys ${refused.map((r) => describe(r.days)).join(', ')} are refused${organisation ? ' by an organisation policy (SCP) or an explicit Deny' : ''}: iam:CreateServiceSpecificCredential with iam:ServiceSpecificCredentialAgeDays`,
    fix: organisation
      ? `AWS's sample SCP for Bedrock API keys denies 30 days or more. Set API_KEY_MAX_DAYS (and API_KEY_DEFAULT_DAYS) below ${shortestRefused === Number.MAX_SAFE_INTEGER ? 30 : shortestRefused}${refused.some((r) => r.days === null) ? ' and ALLOW_NON_EXPIRING_API_KEYS=false' : ''}, or ask your AWS administrators to allow it. Check with: ${manual}`
      : `Attach the policy printed by \`npx bedrock-bot policy --principal ${identity.arn}\` to ${principal}.`,
  };
}

async function checkModels(settings: CoreSettings, aws: AwsPort): Promise<CheckResult[]> {
  const region = settings.defaultRegion;
  const listCommand = `aws bedrock list-inference-profiles --region ${region} --type-equals SYSTEM_DEFINED`;
  const loaded = await loadModelCatalog(aws, region, { defaultModel: settings.defaultModel });
  if (!loaded.ok) {
    const f = loaded.error;
    if (f.code === 'UnknownRegion' || f.code === 'EndpointUnreachable') {
      return [
        {
          section: 'AWS',
          status: 'fail',
          title: `Bedrock is not reachable in ${region}: ${f.code}`,
          fix: `Set BEDROCK_REGION to a region where Bedrock is available (e.g. us-east-1, us-west-2, eu-west-1); check with: aws bedrock list-foundation-models --region ${region}`,
        },
      ];
    }
    return [
      {
        section: 'AWS',
        status: 'warn',
        title: `Models in ${region} not checked: ${f.code} on ${f.action}`,
        fix:
          f.code === 'AccessDenied'
            ? `Allow ${MODEL_ACTIONS.join(', ')} for the bot (see \`npx bedrock-bot policy\`); the bot uses them to give people model IDs that work.`
            : `Check with: ${listCommand}`,
      },
    ];
  }
  const catalog = loaded.value;
  const results: CheckResult[] = [];
  if (catalog.profilesFailure !== null) {
    results.push({
      section: 'AWS',
      status: 'warn',
      title: `Inference profiles in ${region} not listed (${catalog.profilesFailure.code}): snippets offer only models callable on demand`,
      fix: `Allow bedrock:ListInferenceProfiles for the bot (see \`npx bedrock-bot policy\`).`,
    });
  }
  const model = catalog.defaultModel;
  if (model === null) {
    results.push({
      section: 'AWS',
      status: 'warn',
      title: `No model can be called from ${region} (on demand or through an inference profile listed there): snippets will show a placeholder`,
      fix: `Set BEDROCK_REGION to a Region with models (e.g. us-east-1); check with: ${listCommand}`,
    });
    return results;
  }
  const claude = catalog.models.filter((m) => m.providerName.toLowerCase() === 'anthropic');
  const availability = await modelAvailability(aws, region, [model.modelId]);
  const a = availability.availability[model.modelId];
  const line = `Default model in ${region}: ${model.modelName} (${model.invokeId}); ${plural(catalog.models.length, 'model')} callable there, ${claude.length} Anthropic`;
  if (availability.unchecked !== null || a === undefined) {
    results.push({
      section: 'AWS',
      status: 'warn',
      title: `${line}; whether this account may call it was not checked${availability.unchecked === null ? '' : `: ${availability.unchecked}`}`,
      fix: `Allow bedrock:GetFoundationModelAvailability for the bot, or run: aws bedrock get-foundation-model-availability --region ${region} --model-id ${model.modelId}. ${MODEL_ACCESS_SHORT} ${MODEL_ACCESS_DOCS}`,
    });
    return results;
  }
  const verdict = availabilityVerdict(a);
  results.push(
    verdict.verdict === 'callable'
      ? { section: 'AWS', status: 'ok', title: `${line}; this account can call it` }
      : {
          section: 'AWS',
          status: 'warn',
          title: `${line}; this account cannot call it yet: ${verdict.advice}`,
          fix: `${MODEL_ACCESS_STEPS.join(' ')} ${MODEL_ACCESS_DOCS}`,
        },
  );
  return results;
}

async function checkSigning(
  settings: CoreSettings,
  identity: CallerIdentity,
  aws: AwsPort,
): Promise<CheckResult[]> {
  const roleArn = settings.tokenSigningRoleArn;
  const botIsSession = principalForPolicies(identity.arn).fromSession;
  const issued = await aws.issueBearerToken({
    region: settings.defaultRegion,
    ttlSeconds: 900,
    signAs:
      roleArn === null
        ? null
        : {
            roleArn,
            roleSessionName: 'bedrock-bot-doctor',
            sourceIdentity: 'bedrock-bot-doctor',
            ...(settings.tokenSigningExternalId === null
              ? {}
              : { externalId: settings.tokenSigningExternalId }),
          },
  });
  // The token itself is dropped here: it is never printed or kept.
  if (!issued.ok) {
    const f = issued.error;
    if (roleArn === null) {
      return [
        {
          section: 'AWS',
          status: 'fail',
          title: `Cannot sign a test token with the bot's own credentials: ${f.code}: ${f.message}`,
          fix: identityFix(f),
        },
      ];
    }
    const trust = `The role's trust policy must allow ${principalForPolicies(identity.arn).arn} sts:AssumeRole and sts:SetSourceIdentity${settings.tokenSigningExternalId === null ? '' : ' with the configured sts:ExternalId'}, and the bot's own policy must allow both on the role: \`npx bedrock-bot policy --principal ${identity.arn}\` prints both.`;
    return [
      {
        section: 'AWS',
        status: 'fail',
        title: `Cannot assume the signing role ${roleArn}: ${f.code}${f.message === '' ? '' : `: ${f.message}`}`,
        fix:
          f.code === 'NoSuchEntity'
            ? 'The role does not exist: create it (see `npx bedrock-bot policy`) or correct TOKEN_SIGNING_ROLE_ARN.'
            : f.code === 'AccessDenied'
              ? trust
              : `${trust} Then check with: aws sts assume-role --role-arn ${roleArn} --role-session-name test --source-identity test`,
      },
    ];
  }
  const results: CheckResult[] = [];
  if (roleArn === null) {
    results.push({
      section: 'AWS',
      status: botIsSession ? 'warn' : 'ok',
      title: `Tokens are signed with the bot's own credentials (no TOKEN_SIGNING_ROLE_ARN)${botIsSession ? ': they expire when the bot’s session does, often sooner than asked' : ''}`,
      ...(botIsSession
        ? {
            fix: 'Set TOKEN_SIGNING_ROLE_ARN to a role made for signing (see `npx bedrock-bot policy`) so tokens last as long as people ask.',
          }
        : {}),
    });
  } else {
    results.push({
      section: 'AWS',
      status: 'ok',
      title: `Signing role can be assumed: test token signed by ${issued.value.signerArn}`,
    });
    if (botIsSession && settings.tokenMaxTtlSeconds > 3600) {
      // Role chaining (a role session assuming another role) is capped at one hour by STS.
      results.push({
        section: 'AWS',
        status: 'warn',
        title: `The bot runs as a role session: STS caps a role assumed from another role at 1h (role chaining), so tokens may last 1h rather than ${compactDuration(settings.tokenMaxTtlSeconds)}`,
        fix: 'If tokens come out shorter than asked: run the bot as an IAM user, or sign with its own role (unset TOKEN_SIGNING_ROLE_ARN), or set TOKEN_MAX_TTL=1h.',
      });
    }
  }
  return results;
}
