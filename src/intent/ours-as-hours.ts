/**
 * "ours" typed for "hours" after a digit number ("tokin for 2 ours pls", "token 4 ours"): the h dropped,
 * as people type who write by sound. Only right after a number written in digits, where "our(s)" the
 * pronoun cannot stand ("ours is broken", "2 of ours" keep it). Cheap: runs only when " ours" is there.
 */
const OURS_AFTER_NUMBER = /(?<![\w.])(\d{1,2}(?:[.,]\d)?)[ \t]?ours\b/g;

/** The lowercase text with "2 ours" read as "2 hours". */
export function withOursAsHours(lower: string): string {
  return lower.includes('ours') ? lower.replace(OURS_AFTER_NUMBER, '$1 hours') : lower;
}
