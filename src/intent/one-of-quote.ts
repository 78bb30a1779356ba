/**
 * train29: "one" in a reply whose credential the quoted message names ("> <@bot> details for kyc ⏎ > no keys
 * yet ⏎ <@bot> ok then create one for kyc, 90 days"): the reply asks for that credential, so it is read with
 * "one" as the quote's noun ("create a key for kyc"). Only when the reply opens with the verb (after a mention,
 * "ok then", "please", "can you"): "ok then I'll make one for the slides later" tells, and a quote that names no
 * credential ("> the retro is at 3") lends none.
 */

/** The reply opening with a verb of making, then "one" (or "a new one", "another one") as its object. */
const MAKE_ONE =
  /^(\s*(?:<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)?(?:(?:ok|okay|alright|right|then|so|yes|yeah|cool|great|fine|please|pls|plz|just|oh|ah)\b[\s,.!:—–-]*)*(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:(?:please|pls|plz|just)\s+)?(?:create|make|generate|issue|set\s+up|give\s+(?:me|us|them))\s+)(?:(a\s+new|a\s+fresh|another|a)\s+)?one\b(?!\s*(?:of|more|sec|second|minute|moment|day|thing|time)\b)/i;

/** The credential a quote names: a token, or a key of either kind. */
const QUOTE_KEY = /\b(?:keys?|api[\s_-]?keys?|access[\s_-]?keys?|creds|credentials?)\b/i;
const QUOTE_TOKEN = /\btokens?\b/i;

/** The reply with "one" read as the credential the quote names, or null when it is no such reply. */
export function replyWithQuotedOne(quote: string, reply: string): string | null {
  if (!/\bone\b/i.test(reply)) return null;
  const m = MAKE_ONE.exec(reply);
  if (m === null) return null;
  const key = QUOTE_KEY.test(quote);
  const token = QUOTE_TOKEN.test(quote);
  if (key === token) return null;
  const noun = key ? 'key' : 'token';
  const article = m[2] === undefined || m[2].toLowerCase() === 'a' ? 'a' : m[2];
  return `${m[1]}${article} ${noun}${reply.slice(m.index + m[0].length)}`;
}
