/**
 * fix50e, tuned-aircargo: a queue ticket called a token, as the Gulf, South Asia and Egypt call the numbered slip a
 * counter's machine prints ("token 47 please come to counter 3 — the queue machine is stuck again lol", "the token
 * machine at the Doha counter prints the same number twice, can IT check?", "رقمي في البنك token 47 والشاشة واقفة على
 * 12", my number at the bank is token 47 and the screen is stuck on 12). No credential of ours: the text asks nothing
 * of the bot (not-ours.ts, `unknown`).
 *
 * Two shapes, read on the lowercased message:
 *  - the token's machine, slip or display ("token machine", "token dispenser", "token display", "token slip");
 *  - a token's number (a bare number, no lifetime's unit after it: "token 47", "token no. 12", "token #8") with a
 *    word of a queue beside it (counter, queue, window, now serving, the screen, my number, "come to").
 * Our own words beside it ("token 4 for growth", "token 2 hours please") are no queue: a lifetime's unit after the
 * number, or a credential's word (key, bedrock, AWS, claude), keeps the text ours.
 */

/** The queue's machine or slip: "token machine", "token dispenser", "the token display". */
const QUEUE_THING =
  /\btokens?\s+(?:machines?|dispensers?|displays?|slips?|printers?|kiosks?|screens?|boards?)\b/;
/** A token's number, no lifetime's unit after it: "token 47", "token no. 12", "token #8". */
const TOKEN_NUMBER =
  /\btokens?\s+(?:(?:no|num|number|nr)\.?\s*|#\s*)?\d{1,4}(?![\d.:]|\s*(?:h|hr|hrs|hours?|m|mins?|minutes?|d|days?|s|secs?|seconds?|w|weeks?)\b)/;
/** A word of a queue beside the number: a counter, a window, the queue, "now serving", a screen, one's number. */
const QUEUE_WORD =
  /\b(?:counters?|queues?|windows?|now\s+serving|serving|come\s+to|called|calling|waiting\s+area|ticket\s+machine)\b|(?:رقمي|الشاشة|الدور|كاونتر|الكاونتر|الشباك|طابور|البنك)/;
/** A word of our credentials: the text may be ours. */
const OURS = /\b(?:keys?|bedrock|aws|claude|api|access|credentials?|creds|models?|expir\w*|ttl)\b/;

/** Whether a lowercased message tells or asks of a queue ticket called a token. */
export function queueToken(t: string): boolean {
  if (!t.includes('token')) return false;
  if (OURS.test(t)) return false;
  return QUEUE_THING.test(t) || (TOKEN_NUMBER.test(t) && QUEUE_WORD.test(t));
}
