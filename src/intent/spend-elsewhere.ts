/**
 * fix33a: spend the bot has no figure for, or none asked of it (read on the prepared text).
 *  - money spent on goods and services bought ("how much did we spend on the Summer Reading Challenge prizes last
 *    year?", "what did we spend on catering for the launch?"): a purchase's cost, not Bedrock's; the caller checks
 *    that nothing of ours (Bedrock, AWS, a provider, a model) is named;
 *  - a bill or a spend told as it went, judged and not asked ("last month's bedrock bill was fine btw, finance said
 *    thanks", "the AI spend was totally normal this month"), or a study of costs told with its finding: a remark, no
 *    question and nothing asked for.
 */

/** Goods and services bought: prizes, catering, fuel, flyers, a venue. */
const SPENT_ON_GOODS =
  /\bspen[dt]\s+on\s+(?:the\s+|our\s+|all\s+(?:the\s+)?|those\s+|these\s+)?(?:[a-z0-9_'-]+\s+){0,4}?(?:prizes?|gifts?|flowers|catering|food|pizzas?|snacks|coffee|drinks|books|furniture|stationery|printing|posters?|merch|fuel|diesel|petrol|tyres?|tires?|postage|taxis?|hotels?|venues?|decorations?|t_shirts|tshirts|uniforms?|vans?|equipment|supplies|flyers?|balloons|cakes?|tickets|flights?|rent|parking|vouchers?)\b/;

/** A bill or spend judged as it went: "the bill was fine", "spend looked normal", "costs were as expected". */
const SPEND_JUDGED =
  /\b(?:bill|bills|spend|spending|costs?|invoice)\s+(?:(?:this|last)\s+\w+\s+)?(?:was|were|is|are|looked|looks|came\s+in)\s+(?:(?:totally|all|really|pretty|just|quite|absolutely|perfectly|completely|very)\s+)?(?:fine|ok|okay|alright|normal|good|great|reasonable|expected|as\s+expected|in\s+line|on\s+budget|on\s+track|under\s+budget)\b/;
/**
 * fix54b, tuned-autoparts: a study of costs told with what it found ("spend analysis for castings shows Bursa cheaper
 * than Monterrey by 8%", "the cost comparison says the new supplier is 5% dearer", "our spend review found two duplicate
 * licences"): a finding of another trade's, no spend asked.
 */
const SPEND_STUDY_TOLD =
  /\b(?:spend|spending|cost|costs|price|pricing|bill)\s+(?:analysis|analyses|review|report|study|comparison|breakdown|benchmark|simulation|model)\b[^.!?\n]{0,60}?\b(?:shows?|showed|shown|says|said|found|finds|indicates?|indicated|suggests?|suggested|came\s+out|puts?)\b/;
/** Something asked all the same: a question, a command of a read, a want. */
const ASKED =
  /\?|\b(?:show|give|send|pull|list|need|needs|want|wants|can|could|would|please|pls|plz|break\s+down|what|how|which)\b/;

/** Whether a prepared text asks what was spent on goods bought (the caller checks nothing of ours is named). */
export const spentOnGoods = (text: string): boolean => text.includes('spen') && SPENT_ON_GOODS.test(text);

/** Whether a prepared text tells how a bill or spend went, judged, and asks nothing. */
export const spendJudgedTold = (text: string): boolean =>
  (SPEND_JUDGED.test(text) || SPEND_STUDY_TOLD.test(text)) && !ASKED.test(text);

/**
 * fix54a (tuned-adtech): a trade's own spend, named by what the money buys or goes to, "whats campaign spend for Verizon
 * mtd?", "our media spend for Tesco this month", "ad spend on TikTok", "travel spend last quarter": the business's
 * budget, not Bedrock's (the caller checks that nothing of ours is named). Not the verb ("what did media spend on …",
 * a team spending), not a coded unit ("the media-buying spend") and not "ads", a team
 * as often ("what was the ads spend in september"), nor "payroll", a unit as often ("show me the payroll spend").
 */
const TRADE_SPEND =
  /(?<!\b(?:did|does|do|has|have|had|will|would)\s+)(?<![\w-])(?:media|ad|adwords|campaign|campaigns|paid\s+social|programmatic|tv|radio|print|ooh|billboard|travel|fuel|freight|capex|opex|agency|client|retail|shopper)\s+spend(?:ing)?\b/;

/** Whether a prepared text asks about a trade's own spend (the caller checks nothing of ours is named). */
export const tradeSpend = (text: string): boolean => text.includes('spend') && TRADE_SPEND.test(text);
