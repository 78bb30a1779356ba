// Dumps the parser's full result for every text of every test/intent/data/*.jsonl file (corpus, tuned-*,
// unseen-*), one JSON line per text, read with `parseRequestAs(text, 'both')` of one build: the zero-difference
// check for speed work (round thirty-one). Dump the base build and the changed one and compare with `cmp`; every
// field of every result (intent, slots, confidence, alternatives, question, topic, reason …) is in the dump. Only
// the results are written, never the texts. (parse-compare.mjs compares two builds in one process; this keeps a
// base dump on disk, so a change is checked without rebuilding the base.)
// Usage: node bench/support/parse-dump.mjs <root> <out>
//   <root>: a folder with dist/ (a worktree); <out>: the file written.
import process from 'node:process';
import console from 'node:console';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('../../', import.meta.url));
const [root, out] = process.argv.slice(2);
if (root === undefined || out === undefined) {
  console.error('usage: node bench/support/parse-dump.mjs <root> <out>');
  process.exit(2);
}
const dataDir = `${here}test/intent/data/`;
const { parseRequestAs } = await import(
  pathToFileURL(`${root.replace(/\/$/, '')}/dist/intent/parse-request.js`).href
);
const lines = [];
let files = 0;
for (const file of readdirSync(dataDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  files += 1;
  for (const line of readFileSync(`${dataDir}${file}`, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { text } = JSON.parse(line);
    lines.push(JSON.stringify(parseRequestAs(text, 'both')));
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`files ${files}, texts ${lines.length}`);
