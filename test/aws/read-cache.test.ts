/** The read cache under lists and summaries: reused within its window, never for decisions, forgotten on change. */
import { describe, expect, it } from 'vitest';
import type { AwsPort } from '../../src/core/aws-port.js';
import { withReadCache } from '../../src/aws/read-cache.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock } from '../fakes/fake-clock.js';

function counted(aws: AwsPort): { port: AwsPort; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const port = new Proxy(aws, {
    get(target, property, receiver) {
      const member = Reflect.get(target, property, receiver) as unknown;
      if (typeof member !== 'function' || typeof property !== 'string') return member;
      return (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return (member as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { port, calls };
}

describe('read cache', () => {
  it("reuses summary reads for a minute; full reads always ask; the bot's own changes forget", async () => {
    const clock = new FakeClock();
    const aws = new FakeAws({ clock });
    aws.seedUser({ userName: 'sales-bedrock-user' });
    aws.seedApiKey('sales-bedrock-user', { createdAt: clock.now(), expiresAt: null });
    const { port, calls } = counted(aws);
    const cached = withReadCache(port, { clock, seconds: 60 });

    expect((await cached.listApiKeys('sales-bedrock-user', { summary: true })).ok).toBe(true);
    await cached.listApiKeys('sales-bedrock-user', { summary: true });
    await cached.listBedrockUsers({ withTags: false });
    await cached.listBedrockUsers({ withTags: false });
    await cached.getUser('sales-bedrock-user', { summary: true });
    await cached.getUser('sales-bedrock-user', { summary: true });
    expect(calls.get('listApiKeys')).toBe(1);
    expect(calls.get('listBedrockUsers')).toBe(1);
    expect(calls.get('getUser')).toBe(1);

    // Decisions read fresh every time.
    await cached.listApiKeys('sales-bedrock-user');
    await cached.getUser('sales-bedrock-user');
    expect(calls.get('listApiKeys')).toBe(2);
    expect(calls.get('getUser')).toBe(2);

    // A key the bot creates shows in the next summary at once.
    expect((await cached.createApiKey('sales-bedrock-user', 30)).ok).toBe(true);
    const after = await cached.listApiKeys('sales-bedrock-user', { summary: true });
    expect(after.ok && after.value).toHaveLength(2);
    expect(calls.get('listApiKeys')).toBe(3);
    await cached.listBedrockUsers({ withTags: false });
    expect(calls.get('listBedrockUsers')).toBe(2);

    // A change made elsewhere shows once the minute is over.
    const none = await cached.listAccessKeys('sales-bedrock-user', { summary: true });
    expect(none.ok && none.value).toHaveLength(0);
    aws.seedAccessKey('sales-bedrock-user');
    const stale = await cached.listAccessKeys('sales-bedrock-user', { summary: true });
    expect(stale.ok && stale.value).toHaveLength(0);
    clock.advance({ seconds: 61 });
    const fresh = await cached.listAccessKeys('sales-bedrock-user', { summary: true });
    expect(fresh.ok && fresh.value).toHaveLength(1);
  });
});
