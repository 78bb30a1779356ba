import { expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * A guard against regexes that backtrack, not a speed measure (speed is `npm run bench`'s): on a
 * 2,000-character adversarial text a pattern that backtracks quadratically or worse takes seconds, a linear
 * one tens of milliseconds. The limit sits between the two, far enough above the second that a busy CI
 * machine does not trip it.
 */
export const HANG_LIMIT_MS = 1000;

/** Each text parses (after a first call that compiles) in under HANG_LIMIT_MS. */
export const parsesWithoutHanging = (texts: string[]) =>
  it.each(texts.map((t, i) => [i, t.slice(0, 30), t] as const))('%i %j', (_i, _name, text) => {
    parseRequest(text);
    const start = performance.now();
    parseRequest(text);
    expect(performance.now() - start).toBeLessThan(HANG_LIMIT_MS);
  });
