/**
 * "key" as a noun adjunct of a physical thing (round seventeen): "key safe code changed at SS-Kingsway,
 * ask control for it", "the keypad code for the depot changed", "my key fob stopped working". A key
 * safe, key box, key cabinet, key locker, key fob, key card, key code, key ring or keypad, and the keys
 * of a door, a car or a house, are no credential of ours: a text whose only key is such a thing asks
 * nothing of the bot, also when it reports a change ("was reset", "new code for …"). A credential named
 * as well ("the key box team needs a bedrock key"), or "key for the safe-ops team" (a key for a unit),
 * is read as usual.
 */

/**
 * The things: "key safe" only as a thing ("the key safe at the depot", "key safe code"), never as
 * "is the API key safe to embed?" or "is my key safe?".
 */
const LOCK_KEY = new RegExp(
  [
    String.raw`(?<![\w-])key[\s-]?(?:box(?:es)?|cabinets?|lockers?|fobs?|cards?|codes?|rings?|pads?|presses|lock\s+box(?:es)?|holders?)\b`,
    String.raw`\bkey\s+safe\s+(?:codes?|combo|combination|pin|number|lock|door|box)\b`,
    String.raw`(?<!\b(?:is|are|was|were|keep|kept|keeping|store|stored|storing)\s+)\b(?:the|a|our|that|this)\s+key\s+safes?\b(?=\s+(?:at|in|on|by|near|outside|next|behind|has|had|was|is\s+(?:now|locked|broken|empty|open|jammed)|code|combo|changed|got|needs)\b)`,
    String.raw`\bkey\s+safes?\s+(?:at|on|by|near|outside|behind)\s+(?:the\s+)?[A-Z]`,
    // (Not a room, an office or a site: a unit may be named so, "the Strategy Office key", "deal-desk".)
    String.raw`(?<![\w-])(?:car|door|house|front[\s-]door|back[\s-]door|padlock|locker|cupboard|bike|spare\s+car)\s+keys?\b`,
  ].join('|'),
  'gi',
);

/** A credential of ours, or the bot, named outside those things. */
const OUR_CREDENTIAL =
  /\b(?:keys?|tokens?|credentials?|creds|api|bedrock|access[\s-]keys?|secrets?|bot|claude|models?|llm|ai)\b/i;

/** A cheap look for LOCK_KEY. */
const LOOK =
  /key[\s-]?(?:box|cab|lock|fob|card|code|ring|pad|press|holder|safe)|(?:car|door|house|padlock|locker|cupboard|bike)\s+key/i;

/**
 * Whether every key the text names is a physical thing's ("key safe code changed at …"): nothing in it
 * is asked of the bot.
 */
export function onlyLockKeys(text: string): boolean {
  if (!LOOK.test(text)) return false;
  LOCK_KEY.lastIndex = 0;
  if (!LOCK_KEY.test(text)) return false;
  return !OUR_CREDENTIAL.test(text.replace(LOCK_KEY, ' '));
}
