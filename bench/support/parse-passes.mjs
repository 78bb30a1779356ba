// Parses every n-th corpus text with one build, a number of passes, and nothing else: a process to count
// instructions in, where timing is noise (a loaded machine, no hardware counters in the VM). Round nineteen:
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
//     node --single-threaded bench/support/parse-passes.mjs <root> <passes> <every>
// for base and branch with the same passes and every; the "I refs" line is the count. Loading and the cold
// first pass are in both: their share is the count of a run with passes 1 (about 9 G for every 16th text).
// Usage: node bench/support/parse-passes.mjs <root> [passes=1] [every=4]
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('../../', import.meta.url));
const [root = here, passes = '1', every = '4'] = process.argv.slice(2);
const { loadCorpus } = await import(pathToFileURL(`${here}test/intent/data/evaluate.mjs`).href);
const texts = loadCorpus()
  .map((c) => c.text)
  .filter((_, i) => i % Number(every) === 0);
const { parseRequest } = await import(
  pathToFileURL(`${root.replace(/\/$/, '')}/dist/intent/parse-request.js`).href
);
for (let k = 0; k < Number(passes); k++) for (const t of texts) parseRequest(t);
