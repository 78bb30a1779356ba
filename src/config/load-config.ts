/**
 * The only reader of process.env. Validates every setting at start-up and reports every problem
 * at once, each with how to fix it. A `.env` file in the working directory is honoured for local
 * runs; real environment variables win over it.
 */
import { REGION_CODE_SYNTAX } from '../core/aws-regions.js';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import * as v from 'valibot';
import { err, ok, type Result } from '../core/result.js';
import { compactDuration } from '../core/durations.js';
import { DEFAULT_SETTINGS, type CoreSettings } from '../core/settings.js';
import { parseDurationSetting } from './duration-setting.js';

export type SlackMode = 'socket' | 'http' | 'none';

export interface AppConfig {
  slack: {
    mode: SlackMode;
    botToken: string | null;
    appToken: string | null;
    signingSecret: string | null;
    apiUrl: string | null;
    port: number;
    host: string;
    approvalChannelId: string | null;
    adminUserGroupId: string | null;
    commandName: string;
    /** How often replicas look for reminders due (REMINDER_CHECK_INTERVAL), in seconds. */
    reminderIntervalSeconds: number;
  };
  core: CoreSettings;
  ledgerPath: string;
  /** postgres://… when the ledger is on PostgreSQL (several replicas); null for SQLite at ledgerPath. */
  databaseUrl: string | null;
  log: { level: LogLevel; pretty: boolean };
  /** Whether AWS endpoint overrides are in effect (for doctor/console messages; the SDK reads them itself). */
  awsEndpointOverride: string | null;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface ConfigProblem {
  setting: string;
  problem: string;
  fix: string;
}

type Env = Record<string, string | undefined>;

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\-/]{1,512}$/;
const POLICY_ARN = /^arn:aws[a-z-]*:iam::(aws|\d{12}):policy\/[\w+=,.@\-/]{1,512}$/;
const SLACK_USER = /^[UW][A-Z0-9]{2,}$/;
/** A model family, model ID or inference-profile ID, or a pattern of them ("anthropic.claude-*"). */
const MODEL_PATTERN = /^[a-z0-9*][a-z0-9.:*-]{0,199}$/;
/** AWS's sample SCP for Bedrock API keys denies iam:ServiceSpecificCredentialAgeDays >= 30. */
const SCP_SAMPLE_MAX_DAYS = 29;

type Problem = { problem: string };
const problem = (text: string): Problem => ({ problem: text });
const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'problem' in value;

/**
 * One setting: absent or blank is undefined; otherwise `read` turns the trimmed text into the
 * value, or says what is wrong with it. Every setting's problem is collected, not just the first.
 */
function field<T>(read: (text: string) => T | Problem) {
  return v.pipe(
    v.optional(v.string()),
    v.rawTransform<string | undefined, T | undefined>(({ dataset, addIssue, NEVER }) => {
      const text = dataset.value?.trim();
      if (text === undefined || text === '') return undefined;
      const value = read(text);
      if (isProblem(value)) {
        addIssue({ message: value.problem });
        return NEVER;
      }
      return value;
    }),
  );
}

const text = () => field((t) => t);

function pattern(setting: string, re: RegExp, example: string) {
  return field((t) =>
    re.test(t) ? t : problem(`${setting} is not valid (expected something like ${example})`),
  );
}

/** A comma- or space-separated list; undefined when absent (callers default it to []). */
function listOf(re: RegExp, what: string) {
  return field((t) => {
    const items = t.split(/[\s,]+/).filter(Boolean);
    const bad = items.filter((item) => !re.test(item));
    if (bad.length === 0) return items;
    return problem(
      bad.map((item) => `"${item}"`).join(', ') +
        (bad.length === 1 ? ` is not ${what}` : ` are not ${what}s`),
    );
  });
}

function bool(setting: string) {
  return field((t) => {
    const value = t.toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(value)) return true;
    if (['false', '0', 'no', 'off'].includes(value)) return false;
    return problem(`${setting} must be true or false`);
  });
}

function intIn(setting: string, min: number, max: number) {
  return field((t) => {
    if (!/^\d+$/.test(t)) return problem(`${setting} must be a whole number`);
    const n = Number(t);
    if (n < min) return problem(`${setting} must be at least ${min}`);
    if (n > max) return problem(`${setting} must be at most ${max}`);
    return n;
  });
}

function duration(setting: string, minSeconds: number, maxSeconds: number) {
  return field((t) => {
    const seconds = parseDurationSetting(t);
    if (seconds === null)
      return problem(`${setting} must be a duration such as 15m, 6h or 3600 (seconds); got "${t}"`);
    if (seconds < minSeconds || seconds > maxSeconds) {
      return problem(
        `${setting} must be between ${compactDuration(minSeconds)} and ${compactDuration(maxSeconds)}; got ${compactDuration(seconds)}`,
      );
    }
    return seconds;
  });
}

function oneOf<T extends string>(setting: string, values: readonly T[]) {
  return field((t) =>
    (values as readonly string[]).includes(t)
      ? (t as T)
      : problem(`${setting} must be one of ${values.join(', ')}`),
  );
}

function url(setting: string, example: string) {
  return field((t) => (URL.canParse(t) ? t : problem(`${setting} must be a URL such as ${example}`)));
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** "7,1" → [7, 1]; "off" or "none" → [] (no expiry reminders). */
function daysList(setting: string) {
  return field((t) => {
    if (/^(off|none|false)$/i.test(t)) return [] as number[];
    const items = t.split(/[\s,]+/).filter(Boolean);
    const bad = items.filter((i) => !/^\d+$/.test(i) || Number(i) < 1 || Number(i) > 365);
    if (bad.length > 0)
      return problem(
        `${setting} must list whole numbers of days from 1 to 365 (e.g. 7,1), or off; got ${bad.join(', ')}`,
      );
    return [...new Set(items.map(Number))].sort((a, b) => b - a);
  });
}

/** A number of days, or off. */
function daysOrOff(setting: string, max: number) {
  return field((t): number | null | Problem => {
    if (/^(off|none|false)$/i.test(t)) return null;
    if (!/^\d+$/.test(t) || Number(t) < 1 || Number(t) > max)
      return problem(`${setting} must be a whole number of days from 1 to ${max}, or off`);
    return Number(t);
  });
}

function weekday(setting: string) {
  return field((t) => {
    const i = WEEKDAYS.findIndex((d) => d.startsWith(t.toLowerCase()) && t.length >= 3);
    return i >= 0 ? i : problem(`${setting} must be a day of the week such as monday; got "${t}"`);
  });
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = v.object({
  SLACK_BOT_TOKEN: pattern('SLACK_BOT_TOKEN', /^xoxb-[A-Za-z0-9-]+$/, 'xoxb-…'),
  SLACK_APP_TOKEN: pattern('SLACK_APP_TOKEN', /^xapp-[A-Za-z0-9-]+$/, 'xapp-…'),
  SLACK_SIGNING_SECRET: pattern(
    'SLACK_SIGNING_SECRET',
    /^[A-Za-z0-9]{16,}$/,
    'the 32-character hex string from Basic Information',
  ),
  SLACK_API_URL: url('SLACK_API_URL', 'http://127.0.0.1:4000/api/'),
  PORT: intIn('PORT', 0, 65535),
  HOST: text(),
  SLASH_COMMAND: pattern('SLASH_COMMAND', /^\/[a-z0-9_-]{1,31}$/, '/bedrock'),
  APPROVAL_CHANNEL_ID: pattern('APPROVAL_CHANNEL_ID', /^[CG][A-Z0-9]{2,}$/, 'C0123456789'),
  ADMIN_USER_IDS: listOf(SLACK_USER, 'a Slack member ID'),
  ADMIN_USER_GROUP_ID: pattern('ADMIN_USER_GROUP_ID', /^S[A-Z0-9]{2,}$/, 'S0123456789'),
  ALLOW_RESTRICTED_USERS: bool('ALLOW_RESTRICTED_USERS'),
  ALLOW_EXTERNAL_USERS: bool('ALLOW_EXTERNAL_USERS'),
  BEDROCK_REGION: pattern('BEDROCK_REGION', REGION_CODE_SYNTAX, 'us-east-1'),
  AWS_REGION: pattern('AWS_REGION', REGION_CODE_SYNTAX, 'us-east-1'),
  ALLOWED_REGIONS: listOf(REGION_CODE_SYNTAX, 'an AWS region code'),
  TOKEN_DEFAULT_TTL: duration('TOKEN_DEFAULT_TTL', 900, 43200),
  TOKEN_MAX_TTL: duration('TOKEN_MAX_TTL', 900, 43200),
  TOKEN_SIGNING_ROLE_ARN: pattern(
    'TOKEN_SIGNING_ROLE_ARN',
    ROLE_ARN,
    'arn:aws:iam::123456789012:role/bedrock-token-signer',
  ),
  TOKEN_SIGNING_EXTERNAL_ID: pattern(
    'TOKEN_SIGNING_EXTERNAL_ID',
    /^[\w+=,.@:/-]{2,1224}$/,
    'a string of 2 to 1224 characters',
  ),
  IAM_USER_PATH: pattern('IAM_USER_PATH', /^\/([\x21-\x7e]{0,510}\/)?$/, '/ or /bedrock/'),
  BEDROCK_POLICY_ARNS: listOf(POLICY_ARN, 'a managed policy ARN'),
  BEDROCK_ALLOWED_MODELS: listOf(MODEL_PATTERN, 'a Bedrock model ID or pattern'),
  DEFAULT_MODEL: pattern(
    'DEFAULT_MODEL',
    MODEL_PATTERN,
    'sonnet, claude-opus or anthropic.claude-sonnet-4-6',
  ),
  ALLOW_API_KEYS_OF_30_DAYS_OR_MORE: bool('ALLOW_API_KEYS_OF_30_DAYS_OR_MORE'),
  API_KEY_DEFAULT_DAYS: intIn('API_KEY_DEFAULT_DAYS', 1, 36600),
  API_KEY_MAX_DAYS: intIn('API_KEY_MAX_DAYS', 1, 36600),
  ALLOW_NON_EXPIRING_API_KEYS: bool('ALLOW_NON_EXPIRING_API_KEYS'),
  APPROVAL_TTL: duration('APPROVAL_TTL', 300, 30 * 86400),
  CONFIRMATION_TTL: duration('CONFIRMATION_TTL', 60, 86400),
  CREATED_BY_TAG: pattern('CREATED_BY_TAG', /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,256}$/u, 'bedrock-bot'),
  UNIT_OWNERS_MAY_APPROVE: bool('UNIT_OWNERS_MAY_APPROVE'),
  ACCESS_KEYS_NEED_TWO_APPROVALS: bool('ACCESS_KEYS_NEED_TWO_APPROVALS'),
  REMINDER_DAYS_BEFORE_EXPIRY: daysList('REMINDER_DAYS_BEFORE_EXPIRY'),
  ACCESS_KEY_ROTATION_DAYS: daysOrOff('ACCESS_KEY_ROTATION_DAYS', 3650),
  HYGIENE_DIGEST_USER_IDS: listOf(SLACK_USER, 'a Slack member ID'),
  HYGIENE_DIGEST_DAY: weekday('HYGIENE_DIGEST_DAY'),
  REMINDER_CHECK_INTERVAL: duration('REMINDER_CHECK_INTERVAL', 10, 86400),
  LEDGER_PATH: text(),
  DATABASE_URL: field((t) =>
    /^postgres(ql)?:\/\//.test(t) && URL.canParse(t)
      ? t
      : problem('DATABASE_URL must be a PostgreSQL URL such as postgres://bot:…@db:5432/bedrock_bot'),
  ),
  LOG_LEVEL: oneOf('LOG_LEVEL', LOG_LEVELS),
  LOG_FORMAT: oneOf('LOG_FORMAT', ['json', 'pretty'] as const),
  AWS_ENDPOINT_URL: text(),
});

const FIXES: Record<string, string> = {
  SLACK_BOT_TOKEN:
    'Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions in your Slack app settings.',
  SLACK_APP_TOKEN:
    'Create an app-level token with the connections:write scope under Basic Information → App-Level Tokens (xapp-…).',
  SLACK_SIGNING_SECRET: 'Copy the Signing Secret from Basic Information → App Credentials.',
  SLACK_API_URL: 'Leave it unset to talk to Slack, or set a full URL ending in /api/ for a local fake.',
  PORT: 'Use a port number such as 3000.',
  SLASH_COMMAND: 'Use the command name from the manifest, e.g. /bedrock.',
  APPROVAL_CHANNEL_ID: 'Open the channel in Slack, "View channel details", copy the ID at the bottom (C…).',
  ADMIN_USER_IDS: 'List Slack member IDs (U…), comma-separated: profile → ⋮ → Copy member ID.',
  ADMIN_USER_GROUP_ID: 'Use the ID of a Slack user group (S…).',
  BEDROCK_REGION: 'Use an AWS region code such as us-east-1.',
  AWS_REGION: 'Use an AWS region code such as us-east-1.',
  ALLOWED_REGIONS: 'List region codes, comma-separated, e.g. us-east-1,us-west-2.',
  TOKEN_DEFAULT_TTL: 'Use a duration from 15m to 12h, e.g. 12h.',
  TOKEN_MAX_TTL: 'Use a duration from 15m to 12h, e.g. 12h.',
  TOKEN_SIGNING_ROLE_ARN: 'Use the ARN of the role created for token signing (see `npx bedrock-bot policy`).',
  IAM_USER_PATH: 'Use a path that starts and ends with /, e.g. /bedrock/.',
  BEDROCK_POLICY_ARNS:
    'List managed policy ARNs, comma-separated, or leave it unset for the bot’s own invoke-only policy.',
  BEDROCK_ALLOWED_MODELS:
    'List model IDs or patterns, comma-separated, e.g. anthropic.claude-*,amazon.nova-*; unset allows every model.',
  DEFAULT_MODEL: 'Use a family (sonnet, opus, haiku, nova-pro) or a model ID; unset picks the newest Claude.',
  API_KEY_DEFAULT_DAYS: 'Use a number of days, e.g. 14.',
  API_KEY_MAX_DAYS: 'Use a number of days under 30, e.g. 29.',
  LOG_LEVEL: 'Use info in production, debug to investigate.',
  REMINDER_DAYS_BEFORE_EXPIRY:
    'List the days before a Bedrock API key expires when its owner is reminded, e.g. 7,1; or off.',
  ACCESS_KEY_ROTATION_DAYS: 'Use the age in days after which access keys should be rotated, e.g. 90; or off.',
  HYGIENE_DIGEST_USER_IDS:
    'List the member IDs (U…) of admins who want the weekly digest, comma-separated; each must be an admin.',
  HYGIENE_DIGEST_DAY: 'Use a day of the week, e.g. monday.',
  REMINDER_CHECK_INTERVAL: 'Use a duration from 10s to 24h, e.g. 1h.',
  DATABASE_URL:
    'Leave it unset for the SQLite ledger at LEDGER_PATH, or give a postgres:// URL (user, password, host, port, database) for several replicas.',
};

function fixFor(setting: string): string {
  return FIXES[setting] ?? 'See the settings table in README.md.';
}

export interface LoadConfigOptions {
  /** Directory to look for a .env file in; null disables .env loading. */
  envFileDir?: string | null;
}

/**
 * Values from .env.example (and look-alikes) that are not real settings: a copied example must
 * stop the bot with a clear message at start-up, not fail later at the first Slack call.
 */
const PLACEHOLDERS: Record<string, RegExp> = {
  SLACK_BOT_TOKEN: /your|placeholder|example|changeme|x{4,}|…|\.\.\./i,
  SLACK_APP_TOKEN: /your|placeholder|example|changeme|x{4,}|…|\.\.\./i,
  SLACK_SIGNING_SECRET: /your|placeholder|example|changeme|…|\.\.\./i,
  ADMIN_USER_IDS: /\b(U0123456789|U0987654321)\b/,
  ADMIN_USER_GROUP_ID: /^S0123456789$/,
  APPROVAL_CHANNEL_ID: /^C0123456789$/,
};

function placeholderProblems(env: Env): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const [setting, re] of Object.entries(PLACEHOLDERS)) {
    const value = (env[setting] ?? '').trim();
    if (value === '' || !re.test(value)) continue;
    const secret = setting.startsWith('SLACK_');
    problems.push({
      setting,
      problem: `is still the example value from .env.example${secret ? '' : ` (${value})`}`,
      fix: `${fixFor(setting)} Or comment the line out${secret ? ' (with no Slack settings, npm start opens the local console)' : ''}.`,
    });
  }
  return problems;
}

/** Reads `.env` (if any) under real environment variables. Exported for the CLI entry. */
export function readEnv(env: Env, envFileDir: string | null): Env {
  if (envFileDir === null) return env;
  const file = resolve(envFileDir, '.env');
  if (!existsSync(file)) return env;
  const fromFile = parseEnv(readFileSync(file, 'utf8'));
  return { ...fromFile, ...env };
}

export function loadConfig(
  env: Env = process.env,
  options: LoadConfigOptions = {},
): Result<AppConfig, ConfigProblem[]> {
  const merged = readEnv(env, options.envFileDir === undefined ? process.cwd() : options.envFileDir);
  const parsed = v.safeParse(schema, merged);
  const problems: ConfigProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const setting = v.getDotPath(issue) ?? 'environment';
      problems.push({ setting, problem: issue.message, fix: fixFor(setting) });
    }
  }
  // Slack: nothing (console), Socket Mode (bot + app token) or HTTP (bot token + signing secret).
  // Decided on presence alone, so half a configuration is reported even next to other problems.
  const present = (name: string): boolean => (merged[name] ?? '').trim() !== '';
  let mode: SlackMode = 'none';
  if (present('SLACK_BOT_TOKEN') || present('SLACK_APP_TOKEN') || present('SLACK_SIGNING_SECRET')) {
    if (!present('SLACK_BOT_TOKEN')) {
      problems.push({
        setting: 'SLACK_BOT_TOKEN',
        problem: 'is missing, but other Slack settings are set',
        fix: `${fixFor('SLACK_BOT_TOKEN')} Or remove SLACK_APP_TOKEN and SLACK_SIGNING_SECRET to use the local console.`,
      });
    } else if (present('SLACK_APP_TOKEN')) {
      mode = 'socket';
    } else if (present('SLACK_SIGNING_SECRET')) {
      mode = 'http';
    } else {
      problems.push({
        setting: 'SLACK_SIGNING_SECRET',
        problem: 'is missing: a bot token alone is half a Slack configuration',
        fix: `Set SLACK_APP_TOKEN (xapp-…) for Socket Mode, or SLACK_SIGNING_SECRET for HTTP mode. ${fixFor('SLACK_SIGNING_SECRET')}`,
      });
    }
  }
  const reported = new Set(problems.map((p) => p.setting));
  problems.push(...placeholderProblems(merged).filter((p) => !reported.has(p.setting)));
  if (!parsed.success || problems.length > 0) return err(problems);
  const e = parsed.output;
  const adminUserIds = e.ADMIN_USER_IDS ?? [];
  const allowedRegions = e.ALLOWED_REGIONS ?? [];
  const policyArns = e.BEDROCK_POLICY_ARNS ?? [];

  const maxTtl = e.TOKEN_MAX_TTL ?? DEFAULT_SETTINGS.tokenMaxTtlSeconds;
  const defaultTtl = e.TOKEN_DEFAULT_TTL ?? Math.min(DEFAULT_SETTINGS.tokenDefaultTtlSeconds, maxTtl);
  if (defaultTtl > maxTtl) {
    problems.push({
      setting: 'TOKEN_DEFAULT_TTL',
      problem: `${compactDuration(defaultTtl)} is longer than TOKEN_MAX_TTL (${compactDuration(maxTtl)})`,
      fix: 'Make TOKEN_DEFAULT_TTL at most TOKEN_MAX_TTL.',
    });
  }
  const maxDays = e.API_KEY_MAX_DAYS ?? DEFAULT_SETTINGS.apiKeyMaxDays;
  if (maxDays > SCP_SAMPLE_MAX_DAYS && e.ALLOW_API_KEYS_OF_30_DAYS_OR_MORE !== true) {
    problems.push({
      setting: 'API_KEY_MAX_DAYS',
      problem: `${maxDays} days: keys of 30 days or more are refused by AWS's sample SCP for Bedrock API keys (iam:ServiceSpecificCredentialAgeDays >= 30), which many organisations apply`,
      fix: `Use at most ${SCP_SAMPLE_MAX_DAYS}, or set ALLOW_API_KEYS_OF_30_DAYS_OR_MORE=true if your organisation allows longer keys (\`npx bedrock-bot doctor\` checks).`,
    });
  }
  const defaultDays = e.API_KEY_DEFAULT_DAYS ?? Math.min(DEFAULT_SETTINGS.apiKeyDefaultDays, maxDays);
  if (defaultDays > maxDays) {
    problems.push({
      setting: 'API_KEY_DEFAULT_DAYS',
      problem: `${defaultDays} days is more than API_KEY_MAX_DAYS (${maxDays})`,
      fix: 'Make API_KEY_DEFAULT_DAYS at most API_KEY_MAX_DAYS.',
    });
  }
  if ((e.BEDROCK_ALLOWED_MODELS ?? []).length > 0 && policyArns.length > 0) {
    problems.push({
      setting: 'BEDROCK_ALLOWED_MODELS',
      problem: 'limits the bot’s own invoke-only policy, which is not used when BEDROCK_POLICY_ARNS is set',
      fix: 'Limit the models in your own policies and unset BEDROCK_ALLOWED_MODELS, or unset BEDROCK_POLICY_ARNS.',
    });
  }
  const defaultRegion = e.BEDROCK_REGION ?? e.AWS_REGION ?? DEFAULT_SETTINGS.defaultRegion;
  if (allowedRegions.length > 0 && !allowedRegions.includes(defaultRegion)) {
    problems.push({
      setting: 'BEDROCK_REGION',
      problem: `the default region ${defaultRegion} is not in ALLOWED_REGIONS`,
      fix: 'Add it to ALLOWED_REGIONS or choose one of them as BEDROCK_REGION.',
    });
  }

  const digestUserIds = e.HYGIENE_DIGEST_USER_IDS ?? [];
  const notAdmins = digestUserIds.filter((id) => !adminUserIds.includes(id));
  if (notAdmins.length > 0 && e.ADMIN_USER_GROUP_ID === undefined) {
    problems.push({
      setting: 'HYGIENE_DIGEST_USER_IDS',
      problem: `${notAdmins.join(', ')} ${notAdmins.length === 1 ? 'is' : 'are'} not in ADMIN_USER_IDS: the digest is for admins`,
      fix: 'Add them to ADMIN_USER_IDS (or the admin user group), or remove them from HYGIENE_DIGEST_USER_IDS.',
    });
  }

  if (problems.length > 0) return err(problems);

  return ok({
    slack: {
      mode,
      botToken: e.SLACK_BOT_TOKEN ?? null,
      appToken: mode === 'socket' ? (e.SLACK_APP_TOKEN ?? null) : null,
      signingSecret: e.SLACK_SIGNING_SECRET ?? null,
      apiUrl: e.SLACK_API_URL ?? null,
      port: e.PORT ?? 3000,
      host: e.HOST ?? '0.0.0.0',
      approvalChannelId: e.APPROVAL_CHANNEL_ID ?? null,
      adminUserGroupId: e.ADMIN_USER_GROUP_ID ?? null,
      commandName: e.SLASH_COMMAND ?? '/bedrock',
      reminderIntervalSeconds: e.REMINDER_CHECK_INTERVAL ?? 3600,
    },
    core: {
      ...DEFAULT_SETTINGS,
      defaultRegion,
      allowedRegions,
      tokenMaxTtlSeconds: maxTtl,
      tokenDefaultTtlSeconds: defaultTtl,
      tokenSigningRoleArn: e.TOKEN_SIGNING_ROLE_ARN ?? null,
      tokenSigningExternalId: e.TOKEN_SIGNING_EXTERNAL_ID ?? null,
      iamUserPath: e.IAM_USER_PATH ?? DEFAULT_SETTINGS.iamUserPath,
      policyArns,
      allowedModels: e.BEDROCK_ALLOWED_MODELS ?? [],
      defaultModel: e.DEFAULT_MODEL ?? null,
      apiKeyDefaultDays: defaultDays,
      apiKeyMaxDays: maxDays,
      allowNonExpiringApiKeys: e.ALLOW_NON_EXPIRING_API_KEYS ?? false,
      adminUserIds,
      allowRestrictedUsers: e.ALLOW_RESTRICTED_USERS ?? false,
      allowExternalUsers: e.ALLOW_EXTERNAL_USERS ?? false,
      approvalTtlSeconds: e.APPROVAL_TTL ?? DEFAULT_SETTINGS.approvalTtlSeconds,
      confirmationTtlSeconds: e.CONFIRMATION_TTL ?? DEFAULT_SETTINGS.confirmationTtlSeconds,
      createdByTag: e.CREATED_BY_TAG ?? DEFAULT_SETTINGS.createdByTag,
      reminderDaysBeforeExpiry: e.REMINDER_DAYS_BEFORE_EXPIRY ?? DEFAULT_SETTINGS.reminderDaysBeforeExpiry,
      accessKeyRotationDays:
        e.ACCESS_KEY_ROTATION_DAYS === undefined
          ? DEFAULT_SETTINGS.accessKeyRotationDays
          : e.ACCESS_KEY_ROTATION_DAYS,
      digestUserIds,
      digestWeekday: e.HYGIENE_DIGEST_DAY ?? DEFAULT_SETTINGS.digestWeekday,
      unitOwnersMayApprove: e.UNIT_OWNERS_MAY_APPROVE ?? false,
      accessKeysNeedTwoApprovals: e.ACCESS_KEYS_NEED_TWO_APPROVALS ?? false,
    },
    ledgerPath: e.LEDGER_PATH ?? 'data/bedrock-bot.db',
    databaseUrl: e.DATABASE_URL ?? null,
    log: { level: e.LOG_LEVEL ?? 'info', pretty: e.LOG_FORMAT === 'pretty' },
    awsEndpointOverride: e.AWS_ENDPOINT_URL ?? null,
  });
}

export function formatConfigProblems(problems: ConfigProblem[]): string {
  const lines = [
    `bedrock-bot cannot start: ${problems.length} setting${problems.length === 1 ? ' needs' : 's need'} fixing.`,
    '',
    ...problems.flatMap((p) => [`  ✗ ${p.setting}: ${p.problem}`, `      fix: ${p.fix}`]),
    '',
    'Settings come from environment variables or a .env file in the working directory (see .env.example and README.md).',
  ];
  return lines.join('\n');
}

/** Environment facts other modules need but must not read themselves. */
export function readRuntimeFacts(env: Env = process.env): { osUser: string; isCI: boolean } {
  return { osUser: env.USER ?? env.USERNAME ?? 'operator', isCI: env.CI === 'true' };
}
