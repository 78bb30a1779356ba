/**
 * requests26: a bracketed aside that says what a thing is or does ("Access key pls for stock-rotation-report
 * (it's the thing that tells pharmacy which drugs to rotate first), 90 days", "api key for shift-rota (the app
 * that tells nurses when to rotate wards)", "(it decides which fields to rotate next season)") is story: its
 * verbs ("rotate", "tells") and names are the thing's, not the request's. It is dropped from the prepared text
 * when the rest names a credential of ours; an aside put to the bot ("(rotate the old one too)", "(pls …)"), a
 * question, one with a value read already (a lifetime, a Region) or one that tells of a leak is kept, and so is
 * one that lends the request no word of ours.
 */

/** A bracketed aside of a line. */
const ASIDE = /\(([^()\n]{3,160})\)/g;
/**
 * What describes: also (dev26b) the team's own habit with keys told beside a request ("(we rotate per build
 * anyway)", "(we revoke them after each release)", "(we usually rotate sooner)"): what we do, not what is asked.
 * What describes: "it's the thing that …", "the app that …", "a tool which …", "it decides …", "which tells …"
 * (a verb in -s after "it"/"which"/"that", not "is"/"was"/"has" of a state).
 */
const DESCRIBES =
  /^\s*(?:(?:it['’]?s|it\s+is|that['’]?s|this\s+is)\s+)?(?:the|an?|our|their)\s+(?:[a-z0-9_-]+\s+){0,3}?(?:that|which|who|we|they)\s+[a-z]|^\s*(?:it|which|that|this)\s+(?!(?:is|was|has|does|needs|expires|leaks)\b)[a-z]{3,}s\b|^\s*(?:we|they)\s+(?:(?:usually|always|normally|often|already|just|typically|also)\s+)?(?:rotat|revok|delet|regenerat|renew|refresh|creat|issu)[a-z]*\b/;
/**
 * A word of ours the aside would lend the request, the only thing worth dropping it for: a verb of change or
 * of showing ("rotate", "tells"). An aside without one is left as it is ("(it summarises user interviews
 * overnight)").
 */
const OUR_VERB =
  /\b(?:rotat\w*|revok\w*|delet\w*|remov\w*|renew\w*|refresh\w*|regenerat\w*|deprovision\w*|creat\w*|issu\w*|tells?|shows?|lists?|checks?|details?)\b/;
/** What keeps an aside: a request or question put to the bot, a value read, a leak. */
const KEEPS =
  /\?|\b(?:pls|plz|please|can\s+you|could\s+you|xx[a-z]+|leak\w*|pasted|exposed|compromised|shared|stolen)\b/;
/** A credential of ours named outside the aside. */
const CREDENTIAL = /\b(?:keys?|tokens?|api_keys?|access_keys?|creds|credentials?)\b/;

/** The text without the asides that describe a thing, when the rest names a credential; else the text. */
export function withoutDescribingAside(text: string): string {
  if (!text.includes('(')) return text;
  const rest = text.replace(ASIDE, (all, inside: string) =>
    OUR_VERB.test(inside) && DESCRIBES.test(inside) && !KEEPS.test(inside) ? ' , ' : all,
  );
  return rest !== text && CREDENTIAL.test(rest) ? rest : text;
}
