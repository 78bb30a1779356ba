/**
 * A question about the keys of every unit at once, filtered by a state: "keys expiring soon?", "stale
 * keys?", "which keys haven't been used in 90 days", "any access keys older than 180 days", "how many keys
 * do we have in total", "number of keys per team". Nothing is asked for and no one unit is named: it is a
 * list of the units (whose view shows each key's age, last use and expiry), never a unit's details, a
 * help topic or a key asked for. Only a whole message of that shape counts, so the trade's own keys told
 * of in a longer sentence ("how many keys do we have for the meeting rooms", "keys older than a year
 * should be cut again") stay out.
 */

const HEAD = String.raw`^\W*(?:(?:pls|please|can\s+(?:you|u|i)\s+(?:see|get)|could\s+(?:you|u)|show(?:\s+me)?|list|give\s+me|get\s+me|what\s+about)\s+)?(?:(?:any|which|what|all|the|our|all\s+the|all\s+our|all\s+of\s+our)\s+)?`;
const KIND = String.raw`(?:(?:bedrock|api|api_key|access|access_key|iam|active|live|long[\s-]?term)\s+){0,2}`;
const KEYS = String.raw`(?:keys|credentials|creds)`;
// (The prepared text has each duration as "xxdur", each period as "xxperiod" and a number of days cut out.)
const AMOUNT = String.raw`(?:xxdur|(?:a|an|one|two|three|six|\d{1,4})\s+(?:days?|weeks?|months?|years?))?`;
const FILTER = String.raw`(?:(?:that\s+|which\s+)?(?:are\s+|will\s+)?(?:expiring|expire|expires|(?:due|about|going)\s+to\s+expire|running\s+out)(?:\s+(?:soon|shortly|this\s+(?:week|month|quarter)|next\s+(?:week|month)|(?:in|within)\s+(?:the\s+next\s+)?${AMOUNT}|before\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:week|month|quarter|year)))?|(?:that\s+are\s+|which\s+are\s+)?older\s+than\s+${AMOUNT}|(?:that\s+|which\s+)?(?:are\s+|were\s+)?(?:not\s+used|unused|idle)(?:\s+(?:since|for|in)(?:\s+the\s+last)?(?:\s+(?:xxdur|[a-z]+|\d{1,4}\s+[a-z]+))?)?|(?:that\s+|which\s+)?(?:have\s+not|haven'?t|hasn'?t|have\s+never|were\s+never)\s+been\s+used(?:\s+(?:since|for|in)(?:\s+the\s+last)?(?:\s+(?:xxdur|[a-z]+|\d{1,4}\s+[a-z]+))?)?)`;
const TAIL = String.raw`(?:\s+xxperiod)?(?:\s*,?\s*(?:pls|please|plz|thx|thanks|\?))*\s*[?!.]*\s*$`;

const FILTERED = new RegExp(`${HEAD}${KIND}${KEYS}\\s+${FILTER}${TAIL}`);
const STATE = new RegExp(
  `${HEAD}(?:stale|unused|idle|expiring|old|forgotten|abandoned)\\s+${KIND}${KEYS}${TAIL}`,
);
const COUNT = new RegExp(
  String.raw`^\W*(?:how\s+many\s+${KIND}${KEYS}\s+(?:do\s+we\s+have|are\s+there|exist|we\s+have|have\s+we\s+got|in\s+total|total)(?:\s+(?:in\s+total|total|right\s+now|now|today|overall|altogether|across\s+(?:all\s+)?(?:the\s+)?(?:units|teams)))?|(?:the\s+)?(?:total\s+)?(?:number|count|no\.?)\s+of\s+${KIND}${KEYS}(?:\s+(?:per|by|for\s+each)\s+(?:team|unit|business\s+unit)|\s+in\s+total|\s+overall|\s+across\s+(?:all\s+)?(?:the\s+)?(?:units|teams))?)${TAIL}`,
);

/** The whole text asks which keys, across the units, are in a state (lower-cased text). */
export const asksFleetKeys = (text: string): boolean =>
  (text.includes('key') || text.includes('cred')) &&
  text.length < 90 &&
  (FILTERED.test(text) || STATE.test(text) || COUNT.test(text));
