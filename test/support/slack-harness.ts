/**
 * The real Slack app (HTTP mode, port 0; or Socket Mode against test/support/fake-socket-mode.ts)
 * wired to a fake Slack Web API, a real SQLite ledger in memory and a pino logger whose lines are
 * kept in an array. `client` sends Slack's requests either way: signed HTTP requests, or
 * envelopes on the WebSocket (a 200 "status" meaning the envelope was acknowledged).
 *
 *   const h = await startSlackHarness({ loadEngine: async () => engine });
 *   await h.client.command({ userId: 'UMEMBER1', text: 'help', responseUrl: h.slack.responseUrl('r1') });
 *   await h.stop();
 */
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import type { BotEngine } from '../../src/core/engine-api.js';
import type { Ledger } from '../../src/core/ledger-port.js';
import { openSqliteLedger } from '../../src/ledger/sqlite-ledger.js';
import { createSlackApp, type SlackAppOptions, type SlackBot } from '../../src/slack/slack-app.js';
import { startFakeSlack, type FakeSlack, type FakeUser } from './fake-slack.js';
import { startFakeSocketMode, type FakeSocketMode } from './fake-socket-mode.js';
import { SignedSlackClient, type SendOptions, type SignedResponse } from './slack-signing.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-0000000000-test-bot-token';
export const APPROVAL_CHANNEL = 'CAPPROVALS';
export const ADMIN_GROUP = 'SADMINS01';
export const APP_TOKEN = 'xapp-1-A0BEDROCK-0000-test-app-token';

/** What tests send to the app, over HTTP or Socket Mode. */
export type SlackRequestClient = Pick<SignedSlackClient, 'command' | 'event' | 'click'>;

/** The same requests as Socket Mode envelopes; X-Slack-Retry-Num becomes the envelope's retry_attempt. */
function socketClient(socket: FakeSocketMode): SlackRequestClient {
  const answered = async (
    work: Promise<{ payload?: unknown; elapsedMs: number }>,
  ): Promise<SignedResponse> => {
    const ack = await work;
    return {
      status: 200,
      body: ack.payload === undefined ? '' : JSON.stringify(ack.payload),
      elapsedMs: ack.elapsedMs,
    };
  };
  return {
    command: (fields) => answered(socket.command(fields)),
    event: (event, eventId, send?: SendOptions) => {
      const retry = send?.headers?.['x-slack-retry-num'];
      return answered(socket.event(event, eventId, retry !== undefined ? Number(retry) : undefined));
    },
    click: (fields) => answered(socket.click(fields)),
  };
}

export interface LogCapture {
  logger: Logger;
  lines: string[];
  /** Parsed JSON log entries. */
  entries(): Array<Record<string, unknown>>;
}

/** A raw pino logger (no redaction of its own), so tests see exactly what our code logs. */
export function captureLogs(level = 'debug'): LogCapture {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(line);
      done();
    },
  });
  const logger = pino({ level, base: undefined }, stream);
  return { logger, lines, entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

export interface SlackHarness {
  bot: SlackBot;
  slack: FakeSlack;
  client: SlackRequestClient;
  /** Socket Mode only: the fake WebSocket side. */
  socket: FakeSocketMode | null;
  ledger: Ledger;
  logs: LogCapture;
  baseUrl: string;
  stop(): Promise<void>;
}

export interface HarnessOptions extends Partial<Omit<SlackAppOptions, 'loadEngine' | 'ledger' | 'logger'>> {
  loadEngine: () => Promise<BotEngine>;
  ledger?: Ledger;
  users?: FakeUser[];
  logLevel?: string;
  /** 'http' (default) or 'socket'. */
  mode?: 'http' | 'socket';
}

export async function startSlackHarness(options: HarnessOptions): Promise<SlackHarness> {
  const { loadEngine, users, logLevel, mode = 'http', ...overrides } = options;
  const slack = await startFakeSlack(users !== undefined ? { users } : {});
  const socket = mode === 'socket' ? await startFakeSocketMode(slack, APP_TOKEN) : null;
  const ledger = options.ledger ?? openSqliteLedger(':memory:');
  const logs = captureLogs(logLevel ?? 'debug');
  const bot = createSlackApp({
    mode,
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    appToken: APP_TOKEN,
    apiUrl: slack.apiUrl,
    port: 0,
    host: '127.0.0.1',
    approvalChannelId: APPROVAL_CHANNEL,
    adminUserIds: ['UADMIN01'],
    adminUserGroupId: null,
    allowRestrictedUsers: false,
    webApiTimeoutMs: 2_000,
    webApiMaxRetries: 1,
    expirySweepMs: 60_000,
    ...overrides,
    loadEngine,
    ledger,
    logger: logs.logger,
  });
  const { port } = await bot.start();
  const baseUrl = `http://127.0.0.1:${port ?? 0}`;
  const now = overrides.now;
  const client =
    socket !== null
      ? socketClient(socket)
      : new SignedSlackClient({
          baseUrl,
          signingSecret: SIGNING_SECRET,
          ...(now !== undefined ? { now } : {}),
        });
  return {
    bot,
    slack,
    client,
    socket,
    ledger,
    logs,
    baseUrl,
    async stop() {
      await bot.stop();
      await socket?.close();
      await slack.close();
      await ledger.close();
    },
  };
}

/** Waits until `check` stops throwing (polls), for side effects that happen after the ack. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}
