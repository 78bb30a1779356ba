/**
 * What the intent classifier sees of a text: the words of the prepared text (lowercase, Slack markup
 * decoded, typos corrected, values such as e-mails, Regions and durations replaced by placeholder
 * words), their stems, the parser's lexicon tags of those words, and word pairs. The same function builds the
 * training features (scripts/train-intent-model.mjs) and the features at run time.
 */
import stem from 'wink-porter2-stemmer';
import { LEXICON } from './lexicon.js';

export function featuresOf(prepared: string): Set<string> {
  const out = new Set<string>();
  const words = prepared.match(/[a-z0-9_']+|\?/g) ?? [];
  let prev = '^';
  for (const raw of words) {
    const w = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
    // A lone "'s" (after a placeholder: "xxperiod 's spend") is no word: it neither stands alone nor pairs.
    if (w === '') continue;
    out.add(w);
    // (Own words only: "constructor" is no tag.)
    const tag = Object.hasOwn(LEXICON, w) ? LEXICON[w] : undefined;
    if (tag !== undefined) out.add(`#${tag}`);
    const root = stemOf(w);
    if (root !== null) out.add(`~${root}`);
    out.add(`${prev}+${w}`);
    prev = w;
  }
  if (words.length <= 3) out.add('#short');
  return out;
}

/**
 * A word's stem (Porter's second algorithm, wink-porter2-stemmer), so that forms no training text used still
 * match ("rotates", "rotation" → "rotat"; "deprovisioned" → "deprovis"; "keys" → "key"). null for
 * words under 4 letters, with digits or apostrophes, and placeholders ("xxemail").
 */
export function stemOf(word: string): string | null {
  if (word.length < 4 || word.startsWith('xx')) return null;
  const known = STEMS.get(word);
  if (known !== undefined) return known;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return null;
  }
  // Stemming costs about a microsecond a word and most words recur, so stems are kept; the table is
  // emptied when full, so a stream of new words cannot grow it without bound.
  if (STEMS.size >= STEM_CACHE_SIZE) STEMS.clear();
  const root = stem(word);
  STEMS.set(word, root);
  return root;
}

const STEM_CACHE_SIZE = 20_000;
const STEMS = new Map<string, string>();
