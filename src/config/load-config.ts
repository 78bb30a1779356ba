/**
 * The only reader of process.env. Validates every setting at start-up and reports every problem
 * at once, each with how to fix it. A `.env` file in the working directory is honoured for local
 * runs; real environment variables win over it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { err, ok, type Result } from '../core/result.js';
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
  };
  core: CoreSettings;
  ledgerPath: string;
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

const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\-/]{1,512}$/;
const POLICY_ARN = /^arn:aws[a-z-]*:iam::(aws|\d{12}):policy\/[\w+=,.@\-/]{1,512}$/;
const SLACK_USER = /^[UW][A-Z0-9]{2,}$/;

const trimmed = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const list = trimmed.transform((v) =>
  v === undefined
    ? []
    : v
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean),
);

function listOf(setting: string, re: RegExp, what: string) {
  return list.transform((items, ctx) => {
    for (const item of items) {
      if (!re.test(item)) ctx.addIssue({ code: 'custom', message: `${setting}: "${item}" is not ${what}` });
    }
    return items;
  });
}

function bool(setting: string) {
  return trimmed.pipe(
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], {
        error: () => `${setting} must be true or false`,
      })
      .optional()
      .transform((v) => (v === undefined ? undefined : ['true', '1', 'yes', 'on'].includes(v))),
  );
}

function intIn(setting: string, min: number, max: number) {
  return trimmed.pipe(
    z
      .string()
      .regex(/^\d+$/, { error: `${setting} must be a whole number` })
      .transform(Number)
      .pipe(z.number().min(min, { error: `${setting} must be at least ${min}` }).max(max, { error: `${setting} must be at most ${max}` }))
      .optional(),
  );
}

function duration(setting: string, minSeconds: number, maxSeconds: number) {
  return trimmed.transform((v, ctx) => {
    if (v === undefined) return undefined;
    const seconds = parseDurationSetting(v);
    if (seconds === null) {
      ctx.addIssue({ code: 'custom', message: `${setting} must be a duration such as 15m, 6h or 3600 (seconds); got "${v}"` });
      return z.NEVER;
    }
    if (seconds < minSeconds || seconds > maxSeconds) {
      ctx.addIssue({
        code: 'custom',
        message: `${setting} must be between ${humanSeconds(minSeconds)} and ${humanSeconds(maxSeconds)}; got ${humanSeconds(seconds)}`,
      });
      return z.NEVER;
    }
    return seconds;
  });
}

function pattern(setting: string, re: RegExp, example: string) {
  return trimmed.pipe(z.string().regex(re, { error: `${setting} is not valid (expected something like ${example})` }).optional());
}

const schema = z.object({
  SLACK_BOT_TOKEN: pattern('SLACK_BOT_TOKEN', /^xoxb-[A-Za-z0-9-]+$/, 'xoxb-…'),
  SLACK_APP_TOKEN: pattern('SLACK_APP_TOKEN', /^xapp-[A-Za-z0-9-]+$/, 'xapp-…'),
  SLACK_SIGNING_SECRET: pattern('SLACK_SIGNING_SECRET', /^[A-Za-z0-9]{16,}$/, 'the 32-character hex string from Basic Information'),
  SLACK_API_URL: trimmed.pipe(z.url({ error: 'SLACK_API_URL must be a URL such as http://127.0.0.1:4000/api/' }).optional()),
  PORT: intIn('PORT', 0, 65535),
  HOST: trimmed,
  SLASH_COMMAND: pattern('SLASH_COMMAND', /^\/[a-z0-9_-]{1,31}$/, '/bedrock'),
  APPROVAL_CHANNEL_ID: pattern('APPROVAL_CHANNEL_ID', /^[CG][A-Z0-9]{2,}$/, 'C0123456789'),
  ADMIN_USER_IDS: listOf('ADMIN_USER_IDS', SLACK_USER, 'a Slack member ID'),
  ADMIN_USER_GROUP_ID: pattern('ADMIN_USER_GROUP_ID', /^S[A-Z0-9]{2,}$/, 'S0123456789'),
  ALLOW_RESTRICTED_USERS: bool('ALLOW_RESTRICTED_USERS'),
  BEDROCK_REGION: pattern('BEDROCK_REGION', REGION, 'us-east-1'),
  AWS_REGION: pattern('AWS_REGION', REGION, 'us-east-1'),
  ALLOWED_REGIONS: listOf('ALLOWED_REGIONS', REGION, 'an AWS region code'),
  TOKEN_DEFAULT_TTL: duration('TOKEN_DEFAULT_TTL', 900, 43200),
  TOKEN_MAX_TTL: duration('TOKEN_MAX_TTL', 900, 43200),
  TOKEN_SIGNING_ROLE_ARN: pattern('TOKEN_SIGNING_ROLE_ARN', ROLE_ARN, 'arn:aws:iam::123456789012:role/bedrock-token-signer'),
  TOKEN_SIGNING_EXTERNAL_ID: pattern('TOKEN_SIGNING_EXTERNAL_ID', /^[\w+=,.@:/-]{2,1224}$/, 'a string of 2 to 1224 characters'),
  IAM_USER_PATH: pattern('IAM_USER_PATH', /^\/([\x21-\x7e]{0,510}\/)?$/, '/ or /bedrock/'),
  BEDROCK_POLICY_ARNS: listOf('BEDROCK_POLICY_ARNS', POLICY_ARN, 'a managed policy ARN'),
  API_KEY_DEFAULT_DAYS: intIn('API_KEY_DEFAULT_DAYS', 1, 36600),
  API_KEY_MAX_DAYS: intIn('API_KEY_MAX_DAYS', 1, 36600),
  ALLOW_NON_EXPIRING_API_KEYS: bool('ALLOW_NON_EXPIRING_API_KEYS'),
  APPROVAL_TTL: duration('APPROVAL_TTL', 300, 30 * 86400),
  CONFIRMATION_TTL: duration('CONFIRMATION_TTL', 60, 86400),
  CREATED_BY_TAG: pattern('CREATED_BY_TAG', /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,256}$/u, 'bedrock-bot'),
  LEDGER_PATH: trimmed,
  LOG_LEVEL: trimmed.pipe(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' }).optional(),
  ),
  LOG_FORMAT: trimmed.pipe(z.enum(['json', 'pretty'], { error: 'LOG_FORMAT must be json or pretty' }).optional()),
  AWS_ENDPOINT_URL: trimmed,
});

const FIXES: Record<string, string> = {
  SLACK_BOT_TOKEN: 'Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions in your Slack app settings.',
  SLACK_APP_TOKEN: 'Create an app-level token with the connections:write scope under Basic Information → App-Level Tokens (xapp-…).',
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
  BEDROCK_POLICY_ARNS: 'List managed policy ARNs, comma-separated, e.g. arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess.',
  API_KEY_DEFAULT_DAYS: 'Use a number of days, e.g. 30.',
  API_KEY_MAX_DAYS: 'Use a number of days, e.g. 90.',
  LOG_LEVEL: 'Use info in production, debug to investigate.',
};

function fixFor(setting: string): string {
  return FIXES[setting] ?? 'See the settings table in README.md.';
}

export interface LoadConfigOptions {
  /** Directory to look for a .env file in; null disables .env loading. */
  envFileDir?: string | null;
}

/** Reads `.env` (if any) under real environment variables. Exported for the CLI entry. */
export function readEnv(env: Env, envFileDir: string | null): Env {
  if (envFileDir === null) return env;
  const file = resolve(envFileDir, '.env');
  if (!existsSync(file)) return env;
  const fromFile = parseEnv(readFileSync(file, 'utf8'));
  return { ...fromFile, ...env };
}

export function loadConfig(env: Env = process.env, options: LoadConfigOptions = {}): Result<AppConfig, ConfigProblem[]> {
  const merged = readEnv(env, options.envFileDir === undefined ? process.cwd() : options.envFileDir);
  const parsed = schema.safeParse(merged);
  const problems: ConfigProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const setting = String(issue.path[0] ?? 'environment');
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
  if (!parsed.success) return err(problems);
  const e = parsed.data;

  const maxTtl = e.TOKEN_MAX_TTL ?? DEFAULT_SETTINGS.tokenMaxTtlSeconds;
  const defaultTtl = e.TOKEN_DEFAULT_TTL ?? Math.min(DEFAULT_SETTINGS.tokenDefaultTtlSeconds, maxTtl);
  if (defaultTtl > maxTtl) {
    problems.push({
      setting: 'TOKEN_DEFAULT_TTL',
      problem: `${humanSeconds(defaultTtl)} is longer than TOKEN_MAX_TTL (${humanSeconds(maxTtl)})`,
      fix: 'Make TOKEN_DEFAULT_TTL at most TOKEN_MAX_TTL.',
    });
  }
  const maxDays = e.API_KEY_MAX_DAYS ?? DEFAULT_SETTINGS.apiKeyMaxDays;
  const defaultDays = e.API_KEY_DEFAULT_DAYS ?? Math.min(DEFAULT_SETTINGS.apiKeyDefaultDays, maxDays);
  if (defaultDays > maxDays) {
    problems.push({
      setting: 'API_KEY_DEFAULT_DAYS',
      problem: `${defaultDays} days is more than API_KEY_MAX_DAYS (${maxDays})`,
      fix: 'Make API_KEY_DEFAULT_DAYS at most API_KEY_MAX_DAYS.',
    });
  }
  const defaultRegion = e.BEDROCK_REGION ?? e.AWS_REGION ?? DEFAULT_SETTINGS.defaultRegion;
  if (e.ALLOWED_REGIONS.length > 0 && !e.ALLOWED_REGIONS.includes(defaultRegion)) {
    problems.push({
      setting: 'BEDROCK_REGION',
      problem: `the default region ${defaultRegion} is not in ALLOWED_REGIONS`,
      fix: 'Add it to ALLOWED_REGIONS or choose one of them as BEDROCK_REGION.',
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
    },
    core: {
      ...DEFAULT_SETTINGS,
      defaultRegion,
      allowedRegions: e.ALLOWED_REGIONS,
      tokenMaxTtlSeconds: maxTtl,
      tokenDefaultTtlSeconds: defaultTtl,
      tokenSigningRoleArn: e.TOKEN_SIGNING_ROLE_ARN ?? null,
      tokenSigningExternalId: e.TOKEN_SIGNING_EXTERNAL_ID ?? null,
      iamUserPath: e.IAM_USER_PATH ?? DEFAULT_SETTINGS.iamUserPath,
      policyArns: e.BEDROCK_POLICY_ARNS.length > 0 ? e.BEDROCK_POLICY_ARNS : DEFAULT_SETTINGS.policyArns,
      apiKeyDefaultDays: defaultDays,
      apiKeyMaxDays: maxDays,
      allowNonExpiringApiKeys: e.ALLOW_NON_EXPIRING_API_KEYS ?? false,
      adminUserIds: e.ADMIN_USER_IDS,
      allowRestrictedUsers: e.ALLOW_RESTRICTED_USERS ?? false,
      approvalTtlSeconds: e.APPROVAL_TTL ?? DEFAULT_SETTINGS.approvalTtlSeconds,
      confirmationTtlSeconds: e.CONFIRMATION_TTL ?? DEFAULT_SETTINGS.confirmationTtlSeconds,
      createdByTag: e.CREATED_BY_TAG ?? DEFAULT_SETTINGS.createdByTag,
    },
    ledgerPath: e.LEDGER_PATH ?? 'data/bedrock-bot.db',
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

function humanSeconds(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/** Environment facts other modules need but must not read themselves. */
export function readRuntimeFacts(env: Env = process.env): { osUser: string; isCI: boolean } {
  return { osUser: env.USER ?? env.USERNAME ?? 'operator', isCI: env.CI === 'true' };
}
