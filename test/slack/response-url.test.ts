import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ResponseUrlError, respondTo } from '../../src/slack/response-url.js';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.js';

let slack: FakeSlack;
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(() => slack.close());

describe('respondTo', () => {
  it('posts the message as JSON to the response_url', async () => {
    await expect(
      respondTo(slack.responseUrl('r1'), { timeoutMs: 2_000 })({
        text: 'hi',
        response_type: 'ephemeral',
        replace_original: false,
      }),
    ).resolves.toBe('ok');
    const [call] = slack.callsTo('response_url');
    expect(call?.responseId).toBe('r1');
    expect(JSON.parse(call?.raw ?? '')).toEqual({
      text: 'hi',
      response_type: 'ephemeral',
      replace_original: false,
    });
  });

  it("fails with Slack's error code when the response_url refuses the message", async () => {
    slack.failNext('response_url', { status: 404, error: 'expired_url' });
    const error = await respondTo(slack.responseUrl('r1'), { timeoutMs: 2_000 })({ text: 'late' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseUrlError);
    expect((error as ResponseUrlError).status).toBe(404);
    expect((error as Error).message).toContain('expired_url');
    // The message body is never part of the error.
    expect((error as Error).message).not.toContain('late');
  });

  it('gives up after the timeout instead of hanging', async () => {
    slack.failNext('response_url', { delayMs: 1_000 });
    await expect(respondTo(slack.responseUrl('r1'), { timeoutMs: 100 })({ text: 'x' })).rejects.toThrow(
      /did not answer within 100 ms/,
    );
  });
});
