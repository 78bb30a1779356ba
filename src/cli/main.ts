/**
 * The `bedrock-bot` command. `start` (the default, and what the container runs) goes straight
 * to the bot; everything else goes through the argument parser, loaded only then.
 */
import { startCommand, type Io } from './commands.js';

export async function main(argv: string[]): Promise<void> {
  const io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  if (argv.length === 0 || (argv.length === 1 && argv[0] === 'start')) {
    process.exitCode = await startCommand(io);
    return;
  }
  const [{ buildProgram }, { CommanderError }] = await Promise.all([
    import('./program.js'),
    import('commander'),
  ]);
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
