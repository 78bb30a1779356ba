/**
 * What the intent classifier sees of a text: the words of the prepared text (lowercase, Slack markup
 * decoded, typos corrected, values such as e-mails, Regions and durations replaced by placeholder
 * words), the parser's lexicon tags of those words, and word pairs. The same function builds the
 * training features (scripts/train-intent-model.mjs) and the features at run time.
 */
import { LEXICON } from './lexicon.js';

export function featuresOf(prepared: string): Set<string> {
  const out = new Set<string>();
  const words = prepared.match(/[a-z0-9_']+|\?/g) ?? [];
  let prev = '^';
  for (const raw of words) {
    const w = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
    out.add(w);
    const tag = LEXICON[w];
    if (tag !== undefined) out.add(`#${tag}`);
    out.add(`${prev}+${w}`);
    prev = w;
  }
  if (words.length <= 3) out.add('#short');
  return out;
}
