/**
 * A request put to a colleague by a mention or a name, with the reason it is theirs to do (fix52f): "<@U…> please
 * revoke the old growth key, you own it", "<@U…> since it's your unit, please deprovision sandbox-5", "Raj please
 * rotate the checkout key, you have the console access". Without the bot's user ID the parser takes a leading mention
 * for the bot's (addressee.ts); but the bot owns no unit and needs no access granted, so a message that tells the
 * one spoken to that the thing is theirs, or that they hold the rights, speaks to a person. Said to the bot in the
 * first person ("it's my unit", "I own it") the request stands. Works on the whole message lowercased.
 */

/** A mention or a typed name opening the message, a greeting allowed before it. */
const PUT_TO =
  /^\s*(?:(?:hey|hi|hello|yo|ok|okay)[\s,!]+)?(?:<@[uw][a-z0-9]+(?:\|[^>]*)?>|@[a-z][a-z0-9._-]*|(?!(?:bot|bedrock|please|pls|plz|thanks|ok|okay|so|hmm|also|and)\b)[a-z][a-z'-]+\s*[,:—–-])/;
/** The thing told to be the addressee's, or the rights theirs. */
const YOURS =
  /\b(?:you\s+(?:own|owned|made|created|set\s+up)\s+(?:it|that|this|them|the\s+[a-z0-9_-]+)|(?:it'?s|its|it\s+is|that'?s|they'?re)\s+(?:your|ur)\s+(?:unit|key|keys|team|project|call|baby|thing|service)|since\s+(?:it'?s\s+|its\s+)?(?:yours|your\s+(?:unit|key|team|project|service))|(?:it'?s|its|it\s+is)\s+yours|you\s+(?:have|got|hold)\s+(?:the\s+)?(?:console|admin|iam|aws)?\s*(?:access|rights|perms|permissions|creds)|you'?re\s+(?:the\s+)?(?:owner|admin))\b/;

/**
 * fix53e: a call to whoever holds one, opening the message ("@here if you own a key for the legacy team, please revoke
 * it before Friday", "PSA: if you still have a token for the hack-week unit, rotate it"): the bot holds no key, so the
 * condition speaks to the people reading.
 */
const IF_YOU_HOLD =
  /^\W*(?:(?:<!(?:here|channel|everyone)[^>]*>|@(?:here|channel|everyone|all)|everyone|all|folks|team|y'?all|people|reminder|heads\s+up|psa|fyi|note)\W{1,4}){0,2}if\s+(?:you|u)\s+(?:still\s+)?(?:own|have|hold|created|made|manage|use|are\s+using)\s+(?:an?\s+|the\s+|any\s+|some\s+)?(?:[a-z0-9_-]+\s+){0,3}?(?:keys?|tokens?|creds?|credentials|api\s+keys?)\b/;

/** Whether a message opening with a mention or a name tells that person the thing is theirs to do. */
export function yoursToDo(lower: string): boolean {
  if (!lower.includes('you')) return false;
  if (lower.includes('if') && IF_YOU_HOLD.test(lower)) return true;
  if (!PUT_TO.test(lower)) return false;
  return YOURS.test(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
}
