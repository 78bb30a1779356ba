// Parser throughput on one core: runs parseRequest over the test corpus for ~durationMs and
// prints one JSON line { parsesPerSec, texts, parses, ms, corpusSource }. Run as a child process.
import process from 'node:process';
import console from 'node:console';
import { existsSync, readFileSync } from 'node:fs';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('../../', import.meta.url));
const durationMs = Number(process.argv[2] ?? 2000);

/** Unescapes the body of a JS string literal (single, double or template without ${}). */
function unescape(body) {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e) => {
    if (e[0] === 'u') return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16));
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    return { n: '\n', t: '\t', r: '\r', 0: '\0' }[e] ?? e;
  });
}

/** The corpus texts: the labelled corpus in test/intent/data, else a JSON export, else corpus.ts. */
export function loadCorpus() {
  const data = `${root}test/intent/data/`;
  const files = ['legacy.jsonl', 'requests.jsonl', 'negatives.jsonl'].filter((f) =>
    existsSync(`${data}${f}`),
  );
  if (files.length > 0) {
    const texts = files.flatMap((f) =>
      readFileSync(`${data}${f}`, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l).text),
    );
    if (texts.length > 0) return { texts, source: `test/intent/data/*.jsonl (${files.length} files)` };
  }
  for (const rel of ['test/intent/corpus.json', 'test/intent/fixtures/corpus.json']) {
    const file = `${root}${rel}`;
    if (!existsSync(file)) continue;
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const list = Array.isArray(data) ? data : (data.cases ?? data.corpus ?? []);
    const texts = list.map((c) => (typeof c === 'string' ? c : c.text)).filter((t) => typeof t === 'string');
    if (texts.length > 0) return { texts, source: rel };
  }
  const ts = `${root}test/intent/corpus.ts`;
  if (existsSync(ts)) {
    const src = readFileSync(ts, 'utf8');
    const literal = String.raw`(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|\`((?:[^\`\\$]|\\.|\$(?!\{))*)\`)`;
    // Cases as tuples, [text, expected], or as objects with a text: field.
    for (const [re, how] of [
      [new RegExp(String.raw`^\s*\[\s*${literal}\s*,\s*\{`, 'gm'), '[text, expected] tuples'],
      [new RegExp(String.raw`\btext\s*:\s*${literal}`, 'g'), 'text: fields'],
    ]) {
      const texts = [...src.matchAll(re)].map((m) => unescape(m[1] ?? m[2] ?? m[3]));
      if (texts.length > 0) return { texts, source: `test/intent/corpus.ts (${how})` };
    }
  }
  return { texts: [], source: null };
}

async function main() {
  const parserFile = `${root}dist/intent/parse-request.js`;
  if (!existsSync(parserFile)) {
    console.log(JSON.stringify({ skipped: 'dist/intent/parse-request.js is not built' }));
    return;
  }
  const { texts, source } = loadCorpus();
  if (texts.length === 0) {
    console.log(JSON.stringify({ skipped: 'no corpus found under test/intent/' }));
    return;
  }
  const loadStart = performance.now();
  const { parseRequest } = await import(pathToFileURL(parserFile).href);
  const loadMs = performance.now() - loadStart;
  // Warm-up: one pass over the corpus (also the cost of the first, cold parses).
  const coldStart = performance.now();
  for (const t of texts) parseRequest(t);
  const firstPassMs = performance.now() - coldStart;
  let parses = 0;
  let sink = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let now = start;
  // Bounded: stops after durationMs (checked after every pass over the corpus).
  while (now - start < durationMs) {
    for (const t of texts) {
      const r = parseRequest(t);
      if (r) sink += 1;
      parses += 1;
    }
    now = performance.now();
  }
  const ms = now - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // parsesPerSec is per second of CPU time on one core (the parser is synchronous, one thread),
  // so other processes on a busy machine do not lower it; the wall-clock rate is kept beside it.
  console.log(
    JSON.stringify({
      parsesPerSec: (parses / cpuMs) * 1000,
      wallParsesPerSec: (parses / ms) * 1000,
      texts: texts.length,
      parses,
      ms,
      cpuMs,
      loadMs,
      firstPassMs,
      corpusSource: source,
      sink: sink > 0,
    }),
  );
}

await main();
