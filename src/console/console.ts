/**
 * The local console: a terminal session that behaves like a DM with the bot. It drives the same
 * engine as Slack (parser, authorization, plans, confirmations, renderers); Block Kit is shown as
 * text and buttons are offered as numbered choices. The local operator is an admin.
 *
 * Without AWS credentials the caller builds the engine on the example AWS port and sets `dryRun`:
 * every reply is then labelled as example output.
 */
import { createInterface, type Interface } from 'node:readline';
import type { BotEngine, Reply } from '../core/engine-api.js';
import type { Requester } from '../core/requester.js';
import type { ButtonElement } from '../render/block-kit.js';
import { DEFAULT_COMMAND_NAME, renderReply } from '../render/render-reply.js';
import { buttonAction, localOperator } from './buttons.js';
import { DRY_RUN_LABEL, replyText } from './reply-text.js';

export interface ConsoleOptions {
  engine: BotEngine;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The engine runs on the example AWS port: label every reply and say how to connect to AWS. */
  dryRun: boolean;
  /** Overrides for the local operator (e.g. `{ displayName: <OS user name> }`). */
  operator?: Partial<Requester>;
  /** A real terminal: line editing, history, Ctrl-C. Default false (piped input). */
  terminal?: boolean;
  /** How the slash command is called in help texts (SLASH_COMMAND); default `/bedrock`. */
  commandName?: string;
}

export const PROMPT = 'bedrock> ';
export { DRY_RUN_LABEL } from './reply-text.js';

export const CONNECT_TO_AWS_HELP = [
  'To connect to AWS, give this process credentials in one of the usual ways, then restart the console:',
  '  • environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary ones)',
  '  • a profile: `aws configure --profile bedrock-bot` or `aws sso login --profile bedrock-bot`, then AWS_PROFILE=bedrock-bot',
  '  • the instance, container or pod role when running inside AWS',
  'Then check the setup with: npx bedrock-bot doctor',
];

const CONSOLE_HELP = [
  'Console: type a request as you would in a DM with the bot (e.g. "token 2h", "create key for marketing", "list").',
  'When a reply offers buttons, type the number of a choice to press it.',
  'Arrow keys edit the line and recall earlier ones. Ctrl-C clears the line; `exit`, `quit`, Ctrl-D or Ctrl-C on an empty line leave.',
];

interface OpenChoice {
  button: ButtonElement;
}

type Pending = { kind: 'dialog'; button: ButtonElement } | null;

export async function runConsole(opts: ConsoleOptions): Promise<number> {
  const operator = localOperator(opts.operator);
  const out = (text = ''): void => {
    opts.output.write(`${text}\n`);
  };

  const rl = createInterface({
    input: opts.input,
    output: opts.output,
    terminal: opts.terminal ?? false,
    prompt: PROMPT,
    historySize: 500,
    removeHistoryDuplicates: true,
  });

  let choices: OpenChoice[] = [];
  let pending: Pending = null;
  let closed = false;
  /** Set by `exit` and Ctrl-C: lines typed ahead are dropped. (End of input still answers them.) */
  let stopping = false;

  const printReply = (raw: Reply): void => {
    const text = replyText(renderReply(raw, opts.commandName ?? DEFAULT_COMMAND_NAME), {
      dryRun: opts.dryRun,
      operatorId: operator.userId,
    });
    for (const line of text.lines) out(line);
    choices = text.buttons.map((button) => ({ button }));
  };

  const call = async (work: () => Promise<Reply>): Promise<void> => {
    try {
      printReply(await work());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      out(`✗ The bot failed unexpectedly: ${message}`);
      out('  This is a bug; nothing more was done. You can try again or type `exit`.');
    }
  };

  const press = async (button: ButtonElement): Promise<void> => {
    const parsed = buttonAction(button);
    if (parsed === null) return;
    choices = [];
    await call(() =>
      opts.engine.handleAction({
        requester: operator,
        action: parsed.action,
        requestId: button.value,
        ...(parsed.choice === undefined ? {} : { choice: parsed.choice }),
        surface: 'console',
      }),
    );
  };

  const handleLine = async (raw: string): Promise<void> => {
    if (stopping) return;
    const line = raw.trim();

    if (pending?.kind === 'dialog') {
      const { button } = pending;
      pending = null;
      rl.setPrompt(PROMPT);
      if (/^y(es)?$/i.test(line)) return press(button);
      out('Not pressed.');
      // Anything but yes or no is a new request typed over the question: answer it, not drop it.
      if (line === '' || /^no?$/i.test(line)) return;
    }

    if (line === '') return;
    const lower = line.toLowerCase();
    if (lower === 'exit' || lower === 'quit') {
      stopping = true;
      rl.close();
      return;
    }
    if (lower === 'help' || lower === '?') {
      printConsoleHelp(out, opts.dryRun);
      await call(() => opts.engine.handleText({ requester: operator, text: 'help', surface: 'console' }));
      return;
    }

    if (/^\d+$/.test(line)) {
      if (choices.length === 0) {
        out('There is nothing to choose: the last reply offered no buttons. Type a request instead.');
        return;
      }
      const picked = choices[Number(line) - 1];
      if (picked === undefined || buttonAction(picked.button) === null) {
        out(`Choose a number from 1 to ${choices.length}.`);
        return;
      }
      const dialog = picked.button.confirm;
      if (dialog !== undefined) {
        // Slack asks again before a button with a confirmation dialog; so does the console.
        out(`${dialog.title.text}: ${dialog.text.text}`);
        pending = { kind: 'dialog', button: picked.button };
        rl.setPrompt(`${dialog.confirm.text}? [y/N] `);
        return;
      }
      await press(picked.button);
      return;
    }

    await call(() => opts.engine.handleText({ requester: operator, text: line, surface: 'console' }));
  };

  // Lines are handled one at a time, in order, even when they arrive faster than the engine answers.
  let queue: Promise<void> = Promise.resolve();

  const finished = new Promise<number>((resolve) => {
    rl.on('line', (line) => {
      queue = queue
        .then(() => handleLine(line))
        .then(() => {
          if (!closed) rl.prompt();
        });
    });
    rl.on('SIGINT', () => {
      if (!dropTypedLine(rl, opts.output, pending !== null)) {
        out();
        stopping = true;
        rl.close();
      } else if (pending !== null) {
        pending = null;
        rl.setPrompt(PROMPT);
        out('Not pressed.');
        rl.prompt();
      }
    });
    rl.on('close', () => {
      closed = true;
      void queue.then(() => {
        out();
        out('Bye.');
        resolve(0);
      });
    });
  });

  printWelcome(out, operator.displayName, opts.dryRun);
  out();
  rl.prompt();

  return finished;
}

/**
 * Ctrl-C as in a shell: on a half-typed line (or at a [y/N] question, `force`) it drops the line,
 * shows ^C and asks again (true); on an empty prompt it does nothing (false), and the console leaves.
 */
function dropTypedLine(rl: Interface, output: NodeJS.WritableStream, force: boolean): boolean {
  const editable = rl as unknown as { line: string; cursor: number };
  if (editable.line === '' && !force) return false;
  output.write('^C\n');
  editable.line = '';
  editable.cursor = 0;
  if (!force) rl.prompt();
  return true;
}

function printConsoleHelp(out: (text?: string) => void, dryRun: boolean): void {
  out();
  for (const l of CONSOLE_HELP) out(l);
  if (dryRun) {
    out(`This session is a dry run (${DRY_RUN_LABEL}).`);
    for (const l of CONNECT_TO_AWS_HELP) out(l);
  }
}

/** What the console says when it opens: who you are, and whether requests act on AWS for real. */
function printWelcome(out: (text?: string) => void, operatorName: string, dryRun: boolean): void {
  out(
    `bedrock-bot console — you are ${operatorName} (local operator, admin). Type \`help\` for what you can ask.`,
  );
  if (dryRun) {
    out();
    out(`${DRY_RUN_LABEL}.`);
    out('No AWS credentials were found, so nothing is sent to AWS: replies show example values');
    out('(account 123456789012, keys ending in EXAMPLE) so you can see exactly what the bot would do.');
    for (const l of CONNECT_TO_AWS_HELP) out(l);
  } else {
    out(
      'Connected to AWS: requests act for real. Anything that creates or deletes asks you to confirm first.',
    );
  }
}
