/**
 * requests26: a token asked for in the message's first clause, then its reason told ("need a token asap, the
 * desk wants the surveillance triage summary before the close", "Can I get token? the old one expired in the
 * middle of the call with the client"): the reason's nouns and verbs ("summary", "wants") are story, the token
 * is the request. Read on the prepared text (lowercase, lifetimes as `xxdur`). A question that wonders
 * ("can I get token? asking for a friend who's curious how it works", "… just curious, not rn") asks whether,
 * not for one (README "Whether the bot offers something"): the reason must tell of a need, not of curiosity.
 */

/** The opening ask: "need a token asap,", "can i get token?", "gimme a bedrock token real quick ,". */
const TOKEN_ASKED_FIRST =
  /^\W*(?:(?:hey|hi|hello|ok|okay|so|pls|please|plz|yo|morning|bot)\W+){0,3}(?:(?:i|we)\s+)?(?:(?:really|urgently|just|still)\s+)?(?:need|want|gimme|give\s+me|get\s+me|send\s+me|(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|pls\s+)?(?:get|have|grab))\s+(?:(?:a|an|one|another|new|fresh|my|quick)\s+){0,2}(?:bedrock\s+)?tokens?(?:\s+(?:asap|real\s+quick|quick(?:ly)?|now|again|pls|plz|please|for\s+xxdur|xxdur|for\s+me|thx|thanks))*\s*(?:[,.;!?]\s*|$)/;

/** A reason that tells a need now: the old token ended, or someone wants something done. */
const NEED_TOLD =
  /\b(?:(?:the|my)\s+(?:old|last|previous|current)\s+(?:one|token)|mine|my\s+(?:one|token))\s+(?:just\s+|already\s+)?(?:expired|died|ran\s+out|timed\s+out|stopped\s+working|is\s+(?:dead|expired|gone)|went\s+dead)\b|\b(?:wants?|needs?|asked\s+for|expects?)\s+(?:the|a|an|my|our|his|her|their|it|them|this|that)\b/;
/** Curiosity or a supposition: the question asks whether, not for one. */
const WONDERS =
  /\b(?:curious|wonder(?:ing)?|in\s+theory|hypothetic\w*|asking\s+for\s+a\s+friend|just\s+asking|not\s+(?:rn|now|yet)|how\s+(?:it|that|this)\s+works|at\s+all|even)\b/;

/**
 * Whether the message opens with a token asked for and goes on with a need told (not a wonder). `story`: the
 * sentences discourse.ts left out around the request, where the need may have gone.
 */
export function tokenAskedFirst(text: string, story = ''): boolean {
  if (!text.includes('token')) return false;
  const m = TOKEN_ASKED_FIRST.exec(text);
  if (m === null) return false;
  const rest = `${text.slice(m[0].length)} ${story}`;
  return NEED_TOLD.test(rest) && !WONDERS.test(rest) && !rest.includes('?');
}

/**
 * Round thirty-four: the reason told after a credential asked for as a question is curiosity alone ("can I get
 * token? asking for a friend who's curious how it works", "could I get a key? just curious"): it asks whether one
 * can, not for one (help). `story`: the sentences discourse.ts left out after the question.
 */
const CURIOSITY_ONLY =
  /^\W*(?:(?:just|only|mostly)\s+)?(?:curious|wondering|asking\s+for\s+a\s+friend|just\s+asking|in\s+theory|hypothetically)\b/;
export function askedOutOfCuriosity(text: string, story: string | undefined): boolean {
  return story !== undefined && text.includes('?') && CURIOSITY_ONLY.test(story);
}
