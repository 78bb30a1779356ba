import { describe, expect, it } from 'vitest';
import { SETTINGS, trainIntentModel } from '../../scripts/intent-training.mjs';

/**
 * The rules' reading is one feature of the classifier ("rule=token"); training can hold it to a
 * stronger L2 than the words (settings.ruleL2, a multiple; scripts/intent-training.mjs says what it
 * measured): the rules were written with the training texts in view, so a classifier that learns to
 * echo them fails where a new writer's words escape the rules.
 */
describe('training holds the rules reading to its own L2', () => {
  // Texts whose rules' reading always matches the label: with the words' L2, the classifier leans on it.
  const words = ['rotate', 'revoke', 'token', 'list'];
  const texts = words.flatMap((w, i) =>
    ['please', 'now', 'asap', 'thanks'].map((x) => ({
      text: `${w} ${x} ${i}`,
      intent: w,
      source: `f${i % 2}:1`,
    })),
  );
  const rule = (text: string) => [...text.split(' '), `rule=${text.split(' ')[0]}`];
  const heaviest = (ruleL2: number) => {
    const { model } = trainIntentModel(texts, rule, { ...SETTINGS, minFiles: 1, minCount: 1, ruleL2 });
    return Math.max(
      ...model.features
        .flatMap((f, i) => (f.startsWith('rule=') ? (model.weights[i] ?? []) : []))
        .map(Math.abs),
    );
  };

  it('gives the rules reading smaller weights the stronger its L2', () => {
    expect(heaviest(100)).toBeLessThan(heaviest(1));
  });
});
