/**
 * How Slack's requests reach the bot: Bolt's App over HTTP (signed requests on /slack/events, with
 * the timestamp window, the ingress guards, the health route and any extra GET routes) or over Socket Mode, and the
 * Web API client's timeouts and retry budget. Listeners are registered elsewhere (listeners.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CustomRoute } from '@slack/bolt';
import { App, socketModeReceiver, type SocketModeReceiver } from './bolt-parts.js';
import type { Logger } from '../log/logger.js';
import type { AckFirstScheduler } from './ack-first.js';
import { BODY_LIMIT_BYTES } from './ingress-guards.js';
import { ReplayGuard } from './replay-guard.js';
import type { createSlackLogger } from './slack-logger.js';
import { WindowedHTTPReceiver } from './timestamp-window.js';

export const SLACK_EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';

/** The Slack app's options that decide how it connects (see SlackAppOptions in slack-app.ts). */
export interface IngressOptions {
  mode: 'http' | 'socket';
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  /** Slack Web API base URL override, e.g. http://127.0.0.1:PORT/api/ */
  apiUrl?: string;
  port: number;
  host?: string;
  logger: Logger;
  webApiTimeoutMs?: number;
  webApiMaxRetries?: number;
  /**
   * More GET routes next to /healthz on the HTTP receiver (readiness, metrics). In Socket Mode
   * there is no receiver port: the composition root serves them itself (src/app/health-server.ts).
   */
  routes?: CustomRoute[];
}

/** Bolt's App over HTTP (with the timestamp window and the health route) or Socket Mode. */
export function buildApp(
  opts: IngressOptions,
  scheduler: AckFirstScheduler,
  slackLogger: ReturnType<typeof createSlackLogger>,
  now: () => Date,
  socketState: { connected: boolean },
): App {
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
  const receiver =
    opts.mode === 'http'
      ? httpReceiver(opts, scheduler, slackLogger, now)
      : socketReceiver(opts, slackLogger, clientOptions, socketState);
  return new App({
    token: opts.botToken,
    receiver,
    logger: slackLogger,
    clientOptions,
    deferInitialization: true,
    // No listener reads context.conversation: Bolt's conversation store would only cost a lookup
    // and a write per event (bench/ profile).
    convoStore: false,
  });
}

function httpReceiver(
  opts: IngressOptions,
  scheduler: AckFirstScheduler,
  slackLogger: ReturnType<typeof createSlackLogger>,
  now: () => Date,
): WindowedHTTPReceiver {
  if (opts.signingSecret === undefined || opts.signingSecret === '')
    throw new Error('HTTP mode needs a signing secret');
  const healthRoute = {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    },
  };
  return new WindowedHTTPReceiver({
    signingSecret: opts.signingSecret,
    endpoints: [SLACK_EVENTS_PATH],
    customRoutes: [healthRoute, ...(opts.routes ?? [])],
    logger: slackLogger,
    processBeforeResponse: false,
    now,
    windowLogger: opts.logger,
    scheduler,
    // Body limit, replay de-duplication, malformed payloads (ingress-guards.ts).
    guard: {
      signingSecret: opts.signingSecret,
      replay: new ReplayGuard(),
      bodyLimitBytes: BODY_LIMIT_BYTES,
    },
    bodyLimit: BODY_LIMIT_BYTES,
  });
}

function socketReceiver(
  opts: IngressOptions,
  slackLogger: ReturnType<typeof createSlackLogger>,
  clientOptions: object,
  socketState: { connected: boolean },
): SocketModeReceiver {
  if (opts.appToken === undefined || opts.appToken === '')
    throw new Error('Socket Mode needs an app-level token');
  // Built here rather than by `socketMode: true` so that apps.connections.open honours apiUrl
  // and the connection state is known (readiness). Health and metrics are served by the
  // composition root on PORT (src/app/health-server.ts).
  const SocketModeReceiver = socketModeReceiver();
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
  return receiver;
}

/** Connects to Slack and listens; returns the HTTP server's port (Socket Mode: PORT, served by the caller). */
export async function startApp(app: App, opts: IngressOptions): Promise<number> {
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
