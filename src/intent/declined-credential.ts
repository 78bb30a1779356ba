/**
 * A credential decided against or declined, told as a statement (asks29): "We decided in the meeting: no AI key
 * for the HR team this year", "no token for me today, thanks", "decision from the steering group: no api key for
 * marketing-ops until Q3", "no long-term key for ads-lab for now, we'll revisit in January". A "no" before the
 * credential and whom it is for says that none is to be had: nothing is asked of the bot (`unknown`), never a key
 * or a token made for the one named. A question ("no key for the HR team yet?") and anything asked beside it
 * ("we have no key for billing-ops, please create one", "no token for me, rotate the ads key though") are left
 * to the other readers, and so is a "no" that needs no "for" ("no key needed", "no token please": negation.ts).
 */

/** "no [new|AI|long-term …] key/token/credentials for <whom> [when]", opening its clause; the clause ends at a stop. */
const DECLINED =
  /(?:^|[:;,.!(—–]\s*|\s-\s*|\b(?:so|ok|okay|nah|nope|then|and|but|decided|agreed|decision|answer|verdict|outcome)\s+)\*?no\*?\s+(?:(?:new|more|ai|bedrock|api|access|long[\s-]term|short[\s-]term|personal|separate|extra|permanent|team)\s+){0,3}(?:tokens?|keys?|credentials?|creds|logins?)\s+for\s+[^.,;!?\n—–]{1,60}/;

/**
 * A request beside it: our verbs, a wish, a lifetime (as written, or as the parser's prepared text holds it: "xxdur"),
 * an ID or a "?" (asked about, not only told).
 */
const ASKED_BESIDE =
  /\?|\b(?:create|make|issue|give|get|generate|rotate|revoke|deprovision|delete|remove|renew|disable|need|needs|want|wants|please|pls|plz|instead|send|share|set\s+up|can\s+(?:i|we|you)|could\s+(?:i|we|you))\b|\d+\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?|d|days?)\b|\bxxdur\b/;

/**
 * A credential named first, then said not to be needed, and nothing else asked (round twenty-nine): "token for 2h no
 * longer needed", "token 2h - not needed", "key for marketing not needed", "token for 2 hours: not required,
 * thanks", "ok got it, token no longer needed", Czech "token na 2 hodiny jsem nepotřeboval" (I didn't need a token
 * for 2 hours). The request's words and the withdrawal are one clause, so no take-back word is needed to turn it
 * ("no wait, don't need it": no-longer-needed.ts). Not a removal's reason ("revoke the ads key, not needed
 * anymore"), nor a unit no longer needed and asked to go ("the X unit isn't needed, deprovision it"): the
 * credential's word opens its clause, and our verbs anywhere else leave the text to the other readers. (Round forty-two:
 * the clause holds no other credential's word: in "token for 2h, key not needed" the key is not needed, and the token
 * before it is asked for.) (fix53e: an arrow may stand before the "not needed", "key for the pharmacy team → not needed",
 * and a reason that asks nothing may follow it, "…, they use the shared one".)
 */
const NOT_NEEDED_AFTER = new RegExp(
  String.raw`(?:^|[:;,.!(—–]\s*|\s-\s*|\b(?:ok|okay|so|got\s+it|then|and|but)\s+)` +
    String.raw`(?:(?:the|a|an|my|our|that|this)\s+)?(?:(?:new|ai|bedrock|api|access|long[\s-]term|short[\s-]term|temp|temporary|\d{1,2}\s*h\w{0,4})\s+){0,3}` +
    String.raw`(?:tokens?|keys?|credentials?|creds)(?![\w-])(?:(?!(?<![\w-])(?:tokens?|keys?|credentials?|creds)(?![\w-]))[^.!?\n]){0,60}?(?:\s*(?:[,:;—–-]|->|=>|→)\s*|\s+)` +
    String.raw`(?:(?:(?:is|was|are|were|it'?s|that'?s)\s+)?(?:not|no\s+longer)\s+(?:needed|required|necessary)|(?:isn'?t|wasn'?t|aren'?t)\s+(?:needed|required|necessary)` +
    String.raw`|(?:i|we)\s+(?:didn'?t|don'?t|do\s+not|did\s+not|no\s+longer|won'?t)\s+need(?:\s+(?:it|one|that|them))?|(?:jsem\s+|jsme\s+)?nepot[rř]eb[a-zě]{0,6})` +
    String.raw`(?:\s+(?:anymore|any\s+more|after\s+all|now|today|either|actually|then))*` +
    String.raw`(?:\s*[,.;:!—–-]+\s*(?:(?:thanks?|thx|ty|cheers|sorry|never\s*mind|all\s+good|sorted)[\s.!]*)?)?` +
    // fix53e: the reason after it, "→ not needed, they use the shared one", "— not required, we reuse the old one"
    String.raw`(?<reason>(?:(?:they|we|i|he|she|the\s+team)\s+(?:use|uses|have|has|got|reuse|reuses|share|shares|already|will\s+use|can\s+use|borrow|borrows)\b[^?\n]{0,60}?)?)\s*$`,
);

/** Whether a lowered text names a credential and then says it is not needed, asking nothing else. */
export function credentialNotNeeded(lower: string): boolean {
  if (!/need|requir|necessar|nepot/.test(lower)) return false;
  const m = NOT_NEEDED_AFTER.exec(lower);
  if (m === null) return false;
  const before = lower.slice(0, m.index);
  return (
    !ASKED_BESIDE.test(before) &&
    !/\b(?:revok|deprovision|delet|remov|rotat|disabl|deactivat|decommission)\w*/.test(m[0]) &&
    !ASKED_BESIDE.test(m.groups?.reason ?? '')
  );
}

/** Whether a lowered text only tells that a credential is not to be had (for someone, for a while). */
export function declinedCredential(lower: string): boolean {
  if (!lower.includes('no') || !lower.includes(' for ')) return false;
  const m = DECLINED.exec(lower);
  if (m === null) return false;
  const rest = lower.slice(0, m.index) + lower.slice(m.index + m[0].length);
  // (The words after "for" name whom and when: "for me today", "for the HR team this year", "until Q3".)
  return !ASKED_BESIDE.test(rest) && !ASKED_BESIDE.test(m[0].slice(m[0].indexOf(' for ')));
}
