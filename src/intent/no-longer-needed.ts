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

/** A word that turns back on what was just asked ("no wait", "nah"). */
const REAL_TURN = String.raw`(?:no|nah|nope|wait)`;
/**
 * A word that only pauses ("actually", "ok", "um", "hmm"). Each word matches one way only ("hm+", not
 * "hmm+|hm+": two ways to match "hmm" inside a repeated run made the regex take 2^n steps on "hmm hmm …").
 */
const PAUSE = String.raw`(?:oh|ah|hm+|actually|ok|okay|um+|sorry|oops)`; // (lead48: "sorry", "oops")
/** Between two such words, and after the last: punctuation and spaces. */
const GAP = String.raw`[\s,.!…—–-]+`;
/**
 * A request to remove something, said before: "revoke the search key — actually we don't need it
 * anymore" gives the reason for the removal; only a real turn ("no wait", "nah") takes it back there.
 */
const REMOVAL_BEFORE = String.raw`\b(?:revok|deprovision|delet|remov|disabl|deactivat|decommission|retir|offboard|(?:tear|shut)\s+down|get\s+rid\s+of)[^]*`;
/**
 * The run of turning words: one real turn among them, or pauses only when no removal was asked before.
 * Each word of the run can match one way only, so the run is linear; the look back for a removal is
 * made once, after the first word (inside the repeated part it was made at each step back: cubic).
 */
const TURN = String.raw`(?:(?:${PAUSE}${GAP})*${REAL_TURN}(?:${GAP}(?:${REAL_TURN}|${PAUSE}))*|${PAUSE}(?<!${REMOVAL_BEFORE})(?:${GAP}${PAUSE})*)`;
/** Who does not need it. */
const WHO = String.raw`(?:(?:i|we|they|you|u)\s+)?`;
/** What is not needed: "it", "that", "one", "a new key", or "to" (do it). */
const WHAT = String.raw`(?:it|that|this|them|one|to|(?:a|the)\s+(?:new\s+)?(?:one|key|token))`;
/**
 * "don't need it", "won't need one", "no longer need it", "no need", "not needed"; and "don't need" with nothing
 * after it but the clause's end (lead48: "token for two hours... sorry, I don't need anymore").
 */
const NOT_NEEDED = String.raw`(?:(?:don'?t|do\s+not|won'?t|will\s+not|no\s+longer)\s+need(?:\s+${WHAT})?|no\s+need(?:\s+(?:for\s+(?:it|that|this|one)|to))?|(?:it'?s\s+|that'?s\s+)?(?:not|no\s+longer)\s+needed)`;
/** What may close it: "anymore", "after all", "now". */
const CLOSE = String.raw`(?:\s+(?:anymore|any\s+more|after\s+all|now|either|today|actually))*`;

/**
 * The regular-expression source (for withdrawal.ts's TAKE_BACK): a turn, then that it is not needed,
 * at the end of its clause.
 */
export const NO_LONGER_NEEDED = String.raw`${TURN}${GAP}${WHO}${NOT_NEEDED}${CLOSE}(?=\s*(?:[.,;:!?)—–…-]|$))`;

/**
 * Round thirty-one: a removal asked, then, after no more than a pause ("um", "actually", "ok"), that it is not
 * needed: "can you revoke the ads key? um, we don't need it anymore", "revoke the kyc key? actually, we won't need
 * it after all". The reason for the removal (the parser's rules read the removal in what the negation leaves);
 * only a real turn ("no wait", "nah") takes it back, and NO_LONGER_NEEDED reads that.
 */
const REMOVAL_WITH_REASON = new RegExp(
  String.raw`\b(?:revok|deprovision|delet|remov|disabl|deactivat|decommission|retir|offboard|(?:tear|shut)\s+down|get\s+rid\s+of)[^.!?\n]{0,80}?(?:[.!?]+\s*|${GAP})(?:${PAUSE}${GAP})*${WHO}${NOT_NEEDED}${CLOSE}(?=\s*(?:[.,;:!?)—–…-]|$))`,
);

/** Whether the text asks for a removal and then says, with no turn, that the thing is not needed (above). */
export function removalWithReason(text: string): boolean {
  return text.includes('need') && REMOVAL_WITH_REASON.test(text);
}
