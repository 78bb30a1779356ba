/**
 * A request taken back in the same message because it is no longer needed (round eighteen): after a
 * word that turns back ("no wait", "oh wait", "actually", "nah", "hmm"), the writer says the thing is
 * not needed any more ("token for 2h? no wait, don't need it anymore, the test passed", "create a key
 * for growth? no wait, we won't need one after all", "rotate the ads key? oh wait, no need anymore").
 * Read as one of withdrawal.ts's TAKE_BACK words, so what follows is read as it is after any take-back:
 * a new value there corrects instead ("no wait, don't need it, 1h is fine" stays a token for 1h).
 * Only after such a word and only where the clause ends: "revoke the search key, we don't need it
 * anymore" gives the reason for the request, and "don't need it for long, 1h is fine" sets a value.
 * Works on the prepared text (lowercase).
 */

/** A word that turns back on what was just asked. */
const TURN = String.raw`(?:no|nah|nope|oh|ah|hmm+|hm+|actually|wait|ok|okay|um+)`;
/** Between two such words, and after the last: punctuation and spaces. */
const GAP = String.raw`[\s,.!…—–-]+`;
/** Who does not need it. */
const WHO = String.raw`(?:(?:i|we|they|you|u)\s+)?`;
/** What is not needed: "it", "that", "one", "a new key", or "to" (do it). */
const WHAT = String.raw`(?:it|that|this|them|one|to|(?:a|the)\s+(?:new\s+)?(?:one|key|token))`;
/** "don't need it", "won't need one", "no longer need it", "no need", "not needed". */
const NOT_NEEDED = String.raw`(?:(?:don'?t|do\s+not|won'?t|will\s+not|no\s+longer)\s+need\s+${WHAT}|no\s+need(?:\s+(?:for\s+(?:it|that|this|one)|to))?|(?:it'?s\s+|that'?s\s+)?(?:not|no\s+longer)\s+needed)`;
/** What may close it: "anymore", "after all", "now". */
const CLOSE = String.raw`(?:\s+(?:anymore|any\s+more|after\s+all|now|either|today|actually))*`;

/**
 * The regular-expression source (for withdrawal.ts's TAKE_BACK): a turn, then that it is not needed,
 * at the end of its clause.
 */
export const NO_LONGER_NEEDED = String.raw`${TURN}(?:${GAP}${TURN})*${GAP}${WHO}${NOT_NEEDED}${CLOSE}(?=\s*(?:[.,;:!?)—–…-]|$))`;
