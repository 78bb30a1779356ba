/**
 * Round sixty (help; authors-followups): the cap doubted in a question, "is 12h really the max? the job takes ~20h",
 * "is twelve hours honestly the limit?", "is the max really 12 hours?": whether the bot can go past its limit is asked,
 * not a token asked for (README "A question that asks for a token": against the limit, help, topic limits; "Help
 * carries no lifetime"). Only an hour count where a token's cap stands, so "is 90 really the max for spend?" is not
 * read. Read on the lowercased message.
 */

/** A token's lifetime in hours, as written: "12h", "12 hours", "twelve hours", "12 hrs". */
const HOURS = String.raw`(?:\d{1,2}\s*(?:h|hrs?|hours?)|(?:eight|ten|twelve)\s+(?:hrs?|hours?))`;
/** "really", "actually", "truly", "honestly", "definitely": the doubt. */
const DOUBT = String.raw`(?:really|actually|truly|honestly|definitely|seriously)`;
/** "the max", "the limit", "the longest": the cap. */
const CAP = String.raw`(?:max|maximum|limit|cap|ceiling|longest|most\s+(?:i|we|you)\s+can\s+get)`;
const CAP_DOUBTED = new RegExp(
  String.raw`\bis\s+${HOURS}\s+${DOUBT}\s+the\s+${CAP}\b|\bis\s+the\s+${CAP}\s+${DOUBT}\s+(?:only\s+|just\s+)?${HOURS}\b|\b${HOURS}\s+is\s+${DOUBT}\s+the\s+${CAP}\s*\?`,
);

/** Whether a token's hour cap is doubted in a question. */
export function capDoubted(lowered: string): boolean {
  return lowered.includes('?') && CAP_DOUBTED.test(lowered);
}
