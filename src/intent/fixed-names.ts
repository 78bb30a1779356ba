/**
 * fix54c (tuned-marketplace): names made of a fixed pair of English words, which people write where a unit's name
 * stands: departments named "X and Y" ("a key for trust and safety", "the health and safety team", "rotate the lost
 * and found key") and the sale days of retail and marketplaces ("tear down everything for black friday", "the cyber
 * monday unit"). Read word by word, "and" splits them into two units and a weekday reads as a date; prepare.ts joins
 * each into one word, as it joins "Risk & Compliance", so the unit readings see one name (`trust-and-safety`,
 * `black-friday`). Only pairs that are always one name: "growth and ads" stays two units. Not after "thanks to": "rotate the
 * ads key, thanks to the trust and safety team" credits the team, and the key stays the ads unit's.
 */

/** Cheap gate: a word every such name has. */
const FIXED_NAME_HINT = /\band\b|friday|monday|tuesday|saturday|boxing|prime|singles/;

const words = (names: string[]): string => names.map((n) => n.replace(/ /g, String.raw`\s+`)).join('|');
/** Departments named "X and Y": one name wherever they stand. */
const PAIRS = words([
  'trust and safety',
  'health and safety',
  'lost and found',
  'research and development',
  'learning and development',
  'mergers and acquisitions',
  'monitoring and evaluation',
  'diversity and inclusion',
  'food and beverage',
  'governance risk and compliance',
]);
/**
 * Sale days: a name only where a unit's name stands, after "for" or before a unit's noun ("everything for black
 * friday", "the cyber monday unit"); elsewhere a day ("keep it, black friday is tomorrow").
 */
const DAYS = words([
  'black friday',
  'cyber monday',
  'boxing day',
  'giving tuesday',
  'prime day',
  'singles day',
]);
/** The names, lower case, words apart by spaces (the prepared text). */
const FIXED_NAMES = new RegExp(
  String.raw`(?<!\bthanks\s+to\s+(?:the\s+)?)\b(?:${PAIRS})\b|(?<=\bfor\s+(?:the\s+)?)(?:${DAYS})\b|\b(?:${DAYS})(?=\s+(?:units?|teams?|squads?|pods?|projects?|campaigns?|keys?|crew|group)\b)`,
  'g',
);

/** The prepared text with each fixed name joined into one word ("trust and safety" → "trust_and_safety"). */
function joinFixedNames(s: string): string {
  return FIXED_NAME_HINT.test(s) ? s.replace(FIXED_NAMES, (m) => m.replace(/\s+/g, '_')) : s;
}

/**
 * fix54c (tuned-marketplace): the kind of key said by its IDs' prefix, joined to a word of likeness ("an AKIA-style
 * key", "an akia-type key", "ACCA-style"): the prefix apart, "akia style", as typed with a space, so that key-kind.ts
 * reads the kind and no unit is read from the joined word.
 */
const PREFIX_STYLE = /\b(akia|asia|acca)-(style|type|like|ish)\b/g;
function kindPrefixApart(s: string): string {
  return s.includes('-') ? s.replace(PREFIX_STYLE, '$1 $2') : s;
}

/**
 * The prepared text with "Risk & Compliance" joined into one word (as before fix54c), the fixed names joined and a
 * kind's prefix set apart from its word of likeness.
 */
export function namesAsWritten(s: string): string {
  const joined = s.includes('&') ? s.replace(/([a-z0-9])\s+&\s+(?=[a-z0-9])/g, '$1_') : s;
  return joinFixedNames(kindPrefixApart(joined));
}
