import { afterEach, describe, expect, it } from 'vitest';
import { classifyPrepared, type IntentModel, useIntentModel } from '../../src/intent/classifier.js';
import { featuresOf, stemOf } from '../../src/intent/features.js';
import model from '../../src/intent/intent-model.json' with { type: 'json' };
import { parseRequest } from '../../src/intent/parse-request.js';
import { prepare } from '../../src/intent/prepare.js';
import { acts } from './data/evaluate.mjs';

/**
 * What the classifier does with text nobody wrote yet (measured by scripts/leave-one-author-out.mjs):
 * word forms no training text used still count through their stem, and however sure a classifier is,
 * the parser acts only where the rules read the same action in an instruction.
 */
afterEach(() => useIntentModel(undefined));

const scoreOf = (text: string, intent: string): number =>
  classifyPrepared(prepare(text).text, []).find((s) => s.intent === intent)?.score ?? 0;

describe('word forms no training text used', () => {
  it.each([
    [['rotate', 'rotates', 'rotated', 'rotating', 'rotation'], 'rotat'],
    [['revoke', 'revokes', 'revoked', 'revoking'], 'revok'],
    [['token', 'tokens'], 'token'],
    [['deprovision', 'deprovisions', 'deprovisioned', 'deprovisioning'], 'deprovis'],
  ])('%j share the stem "%s"', (forms, stem) => {
    for (const w of forms) expect(stemOf(w), w).toBe(stem);
  });

  it.each(['ok', 'key', "don't", 'xxemail', '12h'])('"%s" has no stem feature', (w) => {
    expect([...featuresOf(w)].filter((f) => f.startsWith('~'))).toEqual([]);
  });

  it.each([
    ['the interns unit: revokes, please', 'revokes', 'revoke'],
    ['deprovisions for the hackathon-2024 unit', 'deprovisions', 'deprovision'],
    // ("rotates" until round thirty-one, when the tuned files brought it into training; "rotater" is a typo of it.)
    ['rotater on the fraud-ml key', 'rotater', 'rotate'],
  ])('"%s": "%s" leans to %s through its stem, a form the model never saw', (text, unseen, intent) => {
    expect(model.features, 'pick a form the model has not seen').not.toContain(unseen);
    // The same sentence with a made-up word in its place carries nothing of the intent. (Half as much
    // again at least: the margin moves with each retraining; round seven's model gives 1.996× here.)
    expect(scoreOf(text, intent)).toBeGreaterThan(1.5 * scoreOf(text.replace(unseen, 'zorbles'), intent));
  });
});

/** A classifier sure of one intent whatever the text (bias only). */
function sureOf(intent: string): IntentModel {
  const intents = ['token', 'create_key', 'rotate', 'revoke', 'deprovision', 'help', 'unknown'];
  return { intents, features: [], weights: [], bias: intents.map((i) => (i === intent ? 8 : 0)) };
}

describe('a classifier sure of an action does not make the parser act', () => {
  it.each([
    ['rotate', 'rotate or revoke? a contractor saw it on my screen'],
    ['revoke', 'revoke vs deprovision for the interns unit, which one?'],
    ['rotate', 'rotate --help'],
    ['deprovision', '`deprovision --help`, does it keep the history?'],
  ])('sure of %s: "%s" is a question about the commands (help)', (intent, text) => {
    useIntentModel(sureOf(intent));
    const parse = parseRequest(text);
    expect(parse.intent).toBe('help');
    expect(acts(parse)).toBe(false);
  });

  it.each([
    ['token', 'taking a break for 20 minutes'],
    ['rotate', 'we rotate the standup host every week'],
    ['revoke', 'they revoked my parking permit lol'],
    ['create_key', 'lost the key to the bike shed again'],
    ['deprovision', 'what does deprovision do to the unit history?'],
    ['revoke', 'did anyone revoke the old growth key already?'],
  ])('sure of %s: "%s" is not acted on', (intent, text) => {
    useIntentModel(sureOf(intent));
    expect(acts(parseRequest(text))).toBe(false);
  });

  it.each([
    ['rotate', 'the key for orders-api, it showed up in a screenshot'],
    ['token', 'something for claude for the afternoon'],
  ])('sure of %s: "%s", which the rules do not read so, is asked about', (intent, text) => {
    useIntentModel(sureOf(intent));
    const parse = parseRequest(text);
    expect(acts(parse)).toBe(false);
    if (parse.intent === intent) expect(parse.question).toBeDefined();
  });
});

describe('an action the classifier gives less than even odds, where the rules read none', () => {
  it.each([
    'Out of office until Friday. For Bedrock questions please contact the data-eng team.',
    'Away till the 9th - for anything bedrock, ping the platform-eng folks.',
  ])('"%s" is no action, not even one asked about', (text) => {
    expect(['token', 'create_key', 'rotate', 'revoke', 'deprovision']).not.toContain(
      parseRequest(text).intent,
    );
  });
});
