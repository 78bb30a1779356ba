/**
 * Round thirty-one: a token ordered with its lifetime in a clause of its own, and a bound asked in another, before or
 * after it ("token for 2h please, is there a maximum btw?", "any max? get me a 6h token"). The order stands: the
 * bound is asked by the way, and the lifetime asked for is the one wanted (help19, fix19d item 5). The classifier
 * trained on the tuned files read them as limits help. Not when the lifetime is only told as a need ("is there a
 * maximum? we need 16h for the export", "is there a cap? our render needs like 18h" ask about the bound: help), nor
 * when the order is put as a supposition ("could I get a token for 12h or is that over the max?").
 * Read on the prepared text (lowercase, lifetimes as `xxdur`).
 */

/** A short question about the bound: "any max?", "is there a maximum btw?", "is there a limit?". */
const BOUND_ASKED =
  /(?:^|[,.;!?]\s*)(?:(?:so|and|also|btw|oh|hmm)\s+)?(?:any|is\s+there\s+(?:a|any))\s+(?:max(?:imum)?|min(?:imum)?|limit|cap)(?:\s+(?:btw|though|tho|at\s+all|on\s+(?:that|it|them|tokens?|the\s+length)))?\s*\?/;
/**
 * A token ordered with a lifetime, the whole clause: "token for xxdur please", "get me a xxdur token", "give me a
 * token for xxdur", "a xxdur token pls".
 */
const TOKEN_ORDERED =
  /(?:^|[,.;!?]\s*)(?:(?:ok|okay|so|anyway|then|and)\s+)?(?:(?:please|pls|plz)\s+)?(?:(?:get|give|send|make)\s+me\s+|(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+)?(?:(?:a|an|one)\s+)?(?:(?:xxdur\s+(?:bedrock\s+)?tokens?)|(?:(?:bedrock\s+)?tokens?\s+(?:for\s+)?xxdur))(?:\s+(?:please|pls|plz|thanks|thx|then|now|asap))*\s*(?:[,.;!]|$)/;

/** The token order and the bound question, in two clauses of one message. */
export function boundBesideToken(text: string): boolean {
  if (!text.includes('xxdur') || !text.includes('tok') || !text.includes('?')) return false;
  const order = TOKEN_ORDERED.exec(text);
  const bound = BOUND_ASKED.exec(text);
  if (order === null || bound === null) return false;
  // (The two clauses apart: the order's own words are no part of the question.)
  return order.index + order[0].length <= bound.index + 1 || bound.index + bound[0].length <= order.index + 1;
}
