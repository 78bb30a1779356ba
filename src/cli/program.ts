/** The `bedrock-bot` argument parser: every subcommand, with consistent --help. */
import { Command, Option } from 'commander';
import { readRuntimeFacts } from '../config/load-config.js';
import { configOrExit, loggerFor, runConsoleCommand, startCommand, type Io } from './commands.js';

export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('bedrock-bot')
    .description(
      'A Slack bot that hands out AWS Bedrock credentials safely: short-term tokens for people, long-term keys for systems.',
    )
    .showHelpAfterError('(run `bedrock-bot --help` for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command('start', { isDefault: true })
    .description(
      'Run the bot: Socket Mode or HTTP mode from the settings; the local console when there are none.',
    )
    .action(async () => setExitCode(await startCommand(io)));

  program
    .command('console')
    .description(
      'Talk to the bot in this terminal, as in a DM (dry run with example output when there are no AWS credentials).',
    )
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
      if (!haveAws)
        io.stderr.write(
          'DRY RUN with example data: no AWS credentials were found, nothing is read from or written to AWS.\n',
        );
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
            commandName: config.slack.commandName,
          }),
        );
      } finally {
        await runtime.close();
      }
    });

  program
    .command('doctor')
    .description(
      'Check the settings, Slack tokens and scopes, AWS identity and permissions, model access and the signing role.',
    )
    .action(async () => {
      const { runDoctorCommand } = await import('../doctor/doctor-command.js');
      setExitCode(await runDoctorCommand({ stdout: io.stdout, stderr: io.stderr }));
    });

  program
    .command('policy')
    .description(
      "Print the least-privilege IAM policy the bot needs, and the signing role's trust and permissions policies.",
    )
    .option('--json', 'print one JSON object', false)
    .addOption(new Option('--account <id>', 'AWS account ID to put in ARNs').argParser((v) => v))
    .option(
      '--principal <arn>',
      'ARN of the role or user the bot runs as (for the signing role trust policy)',
    )
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
