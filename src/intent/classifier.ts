/**
 * The intent classifier: a multinomial logistic regression (softmax) trained with L2 regularisation
 * on the train split of the corpus (scripts/intent-training.mjs; scripts/train-intent-model.mjs writes
 * intent-model.json, which ships in the package; no download, no training at run time). Its scores are
 * probabilities, calibrated on dev: the parser's thresholds (parse-request.ts) are probabilities too.
 * It loads with the parser, which the app loads after its first acknowledgement. Deterministic.
 *
 * The forward pass (per intent: bias plus the weights of the features present, then softmax) is done
 * over a feature index built once, without building the feature strings (classifyPrepared), because
 * the parser must stay above 10,000 parses/s.
 */
import type { IntentName } from '../core/request.js';
import { stemOf } from './features.js';
import { LEXICON } from './lexicon.js';
import shipped from './intent-model.json' with { type: 'json' };

/** A trained model, as scripts/intent-training.mjs writes it. */
export interface IntentModel {
  intents: string[];
  features: string[];
  bias: number[];
  weights: number[][];
}

let model: IntentModel = shipped;

export interface Scored {
  intent: IntentName;
  /** The model's probability of the intent, 0..1. */
  score: number;
}

let index: Map<string, number> | undefined;

/**
 * Scores with another model from now on (`undefined`: the shipped one again). For measuring only
 * (scripts/leave-one-author-out.mjs trains on all authors but one and parses that one's texts).
 */
export function useIntentModel(other: IntentModel | undefined): void {
  model = other ?? shipped;
  index = undefined;
  textIndex = undefined;
  UNKNOWN_STEMS.clear();
  INTENTS = model.intents.length;
  FEATURES = model.features.length;
  BY_FEATURE = other === undefined ? SHIPPED_BY_FEATURE : byFeature();
  SUMS = new Float64Array(INTENTS);
  BIAS_ROW = FEATURES * INTENTS;
  INTENT_NAMES = model.intents as IntentName[];
}

function featureIndex(): Map<string, number> {
  index ??= new Map(model.features.map((f, i) => [f, i]));
  return index;
}

/** Every intent, most likely first, with probabilities that sum to 1. */
export function classify(features: Iterable<string>): Scored[] {
  const lookup = featureIndex();
  const present = new Set<number>();
  for (const f of features) {
    const i = lookup.get(f);
    if (i !== undefined) present.add(i);
  }
  const rows = [...present].map((i) => i * INTENTS);
  return scoreOf(BY_FEATURE, rows, rows.length);
}

/**
 * The weights, feature by feature: row i holds the weight of feature i for each intent, and the
 * last row the biases. A text has a few dozen features among thousands, so its rows are a few
 * dozen short runs of memory instead of a scattered read per feature and intent.
 */
let INTENTS = model.intents.length;
let FEATURES = model.features.length;
function byFeature(): Float64Array {
  const out = new Float64Array((FEATURES + 1) * INTENTS);
  model.weights.forEach((w, i) => {
    for (let k = 0; k < INTENTS; k++) out[i * INTENTS + k] = w[k] ?? 0;
  });
  for (let k = 0; k < INTENTS; k++) out[FEATURES * INTENTS + k] = model.bias[k] ?? 0;
  return out;
}
const SHIPPED_BY_FEATURE = byFeature();
let BY_FEATURE = SHIPPED_BY_FEATURE;
// The shipped weights live on only in SHIPPED_BY_FEATURE: the parsed JSON's 33,000 arrays of twelve numbers (about
// 5 MB of heap, held by the JSON module for as long as the process runs) are let go.
shipped.weights = [];
/** The sums of one text, reused (the parser is synchronous). */
let SUMS = new Float64Array(INTENTS);

let BIAS_ROW = FEATURES * INTENTS;
let INTENT_NAMES = model.intents as IntentName[];

/** Scores of the features whose weights start at `rows[0..count)` of `weights`. */
function scoreOf(weights: Float64Array, rows: ArrayLike<number>, count: number): Scored[] {
  // The bias first, then the features in the order found (the same additions as in training).
  const sums = SUMS;
  for (let k = 0; k < INTENTS; k++) sums[k] = BY_FEATURE[BIAS_ROW + k] as number;
  for (let p = 0; p < count; p++) {
    const row = rows[p] as number;
    for (let k = 0; k < INTENTS; k++) sums[k] = (sums[k] as number) + (weights[row + k] as number);
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < INTENTS; k++) max = Math.max(max, sums[k] as number);
  const out: Scored[] = [];
  let total = 0;
  for (let k = 0; k < INTENTS; k++) {
    const v = Math.exp((sums[k] as number) - max);
    out.push({ intent: INTENT_NAMES[k] as IntentName, score: v });
    total += v;
  }
  // Most likely first; equal scores keep the model's order (as a stable sort would).
  for (let k = 0; k < INTENTS; k++) {
    const s = out[k] as Scored;
    s.score /= total;
    let j = k;
    for (; j > 0 && (out[j - 1] as Scored).score < s.score; j--) out[j] = out[j - 1] as Scored;
    out[j] = s;
  }
  return out;
}

/**
 * The words the model or the lexicon knows, in an open-addressing table over their characters, so that
 * a text's words are found without cutting them out of the text ("^" stands before the first word).
 * A slot holds a whole record (WORD_STRIDE numbers: see the W_ offsets), so a word costs one read of
 * memory, and its characters one more.
 */
interface TextIndex {
  /** Every known word's characters, one after another. */
  chars: Uint16Array;
  words: Int32Array;
  /** Word pairs ("^+token", "for+marketing"): records of PAIR_STRIDE (first id, second id, feature). */
  pairs: Int32Array;
  /** Single features that are not words ("#short", "rule=token", "~stem"). */
  singleByName: Map<string, number>;
  /**
   * Per feature: the stamp of the last text it was found in (features are present or not), and where
   * its weights start in `packed` (-1: not copied yet).
   */
  state: Int32Array;
  generation: number;
  /**
   * The weights of the features met so far, copied in the order first met: the rows of frequent
   * features end up close together, instead of a scattered read per feature among thousands.
   */
  packed: Float64Array;
  packedEnd: number;
  /** Where the weights of the features found in the text being scored start (reused). */
  present: Int32Array;
}
let textIndex: TextIndex | undefined;

const WORD_STRIDE = 8;
/** A slot's word: id + 1 (0: an empty slot). */
const W_ID = 0;
const W_HASH = 1;
const W_START = 2;
const W_LENGTH = 3;
const W_SINGLE = 4;
const W_TAG = 5;
const W_STEM = 6;
const PAIR_STRIDE = 4;

/** FNV-1a over a run of characters. */
function hashRun(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function pairSlot(a: number, b: number, mask: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) & mask;
}

function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

/** Each known word, with its features, in the order of first mention (its id). */
function knownWords(single: Map<string, number>, tags: Map<string, number>): Map<string, Word> {
  const words = new Map<string, Word>();
  const wordOf = (w: string): Word => {
    let found = words.get(w);
    if (found === undefined) {
      const tag = Object.hasOwn(LEXICON, w) ? LEXICON[w] : undefined;
      const stem = stemOf(w);
      found = {
        id: words.size,
        single: single.get(w) ?? -1,
        tag: (tag === undefined ? undefined : tags.get(tag)) ?? -1,
        stem: (stem === null ? undefined : single.get(`~${stem}`)) ?? -1,
      };
      words.set(w, found);
    }
    return found;
  };
  wordOf('^');
  for (const w of single.keys()) wordOf(w);
  for (const w of Object.keys(LEXICON)) wordOf(w);
  return words;
}

interface Word {
  id: number;
  single: number;
  tag: number;
  stem: number;
}

function buildTextIndex(): TextIndex {
  const single = new Map<string, number>();
  const tags = new Map<string, number>();
  const pairList: [string, string, number][] = [];
  model.features.forEach((f, i) => {
    const plus = f.indexOf('+');
    if (plus <= 0 || f.startsWith('#') || f.startsWith('rule=')) {
      single.set(f, i);
      if (f.startsWith('#')) tags.set(f.slice(1), i);
      return;
    }
    pairList.push([f.slice(0, plus), f.slice(plus + 1), i]);
  });
  // (The words of word pairs are known words too.)
  const words = knownWords(single, tags);
  for (const [first, second] of pairList)
    for (const w of [first, second])
      if (!words.has(w)) words.set(w, { id: words.size, single: -1, tag: -1, stem: stemFeature(w, single) });
  const ix: TextIndex = {
    chars: new Uint16Array([...words.keys()].reduce((a, w) => a + w.length, 0)),
    words: new Int32Array(tableSize(words.size) * WORD_STRIDE),
    pairs: new Int32Array(tableSize(pairList.length) * PAIR_STRIDE).fill(-1),
    singleByName: single,
    state: new Int32Array(model.features.length * 2),
    generation: 0,
    packed: new Float64Array(model.features.length * INTENTS),
    packedEnd: 0,
    present: new Int32Array(model.features.length + 8),
  };
  for (let f = 0; f < model.features.length; f++) ix.state[f * 2 + 1] = -1;
  let at = 0;
  const mask = ix.words.length / WORD_STRIDE - 1;
  for (const [w, word] of words) {
    for (let k = 0; k < w.length; k++) ix.chars[at + k] = w.charCodeAt(k);
    const hash = hashRun(w, 0, w.length);
    let slot = hash & mask;
    while (ix.words[slot * WORD_STRIDE + W_ID] !== 0) slot = (slot + 1) & mask;
    ix.words.set([word.id + 1, hash, at, w.length, word.single, word.tag, word.stem], slot * WORD_STRIDE);
    at += w.length;
  }
  const pairMask = ix.pairs.length / PAIR_STRIDE - 1;
  for (const [first, second, i] of pairList) {
    const a = (words.get(first) as Word).id;
    const b = (words.get(second) as Word).id;
    let slot = pairSlot(a, b, pairMask);
    const taken = (k: number): boolean =>
      ix.pairs[k * PAIR_STRIDE + 2] !== -1 &&
      !(ix.pairs[k * PAIR_STRIDE] === a && ix.pairs[k * PAIR_STRIDE + 1] === b);
    while (taken(slot)) slot = (slot + 1) & pairMask;
    // (A repeated pair keeps the last feature, as a map would.)
    ix.pairs.set([a, b, i], slot * PAIR_STRIDE);
  }
  return ix;
}

function stemFeature(w: string, single: Map<string, number>): number {
  const stem = stemOf(w);
  return (stem === null ? undefined : single.get(`~${stem}`)) ?? -1;
}

/** Where the record of the known word text[from, to) starts in `ix.words`, or -1. */
function wordAt(ix: TextIndex, text: string, from: number, to: number): number {
  const length = to - from;
  const table = ix.words;
  const hash = hashRun(text, from, to);
  const mask = table.length / WORD_STRIDE - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const r = slot * WORD_STRIDE;
    if (table[r + W_ID] === 0) return -1;
    if (table[r + W_HASH] !== hash || table[r + W_LENGTH] !== length) continue;
    const start = table[r + W_START] as number;
    let k = 0;
    while (k < length && ix.chars[start + k] === text.charCodeAt(from + k)) k++;
    if (k === length) return r;
  }
}

function pairFeatureOf(ix: TextIndex, a: number, b: number): number {
  const table = ix.pairs;
  const mask = table.length / PAIR_STRIDE - 1;
  for (let slot = pairSlot(a, b, mask); ; slot = (slot + 1) & mask) {
    const r = slot * PAIR_STRIDE;
    const f = table[r + 2] as number;
    if (f === -1) return -1;
    if (table[r] === a && table[r + 1] === b) return f;
  }
}

/** The stem feature of a word the model has not seen (per word, kept; cleared when full). */
const UNKNOWN_STEMS = new Map<string, number>();

function unknownStemFeature(ix: TextIndex, w: string): number {
  let f = UNKNOWN_STEMS.get(w);
  if (f === undefined) {
    f = stemFeature(w, ix.singleByName);
    if (UNKNOWN_STEMS.size >= 20_000) UNKNOWN_STEMS.clear();
    UNKNOWN_STEMS.set(w, f);
  }
  return f;
}

/** A character of a word as the features read them: a-z, 0-9, "_" and "'" ("?" is a word alone). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 39;
}

/** Adds a feature (≥ 0) once per text; returns the count of features found so far. */
function addFeature(ix: TextIndex, f: number, count: number): number {
  if (f < 0) return count;
  const state = ix.state;
  if (state[f * 2] === ix.generation) return count;
  state[f * 2] = ix.generation;
  let row = state[f * 2 + 1] as number;
  if (row < 0) {
    row = ix.packedEnd;
    ix.packed.set(BY_FEATURE.subarray(f * INTENTS, (f + 1) * INTENTS), row);
    ix.packedEnd += INTENTS;
    state[f * 2 + 1] = row;
  }
  ix.present[count] = row;
  return count + 1;
}

/**
 * The same scores as `classify(featuresOf(prepared) + extra)`, without building the feature strings:
 * the parser calls this on every message, so each word is looked up in place (the words as
 * `/[a-z0-9_']+|\?/g` finds them, less a final "'s"), and word pairs by number.
 */
export function classifyPrepared(prepared: string, extra: string[]): Scored[] {
  textIndex ??= buildTextIndex();
  const ix = textIndex;
  ix.generation++;
  let found = 0;
  let prev = 0;
  let words = 0;
  const n = prepared.length;
  let i = 0;
  while (i < n) {
    const c = prepared.charCodeAt(i);
    let end = i + 1;
    if (c !== 63) {
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      while (end < n && isWordChar(prepared.charCodeAt(end))) end++;
    }
    words++;
    // (A final "'s" is no part of the word: "growth's" is "growth", a lone "'s" no word.)
    const to =
      end - i >= 2 && prepared.charCodeAt(end - 1) === 115 && prepared.charCodeAt(end - 2) === 39
        ? end - 2
        : end;
    const from = i;
    i = end;
    if (to === from) continue;
    const r = wordAt(ix, prepared, from, to);
    if (r < 0) {
      // A word the model has not seen may share its stem with one it has ("rotating", "revokes").
      found = addFeature(ix, unknownStemFeature(ix, prepared.slice(from, to)), found);
      prev = -1;
      continue;
    }
    const table = ix.words;
    const id = (table[r + W_ID] as number) - 1;
    found = addFeature(ix, table[r + W_SINGLE] as number, found);
    found = addFeature(ix, table[r + W_TAG] as number, found);
    found = addFeature(ix, table[r + W_STEM] as number, found);
    if (prev >= 0) found = addFeature(ix, pairFeatureOf(ix, prev, id), found);
    prev = id;
  }
  if (words <= 3) found = addFeature(ix, ix.singleByName.get('#short') ?? -1, found);
  for (const f of extra) found = addFeature(ix, ix.singleByName.get(f) ?? -1, found);
  return scoreOf(ix.packed, ix.present, found);
}
