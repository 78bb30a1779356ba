/**
 * "let <people> know …" passes something on to people (round twenty-one, the lead):
 *  - a change they should make, told to them, asks nothing of the bot: "let the finance team know they
 *    should rotate their key", "pls let dana know the ads key needs rotating" (read as a whole, the
 *    change's verb made it a rotate of finance-team's key);
 *  - after a request, "… and let the finance team know" names the people to tell, never the request's
 *    unit: "please rotate the ads key and let the finance team know" is a rotate of ads.
 * "let me know" / "let us know" ask the bot to report back and are left to the rest of the parser.
 * Read on the message as typed, lowercased; a word test first, then bounded patterns.
 */

/** "let <one to six words or a mention> know" (not the writer: me, us). */
const LET_KNOW =
  /\blet\s+(?!(?:me|us|u|you|it|that|this|them\s+all)\b)(?:<@[a-z0-9]+(?:\|[^>]{0,40})?>|[a-z0-9_@.'’-]+)(?:\s+[a-z0-9_@.'’-]+){0,5}?\s+know\b/;

/** One of our changes or a credential asked for: what a request to the bot names. */
const OUR_ACTION =
  /\b(?:rotat\w*|revok\w*|deprovision\w*|offboard\w*|decommission\w*|regenerat\w*|renew\w*|reset|disable\w*|delete\w*|create\w*|new\s+(?:api\s+)?key|token)\b/;

/** The end of a sentence (something else may be asked after it). */
const SENTENCE_END = /[.!?;\n]\s*\S/;

/**
 * Whether the text passes one of our changes on to people ("let the ads team know to rotate the key"):
 * nothing of ours asked before "let … know", our change named after it, in the same sentence, and
 * nothing after that sentence.
 */
export function passedOnToPeople(lower: string): boolean {
  if (!lower.includes('know') || !lower.includes('let')) return false;
  const m = LET_KNOW.exec(lower);
  if (m === null) return false;
  if (OUR_ACTION.test(lower.slice(0, m.index))) return false;
  const after = lower.slice(m.index + m[0].length);
  return !SENTENCE_END.test(after) && OUR_ACTION.test(after);
}

/** "…, and let the finance team know (pls)" ending the text: its start, after the joining word's start. */
const LET_KNOW_TAIL =
  /(?:\s*,\s*|\s+)(?:(?:and|&|then|and\s+then)\s+)?(?:(?:please|pls|plz|also)\s+)?let\s+(?!(?:me|us|u|you|it|that|this)\b)(?:<@[a-z0-9]+(?:\|[^>]{0,40})?>|[a-z0-9_@.'’-]+)(?:\s+[a-z0-9_@.'’-]+){0,5}?\s+know\b[^.!?;\n]{0,60}$/;

/**
 * The request before a closing "… and let <people> know" ("please rotate the ads key and let the finance
 * team know" → "please rotate the ads key"), when that request names one of our changes; null otherwise.
 */
export function beforeLetKnowTail(input: string): string | null {
  const lower = input.toLowerCase();
  if (!lower.includes('know') || !lower.includes('let')) return null;
  const m = LET_KNOW_TAIL.exec(lower.trimEnd());
  if (m === null || m.index === 0) return null;
  const head = input.slice(0, m.index);
  // (What the tail tells stays out: "… and let the finance team know they should rotate theirs too".)
  return OUR_ACTION.test(head.toLowerCase()) ? head : null;
}
