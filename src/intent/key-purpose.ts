/**
 * A key asked for with what it is for said after it: "Our Kenya programme team would like a long-term
 * key so the WhatsApp helpline bot can use Claude", "we need an api key so that our triage bot can call
 * Claude". The "so … can use" clause is the key's purpose, not a question about which models there are.
 * Only where a key is wanted in so many words (would like, need, want, could you set one up). Cheap:
 * the word "so" first.
 */

/** "so (that) the X can use", at most five words between (bounded: no backtracking over the text). */
const SO_CAN_USE = /\bso(?:\s+that)?\s+(?:[\w'-]+\s+){0,5}(?:can|could)\s+(?:use|call|access|talk\s+to)\b/;
/** A key wanted: "would like a … key", "need an api key", "want a key", "set one up". */
const KEY_WANTED =
  /\b(?:would\s+like|'d\s+like|need|needs|want|wants|request(?:ing)?|set\s+(?:one|it|this)\s+up|get)\b[^.?!]{0,40}?\bkey\b/;

/**
 * units21: "key for the churn model owned by the retention squad", "api key for the recs model run by the
 * discovery pod": a model named with the team that owns it is the system the key is for (the team is the
 * unit: README, "the crawler owned by the ranking team"), no question about which models there are.
 */
const KEY_FOR_OWNED_MODEL =
  /\b(?:key|keys|api_key|access_key)\s+(?:for|of)\s+(?:the|our|their|a)\s+(?:[a-z0-9_-]+\s+){0,3}?model\s+(?:owned|run|built|maintained|managed)\s+by\s/;

/** Whether a text asks for a key and says after it what the key is for ("… key so the bot can use Claude"). */
export function keyWithPurpose(lower: string): boolean {
  if (lower.includes(' model ') && lower.includes(' by ') && KEY_FOR_OWNED_MODEL.test(lower)) return true;
  if (!lower.includes(' so ')) return false;
  const so = SO_CAN_USE.exec(lower);
  if (so === null) return false;
  const wanted = KEY_WANTED.exec(lower);
  return wanted !== null && wanted.index < so.index;
}
