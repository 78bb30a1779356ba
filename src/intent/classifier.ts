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
  return scoreOf([...present]);
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

function scoreOf(present: number[]): Scored[] {
  // The bias first, then the features in the order found (the same additions as in training).
  const sums = SUMS;
  for (let k = 0; k < INTENTS; k++) sums[k] = BY_FEATURE[BIAS_ROW + k] as number;
  for (const i of present) {
    const row = i * INTENTS;
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

/** What the classifier knows of one word: its own feature, its lexicon tag's, and its number. */
interface Word {
  /** Index in the word-pair rows. */
  id: number;
  single: number | undefined;
  tag: number | undefined;
  stem: number | undefined;
}

interface TextIndex {
  /** Every word the model or the lexicon knows ("^" stands before the first word). */
  words: Map<string, Word>;
  /** Single features that are not words ("#short", "rule=token"). */
  single: Map<string, number>;
  /** Word pairs ("^+token", "for+marketing"): by the first word's id, then the second's. */
  pairs: (Map<number, number> | undefined)[];
  /** Stamps to count each feature once per text (features are present or not). */
  stamp: Int32Array;
  generation: number;
}
let textIndex: TextIndex | undefined;

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
  const words = new Map<string, Word>();
  const wordOf = (w: string): Word => {
    let found = words.get(w);
    if (found === undefined) {
      const tag = Object.hasOwn(LEXICON, w) ? LEXICON[w] : undefined;
      const stem = stemOf(w);
      found = {
        id: words.size,
        single: single.get(w),
        tag: tag === undefined ? undefined : tags.get(tag),
        stem: stem === null ? undefined : single.get(`~${stem}`),
      };
      words.set(w, found);
    }
    return found;
  };
  wordOf('^');
  for (const w of single.keys()) wordOf(w);
  for (const w of Object.keys(LEXICON)) wordOf(w);
  const pairs: (Map<number, number> | undefined)[] = [];
  for (const [first, second, i] of pairList) {
    const a = wordOf(first).id;
    const b = wordOf(second).id;
    const row = pairs[a] ?? new Map<number, number>();
    row.set(b, i);
    pairs[a] = row;
  }
  return { words, single, pairs, stamp: new Int32Array(model.features.length), generation: 0 };
}

const WORD = /[a-z0-9_']+|\?/g;

/**
 * The same scores as `classify(featuresOf(prepared) + extra)`, without building the feature strings:
 * the parser calls this on every message, so each word is looked up once, and word pairs by number.
 */
export function classifyPrepared(prepared: string, extra: string[]): Scored[] {
  textIndex ??= buildTextIndex();
  const ix = textIndex;
  ix.generation++;
  const present: number[] = [];
  const add = (i: number | undefined): void => {
    if (i === undefined || ix.stamp[i] === ix.generation) return;
    ix.stamp[i] = ix.generation;
    present.push(i);
  };
  let prev = 0;
  let count = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(prepared); m !== null; m = WORD.exec(prepared)) {
    const raw = m[0];
    const w = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
    count++;
    if (w === '') continue;
    const word = ix.words.get(w);
    if (word === undefined) {
      // A word the model has not seen may share its stem with one it has ("rotating", "revokes").
      const stem = stemOf(w);
      if (stem !== null) add(ix.single.get(`~${stem}`));
      prev = -1;
      continue;
    }
    add(word.single);
    add(word.tag);
    add(word.stem);
    if (prev >= 0) add(ix.pairs[prev]?.get(word.id));
    prev = word.id;
  }
  if (count <= 3) add(ix.single.get('#short'));
  for (const f of extra) add(ix.single.get(f));
  return scoreOf(present);
}
