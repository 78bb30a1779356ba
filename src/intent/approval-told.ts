/**
 * Round fifty-eight (quiet; tuned-fashion, -pension, -regulated, -styles-anglo): an approval told of, not asked about.
 * "heads up: the approval flow for new suppliers changed", "ugh, the approval flow for the new laptop took 3 weeks",
 * "the IC approval process takes 6-8 weeks, don't promise anything sooner", "the migration plan needs sign-off from the
 * CISO.": a statement about some approval, with no question in it and nothing asked of anyone, tells the channel
 * something; it is not a question on how our approvals work (README "Help or unknown"). A short line ("approvals?",
 * "approval process pls"), anything that asks ("who approves …", "tell me how approval works") and a remark on the bot's
 * own approval step ("the approval workflow in the bot takes 3 days, ugh") stay help.
 * Read on the lowercased message.
 */

/** Something asked: a question mark, a question word, or words that ask to be told or helped. */
const ASKS =
  /[?？]|\b(?:who|whom|whose|how|what|when|where|why|which|wondering|wonder|tell\s+me|explain|any\s+idea|help|pls|plz|please|need\s+to\s+know|want\s+to\s+know|wanna\s+know|info)\b/;
/** A question opened without its mark: "can I …", "do approvals …", "is there …". */
const QUESTION_OPENING = /^(?:can|could|do|does|did|is|are|should|will|would|may|must|has|have)\b/;
/** Our own approvals spoken of ("the approval step in the dm keeps timing out", "the approval workflow in the bot takes
 * 3 days, ugh"): a complaint about the bot's step, which its help answers. */
const OURS = /\b(?:bot|dm|dms|bedrock|tokens?|slack)\b|\bkey\s+requests?\b|\bmy\s+(?:key|request)\b/;
/** Fewer words than this are a topic typed to the bot ("approval process"), not a statement. */
const MIN_WORDS = 6;

/** Whether the message only tells of an approval: long enough to be a statement, asking nothing. */
export function approvalTold(lowered: string): boolean {
  const text = lowered.trim();
  if (ASKS.test(text) || QUESTION_OPENING.test(text) || OURS.test(text)) return false;
  return text.split(/\s+/).filter((w) => /[a-z0-9]/.test(w)).length >= MIN_WORDS;
}
