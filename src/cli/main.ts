/**
 * The `bedrock-bot` command. Every subcommand loads its modules lazily so that `start` reaches
 * the Slack listener quickly and `parse` does not load the AWS SDK.
 */
import { Command, CommanderError, Option } from 'commander';
import { formatConfigProblems, loadConfig, readRuntimeFacts, type AppConfig } from '../config/load-config.js';
import { createLogger, type Logger } from '../log/logger.js';

interface Io {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

function configOrExit(io: Io): AppConfig {
  const result = loadConfig();
  if (!result.ok) {
    io.stderr.write(`${formatConfigProblems(result.error)}\n`);
    process.exit(2);
  }
  return result.value;
}

function loggerFor(config: AppConfig, quiet: boolean): Logger {
  // On the terminal front ends, logs would interleave with the conversation: warn and above only.
  return createLogger({ level: quiet ? 'warn' : config.log.level, pretty: config.log.pretty });
}

async function runConsoleCommand(config: AppConfig, io: Io): Promise<number> {
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
    });
  } finally {
    await runtime.close();
  }
}

async function startCommand(io: Io): Promise<number> {
  const config = configOrExit(io);
  if (config.slack.mode === 'none') {
    io.stderr.write('No Slack settings found: opening the local console. Set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or SLACK_SIGNING_SECRET) to run in Slack.\n');
    return runConsoleCommand(config, io);
  }
  const logger = loggerFor(config, false);
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
      const force = setTimeout(() => resolve(1), 10_000);
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

export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('bedrock-bot')
    .description('A Slack bot that hands out AWS Bedrock credentials safely: short-term tokens for people, long-term keys for systems.')
    .showHelpAfterError('(run `bedrock-bot --help` for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command('start', { isDefault: true })
    .description('Run the bot: Socket Mode or HTTP mode from the settings; the local console when there are none.')
    .action(async () => setExitCode(await startCommand(io)));

  program
    .command('console')
    .description('Talk to the bot in this terminal, as in a DM (dry run with example output when there are no AWS credentials).')
    .action(async () => setExitCode(await runConsoleCommand(configOrExit(io), io)));

  program
    .command('run')
    .description('Execute one request and exit, e.g. bedrock-bot run "token 2h" --json')
    .argument('<request...>', 'the request, as you would type it to the bot')
    .option('-y, --yes', 'confirm the plan (needed for anything that creates or deletes)', false)
    .option('--dry-run', 'only show the plan; change nothing', false)
    .option('--json', 'print the outcome as JSON (includes the issued credential)', false)
    .action(async (words: string[], opts: { yes: boolean; dryRun: boolean; json: boolean }) => {
      const config = configOrExit(io);
      const logger = loggerFor(config, true);
      const { hasAwsCredentials } = await import('../aws/credentials.js');
      const haveAws = await hasAwsCredentials({ region: config.core.defaultRegion });
      if (!haveAws && !opts.dryRun) {
        io.stderr.write(
          'No AWS credentials found (environment, AWS_PROFILE, or an instance/task role). Run `npx bedrock-bot doctor` for the details, or add --dry-run to see the plan with example output.\n',
        );
        setExitCode(1);
        return;
      }
      const { createRuntime } = await import('../app/runtime.js');
      // --dry-run without credentials plans against the example AWS port, clearly labelled as such.
      const runtime = await createRuntime(config, { logger, dryRun: !haveAws });
      if (!haveAws) io.stderr.write('DRY RUN with example data: no AWS credentials were found, nothing is read from or written to AWS.\n');
      const { runOnce } = await import('./run-command.js');
      try {
        setExitCode(
          await runOnce({
            engine: runtime.engine,
            text: words.join(' '),
            yes: opts.yes,
            dryRun: opts.dryRun,
            json: opts.json,
            stdinIsTTY: io.stdin.isTTY === true,
            stdin: io.stdin,
            stdout: io.stdout,
            stderr: io.stderr,
            operator: { displayName: readRuntimeFacts().osUser },
          }),
        );
      } finally {
        await runtime.close();
      }
    });

  program
    .command('doctor')
    .description('Check the settings, Slack tokens and scopes, AWS identity and permissions, model access and the signing role.')
    .action(async () => {
      const { runDoctorCommand } = await import('../doctor/doctor-command.js');
      setExitCode(await runDoctorCommand({ stdout: io.stdout, stderr: io.stderr }));
    });

  program
    .command('policy')
    .description("Print the least-privilege IAM policy the bot needs, and the signing role's trust and permissions policies.")
    .option('--json', 'print one JSON object', false)
    .addOption(new Option('--account <id>', 'AWS account ID to put in ARNs').argParser((v) => v))
    .option('--principal <arn>', 'ARN of the role or user the bot runs as (for the signing role trust policy)')
    .action(async (opts: { json: boolean; account?: string; principal?: string }) => {
      const config = configOrExit(io);
      const { runPolicy } = await import('./policy-command.js');
      setExitCode(
        await runPolicy({
          json: opts.json,
          settings: config.core,
          accountId: opts.account ?? null,
          botPrincipalArn: opts.principal ?? null,
          stdout: io.stdout,
        }),
      );
    });

  program
    .command('parse')
    .description('Show how the bot understands a request, as JSON (--jsonl: one request per line on stdin).')
    .argument('[text...]', 'the request text')
    .option('--jsonl', 'read one text per line from stdin, print one JSON object per line', false)
    .action(async (words: string[], opts: { jsonl: boolean }) => {
      const { runParse } = await import('./parse-command.js');
      setExitCode(
        await runParse({
          text: words.length > 0 ? words.join(' ') : undefined,
          jsonl: opts.jsonl,
          stdin: io.stdin,
          stdout: io.stdout,
          stderr: io.stderr,
        }),
      );
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    throw error;
  }
  process.exitCode = exitCode;
}
