/**
 * Socket Mode end to end: the real @slack/socket-mode client (through Bolt's SocketModeReceiver)
 * connected to a local fake of Slack's Socket Mode (test/support/fake-socket-mode.ts): envelopes
 * in, acks out, Slack's `disconnect` message and the reconnection. The same scenarios as the HTTP
 * end-to-end tests: command, mention, DM, buttons, approvals, retries; then the operations
 * endpoints of `bedrock-bot start` in Socket Mode (/readyz follows the connection).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startBot } from '../../src/app/start-bot.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createLogger } from '../../src/log/logger.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock } from '../fakes/fake-clock.js';
import { ADMIN, MEMBER, MEMBER2, startE2EBot, withButton, type E2EBot } from '../support/e2e-bot.js';
import { startFakeSlack, type RecordedCall } from '../support/fake-slack.js';
import { startFakeSocketMode } from '../support/fake-socket-mode.js';
import { buttonIn, textOf } from '../support/slack-blocks.js';
import { mentionEvent } from '../support/slack-signing.js';
import { APP_TOKEN, APPROVAL_CHANNEL, BOT_TOKEN } from '../support/slack-harness.js';

let bot: E2EBot | null = null;
const cleanups: Array<() => Promise<void>> = [];

async function start(): Promise<E2EBot> {
  bot = await startE2EBot({ logLevel: 'debug', mode: 'socket' });
  await bot.socket?.waitForConnection();
  return bot;
}

/** Each secret AWS handed out reached Slack once, privately, and never the logs or the ledger. */
async function assertSecretsPrivate(b: E2EBot): Promise<void> {
  for (const secret of b.aws.issuedSecrets) {
    const carriers = b.slack.calls.filter((c) => c.raw.includes(secret));
    expect(carriers.length).toBeLessThanOrEqual(1);
    const [call] = carriers;
    if (call !== undefined) {
      const privately =
        call.method === 'chat.postEphemeral' ||
        (call.method === 'response_url' && call.body.response_type === 'ephemeral');
      expect(privately, `secret went out by ${call.method}`).toBe(true);
    }
    expect(b.logs.lines.join('\n')).not.toContain(secret);
    expect(await b.ledgerDump()).not.toContain(secret);
  }
  expect(b.logs.lines.join('\n')).not.toContain(APP_TOKEN);
}

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  if (bot !== null) {
    try {
      await assertSecretsPrivate(bot);
    } finally {
      await bot.stop();
      bot = null;
    }
  }
});

const posts = (calls: RecordedCall[], method: string) => calls.filter((c) => c.method === method);

describe('Socket Mode end to end', () => {
  it('connects with the app token through apps.connections.open, not the bot token', async () => {
    const b = await start();
    const opens = b.slack.callsTo('apps.connections.open');
    expect(opens).toHaveLength(1);
    expect(opens[0]?.token).toBe(APP_TOKEN);
    expect(b.bot.isConnected()).toBe(true);
  });

  it('slash command: acknowledged on the socket, the token ephemeral through the response_url', async () => {
    const b = await start();
    const calls = await b.slash(MEMBER, 'token for 2h');
    const [secret] = b.aws.issuedSecrets as [string];
    expect(calls.find((c) => c.raw.includes(secret))).toMatchObject({
      method: 'response_url',
      body: { response_type: 'ephemeral' },
    });
    expect(posts(calls, 'chat.postMessage')).toHaveLength(0);
  });

  it('mention: one chat.postEphemeral in the thread; DM: privately too', async () => {
    const b = await start();
    const mention = await b.mention(MEMBER, 'token please');
    expect(posts(mention, 'chat.postEphemeral')[0]?.body).toMatchObject({
      user: MEMBER,
      channel: 'CTEAM001',
      thread_ts: expect.any(String),
    });
    const dm = await b.dm(MEMBER, 'token for 1h');
    expect(posts(dm, 'chat.postEphemeral')[0]?.body).toMatchObject({ user: MEMBER, channel: 'DMEMBER1' });
    expect(b.aws.issuedSecrets).toHaveLength(2);
  });

  it('buttons: an admin confirms, the key is shown once, privately', async () => {
    const b = await start();
    const offer = await b.slash(ADMIN, 'create an api key for sales');
    const done = await b.press(ADMIN, withButton(offer, 'bedrock.confirm'), 'bedrock.confirm');
    expect(b.aws.callsTo('createApiKey')).toHaveLength(1);
    const [secret] = b.aws.issuedSecrets as [string];
    expect(done.find((c) => c.raw.includes(secret))?.body).toMatchObject({ response_type: 'ephemeral' });
  });

  it('approvals: card to the approval channel, self-approval refused, admin approves, reveal once', async () => {
    const b = await start();
    const card = withButton(await b.slash(MEMBER, 'create an api key for research'), 'bedrock.approve');
    expect(card).toMatchObject({ method: 'chat.postMessage', body: { channel: APPROVAL_CHANNEL } });
    const own = await b.press(MEMBER, card, 'bedrock.approve');
    expect(textOf(own.at(-1))).toMatch(/own|yourself|admin/i);
    const approved = await b.press(ADMIN, card, 'bedrock.approve');
    expect(posts(approved, 'chat.update')[0]?.body).toMatchObject({ channel: APPROVAL_CHANNEL });
    const notice = withButton(approved, 'bedrock.reveal');
    expect(notice).toMatchObject({ method: 'chat.postMessage', body: { channel: 'DMEMBER1' } });
    await b.press(MEMBER, notice, 'bedrock.reveal');
    const again = await b.press(MEMBER, notice, 'bedrock.reveal');
    expect(b.aws.callsTo('createApiKey')).toHaveLength(1);
    expect(textOf(again.at(-1))).toMatch(/already|shown once/i);
    expect(b.aws.issuedSecrets).toHaveLength(1);
  });

  it('a double click on the socket executes once', async () => {
    const b = await start();
    const card = withButton(await b.slash(MEMBER, 'create an api key for research'), 'bedrock.approve');
    const approve = buttonIn(card, 'bedrock.approve');
    if (card === undefined || approve === undefined) throw new Error('no card');
    const where = { channelId: APPROVAL_CHANNEL, messageTs: String(card.response?.ts) };
    await Promise.all([b.click(ADMIN, approve, where), b.click(ADMIN, approve, where)]);
    await b.settle();
    const notices = b.slack.callsTo('chat.postMessage').filter((c) => buttonIn(c, 'bedrock.reveal'));
    expect(notices).toHaveLength(1);
  });

  it('an event redelivered with retry_attempt issues no second token', async () => {
    const b = await start();
    const event = mentionEvent({ userId: MEMBER2, text: 'token please' });
    const socket = b.socket;
    if (socket === null) throw new Error('no socket');
    await socket.event(event, 'Ev0SOCKETRETRY');
    await socket.event(event, 'Ev0SOCKETRETRY', 1);
    await socket.event(event, 'Ev0SOCKETRETRY', 2);
    await b.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postEphemeral'));
    await b.settle();
    expect(b.aws.callsTo('issueBearerToken')).toHaveLength(1);
    expect(b.slack.callsTo('chat.postEphemeral')).toHaveLength(1);
  });

  it("Slack's disconnect message: the client reconnects by itself and keeps answering", async () => {
    const b = await start();
    const socket = b.socket;
    if (socket === null) throw new Error('no socket');
    socket.refresh();
    await socket.waitForConnection(2);
    expect(b.slack.callsTo('apps.connections.open')).toHaveLength(2);
    const calls = await b.slash(MEMBER, 'token for 1h');
    expect(calls.some((c) => c.method === 'response_url')).toBe(true);
    expect(b.aws.issuedSecrets).toHaveLength(1);
  });
});

describe('bedrock-bot start in Socket Mode', () => {
  it('serves /healthz, /readyz and /metrics on PORT; /readyz fails while the socket is down', async () => {
    const slack = await startFakeSlack();
    cleanups.push(() => slack.close());
    const socket = await startFakeSocketMode(slack, APP_TOKEN);
    cleanups.push(() => socket.close());
    const dir = mkdtempSync(join(tmpdir(), 'bedrock-socket-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const loaded = loadConfig(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_APP_TOKEN: APP_TOKEN,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        LEDGER_PATH: join(dir, 'ledger.db'),
      },
      { envFileDir: null },
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const running = await startBot(loaded.value, createLogger({ level: 'debug', destination }), {
      awsPort: new FakeAws({ clock: new FakeClock(new Date()) }),
    });
    cleanups.push(() => running.stop());
    const base = `http://127.0.0.1:${running.port ?? 0}`;
    const readyz = async () => {
      const res = await fetch(`${base}/readyz`);
      return { status: res.status, body: (await res.json()) as { checks: Record<string, string> } };
    };

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await expect.poll(async () => (await readyz()).status, { timeout: 15_000 }).toBe(200);

    const ack = await socket.command({
      userId: MEMBER,
      text: 'token for 1h',
      responseUrl: slack.responseUrl('s1'),
    });
    expect(ack.envelope_id).toEqual(expect.any(String));
    await slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^bedrock_bot_ack_seconds_count\{kind="command"\} 1$/m);
    expect(metrics).toMatch(/^bedrock_bot_requests_total\{surface="slash",intent="token"\} 1$/m);

    // Slack goes away: the socket drops and reconnection is refused for a while.
    socket.refuse(true);
    await expect.poll(async () => (await readyz()).status, { timeout: 10_000 }).toBe(503);
    expect((await readyz()).body.checks.slack).toBe('disconnected');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    socket.refuse(false);
    await expect.poll(async () => (await readyz()).status, { timeout: 30_000 }).toBe(200);
    expect(lines.join('')).not.toContain(APP_TOKEN);
  }, 60_000);
});
