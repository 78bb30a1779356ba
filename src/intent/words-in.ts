/**
 * The words of a string (`/[a-z0-9_']+/g`), asked for by mood.ts, discourse.ts and request-sentence.ts:
 * a parse asks for the words of one string about six times, three of them again (the whole text, a
 * sentence, a clause). The last few strings' words are kept, so a string asked for again is read once.
 * The lists are shared: callers read them and never change them.
 */
const WORD = /[a-z0-9_']+/g;
const NONE: readonly string[] = [];
/** How many strings are kept (eight catch nearly every repeat within one parse). */
const KEPT = 8;
const keys: (string | undefined)[] = new Array<string | undefined>(KEPT).fill(undefined);
const values: (readonly string[])[] = new Array<readonly string[]>(KEPT).fill(NONE);
let next = 0;

export function wordsIn(text: string): readonly string[] {
  for (let i = 0; i < KEPT; i++) if (keys[i] === text) return values[i] as readonly string[];
  const words: readonly string[] = text.match(WORD) ?? NONE;
  keys[next] = text;
  values[next] = words;
  next = (next + 1) % KEPT;
  return words;
}
