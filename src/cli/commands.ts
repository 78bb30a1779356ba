/**
 * What the `bedrock-bot` subcommands do, without the argument parser: `start` runs from here
 * directly, so the Slack listener comes up without loading commander (src/cli/program.ts).
 * Every command loads its modules lazily.
 */
import { formatConfigProblems, loadConfig, readRuntimeFacts, type AppConfig } from '../config/load-config.js';
import { createLogger, type Logger } from '../log/logger.js';

export interface Io {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export function configOrExit(io: Io): AppConfig {
  const result = loadConfig();
  if (!result.ok) {
    io.stderr.write(`${formatConfigProblems(result.error)}\n`);
    process.exit(2);
  }
  return result.value;
}

export function loggerFor(config: AppConfig, quiet: boolean): Logger {
  // On the terminal front ends, logs would interleave with the conversation: warn and above only.
  return createLogger({ level: quiet ? 'warn' : config.log.level, pretty: config.log.pretty });
}

export async function runConsoleCommand(config: AppConfig, io: Io): Promise<number> {
  const logger = loggerFor(config, true);
  const { hasAwsCredentials } = await import('../aws/credentials.js');
  const dryRun = !(await hasAwsCredentials());
  const { createRuntime } = await import('../app/runtime.js');
  const runtime = await createRuntime(config, { logger, dryRun });
  const { runConsole } = await import('../console/console.js');
  try {
    return await runConsole({
      engine: runtime.engine,
      input: io.stdin,
      output: io.stdout,
      dryRun,
      terminal: io.stdin.isTTY === true && io.stdout.isTTY === true,
      operator: { displayName: readRuntimeFacts().osUser },
      commandName: config.slack.commandName,
    });
  } finally {
    await runtime.close();
  }
}

export async function startCommand(io: Io): Promise<number> {
  const config = configOrExit(io);
  if (config.slack.mode === 'none') {
    io.stderr.write(
      'No Slack settings found: opening the local console. Set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or SLACK_SIGNING_SECRET) to run in Slack.\n',
    );
    return runConsoleCommand(config, io);
  }
  const logger = loggerFor(config, false);
  const { installProcessGuards } = await import('../app/process-guards.js');
  installProcessGuards(logger);
  const { startBot, describeStartError } = await import('../app/start-bot.js');
  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, 'bedrock-bot could not start');
    logger.flush();
    io.stderr.write(`bedrock-bot could not start: ${describeStartError(error, config)}\n`);
    return 1;
  }
  return new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      // Longer than the Slack app's drain (20 s): in-flight steps finish before the ledger closes.
      const force = setTimeout(() => resolve(1), 25_000);
      force.unref();
      bot
        .stop()
        .then(() => resolve(0))
        .catch((error: unknown) => {
          logger.error({ err: error }, 'error while shutting down');
          resolve(1);
        });
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
}
