import { describe, expect, it } from 'vitest';
import { classifyPrepared } from '../../src/intent/classifier.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { prepare } from '../../src/intent/prepare.js';
import { acts as actsOn } from './data/evaluate.mjs';

/**
 * The classifier's scores are probabilities (a softmax trained with L2), and the parser's lines are
 * drawn on them: an action only at SURE_ACTION, a confident rule reading of a request to us holds
 * unless the classifier is sure of something else (parse-request.ts).
 */
const acts = (text: string): boolean => actsOn(parseRequest(text));

describe('the classifier gives probabilities', () => {
  it.each([
    ['please rotate the key for geo-search', 'rule=rotate'],
    ['lunch at noon?', 'rule=unknown'],
    ['what can you do', 'rule=help'],
  ])('"%s": every intent, summing to 1', (text, rule) => {
    const scored = classifyPrepared(prepare(text).text, [rule]);
    expect(scored).toHaveLength(12);
    expect(scored.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1, 9);
    for (const s of scored) expect(s.score).toBeGreaterThan(0);
  });
});

describe('a request to us, read by the rules with confidence, keeps its intent', () => {
  it.each([
    'can the fraud-ops team get a key',
    'please create a key for pricing-api',
    'could risk-models get a new api key please',
    'can churn-lab get an access key?',
    'please make a key for invoice-ocr, we moved off the shared one last month',
    'please set up the claims-lab team with a key',
    'please create an access key for pay-ops; we dropped api keys last year',
  ])('"%s" → create_key', (text) => {
    expect(parseRequest(text).intent).toBe('create_key');
  });

  it.each([
    'please create a key for pricing-api',
    'could risk-models get a new api key please',
    'please create an access key for pay-ops; we dropped api keys last year',
  ])('"%s" is acted on without asking', (text) => {
    expect(acts(text)).toBe(true);
  });
});

describe('a story before the request does not make the request doubtful', () => {
  it.each([
    [
      'we rotated it in march but it was pasted in a ticket again, rotate the key for geo-search please',
      'rotate',
    ],
    ['the key was created last year and someone shared it, so revoke the key for ads-lab', 'revoke'],
  ])('"%s" → %s, acted on', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
    expect(acts(text)).toBe(true);
  });

  it('a slogan before an order is no story: "OKR: rotate every long-lived key by Q4, no pressure" is asked', () => {
    expect(acts('OKR: rotate every long-lived key by Q4, no pressure')).toBe(false);
  });
});

describe('an action the classifier doubts, in a text that is no instruction, is no request', () => {
  it.each(['ugh, what a day', 'man, what a month', 'ugh, what a year', 'wow what a fortnight'])(
    '"%s" asks nothing of the bot',
    (text) => {
      expect(['unknown', 'help']).toContain(parseRequest(text).intent);
      expect(acts(text)).toBe(false);
    },
  );
});
