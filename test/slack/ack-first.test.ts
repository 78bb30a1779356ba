import { describe, expect, it } from 'vitest';
import { AckFirstScheduler } from '../../src/slack/ack-first.js';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('AckFirstScheduler', () => {
  it('holds follow-up work while a Slack request waits for its acknowledgement', async () => {
    const scheduler = new AckFirstScheduler({ concurrency: 4, maxDeferMs: 60_000 });
    const started: string[] = [];
    scheduler.requestStarted();
    const job = scheduler.run(async () => {
      started.push('job');
      return 42;
    });
    await tick();
    await tick();
    expect(started).toEqual([]);
    expect(scheduler.waiting).toBe(1);
    scheduler.requestFinished();
    expect(await job).toBe(42);
    expect(started).toEqual(['job']);
  });

  it('runs at most `concurrency` jobs at once, in arrival order', async () => {
    const scheduler = new AckFirstScheduler({ concurrency: 2, maxDeferMs: 60_000 });
    const order: number[] = [];
    let running = 0;
    let most = 0;
    const jobs = [1, 2, 3, 4, 5].map((n) =>
      scheduler.run(async () => {
        running += 1;
        most = Math.max(most, running);
        order.push(n);
        await sleep(5);
        running -= 1;
      }),
    );
    await Promise.all(jobs);
    expect(most).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it('starts a job that waited too long even under steady traffic, so answers are never starved', async () => {
    const scheduler = new AckFirstScheduler({ concurrency: 4, maxDeferMs: 30 });
    scheduler.requestStarted(); // never finishes
    const before = Date.now();
    await scheduler.run(async () => undefined);
    expect(Date.now() - before).toBeGreaterThanOrEqual(25);
  });

  it('waits for a lull: no job starts while requests keep arriving, even if each was acknowledged at once', async () => {
    // A fake clock: a millisecond passes per request, so the quiet period never passes while they come.
    let now = 0;
    const scheduler = new AckFirstScheduler({
      concurrency: 4,
      maxDeferMs: 60_000,
      quietMs: 50,
      now: () => now,
    });
    const events: string[] = [];
    const arrive = (): void => {
      now += 1;
      scheduler.requestStarted();
      scheduler.requestFinished();
    };
    arrive();
    const job = scheduler.run(async () => {
      events.push('job');
    });
    for (let i = 0; i < 30; i += 1) {
      arrive();
      events.push('ack');
      await tick();
    }
    expect(events).not.toContain('job');
    expect(scheduler.waiting).toBe(1);
    now += 50; // the requests stopped: a lull
    await job;
    expect(events.at(-1)).toBe('job');
  });

  it('under requests that never stop, an overdue job starts anyway (answers are never starved)', async () => {
    let now = 0;
    const scheduler = new AckFirstScheduler({ concurrency: 2, maxDeferMs: 100, quietMs: 50, now: () => now });
    const started: number[] = [];
    const jobs = [1, 2, 3, 4, 5, 6].map((n) =>
      scheduler.run(async () => {
        started.push(n);
      }),
    );
    let arrivals = 0;
    while (started.length < 6 && arrivals < 1_000) {
      arrivals += 1;
      now += 1;
      scheduler.requestStarted(); // each request waits for its acknowledgement a turn
      await tick();
      scheduler.requestFinished();
    }
    await Promise.all(jobs);
    expect(started).toEqual([1, 2, 3, 4, 5, 6]);
    expect(arrivals).toBeGreaterThanOrEqual(100);
    expect(arrivals).toBeLessThan(1_000);
  });

  it('passes a failing job’s error to its caller and keeps going', async () => {
    const scheduler = new AckFirstScheduler({ concurrency: 1, maxDeferMs: 1_000 });
    await expect(scheduler.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await scheduler.run(async () => 'next')).toBe('next');
    expect(scheduler.active).toBe(0);
  });
});
