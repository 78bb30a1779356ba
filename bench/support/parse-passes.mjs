// Parses every n-th corpus text with one build, a number of passes, and nothing else: a process to count
// instructions in, where timing is noise (a loaded machine, no hardware counters in the VM). Round nineteen:
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
//     node --single-threaded bench/support/parse-passes.mjs <root> <passes> <every>
// for base and branch with the same passes and every; the "I refs" line is the count. Loading and the cold
// first pass are in both: their share is the count of a run with passes 1 (about 9 G for every 16th text).
// Usage: node bench/support/parse-passes.mjs <root> [passes=1] [every=4] [wide]
// With a fourth argument `wide` (round forty), only the texts (of every n-th) with a character past Latin-1
// (emoji, "’", Polish, Cyrillic …): round thirty-nine found them 8.4% of the texts and 18.5% of the time.
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('../../', import.meta.url));
const [root = here, passes = '1', every = '4', only = ''] = process.argv.slice(2);
if (only !== '' && only !== 'wide') throw new Error(`unknown selection: ${only} (only 'wide')`);
const { loadCorpus } = await import(pathToFileURL(`${here}test/intent/data/evaluate.mjs`).href);
const texts = loadCorpus()
  .map((c) => c.text)
  .filter((_, i) => i % Number(every) === 0)
  .filter((t) => only !== 'wide' || /[\u0100-\uffff]/.test(t));
const { parseRequest } = await import(
  pathToFileURL(`${root.replace(/\/$/, '')}/dist/intent/parse-request.js`).href
);
for (let k = 0; k < Number(passes); k++) for (const t of texts) parseRequest(t);
