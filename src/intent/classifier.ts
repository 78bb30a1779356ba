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
  BY_FEATURE = byFeature();
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
  const list = [...present];
  return scoreOf(list, list.length);
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
let BY_FEATURE = byFeature();
/** The sums of one text, reused (the parser is synchronous). */
let SUMS = new Float64Array(INTENTS);

let BIAS_ROW = FEATURES * INTENTS;
let INTENT_NAMES = model.intents as IntentName[];

function scoreOf(present: ArrayLike<number>, count: number): Scored[] {
  // The bias first, then the features in the order found (the same additions as in training).
  const sums = SUMS;
  for (let k = 0; k < INTENTS; k++) sums[k] = BY_FEATURE[BIAS_ROW + k] as number;
  for (let p = 0; p < count; p++) {
    const row = (present[p] as number) * INTENTS;
    for (let k = 0; k < INTENTS; k++) sums[k] = (sums[k] as number) + (BY_FEATURE[row + k] as number);
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
 * Per word id: its own feature, its lexicon tag's, its stem's (-1: none).
 */
interface TextIndex {
  /** Every known word's characters, one after another. */
  chars: Uint16Array;
  wordStart: Int32Array;
  wordLength: Int32Array;
  /** Hash slots: word id + 1, or 0 when empty. */
  slots: Int32Array;
  single: Int32Array;
  tag: Int32Array;
  stem: Int32Array;
  /** Word pairs ("^+token", "for+marketing"): an open-addressing table keyed by both words' ids. */
  pairFirst: Int32Array;
  pairSecond: Int32Array;
  pairFeature: Int32Array;
  /** Single features that are not words ("#short", "rule=token", "~stem"). */
  singleByName: Map<string, number>;
  /** Stamps to count each feature once per text (features are present or not). */
  stamp: Int32Array;
  generation: number;
  /** The features found in the text being scored (reused: the parser is synchronous). */
  present: Int32Array;
}
let textIndex: TextIndex | undefined;

/** FNV-1a over a run of characters. */
function hashRun(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
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
  const n = words.size;
  const ix: TextIndex = {
    chars: new Uint16Array([...words.keys()].reduce((a, w) => a + w.length, 0)),
    wordStart: new Int32Array(n),
    wordLength: new Int32Array(n),
    slots: new Int32Array(tableSize(n)),
    single: new Int32Array(n),
    tag: new Int32Array(n),
    stem: new Int32Array(n),
    pairFirst: new Int32Array(tableSize(pairList.length)),
    pairSecond: new Int32Array(tableSize(pairList.length)),
    pairFeature: new Int32Array(tableSize(pairList.length)).fill(-1),
    singleByName: single,
    stamp: new Int32Array(model.features.length),
    generation: 0,
    present: new Int32Array(model.features.length + 8),
  };
  let at = 0;
  const mask = ix.slots.length - 1;
  for (const [w, word] of words) {
    for (let k = 0; k < w.length; k++) ix.chars[at + k] = w.charCodeAt(k);
    ix.wordStart[word.id] = at;
    ix.wordLength[word.id] = w.length;
    at += w.length;
    ix.single[word.id] = word.single;
    ix.tag[word.id] = word.tag;
    ix.stem[word.id] = word.stem;
    let slot = hashRun(w, 0, w.length) & mask;
    while (ix.slots[slot] !== 0) slot = (slot + 1) & mask;
    ix.slots[slot] = word.id + 1;
  }
  const pairMask = ix.pairFeature.length - 1;
  for (const [first, second, i] of pairList) {
    const a = (words.get(first) as Word).id;
    const b = (words.get(second) as Word).id;
    let slot = pairSlot(a, b, pairMask);
    while (ix.pairFeature[slot] !== -1 && !(ix.pairFirst[slot] === a && ix.pairSecond[slot] === b))
      slot = (slot + 1) & pairMask;
    // (A repeated pair keeps the last feature, as a map would.)
    ix.pairFirst[slot] = a;
    ix.pairSecond[slot] = b;
    ix.pairFeature[slot] = i;
  }
  return ix;
}

function stemFeature(w: string, single: Map<string, number>): number {
  const stem = stemOf(w);
  return (stem === null ? undefined : single.get(`~${stem}`)) ?? -1;
}

/** The id of the known word text[from, to), or -1. */
function wordIdOf(ix: TextIndex, text: string, from: number, to: number): number {
  const length = to - from;
  const mask = ix.slots.length - 1;
  for (let slot = hashRun(text, from, to) & mask; ; slot = (slot + 1) & mask) {
    const entry = ix.slots[slot] as number;
    if (entry === 0) return -1;
    const id = entry - 1;
    if (ix.wordLength[id] !== length) continue;
    const start = ix.wordStart[id] as number;
    let k = 0;
    while (k < length && ix.chars[start + k] === text.charCodeAt(from + k)) k++;
    if (k === length) return id;
  }
}

function pairFeatureOf(ix: TextIndex, a: number, b: number): number {
  const mask = ix.pairFeature.length - 1;
  for (let slot = pairSlot(a, b, mask); ; slot = (slot + 1) & mask) {
    const f = ix.pairFeature[slot] as number;
    if (f === -1) return -1;
    if (ix.pairFirst[slot] === a && ix.pairSecond[slot] === b) return f;
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
  if (f < 0 || ix.stamp[f] === ix.generation) return count;
  ix.stamp[f] = ix.generation;
  ix.present[count] = f;
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
    const id = wordIdOf(ix, prepared, from, to);
    if (id < 0) {
      // A word the model has not seen may share its stem with one it has ("rotating", "revokes").
      found = addFeature(ix, unknownStemFeature(ix, prepared.slice(from, to)), found);
      prev = -1;
      continue;
    }
    found = addFeature(ix, ix.single[id] as number, found);
    found = addFeature(ix, ix.tag[id] as number, found);
    found = addFeature(ix, ix.stem[id] as number, found);
    if (prev >= 0) found = addFeature(ix, pairFeatureOf(ix, prev, id), found);
    prev = id;
  }
  if (words <= 3) found = addFeature(ix, ix.singleByName.get('#short') ?? -1, found);
  for (const f of extra) found = addFeature(ix, ix.singleByName.get(f) ?? -1, found);
  return scoreOf(ix.present, found);
}
