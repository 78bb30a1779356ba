import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelText, settingsFor, trainIntentModel, trainingCases } from '../../scripts/intent-training.mjs';
import { intentFeatures } from '../../src/intent/parse-request.js';

/**
 * The shipped classifier must be what `npm run train:intent` makes of today's corpus and features:
 * a model trained on an older corpus, or on features the rules no longer produce, reads texts
 * differently from what the corpus figures and the tests say, and nobody could rebuild it.
 */
describe('the committed intent model', () => {
  it('is exactly what training on the train split and the tuned files produces (run `npm run train:intent` if not)', () => {
    const train = trainingCases();
    const { model } = trainIntentModel(train, intentFeatures, settingsFor(train));
    const committed = readFileSync(new URL('../../src/intent/intent-model.json', import.meta.url), 'utf8');
    expect(committed.length, 'model file size').toBe(modelText(model).length);
    // (Compared as JSON values: -0 and 0 print alike.)
    expect(JSON.parse(committed)).toEqual(JSON.parse(JSON.stringify(model)));
  }, 300_000);
});
