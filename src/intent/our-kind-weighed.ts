/**
 * One of our kinds of credential (a bearer token, an api key, an access key) weighed against another kind or
 * another system's login: a question about ours, help on key kinds. Read by parse-request.ts (notForOurHelp) and,
 * round thirty-four, by rules.ts (kindsWeighedAsked: "how is my okta login different from a bearer token?" was read
 * as the details of a unit "okta" the retrained classifier could no longer overrule). Works on the prepared text.
 */
/**
 * (reads26) "what is a bearer token exactly and how is it different from my SSO login?", "how does an api key
 * differ from my okta login": one of our kinds of credential weighed against another system's login is a
 * question about ours (help, key-kinds), as "is a token the same thing as an api key?" is; the other login is
 * only what it is told apart from. A kind of ours is named beside the weighing word, in one sentence.
 */
const OUR_KIND_WEIGHED =
  /\b(?:bearer\s+tokens?|api_keys?|access_keys?|bedrock\s+tokens?)\b[^.!?\n]{0,80}?\b(?:different|differs?|difference|vs|versus|compared?|same\s+(?:thing\s+)?as)\b|\b(?:different|differs?|difference|vs|versus|compared?|same\s+(?:thing\s+)?as)\b[^.!?\n]{0,80}?\b(?:bearer\s+tokens?|api_keys?|access_keys?|bedrock\s+tokens?)\b/;
export function ourKindWeighed(text: string): boolean {
  return (
    (text.includes('differ') || text.includes(' vs') || text.includes('compar') || text.includes('same')) &&
    OUR_KIND_WEIGHED.test(text)
  );
}
/**
 * fix37a, tuned-met: one of our kinds named first and asked bare, as a newcomer types it ("api key = ? (the bot's
 * one)", prepared "api_key: ?", "access key = what?"): what it is, help on key kinds, whatever is said after it in
 * brackets. Only as the message's opening: "token for 2h: ?" has a lifetime, none of these.
 */
const OUR_KIND_ASKED_BARE =
  /^\W{0,3}(?:an?\s+)?(?:bearer\s+tokens?|api_keys?|access_keys?|access\s+keys?)\s*:\s*(?:what\b[^?\n]{0,20})?\?/;
export function ourKindAskedBare(text: string): boolean {
  return text.includes('?') && OUR_KIND_ASKED_BARE.test(text);
}
