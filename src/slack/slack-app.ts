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
import type { AddressInfo } from 'node:net';
import { App, SocketModeReceiver, type CustomRoute } from '@slack/bolt';
import type { Logger } from '../log/logger.js';
import { newReference } from '../log/reference.js';
import type { ActionInput, BotEngine, Reply } from '../core/engine-api.js';
import type { Ledger } from '../core/ledger-port.js';
import type { Surface } from '../core/requester.js';
import { AckFirstScheduler } from './ack-first.js';
import { wireHomeTab } from './app-home/wire-home.js';
import { createDeliverer, type Origin } from './deliver.js';
import type { TextOrigin } from './listeners.js';
import { webApiDeliveryPort } from './delivery-port.js';
import { registerListeners } from './listeners.js';
import { instrumentSlackApp, type SlackInstrumentHooks } from './instrument.js';
import { createRequesterResolver } from './resolve-requester.js';
import { createSlackLogger, summariseError } from './slack-logger.js';
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
  logger: Logger;
  now?: () => Date;
  webApiTimeoutMs?: number;
  webApiMaxRetries?: number;
  expirySweepMs?: number;
  /** Follow-up jobs (after acknowledgements) running at once; default 16. */
  followUpConcurrency?: number;
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
    });
    return new App({
      token: opts.botToken,
      receiver,
      logger: slackLogger,
      clientOptions,
      deferInitialization: true,
      // No listener reads context.conversation: Bolt's conversation store would only cost a
      // lookup and a write per event (bench/ profile).
      convoStore: false,
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
      // No listener reads context.conversation: Bolt's conversation store would only cost a
      // lookup and a write per event (bench/ profile).
      convoStore: false,
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

  /** Renders the engine's reply (the renderers load with the engine, off the ack path) and delivers it. */
  async function deliver(reply: Reply, origin: Origin): Promise<void> {
    const { DEFAULT_COMMAND_NAME, renderReply } = await import('../render/render-reply.js');
    await deliverer.deliver(renderReply(reply, opts.commandName ?? DEFAULT_COMMAND_NAME), origin);
  }

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

  let sweepTimer: NodeJS.Timeout | null = null;
  let sweeping: Promise<void> | null = null;
  async function sweep(): Promise<void> {
    try {
      // Once per tick across replicas: on a shared ledger, the others skip while one sweeps.
      await opts.ledger.runExclusive('expiry-sweep', async () => {
        const engine = await opts.loadEngine();
        const reply = await engine.expireStale();
        if (reply.deliveries.length > 0) await deliver(reply, { kind: 'sweep' });
      });
    } catch (error) {
      logger.error({ error: summariseError(error), reference: newReference() }, 'the expiry sweep failed');
    }
  }
  function runSweep(): Promise<void> {
    sweeping ??= sweep().finally(() => {
      sweeping = null;
    });
    return sweeping;
  }

  let started = false;
  return {
    app,
    isConnected: () => started && (opts.mode === 'http' || socketState.connected),
    async start() {
      const port = await startApp(app, opts);
      started = true;
      sweepTimer = setInterval(() => void runSweep(), opts.expirySweepMs ?? DEFAULT_SWEEP_MS);
      sweepTimer.unref();
      return { port };
    },
    async stop() {
      if (sweepTimer !== null) clearInterval(sweepTimer);
      sweepTimer = null;
      if (sweeping !== null) await sweeping;
      // Let answers already being worked on go out (bounded: a hung call must not block shutdown).
      if (inFlight.size > 0) {
        await Promise.race([
          Promise.allSettled([...inFlight]),
          new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
        ]);
      }
      if (started) {
        started = false;
        await app.stop();
      }
    },
  };
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

function surfaceOf(recorded: string | undefined, channelId: string | null): Surface {
  if (recorded === 'slash' || recorded === 'mention' || recorded === 'dm') return recorded;
  return channelId?.startsWith('D') === true ? 'dm' : 'slash';
}
