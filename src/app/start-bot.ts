/**
 * `bedrock-bot start`: Socket Mode or HTTP mode from the config. The Slack listener acknowledges
 * before the engine (AWS SDK, NLP parser) is loaded; the engine is built on first use.
 */
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config/load-config.js';
import type { AwsPort } from '../core/aws-port.js';
import type { Logger } from '../log/logger.js';
import { probeRoutes, startHealthServer, type HealthServer } from './health-server.js';
import { createMetrics, type BotMetrics } from './metrics.js';
import { openLedger, type Runtime } from './runtime.js';

export interface RunningBot {
  /** HTTP mode: the Slack endpoint's port, which also serves /healthz, /readyz and /metrics. Socket Mode: the port of those. */
  port: number | undefined;
  metrics: BotMetrics;
  /** Readiness goes false at once, in-flight work is drained (bounded), then everything closes. */
  stop(): Promise<void>;
}

export interface StartBotOptions {
  /** An AWS port to use instead of the SDK adapter (tests). */
  awsPort?: AwsPort;
}

/** How long after start to warm the engine when no request has loaded it yet. */
const ENGINE_WARM_UP_DELAY_MS = 1_000;
/** findExpired with this "now" lists every pending request (a four-digit year, as stores compare ISO text). */
const END_OF_TIME = new Date('9999-12-31T23:59:59.999Z');

export async function startBot(
  config: AppConfig,
  logger: Logger,
  options: StartBotOptions = {},
): Promise<RunningBot> {
  const { slack } = config;
  if (slack.mode === 'none' || slack.botToken === null)
    throw new Error('startBot needs a Slack configuration');
  const ledger = await openLedger(config, false, logger).catch((error: unknown) => {
    throw new LedgerOpenError(error);
  });
  const { createSlackApp } = await import('../slack/slack-app.js');
  const metrics = createMetrics();
  metrics.countPendingApprovalsWith(
    async () => (await ledger.findExpired(['awaiting_approval'], END_OF_TIME)).length,
  );

  // This process on the ledger: the engine tags what it executes, the Slack app holds it alive.
  const instanceId = randomUUID();
  let runtime: Promise<Runtime> | null = null;
  const loadRuntime = (): Promise<Runtime> => {
    runtime ??= import('./runtime.js').then(({ createRuntime }) =>
      createRuntime(config, {
        logger,
        dryRun: false,
        ledger,
        metrics,
        confirmsDelivery: true,
        instanceId,
        ...(options.awsPort !== undefined ? { awsPort: options.awsPort } : {}),
      }),
    );
    return runtime;
  };
  const loadEngine = () => loadRuntime().then((r) => r.engine);

  let identityKnown = false;
  let draining = false;
  let slackConnected = (): boolean => false;
  const routes = probeRoutes(
    {
      ledger: () => ledger.ping(),
      slackConnected: () => slackConnected(),
      awsIdentity: async () => {
        if (!identityKnown) identityKnown = (await (await loadRuntime()).aws.whoAmI()).ok;
        return identityKnown;
      },
      draining: () => draining,
    },
    metrics,
  );

  const bot = createSlackApp({
    mode: slack.mode,
    botToken: slack.botToken,
    ...(slack.signingSecret !== null ? { signingSecret: slack.signingSecret } : {}),
    ...(slack.appToken !== null ? { appToken: slack.appToken } : {}),
    ...(slack.apiUrl !== null ? { apiUrl: slack.apiUrl } : {}),
    port: slack.port,
    host: slack.host,
    approvalChannelId: slack.approvalChannelId,
    adminUserIds: config.core.adminUserIds,
    adminUserGroupId: slack.adminUserGroupId,
    allowRestrictedUsers: config.core.allowRestrictedUsers,
    loadEngine,
    commandName: slack.commandName,
    reminderIntervalMs: slack.reminderIntervalSeconds * 1000,
    ledger,
    instanceId,
    logger: logger.child({ component: 'slack' }),
    routes,
    instrument: {
      onAck: (kind, seconds) => metrics.acknowledged(kind, seconds),
      onApiError: (method, code) => metrics.slackError(method, code),
    },
  });
  slackConnected = () => bot.isConnected();

  // Socket Mode has no receiver port: the operations endpoints get their own small server on PORT.
  let health: HealthServer | null = null;
  if (slack.mode === 'socket')
    health = await startHealthServer({ port: slack.port, host: slack.host, routes });
  let started: { port?: number };
  try {
    started = await bot.start();
  } catch (error) {
    await health?.close();
    await ledger.close();
    throw error;
  }
  const port = health?.port ?? started.port;
  logger.info({ mode: slack.mode, port }, 'bedrock-bot is running');
  // Warm the engine in the background so the first real request does not pay for loading it, but
  // not at once: loading it (AWS SDK, parser) blocks the event loop for ~100-150 ms, and on a cold
  // start the request that woke the process is waiting for its acknowledgement (profiled with
  // bench/). A request that arrives first loads the engine itself, after its ack.
  const warmUp = setTimeout(() => {
    loadEngine().catch((error: unknown) => logger.error({ err: error }, 'could not build the engine'));
  }, ENGINE_WARM_UP_DELAY_MS);
  warmUp.unref();
  return {
    port,
    metrics,
    stop: async () => {
      draining = true;
      clearTimeout(warmUp);
      await bot.stop();
      await health?.close();
      await ledger.close();
    },
  };
}

/** The ledger could not be opened (SQLite file or PostgreSQL server); the cause says why. */
export class LedgerOpenError extends Error {
  constructor(cause: unknown) {
    super(`could not open the ledger: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'LedgerOpenError';
  }
}

/** One line an operator can act on, for the usual reasons the bot cannot start. Never includes a token. */
export function describeStartError(error: unknown, config: AppConfig): string {
  if (error instanceof LedgerOpenError && config.databaseUrl !== null) {
    return 'could not open the request ledger on PostgreSQL (DATABASE_URL). Check the host, port, database name, user and password, and that the database accepts connections from here.';
  }
  const text =
    error instanceof Error
      ? `${error.message} ${String((error as { code?: unknown }).code ?? '')}`
      : String(error);
  if (/invalid_auth|not_authed|token_revoked|account_inactive/.test(text)) {
    return 'Slack refused SLACK_BOT_TOKEN (auth.test). Copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions, and reinstall the app if it was revoked.';
  }
  if (/EADDRINUSE/.test(text)) {
    return `port ${config.slack.port} is already in use. Stop the other process or set PORT to a free port.`;
  }
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|request error/i.test(text)) {
    const where = config.slack.apiUrl ?? 'https://slack.com/api/';
    return `could not reach the Slack Web API at ${where} to check the bot token. Check the network or proxy${config.slack.apiUrl !== null ? ', and SLACK_API_URL' : ''}.`;
  }
  if (/SQLITE|database|ledger/i.test(text)) {
    return `could not open the request ledger at ${config.ledgerPath}. Check that its folder exists and is writable, or set LEDGER_PATH.`;
  }
  return 'see the log line above for the error, and run `npx bedrock-bot doctor` for a full check.';
}
