import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseUrlError, respondTo } from '../../src/slack/response-url.js';

let server: Server | null = null;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = null;
});

async function serve(
  handler: (body: string, reply: (status: number, text: string) => void) => void,
): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => handler(body, (status, text) => res.writeHead(status).end(text)));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}/actions/T1/123/abc`;
}

describe('respondTo', () => {
  it('posts the message as JSON to the response_url', async () => {
    let received = '';
    const url = await serve((body, reply) => {
      received = body;
      reply(200, 'ok');
    });
    await expect(
      respondTo(url, { timeoutMs: 2_000 })({
        text: 'hi',
        response_type: 'ephemeral',
        replace_original: false,
      }),
    ).resolves.toBe('ok');
    expect(JSON.parse(received)).toEqual({ text: 'hi', response_type: 'ephemeral', replace_original: false });
  });

  it("fails with Slack's error code when the response_url refuses the message", async () => {
    const url = await serve((_body, reply) => reply(404, 'expired_url'));
    const error = await respondTo(url, { timeoutMs: 2_000 })({ text: 'late' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseUrlError);
    expect((error as ResponseUrlError).status).toBe(404);
    expect((error as Error).message).toContain('expired_url');
    // The message body is never part of the error.
    expect((error as Error).message).not.toContain('late');
  });

  it('gives up after the timeout instead of hanging', async () => {
    const url = await serve(() => undefined);
    await expect(respondTo(url, { timeoutMs: 100 })({ text: 'x' })).rejects.toThrow(
      /did not answer within 100 ms/,
    );
  });
});
