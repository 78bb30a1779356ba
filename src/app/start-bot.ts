/**
 * `bedrock-bot start`: Socket Mode or HTTP mode from the config. The Slack listener acknowledges
 * before the engine (AWS SDK, NLP parser) is loaded; the engine is built on first use.
 */
import type { AppConfig } from '../config/load-config.js';
import type { BotEngine } from '../core/engine-api.js';
import type { Logger } from '../log/logger.js';
import { openLedger } from './runtime.js';

export interface RunningBot {
  port: number | undefined;
  stop(): Promise<void>;
}

/** How long after start to warm the engine when no request has loaded it yet. */
const ENGINE_WARM_UP_DELAY_MS = 1_000;

export async function startBot(config: AppConfig, logger: Logger): Promise<RunningBot> {
  const { slack } = config;
  if (slack.mode === 'none' || slack.botToken === null)
    throw new Error('startBot needs a Slack configuration');
  const ledger = await openLedger(config, false);
  const { createSlackApp } = await import('../slack/slack-app.js');

  let engine: Promise<BotEngine> | null = null;
  const loadEngine = (): Promise<BotEngine> => {
    engine ??= import('./runtime.js')
      .then(({ createRuntime }) =>
        createRuntime(config, { logger, dryRun: false, ledger, confirmsDelivery: true }),
      )
      .then((runtime) => runtime.engine);
    return engine;
  };

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
    ledger,
    logger: logger.child({ component: 'slack' }),
  });
  const started = await bot.start();
  logger.info({ mode: slack.mode, port: started.port }, 'bedrock-bot is running');
  // Warm the engine in the background so the first real request does not pay for loading it, but
  // not at once: loading it (AWS SDK, parser) blocks the event loop for ~100-150 ms, and on a cold
  // start the request that woke the process is waiting for its acknowledgement (profiled with
  // bench/). A request that arrives first loads the engine itself, after its ack.
  const warmUp = setTimeout(() => {
    loadEngine().catch((error: unknown) => logger.error({ err: error }, 'could not build the engine'));
  }, ENGINE_WARM_UP_DELAY_MS);
  warmUp.unref();
  return {
    port: started.port,
    stop: async () => {
      clearTimeout(warmUp);
      await bot.stop();
      await ledger.close();
    },
  };
}

/** One line an operator can act on, for the usual reasons the bot cannot start. Never includes a token. */
export function describeStartError(error: unknown, config: AppConfig): string {
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
