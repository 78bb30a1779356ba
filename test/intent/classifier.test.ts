import { describe, expect, it } from 'vitest';
import { classify, classifyPrepared, useIntentModel } from '../../src/intent/classifier.js';
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
    // (Every corpus text: some 15,000, half a minute when the machine is shared.)
  }, 120_000);

  it('gives scores that sum to 1, most likely first', () => {
    const scored = classifyPrepared('rotate the key for marketing', ['rule=rotate']);
    expect(scored[0]?.intent).toBe('rotate');
    expect(scored.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1, 9);
  });
});

describe('measuring with another model', () => {
  it('scores with the model given, and with the shipped one again after', () => {
    const before = classifyPrepared('rotate the key for marketing', ['rule=rotate']);
    useIntentModel({ intents: ['help', 'rotate'], features: ['rotate'], bias: [0, 0], weights: [[3, 0]] });
    try {
      const other = classifyPrepared('rotate the key for marketing', ['rule=rotate']);
      expect(other.map((s) => s.intent)).toEqual(['help', 'rotate']);
      expect(other[0]?.score).toBeCloseTo(Math.exp(3) / (Math.exp(3) + 1), 9);
    } finally {
      useIntentModel(undefined);
    }
    expect(classifyPrepared('rotate the key for marketing', ['rule=rotate'])).toEqual(before);
  });
});
