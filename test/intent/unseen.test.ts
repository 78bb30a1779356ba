import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { evaluate, readCases } from './data/evaluate.mjs';

/**
 * Round thirteen's four blind files (a game studio, a regulated company, a hackathon, requests typed as
 * forms) are kept out of the corpus: never trained or tuned on, scored whole here on every run through
 * the parse the bot runs. No non-request may be acted on, and no file may fall below its score at the
 * end of round thirteen (WRITER-NOTES-unseen-*.md). Like the held-out split, their errors are not
 * listed: a change is judged on the corpus and only checked here.
 */
const FLOORS: Record<string, number> = {
  'unseen-gamedev.jsonl': 0.929,
  'unseen-regulated.jsonl': 0.946,
  'unseen-hackathon.jsonl': 0.901,
  'unseen-forms.jsonl': 0.833,
};

describe('the standing unseen files', () => {
  it.each(Object.entries(FLOORS))('%s: none of its non-requests acted on, exact ≥ %s', (file, floor) => {
    const cases = readCases(file).map((c) => ({ ...c, split: 'test' as const })); // (one bucket: the whole file)
    expect(cases.length).toBeGreaterThan(300);
    const { splits } = evaluate(cases, parseRequest);
    const s = splits.test;
    expect(s?.falseActions).toBe(0);
    expect(s?.exactRate).toBeGreaterThanOrEqual(floor - 0.0005);
  });
});
