import { describe, expect, it } from 'vitest';
import { SETTINGS, trainIntentModel } from '../../scripts/intent-training.mjs';
import { CONFIDENT } from '../../src/core/request.js';
import { classifyPrepared } from '../../src/intent/classifier.js';
import { prepare } from '../../src/intent/prepare.js';

/**
 * The rules' reading is one feature of the classifier ("rule=token"), held to a stronger L2 than the
 * words (SETTINGS.ruleL2): the rules were written with the training texts in view, so a classifier
 * that learns to echo them fails where a new writer's words escape the rules. Measured leaving groups of
 * authors out (scripts/intent-training.mjs).
 */
const top = (text: string, rule: string) => classifyPrepared(prepare(text).text, [`rule=${rule}`])[0];

describe('the words of a plain request outweigh rules that read nothing in it', () => {
  it.each([
    ['please rotate the key for the pricing-api', 'rotate'],
    ['could you revoke the key of the old-crm unit please', 'revoke'],
    ['please revoke every key of growth-lab', 'revoke'],
    ['give me a token for the afternoon please', 'token'],
    ['please create an api key for the claims-lab team', 'create_key'],
    ['please deprovision the hackweek unit', 'deprovision'],
    ['which models are available in frankfurt?', 'models'],
  ])('"%s" with the rules reading nothing: %s, confidently', (text, intent) => {
    const best = top(text, 'unknown');
    expect(best?.intent).toBe(intent);
    expect(best?.score).toBeGreaterThanOrEqual(CONFIDENT);
  });
});

describe('the words of chit-chat and questions outweigh rules that read an action in them', () => {
  it.each([
    ['is the coffee machine broken again?', 'token', 'unknown'],
    ['lunch at noon? the pizza place', 'create_key', 'unknown'],
    ['we rotate the standup host every monday', 'rotate', 'unknown'],
    ['lost my house keys again lol', 'create_key', 'unknown'],
    ['how long can a token last?', 'token', 'help'],
    ['what does rotate do?', 'rotate', 'help'],
  ])('"%s" with the rules reading %s: %s', (text, rule, intent) => {
    const best = top(text, rule);
    expect(best?.intent).toBe(intent);
    expect(best?.score).toBeGreaterThanOrEqual(0.9);
  });
});

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
    expect(SETTINGS.ruleL2).toBeGreaterThan(1);
    expect(heaviest(100)).toBeLessThan(heaviest(1));
  });
});
