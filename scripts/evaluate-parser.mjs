// Scores the built parser (dist/) on the labelled corpus: exact-match rate and false actions per split,
// and a confusion summary of intents. `npm run eval:parser` (builds first).
//
//   node scripts/evaluate-parser.mjs                 figures and confusion for every split
//   node scripts/evaluate-parser.mjs --errors dev    also lists the dev cases it gets wrong
//   node scripts/evaluate-parser.mjs --held-out      also scores the test split (report it; never tune on it)
//   node scripts/evaluate-parser.mjs --use rules     who reads the intent: rules, classifier or both (default)
//   node scripts/evaluate-parser.mjs --calibration   precision of acting by the classifier's share (train+dev)
//   node scripts/evaluate-parser.mjs --file F.jsonl  figures only, for one corpus file as a whole: a new
//                                                    author's blind score, taken once before any tuning
//
// Errors are never listed for the test split: it is held out, and tuning on it would void its score.
import process from 'node:process';
import console from 'node:console';
import { existsSync } from 'node:fs';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { ACTING_INTENTS, evaluate, loadCorpus, readCases } from '../test/intent/data/evaluate.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const parserFile = `${root}dist/intent/parse-request.js`;
if (!existsSync(parserFile)) {
  console.error('evaluate-parser: dist/ is not built; run `npm run build` first.');
  process.exit(1);
}
const errorsAt = process.argv.indexOf('--errors');
const errorSplit = errorsAt >= 0 ? (process.argv[errorsAt + 1] ?? 'dev') : null;
if (errorSplit === 'test') {
  console.error('evaluate-parser: the test split is held out; its errors are not listed.');
  process.exit(2);
}

const useAt = process.argv.indexOf('--use');
const use = useAt >= 0 ? process.argv[useAt + 1] : 'both';
if (!['rules', 'classifier', 'both'].includes(use)) {
  console.error('evaluate-parser: --use takes rules, classifier or both.');
  process.exit(2);
}
const parser = await import(pathToFileURL(parserFile).href);
// The whole parse the bot runs (quote marks, forms, history filters, key numbers, joined units).
const parseRequestWith = parser.parseRequestAs;
const fileAt = process.argv.indexOf('--file');
if (fileAt >= 0) {
  // A whole file, every split together: figures only, so that no test case is ever listed.
  const file = process.argv[fileAt + 1];
  const own = readCases(file ?? '');
  if (own.length === 0) {
    console.error(`evaluate-parser: no cases in test/intent/data/${file ?? '(no file named)'}.`);
    process.exit(2);
  }
  const whole = own.map((c) => ({ ...c, split: 'file' }));
  const { splits: only } = evaluate(whole, (text) => parseRequestWith(text, use));
  const s = only.file;
  console.log(
    `${file}: ${s.cases} cases  exact ${(s.exactRate * 100).toFixed(1)}%  ` +
      `non-requests ${s.nonRequests}, acted on ${s.falseActions}  asked ${s.asked}`,
  );
  process.exit(0);
}
const cases = loadCorpus();
const { splits, confusion, results } = evaluate(cases, (text) => parseRequestWith(text, use));

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const shown = process.argv.includes('--held-out') ? ['train', 'dev', 'test'] : ['train', 'dev'];
for (const name of shown) {
  const s = splits[name];
  if (!s) continue;
  console.log(
    `${name.padEnd(5)}  ${String(s.cases).padStart(5)} cases  exact ${pct(s.exactRate).padStart(6)}  ` +
      `non-requests ${s.nonRequests}, acted on ${s.falseActions}  asked ${s.asked}`,
  );
}
for (const name of shown) {
  const rows = confusion[name];
  if (!rows) continue;
  const off = [];
  for (const [want, row] of Object.entries(rows))
    for (const [got, n] of Object.entries(row)) if (got !== want) off.push([n, `${want} → ${got}`]);
  off.sort((a, b) => b[0] - a[0]);
  console.log(`\n${name}: intent confusions (label → parse)`);
  console.log(
    off.length === 0 ? '  none' : off.map(([n, what]) => `  ${String(n).padStart(3)}  ${what}`).join('\n'),
  );
}
if (errorSplit !== null) {
  console.log(`\n${errorSplit}: cases not exactly right`);
  for (const r of results) {
    if (r.case.split !== errorSplit || r.exact) continue;
    console.log(
      `  ${r.case.source}  ${JSON.stringify(r.case.text)}\n      ${r.wrong.join('; ')}  (${r.parse.reason})`,
    );
  }
}

if (process.argv.includes('--calibration')) {
  // For every train/dev text read as an action with every other check passed (instruction form, rules
  // and classifier agree, no chit-chat share), how often the action is right, by the classifier's
  // share: SURE_ACTION (parse-request.ts) is chosen from this table. The test split is not read.
  const edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];
  for (const split of ['train', 'dev']) {
    const rows = edges
      .slice(0, -1)
      .map((lo, i) => ({ lo, hi: edges[i + 1], n: 0, right: 0, wrong: 0, non: 0 }));
    const failed = { n: 0, right: 0, non: 0 };
    for (const c of cases) {
      if (c.split !== split) continue;
      parseRequestWith(c.text, use);
      const d = parser.lastDecision;
      if (d === null || !ACTING_INTENTS.has(d.intent)) continue;
      const right = d.intent === c.intent;
      const non = c.intent === 'help' || c.intent === 'unknown';
      const row = d.evidence ? rows.find((r) => d.score >= r.lo && d.score < r.hi) : failed;
      row.n++;
      if (right) row.right++;
      else if (non) row.non++;
      else if (row !== failed) row.wrong++;
    }
    console.log(
      `\ncalibration (${split}): acting readings with every other check passed, by classifier share`,
    );
    console.log('  share       n  right  other action  non-request  precision');
    for (const r of rows) {
      if (r.n === 0) continue;
      console.log(
        `  ${r.lo.toFixed(2)}–${Math.min(r.hi, 1).toFixed(2)}  ${String(r.n).padStart(4)}  ${String(r.right).padStart(5)}  ` +
          `${String(r.wrong).padStart(12)}  ${String(r.non).padStart(11)}  ${pct(r.right / r.n).padStart(9)}`,
      );
    }
    console.log(
      `  another check failed (always asked): ${failed.n}, ${failed.right} right, ${failed.non} non-requests`,
    );
  }
}
