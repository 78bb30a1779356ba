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

// (fix20a: the place word is looked for first, so the lookbehind, which ends in a run of spaces, is tried
// only before one: tried everywhere, it scanned a long run of spaces back from each of its positions.)
const NUMBERED_PLACE_RE = new RegExp(
  String.raw`(?<=\s)(?=(?:${PLACES.join('|')})\s)(?<=(?:^|[^\p{L}\p{N}_@.\-])(?:for|of|the|unit|bu|under|rotate|revoke|deprovision|offboard|decommission|did|does|spend|spent|history|details)\s+)(${PLACES.join('|')})\s+([1-9]\d{0,3})(?=\s*(?:$|[,.!?;:)\n—–]|(?:please|pls|plz|keys?|tokens?|creds|credentials?|access|entirely|now|for|in|with|once|this|last|past|previous|today|tomorrow|spend|spent|history|and)(?![\p{L}])))`,
  'giu',
);

/**
 * What a place's key, spend or setup is named by before "for"/"of" ("the key for site 14", "everything for
 * plant 3", "the spend of store 12"): ours. Another trade's thing there ("rotate the tyres for plant 3",
 * "deprovision the scaffold for site 14", "revoke access for building 3") leaves the place a place.
 */
const OURS_BEFORE_FOR = new Set(
  (
    'key keys api_key api_keys apikey ai_credential ai_credentials token tokens creds credential credentials ' +
    'secret secrets one ones everything all it them bedrock setup account accounts spend spending usage bill ' +
    'costs cost history details expiry limit quota budget rotate revoke deprovision offboard decommission ' +
    'renew create issue new unit team bu project squad group rotations creations revocations trail log logs ' +
    'audit activity events changes report summary breakdown'
  ).split(' '),
);
/** Words between a thing and "for" that say nothing of it ("the key please for", "keys now for"). */
const PASSED_OVER = new Set([
  'the',
  'our',
  'their',
  'its',
  'a',
  'an',
  'please',
  'pls',
  'plz',
  'now',
  'too',
  'also',
]);

/**
 * Whether "for"/"of" right before a place (or a name and its number, surface.ts) follows a thing of ours,
 * or nothing ("for site 14"); `also` adds words a caller takes as ours ("access for hack 12").
 */
export function oursBeforeFor(before: string, also?: ReadonlySet<string>): boolean {
  const words =
    before
      .slice(-80)
      .toLowerCase()
      .match(/[\p{L}\p{N}_'-]+/gu) ?? [];
  const last = words[words.length - 1];
  if (last !== 'for' && last !== 'of') return true;
  let k = words.length - 2;
  while (k >= 0 && PASSED_OVER.has(words[k] ?? '')) k--;
  const thing = (words[k] ?? '').replace(/'s$/, '');
  return k < 0 || OURS_BEFORE_FOR.has(thing) || also?.has(thing) === true;
}

/**
 * fix20d: a door key's story ("revoke all keys for building 3, the locks are changed", "rotate the key for
 * warehouse 7, new padlocks fitted", "deprovision everything for plant 3, it's being demolished"): the
 * place is a place, its keys are metal, so its name is not joined (the request is left unread or asked).
 */
const PHYSICAL_RE =
  /(?<![\p{L}])(?:locks?|locked|locksmiths?|padlock(?:s|ed)?|doors?|gates?|demolish\w*|knocked\s+down|torn\s+down|bulldoz\w*|keyholders?|tenants?|cut\s+(?:a\s+)?(?:new\s+)?keys?)(?![\p{L}])/iu;
/** Buildings whose plain "key" is first a door key ("revoke the key for building 3"). */
const DOOR_PLACES = new Set([
  'building',
  'block',
  'warehouse',
  'dock',
  'hotel',
  'school',
  'shop',
  'ward',
  'hangar',
  'unit',
]);
/** "key for" / "keys for" right before the place: a plain key, not an api key. */
const PLAIN_KEY_FOR = /(?<![\p{L}_-])(?<!api\s)keys?\s+(?:(?:please|pls|now)\s+)?for\s+$/iu;

const PLACE_SET: ReadonlySet<string> = new Set(PLACES);

/**
 * Is this place word, standing at `at` in `whole`, a place with metal keys: a door-key story in the text,
 * or a building's plain "key for" right before it? (Also asked by surface.ts, which joins a name and its
 * number on its own.)
 */
export function doorKeyPlace(place: string, whole: string, at: number): boolean {
  const word = place.toLowerCase();
  if (!PLACE_SET.has(word)) return false;
  if (PHYSICAL_RE.test(whole)) return true;
  return DOOR_PLACES.has(word) && PLAIN_KEY_FOR.test(whole.slice(Math.max(0, at - 40), at));
}

/** "for site 14" → "for site-14". */
export function numberedPlaces(s: string): string {
  return s.replace(NUMBERED_PLACE_RE, (all, place: string, n: string, at: number) =>
    !doorKeyPlace(place, s, at) && oursBeforeFor(s.slice(0, at)) ? `${place.toLowerCase()}-${n}` : all,
  );
}
