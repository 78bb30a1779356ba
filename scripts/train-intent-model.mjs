// Trains the intent classifier (multinomial logistic regression with L2, deterministic: zero initial
// weights, full-batch steps, fixed epochs; scripts/intent-training.mjs) on the TRAIN split of test/intent/data and the
// tuned-*.jsonl files (earlier rounds' blind files, each text at SETTINGS.tunedWeight of a train text; never the
// unseen-* files, nor a tuned text near a dev or test text: trainingCases), with the L2 scaled to the larger set
// (settingsFor), and writes src/intent/intent-model.json. To measure: `--train-only` (the train split alone, the
// shipped model until round thirty-three), `--tuned-weight=W`.
// `npm run train:intent` (builds first, and again after, so dist/ carries the new model).
// The dev split chooses settings; the test split is never read here.
import process from 'node:process';
import console from 'node:console';
import { writeFileSync } from 'node:fs';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { SETTINGS, modelText, settingsFor, trainIntentModel, trainingCases } from './intent-training.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const { intentFeatures } = await import(pathToFileURL(`${root}dist/intent/parse-request.js`).href);

const train = trainingCases({ tuned: !process.argv.includes('--train-only') });
const weightArg = process.argv.find((a) => a.startsWith('--tuned-weight='));
const settings = settingsFor(
  train,
  weightArg ? { ...SETTINGS, tunedWeight: Number(weightArg.split('=')[1]) } : SETTINGS,
);
const started = Date.now();
const { model, epochs, error } = trainIntentModel(train, intentFeatures, settings);
writeFileSync(`${root}src/intent/intent-model.json`, modelText(model));
console.log(
  `trained on ${train.length} texts, ${model.features.length} features, ${model.intents.length} intents, ` +
    `${epochs} epochs, error ${error.toExponential(2)}, ${Date.now() - started} ms`,
);
process.exit(0);
