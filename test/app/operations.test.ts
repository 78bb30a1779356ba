/**
 * /healthz, /readyz and /metrics through the real composition root (startBot) in HTTP mode: the
 * real Slack app on a port, the fake Slack Web API, FakeAws as the AWS port, and the ledger on
 * SQLite or on the test run's PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/app/start-bot.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createLogger } from '../../src/log/logger.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock } from '../fakes/fake-clock.js';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-db.js';
import { SignedSlackClient } from '../support/slack-signing.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/slack-harness.js';
import { homeOpenedEvent } from '../support/home-client.js';

interface Running {
  bot: RunningBot;
  slack: FakeSlack;
  aws: FakeAws;
  base: string;
  client: SignedSlackClient;
  logs: string[];
}

// The bot loads its parser after the first acknowledgement (runtime.ts loadParser). Under vitest that first load
// transforms some 240 TypeScript modules: 17 s on a loaded CI machine, past the 5 s this file gives an answer. It is
// loaded here once, before the bots start, so that the answers below time the endpoints, not the transform.
beforeAll(async () => {
  await import('../../src/intent/parse-request.js');
}, 120_000);

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(env: Record<string, string> = {}): Promise<Running> {
  const slack = await startFakeSlack();
  cleanups.push(() => slack.close());
  const dir = mkdtempSync(join(tmpdir(), 'bedrock-ops-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const loaded = loadConfig(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET.replace(/-/g, ''),
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LEDGER_PATH: join(dir, 'ledger.db'),
      ADMIN_USER_IDS: 'UADMIN01',
      APPROVAL_CHANNEL_ID: 'CAPPROVALS',
      ...env,
    },
    { envFileDir: null },
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const aws = new FakeAws({ clock: new FakeClock(new Date()) });
  const bot = await startBot(loaded.value, createLogger({ level: 'debug', destination }), { awsPort: aws });
  let stopped = false;
  cleanups.push(async () => {
    if (!stopped) await bot.stop();
  });
  const base = `http://127.0.0.1:${bot.port ?? 0}`;
  const client = new SignedSlackClient({ baseUrl: base, signingSecret: SIGNING_SECRET.replace(/-/g, '') });
  return {
    bot: {
      ...bot,
      stop: async () => {
        stopped = true;
        await bot.stop();
      },
    },
    slack,
    aws,
    base,
    client,
    logs,
  };
}

async function get(url: string): Promise<{ status: number; body: string; type: string | null }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
}

describe('operations endpoints (HTTP mode)', () => {
  it('healthz is alive, readyz checks ledger, Slack and AWS identity, metrics count what happened', async () => {
    const r = await start();
    expect(await get(`${r.base}/healthz`)).toMatchObject({ status: 200, body: '{"ok":true}' });
    // Ready once the engine has loaded and the AWS identity is known (a moment after start).
    await expect.poll(async () => (await get(`${r.base}/readyz`)).status, { timeout: 15_000 }).toBe(200);
    expect(JSON.parse((await get(`${r.base}/readyz`)).body)).toEqual({
      ready: true,
      checks: { ledger: 'ok', slack: 'ok', aws: 'ok' },
    });

    const ack = await r.client.command({
      userId: 'UMEMBER1',
      text: 'token for 2h',
      channelId: 'CTEAM001',
      responseUrl: r.slack.responseUrl('t1'),
    });
    expect(ack.status).toBe(200);
    await r.slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    await r.client.command({
      userId: 'UMEMBER1',
      text: 'create an api key for research',
      channelId: 'CTEAM001',
      responseUrl: r.slack.responseUrl('t2'),
    });
    await r.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    r.slack.failNext('chat.postMessage', { error: 'channel_not_found' });
    await r.client.command({
      userId: 'UMEMBER1',
      text: 'create an api key for sales',
      channelId: 'CTEAM001',
      responseUrl: r.slack.responseUrl('t3'),
    });
    // Three answers; the card that could not be posted waits in the durable outbox for the next
    // sweep (issue #11), so the person gets no apology for it.
    await r.slack.waitFor(
      (calls) =>
        calls.filter((c) => c.method === 'response_url').length >= 3 &&
        calls.filter((c) => c.method === 'chat.postMessage').length >= 2,
    );

    const metrics = await get(`${r.base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = metrics.body;
    expect(text).toMatch(/^bedrock_bot_requests_total\{surface="slash",intent="token"\} 1$/m);
    expect(text).toMatch(/^bedrock_bot_requests_total\{surface="slash",intent="create_key"\} 2$/m);
    expect(text).toMatch(/^bedrock_bot_ack_seconds_count\{kind="command"\} 3$/m);
    expect(text).toMatch(/^bedrock_bot_credentials_issued_total\{kind="bearer_token"\} 1$/m);
    expect(text).toMatch(/^bedrock_bot_approvals_pending 2$/m);
    expect(text).toMatch(
      /^bedrock_bot_slack_errors_total\{method="chat.postMessage",code="channel_not_found"\} 1$/m,
    );
    expect(text).toMatch(/^bedrock_bot_process_resident_memory_bytes \d+/m);
    // Never a person, a name, an e-mail, a unit, a token.
    for (const word of [
      'UMEMBER1',
      'ada',
      'example.com',
      'research',
      'sales',
      'xoxb',
      ...r.aws.issuedSecrets,
    ])
      expect(text).not.toContain(word);

    r.aws.failAlways('issueBearerToken', 'AccessDenied');
    await r.client.command({
      userId: 'UMEMBER1',
      text: 'token for 1h',
      channelId: 'CTEAM001',
      responseUrl: r.slack.responseUrl('t4'),
    });
    await r.slack.waitFor((calls) => calls.filter((c) => c.method === 'response_url').length >= 4);
    expect((await get(`${r.base}/metrics`)).body).toMatch(
      /^bedrock_bot_aws_errors_total\{operation="issueBearerToken",code="AccessDenied"\} 1$/m,
    );
  });

  it('App Home publishes and counts through the production composition (metrics wrap the engine)', async () => {
    const r = await start();
    await r.client.event(homeOpenedEvent('UMEMBER1'));
    await r.slack.waitFor((calls) => calls.some((c) => c.method === 'views.publish'), 15_000);
    await r.client.command({
      userId: 'UMEMBER1',
      text: 'token for 2h',
      channelId: 'CTEAM001',
      responseUrl: r.slack.responseUrl('h1'),
    });
    // The token shows in the Home tab: published again after the request.
    await r.slack.waitFor((calls) => calls.filter((c) => c.method === 'views.publish').length >= 2, 15_000);
  });

  it('readyz is 503 while the AWS identity is unknown, and once shutdown begins', async () => {
    const r = await start();
    r.aws.failAlways('whoAmI', 'CredentialsMissing');
    const notReady = await get(`${r.base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(JSON.parse(notReady.body).checks).toEqual({ ledger: 'ok', slack: 'ok', aws: 'unknown' });
    r.aws.clearFailures();
    await expect.poll(async () => (await get(`${r.base}/readyz`)).status, { timeout: 15_000 }).toBe(200);

    // While stopping, in-flight work is drained and readiness says so.
    const stopping = r.bot.stop();
    const draining = await get(`${r.base}/readyz`).catch(() => null);
    if (draining !== null) {
      expect(draining.status).toBe(503);
      expect(JSON.parse(draining.body).checks.shutdown).toBe('draining');
    }
    await stopping;
    await expect(fetch(`${r.base}/healthz`)).rejects.toThrow();
  });

  describe('on PostgreSQL', () => {
    let db: TestDatabase | null = null;
    afterEach(async () => {
      await db?.drop();
      db = null;
    });

    it('readyz is 503 when the database is gone, and recovers when it is back', async () => {
      db = await createTestDatabase();
      const r = await start({ DATABASE_URL: db.url });
      await expect.poll(async () => (await get(`${r.base}/readyz`)).status, { timeout: 15_000 }).toBe(200);
      await db.drop();
      const down = await get(`${r.base}/readyz`);
      expect(down.status).toBe(503);
      expect(JSON.parse(down.body).checks.ledger).toBe('unreachable');
      expect(down.body).not.toContain(db.name);
      // The database comes back (restored empty here); the pool reconnects on its own.
      db = await recreate(db);
      await expect.poll(async () => (await get(`${r.base}/readyz`)).status, { timeout: 5_000 }).toBe(200);
    });
  });
});

async function recreate(old: TestDatabase): Promise<TestDatabase> {
  const pg = await import('pg');
  const { inject } = await import('vitest');
  const client = new pg.default.Client({ connectionString: inject('postgresAdminUrl') });
  await client.connect();
  await client.query(`CREATE DATABASE ${old.name}`);
  await client.end();
  return old;
}
