/**
 * Wiring for `bedrock-bot run`: checks the request is there before anything else, then picks the
 * AWS port the run may use and hands over to `runOnce`.
 *
 * - `--dry-run`: a read-only port (the real adapter's reads when there are credentials, else the
 *   example port) and an in-memory ledger: nothing is written to AWS or to the ledger, no token is
 *   signed and no role assumed. Token requests are planned, not signed.
 * - no credentials (and no --dry-run): a port that answers every call with "no credentials", so the
 *   request is still checked first (bad input exits 2) and what needs no AWS (help, history) works.
 */
import { readRuntimeFacts } from '../config/load-config.js';
import type { AwsPort } from '../core/aws-port.js';
import type { Requester } from '../core/requester.js';
import { configOrExit, loggerFor, type Io } from './commands.js';
import { EXIT } from './run-command.js';
import { takeSuppressedSdkWarning } from './sdk-warning.js';

export interface RunFlags {
  yes: boolean;
  dryRun: boolean;
  json: boolean;
}

export const RUN_USAGE =
  'Usage: bedrock-bot run "<request>" [--yes] [--dry-run] [--json]\n  e.g. bedrock-bot run "token 2h" --json\n';

export async function runCommand(io: Io, rawText: string, flags: RunFlags): Promise<number> {
  const text = rawText.trim();
  if (text === '') {
    io.stderr.write(`bedrock-bot run: the request is empty.\n${RUN_USAGE}`);
    return EXIT.usage;
  }
  const config = configOrExit(io);
  const logger = loggerFor(config, true);
  const { hasAwsCredentials } = await import('../aws/credentials.js');
  const haveAws = await hasAwsCredentials({ region: config.core.defaultRegion });
  const sdkWarning = takeSuppressedSdkWarning();
  if (sdkWarning !== null) logger.debug({ warning: sdkWarning }, 'AWS SDK warning (not shown)');

  const { createAwsPort, createRuntime, openLedger, loadParser } = await import('../app/runtime.js');
  const { systemClock } = await import('../core/clock.js');
  let awsPort: AwsPort;
  if (flags.dryRun) {
    const { readOnlyAwsPort } = await import('../dry-run/guarded-aws-ports.js');
    awsPort = readOnlyAwsPort(await createAwsPort(config, logger, !haveAws, systemClock));
    io.stderr.write(
      haveAws
        ? 'DRY RUN: AWS is only read; nothing is created, changed, deleted or signed.\n'
        : 'DRY RUN with example data: no AWS credentials were found, nothing is read from or written to AWS.\n',
    );
  } else if (!haveAws) {
    const { noCredentialsAwsPort } = await import('../dry-run/guarded-aws-ports.js');
    awsPort = noCredentialsAwsPort();
  } else {
    awsPort = await createAwsPort(config, logger, false, systemClock);
  }
  // A dry run leaves no trace in the ledger either.
  const ledger = flags.dryRun ? await openLedger(config, true) : undefined;
  const runtime = await createRuntime(config, {
    logger,
    dryRun: flags.dryRun,
    awsPort,
    ...(ledger === undefined ? {} : { ledger }),
  });
  const { runOnce } = await import('./run-command.js');
  const { planToken } = await import('../core/token-flow.js');
  const { validateStatedSlots } = await import('../core/validation.js');
  const { authorize } = await import('../core/authorize.js');
  try {
    return await runOnce({
      engine: runtime.engine,
      text,
      yes: flags.yes,
      dryRun: flags.dryRun,
      json: flags.json,
      stdinIsTTY: io.stdin.isTTY === true,
      stdin: io.stdin,
      stdout: io.stdout,
      stderr: io.stderr,
      operator: { displayName: readRuntimeFacts().osUser },
      noCredentials: !haveAws && !flags.dryRun,
      commandName: config.slack.commandName,
      planToken: async (request: string, requester: Requester) => {
        const parse = await (await loadParser())(request);
        if (parse.intent !== 'token') return null;
        const stated = validateStatedSlots(parse, config.core, requester);
        if (stated !== null) return { ok: false, error: stated };
        if (authorize('token', requester, config.core).kind === 'refuse') return null;
        return planToken(parse, requester, config.core, systemClock.now());
      },
    });
  } finally {
    await runtime.close();
    await ledger?.close();
  }
}
