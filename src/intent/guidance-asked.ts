/**
 * fix54c (tuned-marketplace): a story about our credentials that ends by asking how the bot is meant to be used ("…
 * whether they should each request their own token or share one between the shift. What does the bot expect us to
 * do?", "… the volunteers keep asking me how long the tokens last. What's the actual answer?", "… share one key across
 * the kiosks or get one each. What's the recommended way?"), or who should hold a credential while its holder is away
 * ("I'm off on parental leave in January, who should hold our unit's key while I'm gone?"). The story's words
 * ("request their own token", "I'm gone") are read as a request told or withdrawn; the closing question asks the
 * bot's help (README "Help or unknown": how to get, choose, use or keep our credentials). Read in English, whatever the
 * trade: the question words are general, the credential is ours.
 */

/** The closing question: the right way, the answer, what the bot expects or recommends. */
const GUIDANCE_CLOSE =
  /(?:^|[.!?:;\n]\s*)(?:(?:so|and|but|ok|okay|anyway|honestly)[\s,]+)?(?:(?:what|which)(?:['’]?s|\s+is|\s+would\s+be)\s+(?:the\s+)?(?:(?:actual|real|right|correct|proper|recommended|official|best|usual|intended|expected|sensible|preferred)\s+)+(?:answer|way|approach|practice|thing\s+to\s+do|set-?up|process|option|rule)|what(?:['’]?s|\s+is)\s+(?:the\s+)?best\s+practice|what\s+(?:does|do|would)\s+(?:the\s+bot|you|bedrock(?:-?bot)?)\s+(?:expect|recommend|suggest|want)\b|how\s+(?:should|do|would)\s+(?:we|i)\s+(?:handle|play|do|approach|set\s+up)\s+(?:this|that|it))[^?.!]{0,40}\?\s*$/i;
/** Our credential, and a choice or a measure weighed in the story ("whether", "or", "how long", "should"). */
const CREDENTIAL = /\b(?:tokens?|keys?|credentials?|creds)\b/i;
const WEIGHED = /\b(?:whether|or|how\s+long|how\s+many|should|each)\b/i;
/** Who should hold a credential: "who should hold our unit's key", "who should look after the team's token". */
const HOLDER_ASKED =
  /\bwho\s+(?:should|will|would)\s+(?:hold|keep|own|have|look\s+after|mind|manage|take\s+over)\s+(?:the|our|my|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:key|keys|token|tokens|credentials?)\b[^?]{0,60}\?\s*$/i;

/** Whether the message ends by asking how the bot is meant to be used, after a story about our credentials. */
export function guidanceAsked(text: string): boolean {
  if (text.length < 30 || !text.includes('?')) return false;
  if (HOLDER_ASKED.test(text)) return true;
  const m = GUIDANCE_CLOSE.exec(text);
  if (m === null) return false;
  const story = text.slice(0, m.index);
  return CREDENTIAL.test(story) && WEIGHED.test(story);
}
