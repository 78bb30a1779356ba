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

/**
 * "let <one to six words or a mention> know": people to be told. Not the writer or the bot ("let me know",
 * "let us know", "let u/you know"), not "let it/that/this (be) known", not "let them all know"; "them" is
 * people ("let them know to rotate the ads key" passes the change on).
 */
const LET_KNOW =
  /\blet\s+(?!(?:me|us|u|you|it|that|this|them\s+all)\b)(?:<@[a-z0-9]+(?:\|[^>]{0,40})?>|[a-z0-9_@.'’-]+)(?:\s+[a-z0-9_@.'’-]+){0,5}?\s+know\b/;

/**
 * Round twenty-two: other ways of naming people to tell after a request, each ending its clause: "… and loop
 * in the search platform team", "keep the hr team in the loop", "… and notify/inform/ping/tell the payroll
 * team" ("create a key for payroll-bot and loop in the search platform team" made search-platform-team's key).
 * Not the writer ("ping me", "tell us"), and not a change told to them ("tell the ads team to rotate").
 */
const PEOPLE = String.raw`(?!(?:me|us|u|you|it|that|this|please|pls|plz)\b)(?:<@[a-z0-9]+(?:\|[^>]{0,40})?>|[a-z0-9_@.'’-]+)(?:\s+[a-z0-9_@.'’-]+){0,5}?`;
const TOLD_END = String.raw`(?=\s*(?:[.,;!?)\n]|$|(?:please|pls|plz|too|as\s+well|thanks|thx|when|once|after|about|on\s+it|on\s+this)\b))`;
const LOOP_IN = new RegExp(
  String.raw`(?<![\w.-])(?:loop(?:ing)?|copy(?:ing)?)\s+in\s+${PEOPLE}${TOLD_END}|(?<![\w.-])keep\s+${PEOPLE}\s+in\s+the\s+loop\b|(?<![\w.-])(?:notify|inform|ping|tell)\s+${PEOPLE}${TOLD_END}`,
);

/** The people told named as the owner: "… as the owner", "… as its owner", "… as key owner". */
const NAMED_OWNER = /\bas\s+(?:the\s+|its\s+|their\s+)?(?:key\s+|new\s+)?owners?\b/;

/** The first "let <people> know" or other naming of people to tell (LOOP_IN), or null. */
function peopleToTell(lower: string): RegExpExecArray | null {
  const let_ = lower.includes('know') && lower.includes('let') ? LET_KNOW.exec(lower) : null;
  if (let_ !== null) return let_;
  return /loop|copy|copying|notify|inform|ping|tell/.test(lower) ? LOOP_IN.exec(lower) : null;
}

/** One of our changes or a credential asked for: what a request to the bot names. */
const OUR_ACTION =
  /\b(?:rotat\w*|revok\w*|deprovision\w*|offboard\w*|decommission\w*|regenerat\w*|renew\w*|reset|disable\w*|delete\w*|creat\w*|provision\w*|generat\w*|issu(?:e|es|ing)|new\s+(?:api\s+)?key|token)\b/;

/** A credential asked for without a verb, before "let … know": "api key for growth pls", "key for the growth team please". */
const ASKED_NOUN = /\b(?:keys?\s+for|(?:api|access)\s+keys?)\b/;

/** The end of a sentence (something else may be asked after it). */
const SENTENCE_END = /[.!?;\n]\s*\S/;

/** One of our changes as a bare verb: what the bot is told to do. */
const OUR_VERB = String.raw`(?:rotate|revoke|deprovision|offboard|decommission|regenerate|renew|reset|disable|delete|create|provision|generate|issue)\b`;

/**
 * After "let <people> know", the bot asked in a clause of its own: the let-clause ends at once with "and",
 * "then", "before you" ("let security know and revoke the growth key", "let the ads team know, then rotate
 * their key"), or a polite imperative follows ("…, and please rotate it now").
 */
const BOT_ASKED_AFTER = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:(?:and|&)\s+)?(?:then\s+|before\s+(?:you\s+)?|after\s+(?:you\s+)?)?(?:(?:please|pls|plz|also|just|now|can\s+you|could\s+you)\s+)?${OUR_VERB}|` +
    String.raw`(?:,|\band\b|\bthen\b)\s*(?:(?:and|then)\s+)?(?:please|pls|plz|can\s+you|could\s+you)\s+(?:also\s+|just\s+)?${OUR_VERB}`,
);
/** Told to the people: what they should do or what will be done ("they should", "to revoke", "we will"). */
const TOLD_DUTY = /\b(?:to|should|must|will|'ll|ll|can|could|going)\b/;
/** "and rotate it" closing a told clause with no duty in it: "the key needs rotating and rotate it". */
const AND_OUR_VERB = new RegExp(String.raw`\band\s+(?:then\s+)?${OUR_VERB}`);

/**
 * Whether the text passes one of our changes on to people ("let the ads team know to rotate the key"):
 * nothing of ours asked before "let … know" (no change, no credential asked for), our change named after
 * it, in the same sentence, not asked of the bot in a clause of its own, and nothing after that sentence.
 */
export function passedOnToPeople(lower: string): boolean {
  if (!lower.includes('know') || !lower.includes('let')) return false;
  const m = LET_KNOW.exec(lower);
  if (m === null) return false;
  const before = lower.slice(0, m.index);
  if (OUR_ACTION.test(before) || ASKED_NOUN.test(before)) return false;
  const after = lower.slice(m.index + m[0].length);
  if (SENTENCE_END.test(after) || !OUR_ACTION.test(after) || BOT_ASKED_AFTER.test(after)) return false;
  const and = AND_OUR_VERB.exec(after);
  return and === null || TOLD_DUTY.test(after.slice(0, and.index));
}

/**
 * The text with the people of "… let <people> know" blanked (same length), when something of ours is
 * asked before it: "please rotate the ads key and let the finance team know" is a rotate of ads, never of
 * finance-team. Everything else the message says stays to be read ("…, jk", "… once the migration is
 * done", "… that's what I told bob"); null when there is no such clause.
 */
export function blankLetKnowPeople(input: string): string | null {
  const lower = input.toLowerCase();
  const m = peopleToTell(lower);
  if (m === null || m.index === 0) return null;
  // (units28: "… ping <@U…> as the owner", "loop in <@U…> as its owner": the person told is named as the
  // owner, which the owner reader reads; kept.)
  if (m[0].includes('owner') && NAMED_OWNER.test(m[0])) return null;
  const before = lower.slice(0, m.index);
  if (!OUR_ACTION.test(before) && !ASKED_NOUN.test(before)) return null;
  return input.slice(0, m.index) + ' '.repeat(m[0].length) + input.slice(m.index + m[0].length);
}
