/**
 * The Slack front end, composed: Bolt's App and its receiver (ingress.ts), the listeners
 * (listeners.ts) and what their work does (engine-calls.ts), delivery (deliver.ts), the Home tab
 * (app-home/), approval cards and DMs through the outbox (outbox.ts), and the work outside
 * listeners: detached follow-ups, the periodic sweep and restart recovery (background.ts).
 *
 * Every listener acknowledges first, then resolves the person and loads the engine: heavy modules
 * stay off Slack's three-second acknowledgement path. Event retries are de-duplicated through the
 * ledger, a listener that throws ends in a short apology with a reference that is also in the log,
 * and a periodic sweep expires stale approvals and updates their cards.
 */
import type { App } from '@slack/bolt';
import { newReference } from '../log/reference.js';
import type { BotEngine, Reply } from '../core/engine-api.js';
import type { Ledger } from '../core/ledger-port.js';
import { AckFirstScheduler } from './ack-first.js';
import { createBackgroundWork, createFollowUps } from './background.js';
import { wireHomeTab } from './app-home/wire-home.js';
import { createDeliverer, type Deliverer, type Origin } from './deliver.js';
import { createEngineCalls } from './engine-calls.js';
import { webApiDeliveryPort } from './delivery-port.js';
import { registerListeners } from './listeners.js';
import { createRoutes } from './routes.js';
import { buildApp, startApp, type IngressOptions } from './ingress.js';
import { instrumentSlackApp, type SlackInstrumentHooks } from './instrument.js';
import { createReminderJob, FIRST_REMINDER_PASS_MAX_DELAY_MS } from './reminder-sender.js';
import { createOutbox, deliverSettling } from './outbox.js';
import { createRequesterResolver } from './resolve-requester.js';
import { createSlackLogger, summariseError } from './slack-logger.js';

/** How to connect (IngressOptions, in ingress.ts), and what to do with what arrives. */
export interface SlackAppOptions extends IngressOptions {
  approvalChannelId: string | null;
  adminUserIds: string[];
  adminUserGroupId: string | null;
  /** Enforced by the engine (CoreSettings); here only to note refused guests in the log. */
  allowRestrictedUsers: boolean;
  /** Lazy, so heavy modules load off the ack path. */
  loadEngine: () => Promise<BotEngine>;
  /** How the slash command is called in help texts (SLASH_COMMAND); default `/bedrock`. */
  commandName?: string;
  ledger: Ledger;
  /**
   * This process on the ledger (Ledger.holdInstance); the engine records it on the requests it
   * executes (EngineDeps.instanceId), so pass the same ID to both. Default: a new random ID.
   */
  instanceId?: string;
  now?: () => Date;
  expirySweepMs?: number;
  /** How often to look for reminders due (key expiry, rotation age, weekly digest); default 1 h. */
  reminderIntervalMs?: number;
  /** Follow-up jobs (after acknowledgements) running at once; default 16. */
  followUpConcurrency?: number;
  /** How long stop() waits for work in flight before giving up (default 20 s). */
  drainTimeoutMs?: number;
  /** The outbox's first pause before sending a failed card or DM again (default 5 s). */
  outboxRetryMs?: number;
  /** Acknowledgement and Web API error measurements (src/slack/instrument.ts). */
  instrument?: SlackInstrumentHooks;
}

export interface SlackBot {
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
  /** HTTP mode: listening. Socket Mode: the WebSocket to Slack is open (false while reconnecting). */
  isConnected(): boolean;
  /** One reminder pass now (what the timer runs): each reminder due is sent once across replicas. */
  remindNow(): Promise<void>;
  app: App;
}

const DEFAULT_SWEEP_MS = 60_000;
/** No Slack request for this long is a lull in which follow-up work may start (bench/RESULTS.md). */
const FOLLOW_UP_QUIET_MS = 10;
const DEFAULT_REMINDER_MS = 60 * 60_000;
/** How long stop() waits for work in flight: longer than an AWS call's timeout and its retries. */
const DEFAULT_DRAIN_MS = 20_000;

export function createSlackApp(opts: SlackAppOptions): SlackBot {
  const logger = opts.logger;
  const now = opts.now ?? (() => new Date());
  const slackLogger = createSlackLogger(logger.child({ component: 'slack-sdk' }));

  // Work that follows an acknowledgement waits for a lull in Slack's requests (ack-first.ts): at
  // most a second, and 10 ms after the last request when they are few.
  const scheduler = new AckFirstScheduler({
    concurrency: opts.followUpConcurrency ?? 16,
    maxDeferMs: 1_000,
    quietMs: FOLLOW_UP_QUIET_MS,
  });

  const socketState = { connected: false };
  const app = buildApp(opts, scheduler, slackLogger, now, socketState);
  if (opts.instrument !== undefined) instrumentSlackApp(app, opts.instrument);

  const resolver = createRequesterResolver({
    client: app.client,
    adminUserIds: opts.adminUserIds,
    adminUserGroupId: opts.adminUserGroupId,
    now,
    logger,
  });
  const deliverer = createDeliverer({
    slack: webApiDeliveryPort(app.client),
    ledger: opts.ledger,
    logger,
    approvalChannelId: opts.approvalChannelId,
    adminUserIds: opts.adminUserIds,
  });

  // Approval cards and requester DMs: written to the ledger, then sent, again later if need be.
  const { outbox, deliver } = outboxFor(opts, deliverer, now);

  /** Runs one listener's work; an error becomes a log line and an apology with the same reference. */
  async function guarded(listener: string, origin: Origin, work: () => Promise<void>): Promise<void> {
    try {
      await scheduler.run(work);
    } catch (error) {
      const reference = newReference();
      logger.error({ error: summariseError(error), reference, listener }, 'a Slack listener failed');
      // The renderers load with the engine, off the acknowledgement path; an apology is rare.
      const { renderApology } = await import('../render/render-outcome.js');
      await deliverer.tellActor(renderApology(reference), origin);
    }
  }

  const followUps = createFollowUps(logger);
  const detach = followUps.detach;

  async function firstDelivery(eventId: string | undefined, retryNum: number | undefined): Promise<boolean> {
    if (eventId === undefined) return true;
    const first = await opts.ledger.claimOnce(`slack-event:${eventId}`, now());
    if (!first) logger.info({ eventId, retryNum: retryNum ?? 0 }, 'ignored a repeated Slack event');
    return first;
  }

  // Every handler behind one Bolt middleware (routes.ts), not one Bolt listener each.
  const routes = createRoutes(app);
  const home = wireHomeTab(app, routes, opts, {
    resolver,
    deliverer,
    deliver,
    run: (w) => detach(scheduler.run(w)),
  });
  registerListeners(routes, {
    logger,
    respondTimeoutMs: opts.webApiTimeoutMs ?? 10_000,
    // response_url only on Slack's hosts (and the configured Web API host, for a fake Slack).
    responseUrlHosts: opts.apiUrl !== undefined ? [new URL(opts.apiUrl).host] : [],
    run: (listener, origin, work) => detach(guarded(listener, origin, work)),
    firstDelivery,
    openForm: home.openFormAfterAck,
    ...createEngineCalls({
      resolver,
      ledger: opts.ledger,
      loadEngine: opts.loadEngine,
      logger,
      allowRestrictedUsers: opts.allowRestrictedUsers,
      home,
    }),
  });

  app.error(async (error) => {
    logger.error(
      { error: summariseError(error), reference: newReference() },
      'Slack request failed before a listener ran',
    );
  });

  const background = createBackgroundWork({
    ledger: opts.ledger,
    logger,
    loadEngine: opts.loadEngine,
    deliver,
    outbox,
    deliverExpired: (reply) => home.deliverAndRefresh(reply, { kind: 'sweep' }, null),
    ...(opts.instanceId !== undefined ? { instanceId: opts.instanceId } : {}),
  });
  const reminders = createReminderJob({
    ledger: opts.ledger,
    loadEngine: opts.loadEngine,
    logger,
    client: app.client,
    resolve: (userId) => resolver.resolve(userId),
    commandName: opts.commandName ?? '/bedrock',
  });

  let started = false;
  return {
    app,
    remindNow: reminders.run,
    isConnected: () => started && (opts.mode === 'http' || socketState.connected),
    async start() {
      await background.beforeStart();
      const port = await startApp(app, opts);
      started = true;
      background.recoverAtStart();
      background.startSweeping(opts.expirySweepMs ?? DEFAULT_SWEEP_MS);
      const every = opts.reminderIntervalMs ?? DEFAULT_REMINDER_MS;
      reminders.start(every, Math.min(every, FIRST_REMINDER_PASS_MAX_DELAY_MS));
      return { port };
    },
    async stop() {
      background.stopSweeping();
      // Stop taking work first, then let the steps already running finish: the ledger stays open
      // until they have recorded what they did (a step cut off here is recovered at the next start).
      if (started) {
        started = false;
        await app.stop();
      }
      await Promise.all([background.idle(), reminders.stop()]);
      await followUps.drain(opts.drainTimeoutMs ?? DEFAULT_DRAIN_MS);
    },
  };
}

/** The outbox, and delivery that settles each secret's fate with the engine (outbox.ts). */
function outboxFor(opts: SlackAppOptions, deliverer: Deliverer, now: () => Date) {
  const outbox = createOutbox({
    deliverer,
    store: opts.ledger.outbox,
    logger: opts.logger,
    now,
    ...retryOf(opts),
  });
  const settling = { outbox, render: renderFor(opts), logger: opts.logger };
  // Every delivery settles its secrets with the engine (deliver or revoke), whichever listener made
  // it: text, buttons, the Home tab and the request form alike.
  const deliver = async (r: Reply, o: Origin) => deliverSettling(await opts.loadEngine(), r, o, settling);
  return { outbox, deliver };
}

const retryOf = (opts: SlackAppOptions) =>
  opts.outboxRetryMs !== undefined ? { retryBaseMs: opts.outboxRetryMs } : {};

/** Renders a reply (the renderers load with the engine, off the ack path). */
function renderFor(opts: SlackAppOptions) {
  return async (reply: Reply) => {
    const { DEFAULT_COMMAND_NAME, renderReply } = await import('../render/render-reply.js');
    return renderReply(reply, opts.commandName ?? DEFAULT_COMMAND_NAME);
  };
}
