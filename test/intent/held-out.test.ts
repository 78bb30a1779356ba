/**
 * The parser against the labelled corpus (test/intent/data), split by a stable hash of the text into
 * train / dev / test. The parser's rules and its classifier were built on train and checked on dev;
 * test is held out: its score is reported (README), and its cases are never listed or tuned on.
 * `npm run eval:parser` prints the same figures with a confusion summary (and dev errors with --errors).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { evaluate, loadCorpus, splitOf } from './data/evaluate.mjs';

const cases = loadCorpus();
const { splits } = evaluate(cases, parseRequest);

/**
 * The floors this branch reaches; raise them as the parser improves, never lower them for the same
 * corpus. They were last reset when 2,369 messages by four new authors (authors-*.jsonl, written
 * without seeing the parser) joined the corpus: train 92.3% → 84.5%, dev 92.1% → 83.6%, held-out
 * test 82.1% → 78.7%. The goal for the held-out split is 97%: not reached yet.
 */
const FLOOR = { train: 0.84, dev: 0.83, test: 0.78 };
/** Non-requests acted on in the held-out split when this floor was set: 7 of 230. The goal is none. */
const HELD_OUT_FALSE_ACTIONS_AT_MOST = 7;
/** Non-requests acted on in the dev split: 4 of 205 when the new authors' text joined. The goal is none. */
const DEV_FALSE_ACTIONS_AT_MOST = 4;

describe('labelled corpus', () => {
  it('is large enough and split about 70/15/15 by the committed rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1500);
    expect(cases.filter((c) => c.negative).length).toBeGreaterThanOrEqual(400);
    for (const c of cases) expect(c.split).toBe(splitOf(c.text));
    const share = (name: string): number => cases.filter((c) => c.split === name).length / cases.length;
    expect(share('train')).toBeGreaterThan(0.62);
    expect(share('dev')).toBeGreaterThan(0.1);
    expect(share('test')).toBeGreaterThan(0.1);
  });

  it('prints per-split figures', () => {
    for (const [name, s] of Object.entries(splits)) {
      console.log(
        `${name}: ${s.cases} cases, exact ${(s.exactRate * 100).toFixed(1)}%, ` +
          `${s.falseActions} of ${s.nonRequests} non-requests acted on, ${s.asked} asked`,
      );
    }
    expect(Object.keys(splits).sort()).toEqual(['dev', 'test', 'train']);
  });

  it.each(Object.entries(FLOOR))('%s split reaches its exact-match floor', (name, floor) => {
    expect(splits[name as 'train' | 'dev' | 'test']?.exactRate).toBeGreaterThanOrEqual(floor);
  });

  it('acts on no more dev non-requests than when last measured (the goal is none)', () => {
    expect(splits.dev?.falseActions).toBeLessThanOrEqual(DEV_FALSE_ACTIONS_AT_MOST);
  });

  it('acts on no more held-out non-requests than when last measured (the goal is none)', () => {
    expect(splits.test?.falseActions).toBeLessThanOrEqual(HELD_OUT_FALSE_ACTIONS_AT_MOST);
  });
});
