import { describe, expect, it } from 'vitest';
import type { Block, Message } from '../../src/render/block-kit.js';
import { parseActionId } from '../../src/slack/action-id.js';
import { guardLimits } from '../../src/slack/deliver.js';
import { createSlackApp } from '../../src/slack/slack-app.js';
import { createSlackLogger, summariseError } from '../../src/slack/slack-logger.js';
import { judgeTimestamp } from '../../src/slack/timestamp-window.js';
import { startFakeSlack } from '../support/fake-slack.js';
import { captureLogs } from '../support/slack-harness.js';
import { openSqliteLedger } from '../../src/ledger/sqlite-ledger.js';

const SECRET = 'bedrock-api-key-LOGGERSECRET0123456789abcdef';

describe('judgeTimestamp', () => {
  const now = Date.UTC(2026, 2, 2, 10, 0, 0);
  const secs = Math.floor(now / 1000);
  it.each([
    [String(secs), 'ok'],
    [String(secs - 300), 'ok'],
    [String(secs + 300), 'ok'],
    [String(secs - 301), 'stale'],
    [String(secs + 301), 'future'],
    ['abc', 'malformed'],
    ['1e9', 'malformed'],
    ['', 'malformed'],
  ])('%s → %s', (header, verdict) => {
    expect(judgeTimestamp(header, now)).toBe(verdict);
  });
  it('an absent header is left to Bolt, two headers are malformed', () => {
    expect(judgeTimestamp(undefined, now)).toBe('absent');
    expect(judgeTimestamp([String(secs), String(secs)], now)).toBe('malformed');
  });
});

describe('parseActionId', () => {
  it('reads bedrock.<action> and bedrock.choose.<key>', () => {
    expect(parseActionId('bedrock.approve')).toEqual({ action: 'approve' });
    expect(parseActionId('bedrock.delete_old')).toEqual({ action: 'delete_old' });
    expect(parseActionId('bedrock.choose.research-bedrock-user')).toEqual({
      action: 'choose',
      choice: 'research-bedrock-user',
    });
    expect(parseActionId('bedrock.choose.a.b')).toEqual({ action: 'choose', choice: 'a.b' });
  });
  it('refuses anything else', () => {
    for (const id of [
      'bedrock.',
      'bedrock.nope',
      'bedrock.choose',
      'bedrock.choose.',
      'bedrock.approve.x',
      'other.approve',
      'approve',
    ]) {
      expect(parseActionId(id)).toBeNull();
    }
  });
});

describe('Slack SDK logger adapter', () => {
  it('drops request and response bodies, objects and long strings, keeps labels', () => {
    const logs = captureLogs('debug');
    const log = createSlackLogger(logs.logger);
    log.debug(`http request body: {"channel":"C1","blocks":[{"text":"${SECRET}"}]}`);
    log.debug(`http request result: {"ok":true,"message":{"text":"${SECRET}"}}`);
    log.debug(`ack() call begins (body: ${SECRET})`);
    log.debug(JSON.stringify({ event: { text: SECRET } }));
    log.info('some context', { blocks: [SECRET] });
    log.warn('x'.repeat(2000));
    log.error(
      'Slack API error: invalid_blocks',
      Object.assign(new Error('An API error occurred: invalid_blocks'), {
        code: 'slack_webapi_platform_error',
        data: { error: 'invalid_blocks', response_metadata: { messages: [SECRET] } },
      }),
    );
    const joined = logs.lines.join('\n');
    expect(joined).not.toContain(SECRET);
    const entries = logs.entries();
    expect(entries.map((e) => e.msg)).toEqual([
      'http request body: [omitted]',
      'http request result: [omitted]',
      'ack() call begins: [omitted]',
      '[omitted]',
      'some context [object omitted]',
      `${'x'.repeat(500)}…`,
      'Slack API error: invalid_blocks',
    ]);
    expect(entries[6]?.error).toEqual({
      type: 'Error',
      message: 'An API error occurred: invalid_blocks',
      code: 'slack_webapi_platform_error',
      slackError: 'invalid_blocks',
    });
  });

  it('follows pino’s level and never changes it', () => {
    const logs = captureLogs('info');
    const log = createSlackLogger(logs.logger);
    log.setLevel('debug' as never);
    log.debug('hidden');
    expect(logs.lines).toHaveLength(0);
    expect(log.getLevel()).toBe('info');
  });

  it('summariseError never carries data or bodies', () => {
    const summary = summariseError(
      Object.assign(new Error('x'), { data: { blocks: [SECRET] }, statusCode: 429 }),
    );
    expect(JSON.stringify(summary)).not.toContain(SECRET);
    expect(summary.statusCode).toBe(429);
    expect(summariseError('plain')).toEqual({ type: 'string', message: 'plain' });
  });
});

describe('guardLimits', () => {
  const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });

  it('passes a message within limits through unchanged', () => {
    const logs = captureLogs();
    const message: Message = { text: 'ok', blocks: [section('a')], containsSecret: false };
    expect(guardLimits(message, logs.logger, 'conversation')).toBe(message);
    expect(logs.lines).toHaveLength(0);
  });

  it('trims over-long messages and logs the problems without the content', () => {
    const logs = captureLogs();
    const message: Message = {
      text: 't'.repeat(5000),
      blocks: [section('s'.repeat(3500)), ...Array.from({ length: 59 }, (_, i) => section(`b${i}`))],
      containsSecret: false,
    };
    const guarded = guardLimits(message, logs.logger, 'approvers');
    expect(guarded.blocks).toHaveLength(50);
    expect(guarded.text.length).toBeLessThanOrEqual(4000);
    const first = guarded.blocks[0];
    expect(first?.type === 'section' ? first.text?.text.length : 0).toBeLessThanOrEqual(3000);
    expect(logs.entries()[0]).toMatchObject({
      level: 50,
      audience: 'approvers',
      problems: expect.arrayContaining(['60 blocks']),
    });
    expect(logs.lines.join('')).not.toContain('sss');
  });

  it('never cuts a section of a secret-bearing message', () => {
    const logs = captureLogs();
    const long = `${SECRET}${'x'.repeat(3100)}`;
    const guarded = guardLimits(
      { text: 'key', blocks: [section(long)], containsSecret: true },
      logs.logger,
      'requester-private',
    );
    expect(guarded.blocks[0]).toEqual(section(long));
    expect(logs.lines.join('')).not.toContain(SECRET);
  });
});

describe('createSlackApp construction', () => {
  it('socket mode needs an app token, HTTP mode a signing secret; socket mode starts nothing until start()', async () => {
    const slack = await startFakeSlack();
    const ledger = openSqliteLedger(':memory:');
    const base = {
      botToken: 'xoxb-test',
      apiUrl: slack.apiUrl,
      port: 0,
      approvalChannelId: null,
      adminUserIds: [],
      adminUserGroupId: null,
      allowRestrictedUsers: false,
      loadEngine: () => Promise.reject(new Error('not used')),
      ledger,
      logger: captureLogs().logger,
    };
    expect(() => createSlackApp({ ...base, mode: 'socket' })).toThrow(/app-level token/);
    expect(() => createSlackApp({ ...base, mode: 'http' })).toThrow(/signing secret/);
    const bot = createSlackApp({ ...base, mode: 'socket', appToken: 'xapp-1-test' });
    expect(bot.app).toBeDefined();
    await bot.stop();
    expect(slack.calls).toHaveLength(0);
    await slack.close();
    await ledger.close();
  });

  it('start() fails clearly when auth.test fails (bad token), without an unhandled rejection', async () => {
    const slack = await startFakeSlack();
    slack.failNext('auth.test', { error: 'invalid_auth' });
    const ledger = openSqliteLedger(':memory:');
    const bot = createSlackApp({
      mode: 'http',
      botToken: 'xoxb-bad',
      signingSecret: 's',
      apiUrl: slack.apiUrl,
      port: 0,
      approvalChannelId: null,
      adminUserIds: [],
      adminUserGroupId: null,
      allowRestrictedUsers: false,
      loadEngine: () => Promise.reject(new Error('not used')),
      ledger,
      logger: captureLogs().logger,
    });
    await expect(bot.start()).rejects.toThrow(/invalid_auth/);
    await bot.stop();
    await slack.close();
    await ledger.close();
  });
});
