// Leave-one-author-out: how the intent classifier does on authors it has never seen. For each
// authors-*.jsonl file, trains the classifier on the train split of every OTHER file, parses that
// file's train and dev cases with the whole parser using that model, and reports intent accuracy,
// exact rate and non-requests acted on, per file and pooled. The test split is never read.
// (The rules were written with every file in view, so this flatters the rules; it measures the
// classifier and how its score is used.) Needs dist/ built.
//
//   node scripts/leave-one-author-out.mjs                 every author file, SETTINGS of training
//   node scripts/leave-one-author-out.mjs --epochs 150    other training settings (also --l2,
//                                                         --learning-rate, --min-count, --rule-l2)
//   node scripts/leave-one-author-out.mjs --errors        also lists the intent errors
//   node scripts/leave-one-author-out.mjs --only terse    only the files whose name contains "terse"
//                                                         (--only terse,roles: either; so a run cut short is
//                                                         compared fold for fold on the folds it finished)
//   node scripts/leave-one-author-out.mjs --dump F.jsonl  writes every case's reading (rules, classifier, parse)
//   node scripts/leave-one-author-out.mjs --dist /tmp/d   another build of the parser (tsc --outDir /tmp/d)
//   node scripts/leave-one-author-out.mjs --use classifier  who reads the intent (rules, classifier, both)
//   node scripts/leave-one-author-out.mjs --with-dev      trains on the other files' dev split too (what
//                                                         more data does for unseen authors)
//   node scripts/leave-one-author-out.mjs --with-tuned    every fold trains on the tuned-*.jsonl texts the
//                                                         corpus lacks too (trainingCases: earlier rounds'
//                                                         blind files, other voices; never an author file)
//   node scripts/leave-one-author-out.mjs --save-models D writes each fold's model to D/<file>.json
//   node scripts/leave-one-author-out.mjs --load-models D reads them back instead of training (training
//                                                         is the slow part: a change to how scores are
//                                                         used is then measured out of fold in a minute)
//   node scripts/leave-one-author-out.mjs --decide '{"readHolds":0.6}'  other decision lines (tuneDecision
//                                                         in parse-request.ts)
import process from 'node:process';
import console from 'node:console';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { CORPUS_FILES, NON_REQUEST_INTENTS, loadCorpus, score } from '../test/intent/data/evaluate.mjs';
import { SETTINGS, trainIntentModel, trainingCases } from './intent-training.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const distAt = process.argv.indexOf('--dist');
const dist = distAt >= 0 ? `${process.argv[distAt + 1]}/` : `${root}dist/`;
if (!existsSync(`${dist}intent/parse-request.js`)) {
  console.error('leave-one-author-out: dist/ is not built; run `npm run build` first.');
  process.exit(1);
}
const { intentFeatures, parseRequestAs: parseRequestWith } = await import(
  pathToFileURL(`${dist}intent/parse-request.js`).href
);
const parser = await import(pathToFileURL(`${dist}intent/parse-request.js`).href);
const { useIntentModel } = await import(pathToFileURL(`${dist}intent/classifier.js`).href);

const arg = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const settings = { ...SETTINGS };
for (const [flag, key] of [
  ['epochs', 'epochs'],
  ['l2', 'l2'],
  ['learning-rate', 'learningRate'],
  ['min-count', 'minCount'],
  ['min-files', 'minFiles'],
  ['rule-l2', 'ruleL2'],
]) {
  const v = arg(flag);
  if (v !== undefined) settings[key] = Number(v);
}
const augment = arg('augment');
if (augment !== undefined) settings.augment = augment === '' ? [] : augment.split(',');
const only = arg('only');
const listErrors = process.argv.includes('--errors');
const use = arg('use') ?? 'both';
const dump = arg('dump');
const decideLines = arg('decide');
if (decideLines !== undefined) parser.tuneDecision(JSON.parse(decideLines));
const saveModels = arg('save-models');
const loadModels = arg('load-models');
if (saveModels !== undefined) mkdirSync(saveModels, { recursive: true });
const dumped = [];

const corpus = loadCorpus().filter((c) => c.split !== 'test');
const fileOf = (c) => c.source.slice(0, c.source.lastIndexOf(':'));
const withDev = process.argv.includes('--with-dev');
const withTuned = process.argv.includes('--with-tuned');
const train = [
  ...corpus.filter((c) => c.split === 'train' || (withDev && c.split === 'dev')),
  ...(withTuned ? trainingCases({ tuned: true }).filter((c) => c.split === 'tuned') : []),
];
// Features do not depend on the model (the rules' reading is one of them): extracted once.
const features = new Map(train.map((c) => [c.text, intentFeatures(c.text)]));
const cached = (text) => features.get(text) ?? features.set(text, intentFeatures(text)).get(text);

const authors = CORPUS_FILES.filter(
  (f) => f.startsWith('authors-') && (only === undefined || only.split(',').some((o) => f.includes(o))),
);
const pct = (n, d) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`.padStart(6);
const pooled = { cases: 0, intent: 0, exact: 0, nonRequests: 0, acted: 0, asked: 0 };
const errors = [];
const started = Date.now();
console.log(
  `settings: ${JSON.stringify(settings)}${decideLines === undefined ? '' : `, decide ${decideLines}`}` +
    `${loadModels === undefined ? '' : `, models of ${loadModels}`}` +
    `${withTuned ? ', with the tuned files' : ''}\n` +
    `${'file'.padEnd(28)} cases  intent   exact  non-req  acted  asked`,
);
for (const file of authors) {
  const saved = loadModels === undefined ? undefined : `${loadModels}/${file}.json`;
  const model =
    saved !== undefined && existsSync(saved)
      ? JSON.parse(readFileSync(saved, 'utf8'))
      : trainIntentModel(
          train.filter((c) => fileOf(c) !== file),
          cached,
          settings,
        ).model;
  if (saveModels !== undefined) writeFileSync(`${saveModels}/${file}.json`, JSON.stringify(model));
  useIntentModel(model);
  const s = { cases: 0, intent: 0, exact: 0, nonRequests: 0, acted: 0, asked: 0 };
  for (const c of corpus) {
    if (fileOf(c) !== file) continue;
    const parse = parseRequestWith(c.text, use);
    const r = score(c, parse);
    if (dump !== undefined) {
      // (lastTrace is of the last part read: the first request when a text holds two.)
      const t = parser.lastTrace;
      dumped.push({
        source: c.source,
        text: c.text,
        label: c.intent,
        got: parse.intent,
        confidence: parse.confidence,
        asked: r.asked,
        acted: r.falseAction,
        exact: r.exact,
        reason: parse.reason,
        ruled: t && { intent: t.ruled.intent, confidence: t.ruled.confidence, reason: t.ruled.reason },
        scored: t?.scored.slice(0, 4).map((s) => [s.intent, Math.round(s.score * 1000) / 1000]),
      });
    }
    s.cases++;
    if (parse.intent === c.intent) s.intent++;
    else
      errors.push(
        `  ${c.source}  ${c.intent} → ${parse.intent}  ${JSON.stringify(c.text)}  (${parse.reason})`,
      );
    if (r.exact) s.exact++;
    if (r.asked) s.asked++;
    if (NON_REQUEST_INTENTS.has(c.intent)) s.nonRequests++;
    if (r.falseAction) {
      s.acted++;
      errors.push(`  ACTED ${c.source}  ${c.intent} → ${parse.intent}  ${JSON.stringify(c.text)}`);
    }
  }
  for (const k of Object.keys(pooled)) pooled[k] += s[k];
  console.log(
    `${file.padEnd(28)} ${String(s.cases).padStart(5)} ${pct(s.intent, s.cases)}  ${pct(s.exact, s.cases)}` +
      `  ${String(s.nonRequests).padStart(7)}  ${String(s.acted).padStart(5)}  ${String(s.asked).padStart(5)}`,
  );
}
useIntentModel(undefined);
const p = pooled;
console.log(
  `${'pooled'.padEnd(28)} ${String(p.cases).padStart(5)} ${pct(p.intent, p.cases)}  ${pct(p.exact, p.cases)}` +
    `  ${String(p.nonRequests).padStart(7)}  ${String(p.acted).padStart(5)}  ${String(p.asked).padStart(5)}` +
    `   (${Math.round((Date.now() - started) / 1000)} s)`,
);
if (dump !== undefined) writeFileSync(dump, `${dumped.map((d) => JSON.stringify(d)).join('\n')}\n`);
if (listErrors) console.log(`\nintent errors and acted-on non-requests\n${errors.join('\n')}`);
process.exit(0);
