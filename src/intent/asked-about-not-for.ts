/**
 * fix55 (overread): a question put about our things, not an ask for them. The rules read a credential word or one of
 * our verbs as a request wherever it stands ("how long can a token last?", "can tokens be issued in Pune?", "what
 * happens to running jobs if I revoke?", "do I need my lead's OK for a key?"), and only the classifier turned those
 * back into help; on new text it is sometimes unsure, and then a question was acted on. Three forms, by kind:
 *  - a whole question opened by a question word and ended by its mark, one sentence ("which regions do tokens work
 *    in?", "where do I paste the bearer token?"; not "who …", which asks about people: who holds, who is on duty): on the corpus and the tuned files no such message asks for an action
 *    (a suggestion, "how about a token for 3h?", "why not rotate it?", is no question of this kind);
 *  - a question whose subject is the credential itself ("can a token outlive the shift?", "do api keys expire on
 *    their own?", "are the keys tied to me?"): how the thing behaves;
 *  - whether the writer needs or must ("do I need approval for a token?", "do we have to ask in the channel?").
 * rules.ts applyRules reads on past an action of the rules when the text is one of these, keeping a later reading
 * that does nothing (a read, help), else help; never when a business unit or key ID is named (then the question is
 * about that unit's key, a read the classifier tells apart).
 */

/** One sentence opened by a question word (after a short greeting) and closed by its mark. */
const WH_QUESTION =
  /^\W*(?:(?:hi|hey|hello|so|ok|okay|quick\s+q|btw)\W+)?(?:how|what|why|when|where|which)\b[^?\n.!]*\?+\s*$/;
/**
 * Not this kind: what happened or who holds what ("how did the key end up in the bundle?", "who has long-term keys?",
 * "what keys were revoked last month?": a story's question or a read), or a count of a model's tokens ("how many
 * tokens is a typical chart?").
 */
const EVENT_OR_HOLDING = /\b(?:did|was|were|has|have|had|got)\b|\btokens?\s+(?:is|are)\s+(?:a|an|the|one)\b/;
/** One of our things named: a credential, or a command of ours. */
const OUR_THING =
  /\b(?:tokens?|api_keys?|keys?|credentials?|creds|rotat\w*|revok\w*|deprovision\w*|offboard\w*|bedrock|bot)\b/;
/** Suggestions put as a question: "how about a token for 3h?", "why not just rotate it?", "why don't you …". */
const SUGGESTION =
  /^\W*(?:(?:hi|hey|hello|so|ok|okay)\W+)?(?:how|what)\s+about\b|^\W*why\s+(?:not|don'?t|dont)\b/;
/** The credential as the question's subject: "can a token …", "do api keys …", "are the keys …". */
const CREDENTIAL_SUBJECT =
  /^\W*(?:(?:hi|hey|hello|so|ok|okay|quick\s+q|btw)\W+)?(?:can|could|do|does|will|would|is|are|should|must)\s+(?:(?:a|an|the|my|our|these|those|bedrock|api|access|short-term|long-term)\s+)*(?:tokens?|api_keys?|keys?|credentials?|creds)\b(?!\s*(?:accounts?|holders?)\b)/;
/** Whether the writer needs or must: "do I need …", "do we have to …", "would I need …". */
const NEED_ASKED =
  /^\W*(?:(?:hi|hey|hello|so|ok|okay|quick\s+q|btw)\W+)?(?:do|does|would|will)\s+(?:i|we|one)\s+(?:need|have\s+to|require)\b/;

/** A letter outside plain ASCII. */
const OTHER_LETTER = /(?!\p{ASCII})\p{L}/u;

/** Is the (prepared, lowercase) text a question about our things rather than an ask for them? */
export function askedAboutNotFor(text: string): boolean {
  // (A letter past ASCII, "Cine are cheia de la ambulanța 4420?": a message in another language, read in part.)
  if (text.length > 300 || OTHER_LETTER.test(text)) return false;
  if (
    text.includes('?') &&
    WH_QUESTION.test(text) &&
    !SUGGESTION.test(text) &&
    OUR_THING.test(text) &&
    !EVENT_OR_HOLDING.test(text)
  )
    return true;
  return CREDENTIAL_SUBJECT.test(text) || NEED_ASKED.test(text);
}
