/**
 * A question about whether, where or how a request can be made, not the request (round sixteen; README
 * "A question that asks for a token is a request"): "just curious, can i get a token for 3h from my
 * phone or do i need the laptop", "can I revoke a key from the mobile app or only from desktop?", "is it
 * possible to get a token from home or do I need to be on VPN". The alternative ("or do I need …", "or
 * does it have to …", "or only …", "or must I be …") weighs two ways of asking, so the answer is how it
 * works (help), never the credential. Also a question hedged as curiosity without its question mark
 * ("just curious, could I get a 12h token"): hedged.ts reads it with the mark. Reads the prepared text
 * (lowercase, a lifetime as `xxdur`). "token for 3h please, I'm on my phone", "can i get a token for 3h?
 * on my phone so keep it short" and "can I get a token for 3h or 4h?" stay requests.
 */

/** A hedge or an opening that may stand before the question ("quick q:", "just curious,", "hey"). */
const LEAD = String.raw`(?:(?:hey|hi|hello|so|ok|okay|also|and|quick\s+(?:q|qq|question)|q|question|just\s+curious|curious|i'?m\s+curious|out\s+of\s+(?:pure\s+)?curiosity|(?:just|only)\s+wondering|random\s+(?:q|question))\b[\s,:;.!—–-]*)*`;

/** A question whether something can be done: "can i …", "is it possible to …", "does it work …". */
const CAN_OPENING = String.raw`(?:can|could|may|am\s+i\s+able\s+to|are\s+we\s+able\s+to|is\s+it\s+possible\s+to|is\s+there\s+a\s+way\s+to|does\s+(?:it|this|the\s+bot|the\s+command)|will\s+(?:it|this|the\s+bot)|do\s+(?:you|tokens|keys|requests)|would\s+(?:it|that))\b`;

/**
 * The other way weighed: "or do I need (to) …", "or does it have to …", "or must I be …", "or only on
 * …", "or is it only …", "or does it only work …".
 */
const ALTERNATIVE = String.raw`\bor\s+(?:(?:do|does|would|will|must)\s+(?:i|we|it|you|one|they|this|that)\s+(?:(?:still|also|only|always|really|absolutely)\s+)?(?:need|have\s+to|has\s+to|got\s+to|require|work|be|gotta)\b|(?:must|have\s+to|has\s+to|need\s+to)\s+(?:i|we|it)\b|(?:do|does)\s+(?:i|we|it|this)\s+need\b|(?:is\s+it|it'?s|it\s+is)\s+only\b|only\s+(?:on|from|via|through|with|in|at|when|while|if|over|by|inside|within|when)\b|(?:just|only)\s+(?:the|my|a|an)\s+(?:laptop|desktop|computer|pc|mac|browser|office|vpn|channel|dm|web)\b)`;

const WHETHER = new RegExp(String.raw`^\W*${LEAD}${CAN_OPENING}[^.?!\n]*?${ALTERNATIVE}`);

/** Curiosity said, then a question whether it can be had, without its question mark. */
const CURIOUS_UNMARKED = new RegExp(
  String.raw`^\W*(?:(?:hey|hi|hello|so|ok|okay)\b[\s,:;.!—–-]*)?(?:just\s+curious|i'?m\s+curious|out\s+of\s+(?:pure\s+)?curiosity|(?:just|only)\s+wondering)\b[\s,:;.!—–-]*(?:can|could|may|would|is\s+it\s+possible\s+to)\s+(?:i|we|you|u|someone|one|a|an)\b`,
);

/** Words after the question that ask for it all the same: "… either way, token for 3h please". */
const ASKED_ALL_THE_SAME = /\b(?:please|pls|plz|go\s+ahead|either\s+way|anyway|just\s+do\s+it|asap)\b/;

/** A question whether (where, how, from what) a request can be made: help, not the request. */
export function asksWhetherPossible(text: string): boolean {
  if (!(text.includes(' or ') || /curio|wonder/.test(text))) return false;
  const m = WHETHER.exec(text) ?? (text.includes('?') ? null : CURIOUS_UNMARKED.exec(text));
  if (m === null) return false;
  return !ASKED_ALL_THE_SAME.test(text.slice(m.index + m[0].length));
}
