/**
 * fix33a: the trade's own regions, not AWS Regions (read on the prepared text, a place already `xxregion`):
 *  - a team's or an office's area asked about ("what region does the new Latin America promo team cover, is Mexico
 *    in it too?", "which regions does the north depot serve?");
 *  - a release's, a tour's, a sale's territories told ("release regions for the EP: UK, Ireland, Germany, Australia.
 *    US waits two weeks", "shipping regions: EU and UK only").
 * The caller checks that nothing of ours is named (a credential, Bedrock, AWS, a model, a key ID): "which region does
 * the bot run in?" and "token in the release region, eu-west-1, 2h" stay ours.
 */

/**
 * A team's or a place's area: "what region does the X team cover", "which regions do they serve". (fix37c,
 * tuned-edtech: not the bot's, "what regions does the bot cover?", "which regions do you cover?": our Regions asked.)
 */
const AREA_COVERED =
  /\b(?:what|which)\s+regions?\s+(?:does|do|did|will|would|should)\s+(?!(?:the\s+|this\s+|our\s+)?(?:bot|bedrock_bot|assistant|you|u)\s)(?:the\s+|our\s+|their\s+|that\s+|this\s+|they\b|he\b|she\b)?(?:[a-z_'-]+\s+){0,6}?(?:cover|handle|serve|look\s+after|manage|sell\s+(?:in|to)|ship\s+to|deliver\s+to|tour)\b/;
/** A trade's territories named: "release regions", "shipping regions", "sales regions" (not "aws regions"). */
const TRADE_REGIONS =
  /\b(?:release|releasing|tour|touring|shipping|delivery|distribution|launch|licensing|streaming|broadcast|sales|promo|territory)\s+regions\b/;

/** Whether a prepared text asks or tells of a trade's regions, not a Region of ours. */
export function tradeRegions(text: string): boolean {
  if (!text.includes('region')) return false;
  return AREA_COVERED.test(text) || TRADE_REGIONS.test(text);
}
