/**
 * fixrelay30: a request told as a plan the writer dropped, or as a wish for a day that may never come, with
 * nothing asked after it:
 *  - "I was going to ask for a deprovision of the schools-catalogue unit but the sales team wants it for
 *    one more term. Leaving it.", "we were about to request a token for the temp, but she's gone home";
 *  - "If Bramble ever get the audiobook cover work we'd want a separate key for that, but it's a big if".
 * A polite word or a question after it asks after all ("I was going to ask for a token but I'll just ask:
 * token 2h please", "if we ever need one we'd want a key, can you set it up now?"). Works on the lowercase
 * text; each pattern is anchored on its first words and has no nested quantifiers.
 */

/** The plan, told in the past, to ask the bot, then "but": "i was going to ask for …, but …". */
const PLAN_DROPPED =
  /(?:^|[.!\n]\s*)(?:(?:hmm+|so|ok|okay|well)[\s,]+)?(?:i|we)\s+(?:was|were)\s+(?:going\s+to|gonna|about\s+to|planning\s+to|meaning\s+to)\s+(?:ask|request|put\s+in)\b[^\n]{0,160}?\bbut\b/;

/** A want on a day that may never come: "if … ever …, we'd want a key". */
const SOMEDAY_WANT =
  /\bif\s+[^.?!\n]{0,80}?\bever\b[^.?!\n]{0,80}?\b(?:we|they|i|you)(?:'d|’d|\s+would)\s+(?:want|need|like)\b/;

/** What asks the bot after all. */
const ASKS_AFTER =
  /\?|\b(?:please|pls|plz|kindly|can\s+(?:you|u)|could\s+(?:you|u)|would\s+you|go\s+ahead|anyway|instead)\b/;

/** Whether the message is a dropped plan or a someday wish, and nothing after it asks the bot. */
export function droppedPlan(lower: string): boolean {
  if (!lower.includes('but') && !lower.includes('ever')) return false;
  const m = PLAN_DROPPED.exec(lower) ?? SOMEDAY_WANT.exec(lower);
  return m !== null && !ASKS_AFTER.test(lower.slice(m.index + m[0].length));
}

/**
 * fix40f, tuned-styles-northern: a need hedged on a condition yet to come, "if we get the Volvo contract maybe we need
 * a key for it" (glossed from "om vi får … kanske vi behöver …", "hvis vi får … trenger vi kanskje …", German "falls
 * wir … brauchen wir evtl. …"): "if we/they …" then "maybe/perhaps/possibly" with "need", the verb before or after its
 * subject ("need we maybe"). Read on the prepared (glossed) text; a question or a polite word after it asks after all.
 */
const NEED_MAY_COME =
  /\bif\s+(?:we|they)\s+[^.?!\n]{0,80}?\b(?:(?:maybe|perhaps|possibly)\s+(?:we\s+|they\s+)?need|need\s+(?:we|they)\s+(?:maybe|perhaps|possibly)|(?:we|they)\s+(?:maybe|perhaps|possibly|might|may)\s+need)\b/;

/**
 * fix59-quiet: the same need told in the future after its condition, "if the ministry signs, we'll need an api key for
 * the gov-portal unit sometime in Q1", "if we get the Żabka contract, we will need key for new unit probably": what
 * the team will need once something yet to happen happens, a plan for later (a question or a polite word after it
 * asks after all: "if the audit passes we'll need a key for growth, can you set it up now?").
 */
const NEED_WILL_COME =
  /\bif\s+[^.?!\n]{0,80}?\b(?:then\s+)?(?:we|they)(?:'ll|’ll|\s+will|\s+shall|\s+are\s+going\s+to|'re\s+going\s+to|\s+(?:will|'ll)\s+(?:probably|likely|definitely|also|eventually))\s+(?:probably\s+|likely\s+|also\s+|eventually\s+)?need\b/;

/**
 * Whether the message is a need told in the future after its condition (NEED_WILL_COME), and nothing after it asks
 * the bot: read whatever the mood (the need reads as an instruction).
 */
export function needWillCome(lower: string): boolean {
  if (!lower.includes('if ')) return false;
  const m = NEED_WILL_COME.exec(lower);
  return m !== null && !ASKS_AFTER.test(lower.slice(m.index + m[0].length));
}

/** Whether the message is a need that may come on a condition, and nothing after it asks the bot. */
export function needMayCome(lower: string): boolean {
  if (!lower.includes('if ')) return false;
  const m = NEED_MAY_COME.exec(lower);
  return m !== null && !ASKS_AFTER.test(lower.slice(m.index + m[0].length));
}
