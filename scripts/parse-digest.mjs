#!/usr/bin/env node
// parse-digest.mjs <out-file>: every text of test/intent/data/*.jsonl (files in name order, lines in file
// order) parsed by the built parser (dist/) with each reader: one JSON line per text,
// [parseRequest(text), parseRequestAs(text, 'rules'), parseRequestAs(text, 'both')], then the sha256 of
// those lines. A change meant to be a speed-up only must leave this file byte-identical (`cmp`).
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { readCases } from '../test/intent/data/evaluate.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: node scripts/parse-digest.mjs <out-file>\n');
  process.exit(2);
}
const { parseRequest, parseRequestAs } = await import(
  pathToFileURL(`${root}dist/intent/parse-request.js`).href
);
const dataDir = `${root}test/intent/data/`;
const files = readdirSync(dataDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
const lines = [];
for (const file of files)
  for (const c of readCases(file))
    lines.push(
      JSON.stringify([parseRequest(c.text), parseRequestAs(c.text, 'rules'), parseRequestAs(c.text, 'both')]),
    );
const body = `${lines.join('\n')}\n`;
const sha = createHash('sha256').update(body).digest('hex');
writeFileSync(out, `${body}sha256 ${sha}\n`);
process.stdout.write(`${lines.length} texts from ${files.length} files, sha256 ${sha}\n`);
