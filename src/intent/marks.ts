/**
 * Marks the parser puts in a text while it reads it, and takes out again before anything else reads it: the value
 * scanners' marks around a found value's number (regions.ts, periods.ts and durations.ts, each replacing its own with
 * `xxregion`, `xxperiod` or `xxdurN` before it returns), an emoji's place (prepare.ts, read as a pause), and a pasted
 * block's bounds (pasted.ts, kept through prepare).
 *
 * Control characters of one byte each. V8 keeps a string in which any character is past U+00FF two bytes a character,
 * and compiles every pattern run on such a string again for that width, beside its one-byte code, and keeps both. A
 * mark past U+00FF (private-use characters, U+2063 and ⟦ ⟧ until round forty-three) made every text with a Region, a
 * duration, a period, an emoji or a pasted block a two-byte string, and the patterns' two-byte code grew to about as
 * much again as their one-byte code (bench/RESULTS.md, "Parser memory"). A mark typed in a message is read as a space.
 */
export const REGION_MARK = '\u0001';
export const PERIOD_MARK = '\u0002';
export const DURATION_MARK = '\u0003';
export const EMOJI_MARK = '\u0004';
export const PASTE_OPEN = '\u0005';
export const PASTE_CLOSE = '\u0006';

const TYPED_MARK = new RegExp(`[${REGION_MARK}${PERIOD_MARK}${DURATION_MARK}${EMOJI_MARK}]`, 'g');

/** The pattern of a marked value, its number the first group: `<mark>12<mark>`. */
export function markedValue(mark: string): RegExp {
  return new RegExp(`${mark}(\\d+)${mark}`, 'g');
}

/**
 * The text with any value or emoji mark typed in it read as a space: the marks then stand only for what the parser
 * found (pasted.ts takes typed paste marks out itself, before it puts its own in).
 */
export function withoutTypedMarks(text: string): string {
  TYPED_MARK.lastIndex = 0;
  return TYPED_MARK.test(text) ? text.replace(TYPED_MARK, ' ') : text;
}
