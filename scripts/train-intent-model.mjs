// Trains the intent classifier (multinomial logistic regression with L2, deterministic: zero initial
// weights, full-batch steps, fixed epochs; scripts/intent-training.mjs) on the TRAIN split of test/intent/data and
// writes src/intent/intent-model.json. `--with-tuned`: on the tuned-*.jsonl files too (earlier rounds' blind files;
// never the unseen-* files, nor a tuned text near a dev or test text: trainingCases), with the L2 scaled to the larger
// set (settingsFor): measured in rounds sixteen, seventeen, thirty and thirty-one (held-out.test.ts), the best model on
// unseen text, not yet shipped because behaviour tests of earlier rounds still fail with it.
// `npm run train:intent` (builds first, and again after, so dist/ carries the new model).
// The dev split chooses settings; the test split is never read here.
import process from 'node:process';
import console from 'node:console';
import { writeFileSync } from 'node:fs';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { modelText, settingsFor, trainIntentModel, trainingCases } from './intent-training.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const { intentFeatures } = await import(pathToFileURL(`${root}dist/intent/parse-request.js`).href);

const train = trainingCases({ tuned: process.argv.includes('--with-tuned') });
const settings = settingsFor(train);
const started = Date.now();
const { model, epochs, error } = trainIntentModel(train, intentFeatures, settings);
writeFileSync(`${root}src/intent/intent-model.json`, modelText(model));
console.log(
  `trained on ${train.length} texts, ${model.features.length} features, ${model.intents.length} intents, ` +
    `${epochs} epochs, error ${error.toExponential(2)}, ${Date.now() - started} ms`,
);
process.exit(0);
