import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatConfigProblems, loadConfig } from '../../src/config/load-config.js';
import { parseDurationSetting } from '../../src/config/duration-setting.js';

const SOCKET = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-A1-123-abc' };
const HTTP = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5' };

function load(env: Record<string, string>) {
  return loadConfig(env, { envFileDir: null });
}

describe('loadConfig', () => {
  it('runs the local console when there are no Slack settings at all', () => {
    const result = load({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.slack.mode).toBe('none');
    expect(result.value.core.defaultRegion).toBe('us-east-1');
    expect(result.value.core.tokenDefaultTtlSeconds).toBe(43200);
    // No managed policies by default: business units get the project's invoke-only policy.
    expect(result.value.core.policyArns).toEqual([]);
    expect(result.value.core.apiKeyMaxDays).toBeLessThan(30);
    expect(result.value.core.defaultModel).toBeNull();
  });

  it('picks Socket Mode with an app token and HTTP mode with a signing secret', () => {
    const socket = load(SOCKET);
    const http = load({ ...HTTP, PORT: '8080' });
    expect(socket.ok && socket.value.slack.mode).toBe('socket');
    expect(http.ok && http.value.slack.mode).toBe('http');
    expect(http.ok && http.value.slack.port).toBe(8080);
  });

  it('keeps the SQLite ledger by default and takes a PostgreSQL URL for several replicas', () => {
    const sqlite = load(HTTP);
    expect(sqlite.ok && sqlite.value.databaseUrl).toBeNull();
    expect(sqlite.ok && sqlite.value.ledgerPath).toBe('data/bedrock-bot.db');
    const url = 'postgres://bot:s3cret@db:5432/bedrock_bot';
    const pg = load({ ...HTTP, DATABASE_URL: url });
    expect(pg.ok && pg.value.databaseUrl).toBe(url);
    const bad = load({ ...HTTP, DATABASE_URL: 'mysql://db/bedrock', PORT: 'x' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.map((p) => p.setting)).toEqual(['PORT', 'DATABASE_URL']);
    const message = formatConfigProblems(bad.error);
    expect(message).toMatch(/DATABASE_URL must be a PostgreSQL URL/);
    expect(message).toMatch(/Leave it unset for the SQLite ledger/);
  });

  it('refuses half a Slack configuration instead of falling back silently', () => {
    const result = load({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((p) => p.setting)).toEqual(['SLACK_SIGNING_SECRET']);
    expect(formatConfigProblems(result.error)).toMatch(
      /SLACK_APP_TOKEN .* Socket Mode, or SLACK_SIGNING_SECRET for HTTP mode/,
    );
    const noBot = load({ SLACK_SIGNING_SECRET: HTTP.SLACK_SIGNING_SECRET });
    expect(!noBot.ok && noBot.error[0]?.setting).toBe('SLACK_BOT_TOKEN');
  });

  it('lists every bad setting in one message, each with a fix', () => {
    const result = load({
      SLACK_BOT_TOKEN: 'not-a-token',
      PORT: 'eighty',
      TOKEN_MAX_TTL: '24h',
      ADMIN_USER_IDS: 'U123ABC, bob',
      BEDROCK_POLICY_ARNS: 'AmazonBedrockFullAccess',
      LOG_LEVEL: 'loud',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const settings = result.error.map((p) => p.setting).sort();
    expect(settings).toEqual([
      'ADMIN_USER_IDS',
      'BEDROCK_POLICY_ARNS',
      'LOG_LEVEL',
      'PORT',
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'TOKEN_MAX_TTL',
    ]);
    const message = formatConfigProblems(result.error);
    expect(message).toContain('7 settings need fixing');
    expect(message).toContain('"bob" is not a Slack member ID');
    expect(message).toMatch(/TOKEN_MAX_TTL must be between 15m and 12h; got 24h/);
    for (const p of result.error) expect(p.fix.length).toBeGreaterThan(10);
    // The token value itself is never echoed back.
    expect(message).not.toContain('not-a-token');
  });

  it('checks values that only make sense together', () => {
    const result = load({
      TOKEN_MAX_TTL: '1h',
      TOKEN_DEFAULT_TTL: '2h',
      ALLOWED_REGIONS: 'eu-west-1',
      API_KEY_MAX_DAYS: '10',
      API_KEY_DEFAULT_DAYS: '30',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((p) => p.setting).sort()).toEqual([
      'API_KEY_DEFAULT_DAYS',
      'BEDROCK_REGION',
      'TOKEN_DEFAULT_TTL',
    ]);
  });

  it('refuses an API key maximum of 30 days or more unless explicitly allowed (AWS sample SCP)', () => {
    const refused = load({ API_KEY_MAX_DAYS: '90' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error[0]).toMatchObject({ setting: 'API_KEY_MAX_DAYS' });
    expect(refused.error[0]?.problem).toContain('iam:ServiceSpecificCredentialAgeDays >= 30');
    expect(refused.error[0]?.fix).toContain('ALLOW_API_KEYS_OF_30_DAYS_OR_MORE=true');
    const allowed = load({ API_KEY_MAX_DAYS: '90', ALLOW_API_KEYS_OF_30_DAYS_OR_MORE: 'true' });
    expect(allowed.ok && allowed.value.core.apiKeyMaxDays).toBe(90);
    expect(allowed.ok && allowed.value.core.apiKeyDefaultDays).toBe(14);
    expect(load({ API_KEY_MAX_DAYS: '29' }).ok).toBe(true);
  });

  it('reads the reminder settings, with defaults of 7 and 1 days, 90 days and no digest', () => {
    const defaults = load({});
    expect(defaults.ok && defaults.value.core).toMatchObject({
      reminderDaysBeforeExpiry: [7, 1],
      accessKeyRotationDays: 90,
      digestUserIds: [],
      digestWeekday: 1,
    });
    expect(defaults.ok && defaults.value.slack.reminderIntervalSeconds).toBe(3600);
    const set = load({
      ADMIN_USER_IDS: 'UADMIN01,UADMIN02',
      REMINDER_DAYS_BEFORE_EXPIRY: '1, 14,3',
      ACCESS_KEY_ROTATION_DAYS: 'off',
      HYGIENE_DIGEST_USER_IDS: 'UADMIN02',
      HYGIENE_DIGEST_DAY: 'Friday',
      REMINDER_CHECK_INTERVAL: '15m',
    });
    expect(set.ok && set.value.core).toMatchObject({
      reminderDaysBeforeExpiry: [14, 3, 1],
      accessKeyRotationDays: null,
      digestUserIds: ['UADMIN02'],
      digestWeekday: 5,
    });
    expect(set.ok && set.value.slack.reminderIntervalSeconds).toBe(900);
    expect(load({ REMINDER_DAYS_BEFORE_EXPIRY: 'off' }).ok && load({}).ok).toBe(true);
    const bad = load({
      REMINDER_DAYS_BEFORE_EXPIRY: '7,0,abc',
      ACCESS_KEY_ROTATION_DAYS: '-5',
      HYGIENE_DIGEST_DAY: 'someday',
      REMINDER_CHECK_INTERVAL: '1s',
    });
    expect(!bad.ok && bad.error.map((p) => p.setting).sort()).toEqual([
      'ACCESS_KEY_ROTATION_DAYS',
      'HYGIENE_DIGEST_DAY',
      'REMINDER_CHECK_INTERVAL',
      'REMINDER_DAYS_BEFORE_EXPIRY',
    ]);
    // The digest is for admins: a member ID that is not one is refused, unless a user group decides.
    const member = load({ ADMIN_USER_IDS: 'UADMIN01', HYGIENE_DIGEST_USER_IDS: 'UMEMBER1' });
    expect(!member.ok && member.error[0]?.problem).toMatch(/UMEMBER1 is not in ADMIN_USER_IDS/);
    expect(load({ ADMIN_USER_GROUP_ID: 'SADMINS01', HYGIENE_DIGEST_USER_IDS: 'UMEMBER1' }).ok).toBe(true);
  });

  it('reads the approval policy: owners may approve, two approvals for access keys; both off by default', () => {
    const off = load({});
    expect(off.ok && off.value.core).toMatchObject({
      unitOwnersMayApprove: false,
      accessKeysNeedTwoApprovals: false,
    });
    const on = load({ UNIT_OWNERS_MAY_APPROVE: 'yes', ACCESS_KEYS_NEED_TWO_APPROVALS: 'true' });
    expect(on.ok && on.value.core).toMatchObject({
      unitOwnersMayApprove: true,
      accessKeysNeedTwoApprovals: true,
    });
    const bad = load({ ACCESS_KEYS_NEED_TWO_APPROVALS: 'twice' });
    expect(!bad.ok && bad.error[0]?.problem).toBe('ACCESS_KEYS_NEED_TWO_APPROVALS must be true or false');
  });

  it('reads DEFAULT_MODEL and BEDROCK_ALLOWED_MODELS', () => {
    const result = load({
      DEFAULT_MODEL: 'opus',
      BEDROCK_ALLOWED_MODELS: 'anthropic.claude-*, amazon.nova-*',
    });
    expect(result.ok && result.value.core.defaultModel).toBe('opus');
    expect(result.ok && result.value.core.allowedModels).toEqual(['anthropic.claude-*', 'amazon.nova-*']);
    const bad = load({ DEFAULT_MODEL: 'Claude Opus!' });
    expect(!bad.ok && bad.error.map((p) => p.setting)).toEqual(['DEFAULT_MODEL']);
    // The limit applies to the bot's own policy only: with the admin's policies it would silently do nothing.
    const both = load({
      BEDROCK_ALLOWED_MODELS: 'anthropic.claude-*',
      BEDROCK_POLICY_ARNS: 'arn:aws:iam::123456789012:policy/mine',
    });
    expect(!both.ok && both.error.map((p) => p.setting)).toEqual(['BEDROCK_ALLOWED_MODELS']);
  });

  it('lowers the default TTL with the maximum when only the maximum is configured', () => {
    const result = load({ TOKEN_MAX_TTL: '4h' });
    expect(result.ok && result.value.core.tokenDefaultTtlSeconds).toBe(14400);
  });

  it('honours a .env file under real environment variables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bb-env-'));
    writeFileSync(join(dir, '.env'), 'BEDROCK_REGION=eu-west-1\nLOG_LEVEL=debug\n');
    const result = loadConfig({ LOG_LEVEL: 'warn' }, { envFileDir: dir });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.core.defaultRegion).toBe('eu-west-1');
    expect(result.value.log.level).toBe('warn');
  });
});

describe('.env.example', () => {
  const example = readFileSync(join(import.meta.dirname, '../../.env.example'), 'utf8');

  it('copied as it is, opens the local console: nothing can start a broken Slack mode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bb-example-'));
    writeFileSync(join(dir, '.env'), example);
    const result = loadConfig({}, { envFileDir: dir });
    expect(result.ok && result.value.slack.mode).toBe('none');
  });

  it('every example value, uncommented, is refused at start-up with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bb-example-'));
    const uncommented = example
      .split('\n')
      .map((line) =>
        /^# (SLACK_BOT_TOKEN|SLACK_APP_TOKEN|ADMIN_USER_IDS|APPROVAL_CHANNEL_ID)=/.test(line)
          ? line.slice(2)
          : line,
      )
      .join('\n');
    writeFileSync(join(dir, '.env'), uncommented);
    const result = loadConfig({}, { envFileDir: dir });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((p) => p.setting).sort()).toEqual([
      'ADMIN_USER_IDS',
      'APPROVAL_CHANNEL_ID',
      'SLACK_APP_TOKEN',
      'SLACK_BOT_TOKEN',
    ]);
    const message = formatConfigProblems(result.error);
    expect(message).toContain('SLACK_BOT_TOKEN: is still the example value from .env.example');
    expect(message).toContain('Or comment the line out');
    // The placeholder token itself is not echoed (it has the shape of a secret).
    expect(message).not.toContain('xoxb-your-bot-token');
  });

  it('the HTTP-mode example signing secret is refused too', () => {
    const result = load({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'your-signing-secret' });
    expect(!result.ok && result.error.map((p) => p.setting)).toEqual(['SLACK_SIGNING_SECRET']);
  });
});

describe('parseDurationSetting', () => {
  it.each([
    ['15m', 900],
    ['12h', 43200],
    ['1h30m', 5400],
    ['3600', 3600],
    ['2d', 172800],
  ])('%s is %d seconds', (text, seconds) => expect(parseDurationSetting(text)).toBe(seconds));
  it('rejects text it cannot read', () => {
    expect(parseDurationSetting('soon')).toBeNull();
    expect(parseDurationSetting('5x')).toBeNull();
  });
});
