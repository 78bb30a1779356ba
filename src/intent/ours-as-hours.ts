/**
 * "ours" typed for "hours" after a digit number ("tokin for 2 ours pls", "token 4 ours"): the h dropped,
 * as people type who write by sound. Only right after a number written in digits, where "our(s)" the
 * pronoun cannot stand ("ours is broken", "2 of ours" keep it). Cheap: runs only when " ours" is there.
 * fix49g, tuned-styles-anglo: also after a number said in words from two to twelve ("token for two ours please"), not
 * after "the", "these" or a possessive ("the two ours are broken", "the two of ours" keep it) nor after "one" ("the one
 * ours uses").
 */
const OURS_AFTER_NUMBER =
  /(?<![\w.])(\d{1,2}(?:[.,]\d)?|(?<!\b(?:the|these|those|my|our|your|their)\s)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))[ \t]?ours\b/g;

/** The lowercase text with "2 ours" read as "2 hours". */
export function withOursAsHours(lower: string): string {
  return lower.includes('ours') ? lower.replace(OURS_AFTER_NUMBER, '$1 hours') : lower;
}
