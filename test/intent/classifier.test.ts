import { describe, expect, it } from 'vitest';
import { classify, classifyPrepared } from '../../src/intent/classifier.js';
import { featuresOf } from '../../src/intent/features.js';
import { prepare } from '../../src/intent/prepare.js';
import { loadCorpus } from './data/evaluate.mjs';

describe('intent classifier', () => {
  it('scores a prepared text exactly as it scores the features training used', () => {
    for (const c of loadCorpus()) {
      const text = prepare(c.text).text;
      const features = featuresOf(text);
      features.add('rule=token');
      expect(classifyPrepared(text, ['rule=token']), c.text).toEqual(classify(features));
    }
  });

  it('gives scores that sum to 1, most likely first', () => {
    const scored = classifyPrepared('rotate the key for marketing', ['rule=rotate']);
    expect(scored[0]?.intent).toBe('rotate');
    expect(scored.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1, 9);
  });
});
