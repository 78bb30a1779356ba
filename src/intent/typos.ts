/** Corrects small typos in keywords ("rotat", "tokn", "acess", "detials") against the lexicon. */
import { ENGLISH_NEAR_KEYWORDS } from './english-near-keywords.js';
import { FUNCTION_WORDS, GENERIC_NOUNS, LEXICON, TYPO_EXEMPT, TYPO_TARGETS } from './lexicon.js';

/** The rows of the distance table, reused (the parser is synchronous; grown when a word is longer). */
let rowBefore = new Int32Array(64);
let rowPrev = new Int32Array(64);
let rowCur = new Int32Array(64);

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rowCur.length) {
    rowBefore = new Int32Array(b.length + 1);
    rowPrev = new Int32Array(b.length + 1);
    rowCur = new Int32Array(b.length + 1);
  }
  let prev2 = rowBefore;
  let prev = rowPrev;
  let cur = rowCur;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length] as number;
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  const [x, y] = diff;
  return diff.length === 2 && x !== undefined && y === x + 1 && a[x] === b[y] && a[y] === b[x];
}

/** Per word, the answer once worked out (bounded; cleared when full). */
const cache = new Map<string, string>();
const CACHE_SIZE = 50_000;
/** Short words are only compared with targets of the same first letter. */
const TARGETS_BY_INITIAL = new Map<string, string[]>();
for (const target of TYPO_TARGETS) {
  const list = TARGETS_BY_INITIAL.get(target[0] ?? '') ?? [];
  list.push(target);
  TARGETS_BY_INITIAL.set(target[0] ?? '', list);
}

/** Tags a word in a business-unit position may be corrected to: words describing a use, not actions or objects. */
const UNIT_POSITION_TAGS = new Set(['Purpose', 'LongTerm', 'Self']);

/**
 * Corrects a word standing where a business-unit name goes ("key for lsit team"). A name is never
 * turned into a keyword: the word is only corrected towards a purpose or long-term word
 * ("for developement", "for prodution"), and not at all when a team noun follows it.
 */
export function correctUnitWord(word: string, beforeTeamNoun: boolean): string {
  if (beforeTeamNoun) return word;
  const fixed = correctWord(word);
  const tag = LEXICON[fixed];
  return fixed !== word && tag !== undefined && UNIT_POSITION_TAGS.has(tag) ? fixed : word;
}

/** Endings of inflected words (past, progressive, "written"): kept as written unless the keyword has them too. */
const INFLECTION = /(?:ed|ing|tten)$/;

/** A letter written three times or more: "tokennnn", "keyyy", "pleaseeee" (no English word has one). */
const DRAWN_OUT = /([a-z])\1\1/;

/**
 * A keyword drawn out for feeling ("TOKENNNN PLEASEEEE", "keyyy"): its run of one letter read once or
 * twice ("pleaseeee" → "please", "tokennnn" → "token", "keyyy" → "key"), then as a typo of a keyword.
 * undefined when neither is a keyword ("sooo" stays as written).
 */
function drawnOutKeyword(word: string): string | undefined {
  const once = word.replace(/([a-z])\1{2,}/g, '$1');
  if (Object.hasOwn(LEXICON, once)) return once;
  const twice = word.replace(/([a-z])\1{2,}/g, '$1$1');
  if (Object.hasOwn(LEXICON, twice)) return twice;
  const fixed = correctWord(twice);
  return fixed !== twice ? fixed : undefined;
}

/** Returns the keyword a word was probably meant to be, or the word itself. */
export function correctWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const drawnOut = DRAWN_OUT.test(word) && /^[a-z]+$/.test(word) ? drawnOutKeyword(word) : undefined;
  if (drawnOut !== undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(word, drawnOut);
    return drawnOut;
  }
  if (
    word.length < 4 ||
    !/^[a-z]+$/.test(word) ||
    word in LEXICON ||
    FUNCTION_WORDS.has(word) ||
    GENERIC_NOUNS.has(word) ||
    TYPO_EXEMPT.has(word) ||
    // A real English word is meant as written: "after it sends it" is no "spends", "politics desk" no
    // "policies desk" (english-near-keywords.ts: the words of a dictionary the search below would change).
    ENGLISH_NEAR_KEYWORDS.has(word)
  ) {
    // (Kept too: most words are seen again, and this answer is then one lookup.)
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(word, word);
    return word;
  }
  const best = nearestKeyword(word);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(word, best);
  return best;
}

/**
 * The keyword nearest to a word within a small distance, or the word itself (no cache, no list of
 * words kept as written: scripts/english-near-keywords.mjs asks it which dictionary words it would change).
 */
export function nearestKeyword(word: string): string {
  const max = word.length >= 7 ? 2 : 1;
  const inflected = INFLECTION.test(word);
  let best = word;
  let bestDistance = max + 1;
  for (const target of word.length < 7 ? (TARGETS_BY_INITIAL.get(word[0] ?? '') ?? []) : TYPO_TARGETS) {
    // Four-letter words are only completed ("tokn" → "token"), never substituted ("last" ↛ "list").
    // (or transposed: "lsit" → "list").
    if (word.length === 4 && target.length <= word.length && !isTransposition(word, target)) continue;
    if (target[0] !== word[0] && word.length < 7) continue;
    // An inflected word is a word as written: "deleted", "planning", "offboarded" keep their tense
    // (never "delete", "playing", "offboard"), which tells a story from an order.
    if (inflected && !isTransposition(word, target)) continue;
    // Two edits and another first letter make another word, not a slip of the keys: "depends" is
    // no "spends" (one edit may change the first letter: "otken").
    if (Math.abs(word.length - target.length) > max) continue;
    const d = editDistance(word, target, max);
    if (d === 2 && target[0] !== word[0]) continue;
    if (d < bestDistance) {
      best = target;
      bestDistance = d;
    }
  }
  return best;
}
