/**
 * A how-to question about another trade's thing (round twenty-one): "who approves a credit limit
 * override above 25k?", "how do I reset a customer's mobile banking passcode?", "do tenants get a new
 * key when the lease renews or do they keep the old fob?". A bank's, a landlord's or a subscription's
 * own things share our words (approve, limit, reset, key), but the question is put about their trade,
 * not the bot: `unknown`, never help. A word test runs first; nothing of ours may be named (a token,
 * an API or access key, Bedrock, AWS, a model, the bot, a unit), so "key for the tenant portal" and
 * "token 2h, the key fob system is down" stay requests.
 */

/** Another trade's things (cheap word test first, then the whole-word pattern). */
const TRADE_HINT =
  /tenant|lease|fob|passcode|mortgage|overdraft|refund|withdrawal|credit|subscriber|banking|\bpin\b/;
const TRADE =
  /\b(?:tenants?(?:'s|s')?|leases?|fobs?|passcodes?|mortgages?|overdrafts?|refunds?|(?:cash\s+)?withdrawals?|credit\s+(?:limits?|cards?|checks?)|subscribers?|(?:mobile|online|internet)\s+banking|pins?)\b/;
/** A question: a "?" or a question word opening the text. */
const QUESTION = /\?|^\W*(?:how|who|what|when|where|why|do|does|can|could|is|are)\b/;
/** Words of ours: with any of them the question may be the bot's. */
const OURS =
  /\b(?:tokens?|tok|api_keys?|api|access\s+keys?|long_term|long_lived|bedrock|bedrock_bot|aws|iam|models?|bot|units?|claude|llama|xxkeyid|xxregion|xxdur|xxemail|xxuser)\b/;

/**
 * A plain key, or spend, is ours too ("how do I extend the lease on our key?", "how long does key withdrawal
 * take?", "what did the credit card fraud pipeline spend in march?"), unless a tenant's, a door's or a
 * fob's things are named: then the key is theirs ("do tenants get a new key when the lease renews?").
 */
const PLAIN_OURS = /\b(?:keys?|spend)\b/;
const KEY_OF_PLACE =
  /\b(?:tenants?|fobs?|landlords?|flats?|apartments?|house|houses|doors?|lockers?|cars?|property|properties|locks?|locksmiths?|keyrings?)\b/;

/** Whether a prepared text asks a how-to question about another trade's thing, naming nothing of ours. */
export function otherTradeQuestion(text: string): boolean {
  return (
    TRADE_HINT.test(text) &&
    TRADE.test(text) &&
    QUESTION.test(text) &&
    !OURS.test(text) &&
    !(PLAIN_OURS.test(text) && !KEY_OF_PLACE.test(text))
  );
}
