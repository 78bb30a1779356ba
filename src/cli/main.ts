/**
 * The `bedrock-bot` command. `start` (the default, and what the container runs) goes straight
 * to the bot; everything else goes through the argument parser, loaded only then.
 *
 * Exit statuses (README): 0 ok, 1 AWS failure, 2 bad input (argument errors included),
 * 3 confirmation needed, 4 refused.
 */
import { startCommand, type Io } from './commands.js';
import { filterSdkNodeVersionWarning } from './sdk-warning.js';

/** Commander's error codes that are not errors: --help, --version. */
const NOT_ERRORS = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

export const EXIT_USAGE = 2;

export async function main(argv: string[]): Promise<void> {
  filterSdkNodeVersionWarning();
  const io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  if (argv.length === 0 || (argv.length === 1 && argv[0] === 'start')) {
    process.exitCode = await startCommand(io);
    return;
  }
  const [{ buildProgram, unknownCommand }, { CommanderError }] = await Promise.all([
    import('./program.js'),
    import('commander'),
  ]);
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  const unknown = unknownCommand(program, argv);
  if (unknown !== null) {
    io.stderr.write(unknown);
    process.exitCode = EXIT_USAGE;
    return;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = NOT_ERRORS.has(error.code) ? 0 : EXIT_USAGE;
      return;
    }
    throw error;
  }
  process.exitCode = exitCode;
}
