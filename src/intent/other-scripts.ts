/**
 * A request written in a script the parser does not read word by word (Japanese and Chinese, Korean, Greek and
 * Arabic, Hebrew, Gurmukhi), read into the English words it is made of, when every word of it in that script is one of the script's
 * reader knows: the parser then reads it as terse English. Each reader keeps its own words and grammar (cjk-words.ts:
 * no spaces between words; korean-words.ts: particles, verbs last; greek-arabic.ts: accents, prefixes); they share
 * the one condition (any unknown word and the message is left as written, so parse-request.ts's guard for a message
 * mostly in a script it does not read keeps it from being acted on) and how the English is tidied.
 */
import { cjkAsEnglish } from './cjk-words.js';
import { greekArabicAsEnglish } from './greek-arabic.js';
import { gurmukhiAsEnglish } from './gurmukhi-words.js';
import { hebrewAsEnglish } from './hebrew-words.js';
import { koreanAsEnglish } from './korean-words.js';

/** The readers, each null (or empty) for a message without its script or with a word it does not know. */
const READERS: readonly ((text: string) => string | null)[] = [
  cjkAsEnglish,
  koreanAsEnglish,
  greekArabicAsEnglish,
  hebrewAsEnglish,
  // (fix41a: Punjabi in Gurmukhi.)
  gurmukhiAsEnglish,
];

/** The message in English words, or null when no reader reads it whole. */
export function otherScriptAsEnglish(text: string): string | null {
  for (const read of READERS) {
    const english = read(text);
    if (english !== null && english !== '') return english;
  }
  return null;
}
