import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { evaluate, readCases } from './data/evaluate.mjs';

/**
 * Round fifteen's four blind files (a newsroom, an IoT/manufacturing company, developer relations,
 * people asking on behalf of others) are kept out of the corpus: never trained or tuned on, scored whole
 * here on every run through the parse the bot runs. No non-request may be acted on, and no file may fall
 * below its score at the end of round fifteen (WRITER-NOTES-unseen-*.md). Like the held-out split, their
 * errors are not listed: a change is judged on the corpus and only checked here. (Three texts, the only
 * non-requests acted on when they were first scored, were looked at and their kinds fixed with sentences
 * of their own: acted15-fifteen.test.ts.)
 */
const UNSEEN: Record<string, number> = {
  'unseen-newsroom.jsonl': 0.892,
  'unseen-iot.jsonl': 0.928,
  'unseen-devrel.jsonl': 0.901,
  'unseen-delegates.jsonl': 0.917,
};

/**
 * Earlier rounds' blind files, tuned on in the round after (their errors were read and their kinds
 * fixed): round thirteen's in round fourteen, round fourteen's in round fifteen. Since round sixteen the
 * classifier trains on them (loadTrainingCases), held at their scores at the end of round fifteen.
 */
const TUNED: Record<string, number> = {
  'tuned-forms.jsonl': 0.903,
  'tuned-gamedev.jsonl': 0.963,
  'tuned-hackathon.jsonl': 0.945,
  'tuned-regulated.jsonl': 0.975,
  'tuned-agency.jsonl': 0.967,
  'tuned-lab.jsonl': 0.951,
  'tuned-retail.jsonl': 0.945,
  'tuned-services.jsonl': 0.97,
};

function scored(file: string) {
  const cases = readCases(file).map((c) => ({ ...c, split: 'test' as const })); // (one bucket: the whole file)
  expect(cases.length).toBeGreaterThan(300);
  return evaluate(cases, parseRequest).splits.test;
}

describe('the standing unseen files', () => {
  it.each(Object.entries(UNSEEN))('%s: none of its non-requests acted on, exact ≥ %s', (file, floor) => {
    const s = scored(file);
    expect(s?.falseActions).toBe(0);
    expect(s?.exactRate).toBeGreaterThanOrEqual(floor - 0.0005);
  });
});

describe('last round’s unseen files, tuned on', () => {
  it.each(Object.entries(TUNED))('%s: none of its non-requests acted on, exact ≥ %s', (file, floor) => {
    const s = scored(file);
    expect(s?.falseActions).toBe(0);
    expect(s?.exactRate).toBeGreaterThanOrEqual(floor - 0.0005);
  });
});
