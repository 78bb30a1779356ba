import { describe, expect, it } from 'vitest';
import { augmentedTexts, SETTINGS, trainIntentModel } from '../../scripts/intent-training.mjs';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

/**
 * Round eleven: the classifier for writers it never saw (scripts/leave-one-author-out.mjs). Terse and
 * hurried writers drop articles and punctuation; the same request must read the same without them.
 */
describe('training-time variants of a training text', () => {
  it('are deterministic, and each differs from the text', () => {
    const text = 'Can you rotate the key for growth-marketing, please?';
    const kinds = ['articles', 'punctuation', 'typo', 'mention', 'markup'];
    const once = augmentedTexts(text, kinds);
    expect(augmentedTexts(text, kinds)).toEqual(once);
    expect(once).toContain('Can you rotate key for growth-marketing, please?');
    expect(once).toContain('Can you rotate the key for growth-marketing please');
    for (const v of once) expect(v).not.toBe(text);
  });

  it('leave unit names alone when they put in a typo', () => {
    for (const t of ['rotate growth-marketing key', 'revoke the fraud-ml key now please']) {
      const [typo] = augmentedTexts(t, ['typo']);
      for (const unit of t.match(/[a-z]+-[a-z]+/g) ?? []) expect(typo).toContain(unit);
    }
  });

  it('give nothing when a text has nothing to drop', () => {
    expect(augmentedTexts('tok pls 3h', ['articles', 'punctuation'])).toEqual([]);
  });

  it('count with their text as one text (minCount), so a variant cannot keep a one-text word', () => {
    const texts = [
      { text: 'rotate the zorble key', intent: 'rotate', source: 'a:1' },
      { text: 'revoke key now', intent: 'revoke', source: 'b:1' },
      { text: 'revoke key please', intent: 'revoke', source: 'c:1' },
    ];
    const words = (t: string) => t.split(' ');
    const settings = { ...SETTINGS, minFiles: 1, augment: ['articles'] };
    const { model } = trainIntentModel(texts, words, settings);
    expect(model.features).not.toContain('zorble');
    expect(model.trainedOn).toBe(4);
  });
});

describe('terse writers: requests without articles or punctuation', () => {
  it.each([
    ['rotate key for growth-marketing pls', 'rotate'],
    ['need token 3 hours', 'token'],
    ['revoke key of sales team now', 'revoke'],
    ['pls create api key for fraud-ml', 'create_key'],
    ['can u give me token for 2h', 'token'],
    ['rotate growth-marketing key asap thx', 'rotate'],
    ['deprovision interns team', 'deprovision'],
  ])('"%s" is acted on as %s', (text, intent) => {
    const p = parseRequest(text);
    expect(p.intent).toBe(intent);
    expect(acts(p)).toBe(true);
  });

  it.each([
    ['whats spend of marketing last month', 'spend'],
    ['which models in frankfurt', 'models'],
    ['who rotated key for search-api', 'history'],
    ['how do i get token', 'help'],
  ])('"%s" reads as %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });

  it.each([
    'did anyone rotate key for growth-marketing',
    'we rotated key for sales last week',
    'no need to revoke key of sales team anymore',
    'should we rotate key for growth-marketing',
    'dont need token anymore thx',
    'revoked key of sales yesterday fyi',
    'thanks for token',
    'do we have figma licence',
  ])('"%s" (no request) is not acted on', (text) => {
    expect(acts(parseRequest(text))).toBe(false);
  });
});
