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
 * corpus. They were last reset when 1,205 messages by two new authors (authors-*.jsonl, written
 * without seeing the parser) joined the corpus: train 92.3% → 87.4%, dev 92.1% → 86.8%, held-out
 * test 82.1% → 79.6%. The goal for the held-out split is 97%: not reached yet.
 */
const FLOOR = { train: 0.87, dev: 0.86, test: 0.79 };
/** Non-requests acted on in the held-out split when this floor was set: 5 of 166. The goal is none. */
const HELD_OUT_FALSE_ACTIONS_AT_MOST = 5;

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

  it('never acts on a non-request in the dev split', () => {
    expect(splits.dev?.falseActions).toBe(0);
  });

  it('acts on no more held-out non-requests than when last measured (the goal is none)', () => {
    expect(splits.test?.falseActions).toBeLessThanOrEqual(HELD_OUT_FALSE_ACTIONS_AT_MOST);
  });
});
