/** The `bedrock-bot` argument parser: every subcommand, with consistent --help. */
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { configOrExit, runConsoleCommand, startCommand, type Io } from './commands.js';

/** The package version, from package.json (two levels up from both src/cli and dist/cli). */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The message for a first argument that is not a command (nor an option), naming the known
 * commands; null when the arguments start with a known command or an option.
 */
export function unknownCommand(program: Command, argv: string[]): string | null {
  const first = argv[0];
  if (first === undefined || first.startsWith('-')) return null;
  const known = program.commands.map((c) => c.name());
  if (known.includes(first) || first === 'help') return null;
  return `bedrock-bot: unknown command "${first}". Known commands: ${known.join(', ')}.\n(run \`bedrock-bot --help\` for usage)\n`;
}

export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('bedrock-bot')
    .description(
      'A Slack bot that hands out AWS Bedrock credentials safely: short-term tokens for people, long-term keys for systems.',
    )
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError('(run `bedrock-bot --help` for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command('start')
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
    .option(
      '--dry-run',
      'only show the plan: never signs a token, assumes a role or calls an AWS write API',
      false,
    )
    .option(
      '--json',
      'print one JSON object (shape: docs/run-output.schema.json; includes the issued credential)',
      false,
    )
    .addHelpText(
      'after',
      '\nExit status: 0 ok, 1 AWS failure, 2 bad input, 3 confirmation needed (re-run with --yes), 4 refused.',
    )
    .action(async (words: string[], opts: { yes: boolean; dryRun: boolean; json: boolean }) => {
      const { runCommand } = await import('./run-wiring.js');
      setExitCode(await runCommand(io, words.join(' '), opts));
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
          stderr: io.stderr,
        }),
      );
    });

  program
    .command('audit')
    .description(
      'Export the audit trail (every ledger event, never a secret) as JSON Lines or CSV, for a SIEM.',
    )
    .option('--since <when>', 'from this date, timestamp or age (2026-11-01, 30d, 24h)')
    .option('--until <when>', 'before this date, timestamp or age')
    .option('--unit <name>', 'only this business unit')
    .option('--person <id>', 'only what this Slack user ID (or local-operator) did')
    .option('--kind <kinds>', 'only these event kinds, comma-separated (e.g. approved,key_created)')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .action(async (opts: Record<string, string | undefined>) => {
      const config = configOrExit(io);
      const { runAuditCommand } = await import('./audit-run.js');
      setExitCode(await runAuditCommand(config, opts, io));
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
