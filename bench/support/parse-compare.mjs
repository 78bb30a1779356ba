// Zero-difference check for speed work: parses every corpus text and every text of the tuned files
// (test/intent/data/tuned-*.jsonl, the style files included), and its upper-cased and lower-cased
// forms, with two builds of the parser and compares the results as JSON (each text parsed twice by the
// new build, so that a cache that changes a later answer shows too).
// Usage: node bench/support/parse-compare.mjs <baseRoot> [newRoot] [k/n]
//   k/n: only every n-th text from the k-th, to run the check as n processes at once
//   a root is a folder with dist/ (and node_modules/ beside it, e.g. a symlink), e.g. a copy of dist
//   made before the change: mkdir /tmp/base && cp -r dist /tmp/base/ && ln -s "$PWD/node_modules" /tmp/base/
import process from 'node:process';
import console from 'node:console';
import { readdirSync } from 'node:fs';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [baseRoot, newRootArg, shardArg = '0/1'] = process.argv.slice(2);
const newRoot = newRootArg ?? root;
// [k/n]: only every n-th text from the k-th (to run the check in n processes at once).
const [shard, shards] = shardArg.split('/').map(Number);
if (baseRoot === undefined) {
  console.error('usage: node bench/support/parse-compare.mjs <baseRoot> [newRoot]');
  process.exit(2);
}
const load = async (r) =>
  (await import(pathToFileURL(`${r.replace(/\/$/, '')}/dist/intent/parse-request.js`).href)).parseRequest;
const { loadCorpus, readCases } = await import(pathToFileURL(`${root}test/intent/data/evaluate.mjs`).href);
// The corpus, then the tuned files (tuned-*.jsonl, the style files among them: not in the corpus's list).
const tuned = readdirSync(fileURLToPath(new URL('../../test/intent/data/', import.meta.url)))
  .filter((f) => /^tuned-.*\.jsonl$/.test(f))
  .sort()
  .flatMap((f) => readCases(f));
const texts = [...new Set([...loadCorpus(), ...tuned].map((c) => c.text))]
  .flatMap((t) => [t, t.toUpperCase(), t.toLowerCase()])
  .filter((_, i) => i % shards === shard);
const before = await load(baseRoot);
const after = await load(newRoot);
let diffs = 0;
for (const t of texts) {
  const a = JSON.stringify(before(t));
  const b = JSON.stringify(after(t));
  const again = JSON.stringify(after(t));
  if (a === b && b === again) continue;
  diffs += 1;
  if (diffs <= 10)
    console.log(
      JSON.stringify(t),
      `\n  base ${a}\n  new  ${b}${b === again ? '' : `\n  new, again ${again}`}`,
    );
}
console.log(`texts ${texts.length}, differences ${diffs}`);
process.exitCode = diffs === 0 ? 0 : 1;
