import { expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * A guard against regexes that backtrack, not a speed measure (speed is `npm run bench`'s): on a
 * 2,000-character adversarial text a pattern that backtracks quadratically or worse takes seconds, a linear
 * one tens of milliseconds. The limit sits between the two on a quiet machine; on a busy one it grows with
 * the time the same process takes for an ordinary message of that length, timed just before (hangLimitMs),
 * so that a loaded CI machine does not trip it and a pattern that hangs still does.
 */
export const HANG_LIMIT_MS = 1000;

/** How many ordinary parses of 2,000 characters a hang is: a linear pattern stays within a few. */
const HANG_RATIO = 40;

const ORDINARY = 'could you please rotate the key for marketing when you have a minute, thanks a lot. '
  .repeat(30)
  .slice(0, 2000);

/** HANG_LIMIT_MS, or HANG_RATIO ordinary parses (the median of three, timed now) when the machine is busier. */
export function hangLimitMs(): number {
  parseRequest(ORDINARY);
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    parseRequest(ORDINARY);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  return Math.max(HANG_LIMIT_MS, HANG_RATIO * (times[1] as number));
}

/** Runs `work` once (it compiles the patterns it meets), then again within the hang limit. */
export function expectNoHang(work: () => unknown): void {
  work();
  const limit = hangLimitMs();
  const start = performance.now();
  work();
  expect(performance.now() - start).toBeLessThan(limit);
}

/** Each text parses (after a first call that compiles) within the hang limit. */
export const parsesWithoutHanging = (texts: string[]) =>
  it.each(texts.map((t, i) => [i, t.slice(0, 30), t] as const))('%i %j', (_i, _name, text) => {
    expectNoHang(() => parseRequest(text));
  });
