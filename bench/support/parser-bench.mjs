// Parser throughput on one core, as a long-running bot sees it and as a fresh process does.
// Usage (a child process, V8 --single-threaded): node --single-threaded parser-bench.mjs [timedMs] [botRoot]
// Prints one JSON line: the cold first pass, then the steady state after a warm-up, with its spread.
//
// Method (the way benchmark tools such as tinybench and mitata do it: warm-up, then timed samples):
// 1. load:   import of dist/intent/parse-request.js (CPU ms).
// 2. cold:   the first pass over the whole corpus in a fresh process (its first parse builds the lazy
//            tables and the classifier's index; V8 still interprets and compiles as it goes).
// 3. warm-up: one more pass, not timed. With --single-threaded TurboFan compiles on this thread, so
//            until the hot functions are optimised the figure mixes compile time with parse time; per
//            slice rates level off after about 1.2 passes (bench/RESULTS.md, "Parser, round nine").
// 4. timed:  samples of one tenth of the corpus each (every tenth text, so each sample has the mix of
//            the whole), cycled until timedMs of CPU and at least one full pass. The steady rate is all
//            timed parses over all timed CPU (occasional major GCs included); the per-sample rates give
//            the spread (median, p10–p90, min–max, and the 95% margin of error of their mean).
// Every rate is per second of this process's CPU time: other processes on a busy machine lower it
// less than a wall-clock rate would (they still share caches); the wall-clock rate is kept beside it.
import process from 'node:process';
import console from 'node:console';
import { existsSync } from 'node:fs';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('../../', import.meta.url));
const timedMs = Number(process.argv[2] ?? 6000);
const botRoot = process.argv[3] ? `${process.argv[3].replace(/\/$/, '')}/` : root;
const SLICES = 10;

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The whole labelled corpus (every file of test/intent/data, duplicates once), as the evaluator reads it. */
async function loadTexts() {
  const evaluator = `${root}test/intent/data/evaluate.mjs`;
  if (!existsSync(evaluator)) return [];
  const { loadCorpus } = await import(pathToFileURL(evaluator).href);
  return loadCorpus().map((c) => c.text);
}

function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** Spread of the per-sample rates: median, p10, p90, min, max, and the 95% margin of error of the mean. */
function spread(rates) {
  const sorted = [...rates].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(sorted.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1));
  return {
    samples: n,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    min: sorted[0],
    max: sorted[n - 1],
    // 1.96 standard errors, as a share of the mean (tinybench's "rme").
    rmePercent: ((1.96 * sd) / Math.sqrt(n) / mean) * 100,
  };
}

async function main() {
  const parserFile = `${botRoot}dist/intent/parse-request.js`;
  if (!existsSync(parserFile)) {
    console.log(JSON.stringify({ skipped: `${parserFile} is not built` }));
    return;
  }
  const texts = await loadTexts();
  if (texts.length === 0) {
    console.log(JSON.stringify({ skipped: 'no corpus found in test/intent/data' }));
    return;
  }
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const slices = Array.from({ length: SLICES }, (_, i) => texts.filter((_, j) => j % SLICES === i));
  let sink = 0;

  const loadStart = cpuNow();
  const { parseRequest } = await import(pathToFileURL(parserFile).href);
  const loadMs = cpuNow() - loadStart;

  // Cold: the first pass in a fresh process, the first parse on its own too.
  const coldStart = cpuNow();
  const coldWall = performance.now();
  if (parseRequest(texts[0])) sink += 1;
  const firstParseMs = cpuNow() - coldStart;
  for (let i = 1; i < texts.length; i++) if (parseRequest(texts[i])) sink += 1;
  const coldMs = cpuNow() - coldStart;
  const coldWallMs = performance.now() - coldWall;

  // Warm-up: one more pass, not timed.
  for (const t of texts) if (parseRequest(t)) sink += 1;

  // Timed samples.
  const rates = [];
  let parses = 0;
  let cpuMs = 0;
  const wallStart = performance.now();
  for (let i = 0; cpuMs < timedMs || i < SLICES; i++) {
    const slice = slices[i % SLICES];
    const start = cpuNow();
    for (const t of slice) if (parseRequest(t)) sink += 1;
    const ms = cpuNow() - start;
    cpuMs += ms;
    parses += slice.length;
    rates.push((slice.length / ms) * 1000);
  }
  const wallMs = performance.now() - wallStart;

  console.log(
    JSON.stringify({
      parsesPerSec: (parses / cpuMs) * 1000,
      steady: { parsesPerSec: (parses / cpuMs) * 1000, ...spread(rates), parses, cpuMs, wallMs },
      wallParsesPerSec: (parses / wallMs) * 1000,
      cold: {
        parsesPerSec: (texts.length / coldMs) * 1000,
        parses: texts.length,
        cpuMs: coldMs,
        wallMs: coldWallMs,
        firstParseMs,
        loadMs,
      },
      texts: texts.length,
      meanChars: chars / texts.length,
      corpusSource: 'test/intent/data/*.jsonl (the whole labelled corpus)',
      parserFile,
      node: process.version,
      sink: sink > 0,
    }),
  );
}

await main();
