/**
 * The whole bot for end-to-end tests: the real Slack app, the real engine (createEngine), the real
 * NLP parser and a real ledger (a SQLite file in a temp dir by default, or a database on the test run's
 * PostgreSQL server: ledger-place.ts; tests can read every row), with
 * Slack and AWS faked at their edges (fake Slack Web API server, FakeAws from test/fakes).
 *
 *   const bot = await startE2EBot();
 *   const sent = await bot.slash('UMEMBER1', 'token for 2h');   // the response_url posts it caused
 *   await bot.stop();
 */
import { randomUUID } from 'node:crypto';
import { createEngine } from '../../src/core/engine.js';
import type { AwsPort } from '../../src/core/aws-port.js';
import type { BotEngine } from '../../src/core/engine-api.js';
import { DEFAULT_SETTINGS, type CoreSettings } from '../../src/core/settings.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import type { RecordedCall } from './fake-slack.js';
import { sqlitePlace, type LedgerPlace } from './ledger-place.js';
import { buttonIn, buttonsIn } from './slack-blocks.js';
import { dmEvent, mentionEvent, type SignedResponse } from './slack-signing.js';
import { APPROVAL_CHANNEL, startSlackHarness, type SlackHarness } from './slack-harness.js';

export const ADMIN = 'UADMIN01';
export const MEMBER = 'UMEMBER1';
export const MEMBER2 = 'UMEMBER2';

export interface E2EBot extends SlackHarness {
  aws: FakeAws;
  clock: FakeClock;
  ids: SequentialIds;
  /** Where the ledger lives (a restarted bot is given the same place through `world`). */
  place: LedgerPlace;
  /** Runs a slash command and waits until the bot has posted to its response_url (or `settleMs` passes). */
  slash(userId: string, text: string): Promise<RecordedCall[]>;
  mention(userId: string, text: string, channelId?: string): Promise<RecordedCall[]>;
  dm(userId: string, text: string): Promise<RecordedCall[]>;
  /** Clicks a button; `where` says which message it was on. Returns the calls made after the click. */
  click(
    userId: string,
    button: { actionId: string; value: string },
    where: { channelId?: string; messageTs?: string; isEphemeral?: boolean },
  ): Promise<RecordedCall[]>;
  /** Clicks `actionId` on the message that `call` sent (working out where that message lives). */
  press(userId: string, call: RecordedCall | undefined, actionId: string): Promise<RecordedCall[]>;
  /** Waits until Slack calls stop arriving for a moment. */
  settle(quietMs?: number): Promise<void>;
  /** Every row of every ledger table, as raw text. */
  ledgerDump(): Promise<string>;
  /**
   * kill -9: the HTTP listener and the fake Slack go away at once; work in flight is abandoned
   * mid-step (nothing more is written), the ledger is left as it is for the next process (on
   * PostgreSQL the server drops the dead process's connections, and so its instance lock).
   */
  kill(): Promise<void>;
}

/** What a restarted bot shares with the one before it: the ledger and AWS (and the clock). */
export interface E2EWorld {
  ledger: LedgerPlace;
  aws: FakeAws;
  clock: FakeClock;
  ids: SequentialIds;
}

export async function startE2EBot(
  options: {
    settings?: Partial<CoreSettings>;
    logLevel?: string;
    expirySweepMs?: number;
    /** Restart over an earlier bot's ledger and AWS (the caller then removes the place). */
    world?: E2EWorld;
    /** Wraps the AWS port the engine uses (e.g. to make a call hang after it took effect). */
    wrapAws?: (aws: FakeAws) => AwsPort;
    webApiTimeoutMs?: number;
    drainTimeoutMs?: number;
    outboxRetryMs?: number;
    mode?: 'http' | 'socket';
  } = {},
): Promise<E2EBot> {
  // Start at real time, so Bolt's own (real-clock) staleness check agrees with ours.
  const clock = options.world?.clock ?? new FakeClock(new Date());
  const ids = options.world?.ids ?? new SequentialIds();
  const aws = options.world?.aws ?? new FakeAws({ clock });
  const place = options.world?.ledger ?? sqlitePlace();
  const ownsPlace = options.world === undefined;
  const ledger = await place.open();
  const enginePort = options.wrapAws?.(aws) ?? aws;
  const settings: CoreSettings = { ...DEFAULT_SETTINGS, adminUserIds: [ADMIN], ...options.settings };
  let engine: BotEngine | null = null;
  // This "process" on the ledger: its engine tags what it executes (core/recovery.ts).
  const instanceId = randomUUID();
  const harness = await startSlackHarness({
    instanceId,
    loadEngine: async () => {
      engine ??= createEngine({
        aws: enginePort,
        ledger,
        clock,
        ids,
        settings,
        parse: async (text, options) => parseRequest(text, options),
        commandName: '/bedrock',
        confirmsDelivery: true,
        instanceId,
      });
      return engine;
    },
    ledger,
    now: () => clock.now(),
    adminUserIds: settings.adminUserIds,
    allowRestrictedUsers: settings.allowRestrictedUsers,
    ...(options.logLevel !== undefined ? { logLevel: options.logLevel } : {}),
    ...(options.expirySweepMs !== undefined ? { expirySweepMs: options.expirySweepMs } : {}),
    ...(options.webApiTimeoutMs !== undefined ? { webApiTimeoutMs: options.webApiTimeoutMs } : {}),
    ...(options.drainTimeoutMs !== undefined ? { drainTimeoutMs: options.drainTimeoutMs } : {}),
    ...(options.outboxRetryMs !== undefined ? { outboxRetryMs: options.outboxRetryMs } : {}),
    ...(options.mode !== undefined ? { mode: options.mode } : {}),
  });
  const { slack, client } = harness;
  let counter = 0;

  async function settle(quietMs = 80): Promise<void> {
    let seen = -1;
    while (seen !== slack.calls.length) {
      seen = slack.calls.length;
      await new Promise((r) => setTimeout(r, quietMs));
    }
  }

  async function after(action: () => Promise<SignedResponse>): Promise<RecordedCall[]> {
    const before = slack.calls.length;
    const res = await action();
    if (res.status !== 200) throw new Error(`Slack app answered ${res.status}`);
    // Wait for the first delivery (not just the users.info lookup), then for quiet.
    await slack
      .waitFor(
        (calls) =>
          calls.slice(before).some((c) => c.method === 'response_url' || c.method.startsWith('chat.')),
        5_000,
      )
      .catch(() => undefined);
    await settle();
    return slack.calls.slice(before);
  }

  function click(
    userId: string,
    button: { actionId: string; value: string },
    where: { channelId?: string; messageTs?: string; isEphemeral?: boolean },
  ): Promise<RecordedCall[]> {
    counter += 1;
    return after(() =>
      client.click({
        userId,
        actionId: button.actionId,
        value: button.value,
        responseUrl: slack.responseUrl(`${userId}-${counter}`),
        channelId: where.channelId ?? APPROVAL_CHANNEL,
        ...(where.messageTs !== undefined ? { messageTs: where.messageTs } : {}),
        ...(where.isEphemeral !== undefined ? { isEphemeral: where.isEphemeral } : {}),
      }),
    );
  }

  return {
    ...harness,
    aws,
    clock,
    ids,
    place,
    settle,
    slash(userId, text) {
      counter += 1;
      return after(() =>
        client.command({
          userId,
          text,
          channelId: 'CTEAM001',
          responseUrl: slack.responseUrl(`${userId}-${counter}`),
        }),
      );
    },
    mention(userId, text, channelId = 'CTEAM001') {
      return after(() => client.event(mentionEvent({ userId, text, channelId })));
    },
    dm(userId, text) {
      return after(() => client.event(dmEvent({ userId, text })));
    },
    click,
    press(userId, call, actionId) {
      const button = buttonIn(call, actionId);
      if (call === undefined || button === undefined) {
        throw new Error(
          `no ${actionId} button in ${call?.method ?? 'nothing'}: ${JSON.stringify(buttonsIn(call))}`,
        );
      }
      return click(userId, button, whereOf(call));
    },
    ledgerDump: () => place.dump(),
    async stop() {
      await harness.stop();
      if (ownsPlace) await place.remove();
    },
    async kill() {
      const server = (
        harness.bot.app as unknown as {
          receiver: { server?: { closeAllConnections(): void; close(): void } };
        }
      ).receiver.server;
      server?.closeAllConnections();
      server?.close();
      await harness.slack.close();
      await place.abandon(ledger);
    },
  };
}

/** Where the message a call sent lives, as a block_actions payload would describe it. */
export function whereOf(call: RecordedCall): {
  channelId?: string;
  messageTs?: string;
  isEphemeral?: boolean;
} {
  switch (call.method) {
    case 'response_url':
      return { channelId: 'CTEAM001', isEphemeral: call.body.response_type !== 'in_channel' };
    case 'chat.postEphemeral':
      return { channelId: String(call.body.channel), isEphemeral: true };
    case 'chat.postMessage':
      return { channelId: String(call.body.channel), messageTs: String(call.response?.ts) };
    case 'chat.update':
      return { channelId: String(call.body.channel), messageTs: String(call.body.ts) };
    default:
      throw new Error(`${call.method} does not post a message`);
  }
}

/** The last call among `calls` that carries a button with this action_id. */
export function withButton(calls: RecordedCall[], actionId: string): RecordedCall | undefined {
  return [...calls].reverse().find((c) => buttonIn(c, actionId) !== undefined);
}
