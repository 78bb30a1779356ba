// The labelled corpus of requests and non-requests, its train/dev/test split, and how a parse is scored
// against a label. Plain ESM so that both the vitest suite (on src/) and scripts/evaluate-parser.mjs
// (on the built dist/) use the same rule. See README.md in this folder for the conventions.
import { readFileSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('./', import.meta.url));

/** The corpus files, in a fixed order. */
export const CORPUS_FILES = [
  'legacy.jsonl',
  'requests.jsonl',
  'negatives.jsonl',
  'authors-terse.jsonl',
  'authors-context.jsonl',
  'authors-roles.jsonl',
  'authors-mobile.jsonl',
  'authors-channel.jsonl',
  'authors-enterprise.jsonl',
  'authors-threads.jsonl',
  'authors-global.jsonl',
  'authors-startup.jsonl',
  'authors-oncall.jsonl',
  'authors-managers.jsonl',
  'authors-datasci.jsonl',
  'authors-security.jsonl',
  'authors-lookalikes.jsonl',
  'authors-newcomers.jsonl',
  'authors-support.jsonl',
  'authors-platform.jsonl',
  'authors-polyglot.jsonl',
  'authors-sales.jsonl',
  'authors-incident.jsonl',
  'authors-mixed.jsonl',
  'authors-helpdesk.jsonl',
  'authors-pasted.jsonl',
  'authors-interns.jsonl',
  'authors-finops.jsonl',
  'authors-dictated.jsonl',
  'authors-email.jsonl',
  'authors-casual.jsonl',
  'authors-nontech.jsonl',
  'authors-company.jsonl',
  'authors-nonnative.jsonl',
  'authors-buried.jsonl',
  'authors-replies.jsonl',
  'authors-hurried.jsonl',
  'authors-threadmix.jsonl',
  'authors-crossteam.jsonl',
  'authors-leads.jsonl',
  'authors-mlops.jsonl',
  'authors-stewards.jsonl',
  'authors-banter.jsonl',
  'authors-apac.jsonl',
  'authors-qa.jsonl',
  'authors-followups.jsonl',
  'authors-contractors.jsonl',
];

/** Intents that do something (issue credentials or change IAM); a non-request must never get one. */
export const ACTING_INTENTS = new Set(['token', 'create_key', 'rotate', 'revoke', 'deprovision']);
/** Intents that answer without doing anything to AWS. */
export const NON_REQUEST_INTENTS = new Set(['help', 'unknown']);

/** Slots scored on every case: a slot the label does not state must come back empty. */
export const SLOTS = [
  'businessUnit',
  'owner',
  'ttlSeconds',
  'region',
  'keyKind',
  'expiryDays',
  'keyId',
  'all',
  'provider',
  'period',
];

/**
 * The split rule: FNV-1a (32-bit) of the text with case and spacing folded, bucketed into 100.
 * 0–69 train, 70–84 dev, 85–99 test. Stable across machines and across additions to the corpus:
 * a case never changes split when other cases are added. Never tune the parser on `test`.
 */
export function splitOf(text) {
  const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const bucket = h % 100;
  if (bucket < 70) return 'train';
  if (bucket < 85) return 'dev';
  return 'test';
}

/** Reads one corpus file; a missing file is an empty list (the corpus grows file by file). */
export function readCases(file) {
  let raw;
  try {
    raw = readFileSync(`${here}${file}`, 'utf8');
  } catch {
    return [];
  }
  const cases = [];
  for (const [n, line] of raw.split('\n').entries()) {
    if (line.trim() === '') continue;
    let label;
    try {
      label = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${n + 1}: not JSON: ${line.slice(0, 80)}`);
    }
    if (typeof label.text !== 'string' || typeof label.intent !== 'string')
      throw new Error(`${file}:${n + 1}: needs "text" and "intent"`);
    cases.push({ ...label, source: `${file}:${n + 1}`, negative: file === 'negatives.jsonl' });
  }
  return cases;
}

/** Every case, each once (a text labelled twice keeps its first label), with its split. */
export function loadCorpus() {
  const seen = new Set();
  const out = [];
  for (const file of CORPUS_FILES) {
    for (const c of readCases(file)) {
      const key = c.text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...c, split: splitOf(c.text) });
    }
  }
  return out;
}

function expectedSlot(label, slot) {
  if (slot in label) return label[slot];
  return slot === 'all' ? false : null;
}

/** Would the engine act on this parse (an acting intent, no question, no problem)? */
export function acts(parse) {
  return (
    ACTING_INTENTS.has(parse.intent) &&
    parse.question === undefined &&
    (parse.problems === undefined || parse.problems.length === 0)
  );
}

/**
 * Compares a parse with a label. Exact means: the intent, every slot (a slot the label does not state
 * must be empty), the help topic when the label names one, and the set of invalid slots.
 */
export function score(label, parse) {
  const wrong = [];
  if (parse.intent !== label.intent) wrong.push(`intent ${parse.intent} ≠ ${label.intent}`);
  for (const slot of SLOTS) {
    const want = expectedSlot(label, slot);
    const got = parse[slot];
    if (JSON.stringify(got) !== JSON.stringify(want))
      wrong.push(`${slot} ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  if (label.topic !== undefined && parse.topic !== label.topic)
    wrong.push(`topic ${parse.topic} ≠ ${label.topic}`);
  const invalid = [...(label.invalid ?? [])].sort().join(',');
  const flagged = [...new Set((parse.problems ?? []).map((p) => p.slot))].sort().join(',');
  if (invalid !== flagged) wrong.push(`invalid [${flagged}] ≠ [${invalid}]`);
  const isNonRequest = NON_REQUEST_INTENTS.has(label.intent) && (label.invalid ?? []).length === 0;
  return {
    exact: wrong.length === 0,
    wrong,
    falseAction: isNonRequest && acts(parse),
    asked: parse.question !== undefined,
  };
}

/** Scores every case with `parse`; figures per split, and a confusion table of intents. */
export function evaluate(cases, parse) {
  const splits = {};
  const confusion = {};
  const results = [];
  for (const c of cases) {
    const got = parse(c.text);
    const r = score(c, got);
    results.push({ case: c, parse: got, ...r });
    const s = (splits[c.split] ??= { cases: 0, exact: 0, nonRequests: 0, falseActions: 0, asked: 0 });
    s.cases++;
    if (r.exact) s.exact++;
    if (r.asked) s.asked++;
    if (NON_REQUEST_INTENTS.has(c.intent)) s.nonRequests++;
    if (r.falseAction) s.falseActions++;
    const row = (confusion[c.split] ??= {});
    const cell = (row[c.intent] ??= {});
    cell[got.intent] = (cell[got.intent] ?? 0) + 1;
  }
  for (const s of Object.values(splits)) s.exactRate = s.cases === 0 ? 1 : s.exact / s.cases;
  return { splits, confusion, results };
}
