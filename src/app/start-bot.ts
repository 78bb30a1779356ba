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
  if (slack.mode === 'none' || slack.botToken === null) throw new Error('startBot needs a Slack configuration');
  const ledger = await openLedger(config, false);
  const { createSlackApp } = await import('../slack/slack-app.js');

  let engine: Promise<BotEngine> | null = null;
  const loadEngine = (): Promise<BotEngine> => {
    engine ??= import('./runtime.js')
      .then(({ createRuntime }) => createRuntime(config, { logger, dryRun: false, ledger }))
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
