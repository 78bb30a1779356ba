/**
 * `bedrock-bot parse`: shows how the bot understands a request, as JSON. With --jsonl, reads one
 * text per line on stdin and prints one JSON object per line, in order, in one process.
 */
import { createInterface } from 'node:readline';

export interface ParseCommandOptions {
  text: string | undefined;
  jsonl: boolean;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = 'usage: bedrock-bot parse "<text>"  |  bedrock-bot parse --jsonl < requests.txt\n';

/** Writes and waits for the stream to accept the data, so large inputs do not pile up in memory. */
function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (error) => {
      if (error) reject(error);
    });
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}

export async function runParse(opts: ParseCommandOptions): Promise<number> {
  if (opts.jsonl && opts.text !== undefined) {
    await write(opts.stderr, `parse: give either a text or --jsonl, not both\n${USAGE}`);
    return 2;
  }
  if (!opts.jsonl && opts.text === undefined) {
    await write(opts.stderr, `parse: no text given\n${USAGE}`);
    return 2;
  }
  const { parseRequest } = await import('../intent/parse-request.js');
  if (!opts.jsonl) {
    await write(opts.stdout, `${JSON.stringify(parseRequest(opts.text ?? ''))}\n`);
    return 0;
  }
  const lines = createInterface({ input: opts.stdin, crlfDelay: Infinity, terminal: false });
  for await (const line of lines) {
    await write(opts.stdout, `${JSON.stringify(parseRequest(line))}\n`);
  }
  return 0;
}
