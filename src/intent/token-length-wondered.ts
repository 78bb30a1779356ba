/**
 * A token's length wondered about rather than asked for (fix59-help; README "A question that asks for a token is a
 * request": it is help, topic `limits`, when it asks whether such a token can be had: hypothetically, on a condition,
 * or about tokens rather than for one). Read on the prepared text (a lifetime is `xxdur`):
 *  - a lifetime with a token, and the question put hypothetically or on a condition: "could I have a 12-hour token
 *    for a flight test if I needed one?", "token 2h, if my manager agrees, is possible?", "can I get a token if my manager agrees
 *    to 16 hours?" (the lifetime is what is weighed, not whom it is for);
 *  - tokens asked to last a whole stretch of time named in words: "can tokens be valid for a whole weekend?", "can a
 *    token stay alive for the entire shift?".
 * A Region named wins ("in theory could I get a 12h token in tokyo?" is the Regions' question); "just curious" alone
 * weighs nothing ("just curious, can I get a token for 3h from my phone …" asks how to get one).
 */
const WONDERED =
  /\b(?:hypothetically|hypothetical|in\s+theory|theoretically|in\s+principle|if\s+(?:my|our|the)\s+(?:manager|boss|lead|director|supervisor|cab|team\s+lead|head)\s+(?:agrees|approves|okays|says\s+(?:ok|yes)))\b/;
/** A token had by another person ("could my manager have a 10h token", "hand a 4h token to someone", "give them a 1h
 * token", "for my boss"): whether one may get a token for someone else, the token's topic as the corpus has it. */
const FOR_ANOTHER =
  /\b(?:someone|somebody|give\s+(?:them|him|her)|for\s+(?:my|our|the|a|an)\s+(?:boss|manager|client|customer|colleague|lead|intern|contractor|vendor)|(?:could|can|would|may)\s+(?:my|our|the|a)\s+\w+\s+(?:have|get|receive))\b/;
const TOKEN_AND_LIFETIME = /\btokens?\b[^?]{0,40}\bxxdur\b|\bxxdur\b[^?]{0,20}\btokens?\b/;
const WHOLE_STRETCH =
  /\b(?:tokens?|one)\s+(?:be|stay|last|remain|run)\s+(?:valid\s+|alive\s+|active\s+|good\s+)?(?:for\s+)?(?:a|the|an)\s+(?:whole|full|entire)\s+(?:weekend|week|day|night|month|shift|sprint|conference|event|trip)\b/;

/** Whether the prepared help question wonders how long a token may be, rather than asking for one. */
export function tokenLengthWondered(text: string): boolean {
  if (!text.includes('token')) return false;
  if (text.includes('xxregion') || FOR_ANOTHER.test(text)) return false;
  if (text.includes('xxdur') && WONDERED.test(text) && TOKEN_AND_LIFETIME.test(text)) return true;
  return (
    (text.includes('whole') || text.includes('full') || text.includes('entire')) && WHOLE_STRETCH.test(text)
  );
}
