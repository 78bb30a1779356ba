/**
 * A request written in Punjabi in the Gurmukhi script (fix41a, tuned-ambulance): "ਮੈਨੂੰ 2 ਘੰਟਿਆਂ ਲਈ ਟੋਕਨ ਚਾਹੀਦਾ ਹੈ"
 * (I need a token for two hours), "ਕਿਰਪਾ ਕਰਕੇ ਸਾਰੀਆਂ ਯੂਨਿਟਾਂ ਦਿਖਾਓ" (please show all the units).
 *
 * surface.ts's word glossary does not see this script (its Devanagari and Bengali phrases are more-languages.ts's), so
 * such a request was read as nothing. This reads the message into English words the way hebrew-words.ts reads Hebrew,
 * and on the same condition (other-scripts.ts): only when every Gurmukhi word of it is one this knows (our words,
 * asking and politeness, question words, postpositions, a count of hours, minutes or days). A message with any other
 * word (a refusal, "ਨਹੀਂ ਚਾਹੀਦਾ", a story) is left as written, so the guard for a message mostly in a script the
 * parser does not read keeps it from being acted on.
 *
 * A word is looked up without its nasal marks and gemination mark (bindi, tippi, addak: "ਘੰਟਿਆਂ" and "ਘਟਿਆ" are one
 * word, as people type them either way), and Gurmukhi digits are read as ASCII.
 */

import { tidyEnglish } from './tidy-english.js';

/** Any Gurmukhi letter: a cheap look before anything else. */
const GURMUKHI = /[\u0a00-\u0a7f]/;
/** A Gurmukhi word, its vowel signs and marks inside it (the digits are read as ASCII first). */
const WORD = /\p{Script=Gurmukhi}+/gu;
/** Gurmukhi on either side: a word's edge. */
const EDGE = String.raw`(?<!\p{Script=Gurmukhi})`;
const END = String.raw`(?!\p{Script=Gurmukhi})`;

/** A word without its nasal marks and addak (bindi U+0A02, tippi U+0A70, adhak U+0A71, and U+0A01). */
const fold = (word: string): string => word.replace(/\u0a01|\u0a02|\u0a70|\u0a71/g, '');

/** Gurmukhi words → English (keys as written; looked up folded). */
const WORDS_AS_WRITTEN: Record<string, string> = {
  ਟੋਕਨ: 'token',
  ਟੋਕਨਾਂ: 'tokens',
  ਕੁੰਜੀ: 'key',
  ਚਾਬੀ: 'key',
  ਕੁੰਜੀਆਂ: 'keys',
  ਚਾਬੀਆਂ: 'keys',
  ਮੈਨੂੰ: 'i',
  ਸਾਨੂੰ: 'we',
  ਚਾਹੀਦਾ: 'need',
  ਚਾਹੀਦੀ: 'need',
  ਚਾਹੀਦੇ: 'need',
  ਦਿਓ: 'give me',
  ਦਿਉ: 'give me',
  ਦੇਵੋ: 'give me',
  ਲਈ: 'for',
  ਵਾਸਤੇ: 'for',
  ਦਾ: 'of',
  ਦੀ: 'of',
  ਦੇ: 'of',
  ਵਿੱਚ: 'in',
  ਵਿਚ: 'in',
  ਹੈ: 'is',
  ਹਨ: 'are',
  ਜੀ: '',
  ਇੱਕ: 'a',
  ਇਕ: 'a',
  ਨਵਾਂ: 'new',
  ਨਵੀਂ: 'new',
  ਬਣਾਓ: 'create',
  ਹਟਾਓ: 'delete',
  ਮਿਟਾਓ: 'delete',
  ਬਦਲੋ: 'rotate',
  ਕਰੋ: '',
  ਕਰ: '',
  ਦਿਖਾਓ: 'show',
  ਸਾਰੇ: 'all',
  ਸਾਰੀਆਂ: 'all',
  ਯੂਨਿਟ: 'units',
  ਯੂਨਿਟਾਂ: 'units',
  ਮਾਡਲ: 'models',
  ਕਿਹੜੇ: 'which',
  ਕਿਵੇਂ: 'how',
  ਕਿੰਨਾ: 'how much',
  ਕਿੰਨੇ: 'how much',
  ਖਰਚ: 'spend',
  ਖ਼ਰਚ: 'spend',
  ਖਰਚਾ: 'spend',
  ਪਿਛਲੇ: 'last',
  ਇਸ: 'this',
  ਮਹੀਨੇ: 'month',
  ਘੰਟੇ: 'hours',
  ਘੰਟਾ: 'hour',
  ਘੰਟਿਆਂ: 'hours',
  ਮਿੰਟ: 'minutes',
  ਮਿੰਟਾਂ: 'minutes',
  ਦਿਨ: 'days',
  ਦਿਨਾਂ: 'days',
  ਧੰਨਵਾਦ: 'thanks',
};
const WORDS = new Map(Object.entries(WORDS_AS_WRITTEN).map(([w, en]) => [fold(w), en]));

/** Numbers from one to twelve before a count of hours, minutes or days ("ਤਿੰਨ ਘੰਟੇ", three hours). */
const NUMBERS: [number, string][] = [
  [1, 'ਇੱਕ|ਇਕ'],
  [2, 'ਦੋ'],
  [3, 'ਤਿੰਨ'],
  [4, 'ਚਾਰ'],
  [5, 'ਪੰਜ'],
  [6, 'ਛੇ'],
  [7, 'ਸੱਤ'],
  [8, 'ਅੱਠ'],
  [9, 'ਨੌਂ|ਨੌ'],
  [10, 'ਦਸ'],
  [11, 'ਗਿਆਰਾਂ'],
  [12, 'ਬਾਰਾਂ'],
];
const UNITS: [string, string][] = [
  ['ਘੰਟੇ|ਘੰਟਾ|ਘੰਟਿਆਂ|ਘੰਟਿਆ', 'hours'],
  ['ਮਿੰਟ|ਮਿੰਟਾਂ', 'minutes'],
  ['ਦਿਨ|ਦਿਨਾਂ', 'days'],
];
/**
 * A count, in digits or words, and "ਲਈ" (for) after it brought before it ("4 ਘੰਟਿਆਂ ਲਈ" → "for 4 hours"); half an
 * hour and an hour and a half; please ("ਕਿਰਪਾ ਕਰਕੇ"); the month gone or this one.
 */
const PHRASES: [RegExp, string][] = [
  ...UNITS.flatMap(([unit, en]): [RegExp, string][] => [
    ...NUMBERS.map(([n, word]): [RegExp, string] => [
      new RegExp(`${EDGE}(?:${word})\\s+(?:${unit})${END}`, 'gu'),
      ` ${n} ${en} `,
    ]),
    [new RegExp(`(\\d+)\\s*(?:${unit})${END}`, 'gu'), ` $1 ${en} `],
  ]),
  [new RegExp(`${EDGE}ਅੱਧੇ\\s+ਘੰਟੇ${END}`, 'gu'), ' half an hour '],
  [new RegExp(`${EDGE}ਡੇਢ\\s+(?:ਘੰਟੇ|ਘੰਟਾ)${END}`, 'gu'), ' an hour and a half '],
  [/((?:\d+|half an|an)\s+(?:hours?|minutes|days)(?:\s+and\s+a\s+half)?)\s+ਲਈ/g, ' for $1 '],
  [new RegExp(`${EDGE}ਕਿਰਪਾ\\s+ਕਰ\\s*ਕੇ${END}`, 'gu'), ' please '],
  // (post41c: "ਰੱਦ" (cancelled) and "ਬਣਾ" (made) are a command only with their imperative, "ਰੱਦ ਕਰੋ", "ਰੱਦ ਕਰ ਦਿਓ",
  // "ਬਣਾ ਦਿਓ" (cancel it, make it): "ਟੋਕਨ ਰੱਦ ਹੈ" (the token is revoked), "ਟੋਕਨ ਬਣਾ ਹੈ" (a token was made) tell a state,
  // and the word left unread leaves the message as written.)
  [new RegExp(`${EDGE}ਰ\u0a71?ਦ\\s+(?:ਕਰੋ|ਕਰ\\s*ਦਿਓ|ਕਰ\\s*ਦਿਉ|ਕਰ\\s*ਦੇਵੋ|ਦਿਓ|ਦਿਉ)${END}`, 'gu'), ' revoke '],
  [new RegExp(`${EDGE}ਬਣਾ\\s+(?:ਦਿਓ|ਦਿਉ|ਦੇਵੋ)${END}`, 'gu'), ' create '],
  [new RegExp(`${EDGE}ਪਿਛਲੇ\\s+ਮਹੀਨੇ${END}`, 'gu'), ' last month '],
  [new RegExp(`${EDGE}ਇਸ\\s+ਮਹੀਨੇ${END}`, 'gu'), ' this month '],
];

/**
 * The message read into English words when it has Gurmukhi and every Gurmukhi word of it is known; null when it has
 * none, or a word this does not know (then it is left as written).
 */
export function gurmukhiAsEnglish(text: string): string | null {
  if (!GURMUKHI.test(text)) return null;
  let out = text.replace(/[\u0a66-\u0a6f]/g, (d) => String(d.charCodeAt(0) - 0x0a66)).replace(/\u0964/g, '.');
  for (const [re, en] of PHRASES) out = out.replace(re, en);
  let unknown = false;
  out = out.replace(WORD, (w) => {
    const en = WORDS.get(fold(w));
    if (en === undefined) unknown = true;
    return en === undefined || en === '' ? ' ' : ` ${en} `;
  });
  return unknown ? null : tidyEnglish(out);
}
