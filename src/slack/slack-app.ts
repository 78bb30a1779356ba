/**
 * The Slack front end: Bolt listeners that turn slash commands, mentions, DMs and button clicks
 * into engine calls, and deliver the engine's replies (src/slack/deliver.ts).
 *
 * Every listener acknowledges first, then resolves the person and loads the engine: heavy modules
 * stay off Slack's three-second acknowledgement path. Event retries are de-duplicated through the
 * ledger, a listener that throws ends in a short apology with a reference that is also in the log,
 * and a periodic sweep expires stale approvals and updates their cards.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { App, SocketModeReceiver, type CustomRoute } from '@slack/bolt';
import type { Logger } from '../log/logger.js';
import { newReference } from '../log/reference.js';
import type { ActionInput, BotEngine, Reply } from '../core/engine-api.js';
import type { Ledger } from '../core/ledger-port.js';
import type { Surface } from '../core/requester.js';
import { AckFirstScheduler } from './ack-first.js';
import { wireHomeTab } from './app-home/wire-home.js';
import { createDeliverer, type Deliverer, type Origin } from './deliver.js';
import type { TextOrigin } from './listeners.js';
import { webApiDeliveryPort } from './delivery-port.js';
import { registerListeners } from './listeners.js';
import { instrumentSlackApp, type SlackInstrumentHooks } from './instrument.js';
import { createRequesterResolver } from './resolve-requester.js';
import { createSlackLogger, summariseError } from './slack-logger.js';
import { BODY_LIMIT_BYTES } from './ingress-guards.js';
import { createOutbox, deliverSettling, type Outbox } from './outbox.js';
import { ReplayGuard } from './replay-guard.js';
import { WindowedHTTPReceiver } from './timestamp-window.js';

export interface SlackAppOptions {
  mode: 'http' | 'socket';
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  /** Slack Web API base URL override, e.g. http://127.0.0.1:PORT/api/ */
  apiUrl?: string;
  port: number;
  host?: string;
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
  logger: Logger;
  now?: () => Date;
  webApiTimeoutMs?: number;
  webApiMaxRetries?: number;
  expirySweepMs?: number;
  /** Follow-up jobs (after acknowledgements) running at once; default 16. */
  followUpConcurrency?: number;
  /** How long stop() waits for work in flight before giving up (default 20 s). */
  drainTimeoutMs?: number;
  /** The outbox's first pause before sending a failed card or DM again (default 5 s). */
  outboxRetryMs?: number;
  /**
   * More GET routes next to /healthz on the HTTP receiver (readiness, metrics). In Socket Mode
   * there is no receiver port: the composition root serves them itself (src/app/health-server.ts).
   */
  routes?: CustomRoute[];
  /** Acknowledgement and Web API error measurements (src/slack/instrument.ts). */
  instrument?: SlackInstrumentHooks;
}

export interface SlackBot {
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
  /** HTTP mode: listening. Socket Mode: the WebSocket to Slack is open (false while reconnecting). */
  isConnected(): boolean;
  app: App;
}

export const SLACK_EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
const DEFAULT_SWEEP_MS = 60_000;
/** How long stop() waits for work in flight: longer than an AWS call's timeout and its retries. */
const DEFAULT_DRAIN_MS = 20_000;
const FAR_FUTURE = new Date('9999-12-31T23:59:59.999Z');

/** A short reference for an apology, e.g. "K7QM-2XD9": the same string is in the log line with the error. */
export { newReference };

/** Bolt's App over HTTP (with the timestamp window and the health route) or Socket Mode. */
function buildApp(
  opts: SlackAppOptions,
  scheduler: AckFirstScheduler,
  slackLogger: ReturnType<typeof createSlackLogger>,
  now: () => Date,
  socketState: { connected: boolean },
): App {
  const logger = opts.logger;
  const healthRoute = {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    },
  };

  const clientOptions = {
    ...(opts.apiUrl !== undefined ? { slackApiUrl: opts.apiUrl } : {}),
    timeout: opts.webApiTimeoutMs ?? 10_000,
    // A small budget: honour Retry-After, but give up after a couple of tries rather than
    // leaving someone waiting for minutes.
    retryConfig: {
      retries: opts.webApiMaxRetries ?? 2,
      factor: 2,
      minTimeout: 200,
      maxTimeout: 2_000,
      randomize: true,
    },
    rejectRateLimitedCalls: false,
  };

  if (opts.mode === 'http') {
    if (opts.signingSecret === undefined || opts.signingSecret === '')
      throw new Error('HTTP mode needs a signing secret');
    const receiver = new WindowedHTTPReceiver({
      signingSecret: opts.signingSecret,
      endpoints: [SLACK_EVENTS_PATH],
      customRoutes: [healthRoute, ...(opts.routes ?? [])],
      logger: slackLogger,
      processBeforeResponse: false,
      now,
      windowLogger: logger,
      scheduler,
      // Body limit, replay de-duplication, malformed payloads (ingress-guards.ts).
      guard: {
        signingSecret: opts.signingSecret,
        replay: new ReplayGuard(),
        bodyLimitBytes: BODY_LIMIT_BYTES,
      },
      bodyLimit: BODY_LIMIT_BYTES,
    });
    return new App({
      token: opts.botToken,
      receiver,
      logger: slackLogger,
      clientOptions,
      deferInitialization: true,
    });
  } else {
    if (opts.appToken === undefined || opts.appToken === '')
      throw new Error('Socket Mode needs an app-level token');
    // Built here rather than by `socketMode: true` so that apps.connections.open honours apiUrl
    // and the connection state is known (readiness). Health and metrics are served by the
    // composition root on PORT (src/app/health-server.ts).
    const receiver = new SocketModeReceiver({
      appToken: opts.appToken,
      logger: slackLogger,
      installerOptions: { clientOptions },
    });
    receiver.client.on('connected', () => {
      socketState.connected = true;
    });
    for (const state of ['disconnected', 'reconnecting', 'disconnecting'])
      receiver.client.on(state, () => {
        socketState.connected = false;
      });
    return new App({
      token: opts.botToken,
      receiver,
      logger: slackLogger,
      clientOptions,
      deferInitialization: true,
    });
  }
}

export function createSlackApp(opts: SlackAppOptions): SlackBot {
  const logger = opts.logger;
  const now = opts.now ?? (() => new Date());
  const slackLogger = createSlackLogger(logger.child({ component: 'slack-sdk' }));

  // Work that follows an acknowledgement waits until no other request is waiting for its own.
  const scheduler = new AckFirstScheduler({ concurrency: opts.followUpConcurrency ?? 16, maxDeferMs: 1_000 });

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

  /**
   * Follow-up work runs detached from Bolt's listener, which returns right after the
   * acknowledgement: Bolt then lets go of the request (raw body, payload, context) instead of
   * holding every queued request's objects until its answer is sent. Only the few fields the
   * work needs are captured. stop() waits for what is still running.
   */
  const inFlight = new Set<Promise<void>>();
  function detach(work: Promise<void>): void {
    const tracked = work
      .catch((error: unknown) => {
        // guarded() already apologised; this is only reached if the apology itself failed.
        logger.error(
          { error: summariseError(error), reference: newReference() },
          'could not deliver an apology',
        );
      })
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }

  async function firstDelivery(eventId: string | undefined, retryNum: number | undefined): Promise<boolean> {
    if (eventId === undefined) return true;
    const first = await opts.ledger.claimOnce(`slack-event:${eventId}`, now());
    if (!first) logger.info({ eventId, retryNum: retryNum ?? 0 }, 'ignored a repeated Slack event');
    return first;
  }

  const home = wireHomeTab(app, opts, { resolver, deliverer, deliver, run: (w) => detach(scheduler.run(w)) });
  async function handleText(origin: TextOrigin, text: string, extra: Record<string, string>) {
    const requester = await resolver.resolve(origin.userId);
    if (requester.isRestricted && !opts.allowRestrictedUsers) {
      logger.info(
        { userId: requester.userId },
        'request from a guest account (the engine decides what they may do)',
      );
    }
    const engine = await opts.loadEngine();
    const reply = await engine.handleText({
      requester,
      text,
      surface: origin.kind,
      context: { channelId: origin.channelId, userId: origin.userId, ...extra },
    });
    await home.deliverAndRefresh(reply, origin, origin.userId);
  }

  registerListeners(app, {
    logger,
    respondTimeoutMs: opts.webApiTimeoutMs ?? 10_000,
    // response_url only on Slack's hosts (and the configured Web API host, for a fake Slack).
    responseUrlHosts: opts.apiUrl !== undefined ? [new URL(opts.apiUrl).host] : [],
    run: (listener, origin, work) => detach(guarded(listener, origin, work)),
    firstDelivery,
    handleText,
    openForm: home.openFormAfterAck,
    async handleAction(origin, click) {
      const [requester, record] = await Promise.all([
        resolver.resolve(click.userId),
        opts.ledger.get(click.requestId),
      ]);
      const input: ActionInput = {
        requester,
        action: click.action,
        requestId: click.requestId,
        surface: surfaceOf(record?.surface, origin.channelId),
        ...(click.choice !== undefined ? { choice: click.choice } : {}),
      };
      const engine = await opts.loadEngine();
      const reply = await engine.handleAction(input);
      await home.deliverAndRefresh(reply, await home.placeOf(origin), click.userId, record?.requesterId);
    },
  });

  app.error(async (error) => {
    logger.error(
      { error: summariseError(error), reference: newReference() },
      'Slack request failed before a listener ran',
    );
  });

  const background = createBackgroundWork(opts, deliver, outbox);
  let sweepTimer: NodeJS.Timeout | null = null;

  let started = false;
  return {
    app,
    isConnected: () => started && (opts.mode === 'http' || socketState.connected),
    async start() {
      await background.beforeStart();
      const port = await startApp(app, opts);
      started = true;
      background.recoverAtStart();
      sweepTimer = setInterval(() => void background.runSweep(), opts.expirySweepMs ?? DEFAULT_SWEEP_MS);
      sweepTimer.unref();
      return { port };
    },
    async stop() {
      if (sweepTimer !== null) clearInterval(sweepTimer);
      sweepTimer = null;
      // Stop taking work first, then let the steps already running finish: the ledger stays open
      // until they have recorded what they did (a step cut off here is recovered at the next start).
      if (started) {
        started = false;
        await app.stop();
      }
      await background.idle();
      if (inFlight.size > 0) {
        await Promise.race([
          Promise.allSettled([...inFlight]),
          new Promise((resolve) => setTimeout(resolve, opts.drainTimeoutMs ?? DEFAULT_DRAIN_MS).unref()),
        ]);
      }
    },
  };
}

/**
 * The work a bot does besides answering Slack: the periodic sweep (expiry once per tick across
 * replicas, recovery, the outbox) and start-up recovery.
 */
function createBackgroundWork(
  opts: SlackAppOptions,
  deliver: (reply: Reply, origin: Origin) => Promise<void>,
  outbox: Outbox,
) {
  const { logger } = opts;
  const instanceId = opts.instanceId ?? randomUUID();
  /** Requests found executing before this process took work: they may name no process (older bots). */
  let untagged: string[] = [];
  let sweeping: Promise<void> | null = null;
  let recovering: Promise<void> | null = null;

  /**
   * Requests left executing by processes that no longer run: one replica at a time recovers them,
   * at start-up and then on every sweep (a replica that dies while others run is covered too).
   */
  async function recoverOrphans(): Promise<void> {
    await opts.ledger.runExclusive('recovery', () => recover(opts, untagged, deliver));
  }

  async function sweep(): Promise<void> {
    try {
      // Once per tick across replicas: on a shared ledger, the others skip while one sweeps.
      await opts.ledger.runExclusive('expiry-sweep', async () => {
        const engine = await opts.loadEngine();
        const reply = await engine.expireStale();
        if (reply.deliveries.length > 0) await deliver(reply, { kind: 'sweep' });
      });
      await recoverOrphans();
      await outbox.drain();
    } catch (error) {
      logger.error({ error: summariseError(error), reference: newReference() }, 'the expiry sweep failed');
    }
  }

  return {
    /** This process is held alive on the ledger before it executes anything, and lists before it takes work. */
    async beforeStart(): Promise<void> {
      await opts.ledger.holdInstance(instanceId);
      untagged = (await opts.ledger.findExpired(['executing'], FAR_FUTURE)).map((r) => r.id);
    },
    recoverAtStart(): void {
      recovering = recoverOrphans().catch((error: unknown) => {
        logger.error({ error: summariseError(error), reference: newReference() }, 'start-up recovery failed');
      });
    },
    runSweep(): Promise<void> {
      sweeping ??= sweep().finally(() => {
        sweeping = null;
      });
      return sweeping;
    },
    /** Waits for a sweep or recovery under way (stop). */
    async idle(): Promise<void> {
      if (sweeping !== null) await sweeping;
      if (recovering !== null) await recovering;
    },
  };
}

/** Requests left executing by stopped processes: finished or rolled back (core/recovery.ts). */
async function recover(
  opts: SlackAppOptions,
  untagged: string[],
  deliver: (reply: Reply, origin: Origin) => Promise<void>,
): Promise<void> {
  try {
    const engine = await opts.loadEngine();
    if (engine.recoverInterrupted === undefined) return;
    const reply = await engine.recoverInterrupted(untagged);
    if (reply.deliveries.length === 0) return;
    opts.logger.info({ recovered: reply.deliveries.length }, 'recovered requests interrupted by a restart');
    await deliver(reply, { kind: 'sweep' });
  } catch (error) {
    opts.logger.error(
      { error: summariseError(error), reference: newReference() },
      'start-up recovery failed',
    );
  }
}

/** Connects to Slack and listens; returns the HTTP server's port (Socket Mode: PORT, served by the caller). */
async function startApp(app: App, opts: SlackAppOptions): Promise<number> {
  // auth.test runs here, not in the constructor: a bad token or an unreachable Slack fails
  // start() with a clear error instead of an unhandled rejection later.
  await app.init();
  if (opts.mode !== 'http') {
    await app.start();
    return opts.port;
  }
  const server = (await app.start({
    port: opts.port,
    ...(opts.host !== undefined ? { host: opts.host } : {}),
  })) as { address(): AddressInfo | string | null };
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : opts.port;
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

function surfaceOf(recorded: string | undefined, channelId: string | null): Surface {
  if (recorded === 'slash' || recorded === 'mention' || recorded === 'dm') return recorded;
  return channelId?.startsWith('D') === true ? 'dm' : 'slash';
}
