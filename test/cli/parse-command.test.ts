import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runParse } from '../../src/cli/parse-command.js';

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('runParse', () => {
  it('prints one JSON object for a text', async () => {
    const out = sink();
    const err = sink();
    const code = await runParse({
      text: 'token 6h',
      jsonl: false,
      stdin: Readable.from([]),
      stdout: out.stream,
      stderr: err.stream,
    });
    expect(code).toBe(0);
    const parsed = JSON.parse(out.text()) as { intent: string; ttlSeconds: number };
    expect(parsed).toMatchObject({ intent: 'token', ttlSeconds: 21_600 });
    expect(err.text()).toBe('');
  });

  it('shows the confidence, the question it would ask, the help topic and stated problems', async () => {
    const show = async (text: string): Promise<Record<string, unknown>> => {
      const out = sink();
      await runParse({
        text,
        jsonl: false,
        stdin: Readable.from([]),
        stdout: out.stream,
        stderr: sink().stream,
      });
      return JSON.parse(out.text()) as Record<string, unknown>;
    };
    const unsure = await show('need bedrock');
    expect(unsure.confidence).toBeLessThan(0.7);
    expect(unsure.question).toMatchObject({
      alternatives: expect.arrayContaining([expect.objectContaining({ text: 'help' })]),
    });
    expect(await show('what does rotate do?')).toMatchObject({ intent: 'help', topic: 'rotate' });
    expect(await show('token in us-east-7')).toMatchObject({
      region: null,
      problems: [expect.objectContaining({ slot: 'region', stated: 'us-east-7' })],
    });
  });

  it('reads one text per line with --jsonl and answers in order', async () => {
    const out = sink();
    const stdin = Readable.from(['rotate key for marketing\nhelp\r\n', '\nlist all\n']);
    const code = await runParse({
      text: undefined,
      jsonl: true,
      stdin,
      stdout: out.stream,
      stderr: sink().stream,
    });
    expect(code).toBe(0);
    const lines = out
      .text()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { intent: string; businessUnit: string | null });
    expect(lines.map((l) => l.intent)).toEqual(['rotate', 'help', 'help', 'list']);
    expect(lines[0]?.businessUnit).toBe('marketing');
  });

  it('is a usage error with neither text nor --jsonl', async () => {
    const err = sink();
    const code = await runParse({
      text: undefined,
      jsonl: false,
      stdin: Readable.from([]),
      stdout: sink().stream,
      stderr: err.stream,
    });
    expect(code).toBe(2);
    expect(err.text()).toMatch(/usage/);
  });

  it('is a usage error with both a text and --jsonl', async () => {
    const code = await runParse({
      text: 'x',
      jsonl: true,
      stdin: Readable.from([]),
      stdout: sink().stream,
      stderr: sink().stream,
    });
    expect(code).toBe(2);
  });
});
