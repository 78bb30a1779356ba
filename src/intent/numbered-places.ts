/**
 * A place-like word and a digit number where a unit stands is the unit with its number (README: a digit
 * number ending a name where a unit stands is its number): "an api key for site 14", "rotate the key for
 * plant 3", "what did store 112 spend", "spend site 14 past 7 days" → "site-14", "plant-3", "store-112".
 * The general reader (surface.ts, SHORT_NAME_NUMBER_RE) leaves a usual expiry after a name ("a key for
 * growth 90": a lifetime); a site, plant or depot is numbered, not given a lifetime, so any number of up
 * to four digits joins it. Only where a unit stands: after "for"/"of"/"the"/our verbs/"did"/"spend", and
 * before the end, a stop or a word that ends a unit's phrase ("site 14 is flooded again", "the access road
 * to site 14" keep their words).
 */

/** Places numbered on a job, in a chain or on an estate. */
const PLACES = [
  'site',
  'plant',
  'depot',
  'store',
  'branch',
  'warehouse',
  'yard',
  'hangar',
  'terminal',
  'station',
  'substation',
  'ward',
  'clinic',
  'school',
  'hotel',
  'campus',
  'building',
  'block',
  'zone',
  'dock',
  'shop',
  'outlet',
  'restaurant',
  'farm',
  'mine',
  'rig',
];

/** What a text must hold for the step to run (a cheap word test before the pattern). */
export const NUMBERED_PLACE_NEED: readonly string[] = PLACES;

/** The step's trigger: a place word then a digit. */
export const NUMBERED_PLACE_WHEN = new RegExp(String.raw`\b(?:${PLACES.join('|')})\s+[1-9]`, 'i');

const NUMBERED_PLACE_RE = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}\p{N}_@.\-])(?:for|of|the|unit|bu|under|rotate|revoke|deprovision|offboard|decommission|did|does|spend|spent|history|details)\s+)(${PLACES.join('|')})\s+([1-9]\d{0,3})(?=\s*(?:$|[,.!?;:)\n—–]|(?:please|pls|plz|keys?|tokens?|creds|credentials?|access|entirely|now|for|in|with|once|this|last|past|previous|today|tomorrow|spend|spent|history|and)(?![\p{L}])))`,
  'giu',
);

/** "for site 14" → "for site-14". */
export function numberedPlaces(s: string): string {
  return s.replace(NUMBERED_PLACE_RE, (_m, place: string, n: string) => `${place.toLowerCase()}-${n}`);
}
