import { describe, expect, it } from 'vitest';
import { cryptoIds } from '../../src/app/ids.js';
import { describeStartError } from '../../src/app/start-bot.js';
import { loadConfig, type AppConfig } from '../../src/config/load-config.js';

function config(env: Record<string, string>): AppConfig {
  const result = loadConfig(
    { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5', ...env },
    { envFileDir: null },
  );
  if (!result.ok) throw new Error('bad test config');
  return result.value;
}

describe('describeStartError', () => {
  it('turns the usual start-up failures into one line an operator can act on', () => {
    const c = config({
      PORT: '3100',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      LEDGER_PATH: '/nope/ledger.db',
    });
    expect(describeStartError(new Error('An API error occurred: invalid_auth'), c)).toMatch(
      /Slack refused SLACK_BOT_TOKEN/,
    );
    expect(
      describeStartError(
        Object.assign(new Error('listen EADDRINUSE: address already in use'), { code: 'EADDRINUSE' }),
        c,
      ),
    ).toMatch(/port 3100 is already in use/);
    expect(describeStartError(new Error('A request error occurred: fetch failed'), c)).toMatch(
      /could not reach the Slack Web API at http:\/\/127\.0\.0\.1:9\/api\/.*SLACK_API_URL/,
    );
    expect(describeStartError(new Error('SQLITE_CANTOPEN: unable to open database file'), c)).toMatch(
      /ledger at \/nope\/ledger\.db/,
    );
    expect(describeStartError(new Error('something else'), c)).toMatch(/doctor/);
  });

  it('never repeats the bot token', () => {
    const c = config({});
    expect(describeStartError(new Error('invalid_auth for xoxb-1-2-abc'), c)).not.toContain('xoxb-1-2-abc');
  });
});

describe('cryptoIds', () => {
  it('makes unguessable request IDs that fit in a button value, and short references', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => cryptoIds.requestId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^r[A-Za-z0-9_-]{20}$/);
    expect(cryptoIds.reference()).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  });
});
